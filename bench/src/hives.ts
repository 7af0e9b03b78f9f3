// `pnpm bench hives [--json]`: the HiVES metrics of method.md §3.5 (hierarchical ranking accuracy,
// similarity correlation) for the USE-lite base embedder and for base + the shipped HiVES head, on
// the seed panel's held-out split and on ../shared/data/anchors-dev.jsonl when present (read at
// run time only; never trained on). Retrains the head from its recipe to report the training time
// and to check that the shipped file reproduces. About a minute on two cores.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type HivesLabel,
  hierarchicalRankingAccuracy,
  hivesLabelOf,
  projectEmbedder,
  similarityCorrelation,
  trainProjectionHead,
} from '@valueflow/core';
import { createUseEmbedder, hivesHeadRecipe, loadHivesHead, loadSeedHivesSplit } from '@valueflow/local';
import { type BenchTarget, printReport } from './report';

const anchorsPath = join(process.cwd(), '..', 'shared', 'data', 'anchors-dev.jsonl');
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

function metrics(embeddings: Float32Array[], labels: HivesLabel[]) {
  const ranking = hierarchicalRankingAccuracy({ embeddings, labels });
  return {
    rankingAccuracy: round(ranking.accuracy),
    strictRankingAccuracy: round(ranking.strictAccuracy),
    similarityCorrelation: round(similarityCorrelation({ embeddings, labels }).correlation),
    anchors: ranking.anchors,
    meanCosineByRelation: ranking.meanCosine.map((value) => (value === null ? null : round(value))),
  };
}

function beats(name: string, head: number, base: number): BenchTarget {
  return { name: `${name}: head − base`, value: round(head - base), target: '> 0', met: head > base };
}

async function run() {
  const { head, file } = loadHivesHead();
  const split = await loadSeedHivesSplit();
  const project = (vectors: Float32Array[]) =>
    vectors.map((vector) => {
      const projected = head.project(vector);
      const length = Math.hypot(...projected);
      return projected.map((component) => component / length);
    });

  const cpuBefore = process.cpuUsage();
  const retrained = trainProjectionHead({
    embeddings: split.train.embeddings,
    labels: split.train.labels,
    ...hivesHeadRecipe,
  });
  const cpu = process.cpuUsage(cpuBefore);
  const heldOut = {
    texts: split.heldOut.ids.length,
    base: metrics(split.heldOut.embeddings, split.heldOut.labels),
    head: metrics(project(split.heldOut.embeddings), split.heldOut.labels),
  };
  const targets: BenchTarget[] = [
    beats('held-out ranking accuracy', heldOut.head.rankingAccuracy, heldOut.base.rankingAccuracy),
    beats('held-out similarity correlation', heldOut.head.similarityCorrelation, heldOut.base.similarityCorrelation),
  ];

  let anchors: Record<string, unknown> = { skipped: `${anchorsPath} not found` };
  if (existsSync(anchorsPath)) {
    const rows = readFileSync(anchorsPath, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { theory: string; value: string; text: string; intensity: number });
    const labels = rows.map((row) => hivesLabelOf({ ref: row, intensity: row.intensity }));
    const base = createUseEmbedder();
    const texts = rows.map((row) => row.text);
    const baseVectors = await base.embed(texts);
    const headVectors = await projectEmbedder(base, head).embed(texts);
    const result = { texts: rows.length, base: metrics(baseVectors, labels), head: metrics(headVectors, labels) };
    anchors = result;
    targets.push(
      beats('anchors-dev ranking accuracy', result.head.rankingAccuracy, result.base.rankingAccuracy),
      beats('anchors-dev similarity correlation', result.head.similarityCorrelation, result.base.similarityCorrelation),
    );
  }

  printReport({
    bench: 'hives',
    results: {
      head: head.id,
      embedder: `${split.embedder}+${head.id}`,
      panel: split.panel,
      panelMatchesHead: file.provenance.panel === split.panel,
      split: split.split,
      trainTexts: split.train.ids.length,
      recipe: hivesHeadRecipe,
      trainingSeconds: round(retrained.milliseconds / 1000, 1),
      trainingCpuSeconds: round((cpu.user + cpu.system) / 1e6, 1),
      retrainedMatchesShipped: retrained.head.id === head.id,
      heldOut,
      anchorsDev: anchors,
    },
    targets: [
      ...targets,
      {
        name: 'retrained head equals shipped head',
        value: null,
        target: 'same id',
        met: retrained.head.id === head.id,
      },
    ],
  });
}

await run();
