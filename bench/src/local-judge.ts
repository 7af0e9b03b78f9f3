// `pnpm bench local-judge [--json]`: the offline local judge on the DEV benchmark data in
// ../shared/data (read at run time only; skipped cleanly when absent), each figure beside a naive
// baseline from the same run (nearest-neighbour regression over the panel's embeddings), plus speed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  createSeededRandom,
  createValueSpace,
  defaultCatalogue,
  type Embedder,
  type ReferencePanel,
  type ValueScore,
} from '@valueflow/core';
import { createFileEmbeddingCache, loadSeedVidb, seedVidbPath } from '@valueflow/core/node';
import { createLocalEvaluator, createLocalJudge, createUseEmbedder, type LocalJudge } from '@valueflow/local';
import { type BenchTarget, printReport, target } from './report';

const dataDirectory = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/data');
const caps = { ethicsCommonsense: 400, ethicsUtilitarianism: 300, speedTexts: 200, profileTexts: 15 };
const seed = 7;
const argv = process.argv.slice(2);
const flag = (name: string) => {
  const index = argv.indexOf(name);
  return index >= 0 ? Number(argv[index + 1]) : undefined;
};
// Evaluator settings to compare (default: createLocalEvaluator's own defaults).
const evaluatorOverrides = {
  ...(flag('--windows') ? { windows: flag('--windows') } : {}),
  ...(flag('--k') ? { k: flag('--k') } : {}),
};
const skipRelevance = argv.includes('--skip-relevance');
const skipSpeed = argv.includes('--skip-speed');

type Row = Record<string, unknown>;
const readJsonl = (file: string): Row[] =>
  readFileSync(join(dataDirectory, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);

function sample<T>(items: readonly T[], count: number, salt: number): T[] {
  const random = createSeededRandom(seed + salt);
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random.next() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy.slice(0, count);
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Share of pairs (same value, different truth) ordered like the truth; ties count half. */
function pairwiseAccuracy(items: Array<{ group: string; truth: number; predicted: number }>): number {
  let correct = 0;
  let pairs = 0;
  for (let left = 0; left < items.length; left += 1) {
    for (let right = left + 1; right < items.length; right += 1) {
      if (items[left].group !== items[right].group || items[left].truth === items[right].truth) continue;
      pairs += 1;
      const agreement = (items[left].truth - items[right].truth) * (items[left].predicted - items[right].predicted);
      correct += agreement > 0 ? 1 : agreement === 0 ? 0.5 : 0;
    }
  }
  return correct / pairs;
}

/** Area under the ROC curve: chance that a positive scores above a negative (ties half). */
function areaUnderCurve(positives: number[], negatives: number[]): number {
  let total = 0;
  for (const positive of positives)
    for (const negative of negatives) total += positive > negative ? 1 : positive === negative ? 0.5 : 0;
  return total / (positives.length * negatives.length);
}

const pairedAccuracy = (pairs: Array<[number, number]>) =>
  pairs.reduce((sum, [better, worse]) => sum + (better > worse ? 1 : better === worse ? 0.5 : 0), 0) / pairs.length;

function readNeutralTexts(): string[] {
  const folder = join(dirname(seedVidbPath), 'seed', 'neutral');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(folder, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== ''),
    )
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

const dot = (left: Float32Array, right: Float32Array) => {
  let sum = 0;
  for (let index = 0; index < left.length; index += 1) sum += left[index] * right[index];
  return sum;
};

/** The naive baseline: intensity = similarity-weighted mean of the 5 nearest records of the value. */
function nearestNeighbourRegression(panel: ReferencePanel, vectors: Map<string, Float32Array>) {
  return (vector: Float32Array, value: string) => {
    const ref = panel.values().find((entry) => entry.value === value)!;
    const nearest = panel
      .records(ref)
      .map((record) => ({ similarity: dot(vector, vectors.get(record.text)!), intensity: record.intensity }))
      .sort((left, right) => right.similarity - left.similarity)
      .slice(0, 5);
    let weight = 0;
    let sum = 0;
    for (const entry of nearest) {
      const w = Math.max(entry.similarity, 0) + 1e-6;
      weight += w;
      sum += w * entry.intensity;
    }
    return sum / weight;
  };
}

/** 6. ValueEval relevance through the value space (extraction), per mapped Schwartz value. */
async function measureRelevance(options: {
  panel: ReferencePanel;
  embedder: Embedder;
  vectors: Map<string, Float32Array>;
  valueEval: Row[];
  categoryMap: Record<string, string>;
}) {
  const { panel, embedder, vectors, valueEval, categoryMap } = options;
  const space = await createValueSpace({
    panel,
    embedder,
    neutralTexts: readNeutralTexts(),
    cache: createFileEmbeddingCache(),
  });
  const premises = valueEval.map((row) => row.text as string);
  const extractions = await space.extract(premises, { top: Number.POSITIVE_INFINITY });
  const premiseVectors = await embedder.embed(premises);
  const mapped = [...new Set(Object.values(categoryMap))];
  const perValue: Record<string, { local: number; baseline: number }> = {};
  for (const value of mapped) {
    const ref = panel.values().find((entry) => entry.value === value)!;
    const recordVectors = panel
      .records(ref)
      .filter((record) => Math.abs(record.intensity) >= 2)
      .map((record) => vectors.get(record.text)!);
    const labels = valueEval.map((row) =>
      (row.categories as string[]).some((category) => categoryMap[category] === value),
    );
    if (!labels.some(Boolean)) continue;
    const relevance = extractions.map(
      (extraction) => extraction.all.find((match) => match.value === value)?.relevance ?? 0,
    );
    const nearest = premiseVectors.map((vector) => Math.max(...recordVectors.map((record) => dot(vector, record))));
    const split = (values: number[]) =>
      areaUnderCurve(
        values.filter((_, index) => labels[index]),
        values.filter((_, index) => !labels[index]),
      );
    perValue[value] = { local: round(split(relevance)), baseline: round(split(nearest)) };
  }
  const entries = Object.values(perValue);
  const relevanceAuc = {
    local: round(entries.reduce((sum, entry) => sum + entry.local, 0) / entries.length),
    baseline: round(entries.reduce((sum, entry) => sum + entry.baseline, 0) / entries.length),
  };
  return { macroAuc: relevanceAuc, perValue };
}

/** Speed, warm, on texts the judge has not embedded yet. */
async function measureSpeed(options: { panel: ReferencePanel; judge: LocalJudge; vectors: Map<string, Float32Array> }) {
  const { panel, judge, vectors } = options;
  const rawEmbedder = createUseEmbedder({ cache: false });
  const fresh = sample(readJsonl('ethics-commonsense-dev.jsonl'), 1500, 3)
    .map((row) => row.text as string)
    .filter((text) => !vectors.has(text));
  let clock = performance.now();
  await rawEmbedder.embed(fresh.slice(0, 256));
  const embedderBatched = 256 / ((performance.now() - clock) / 1000);
  clock = performance.now();
  for (const text of fresh.slice(256, 288)) await rawEmbedder.embed([text]);
  const embedderSingle = 32 / ((performance.now() - clock) / 1000);
  const speedEvaluator = await createLocalEvaluator({ panel, judge, cache: false, ...evaluatorOverrides });
  const speedItems = fresh.slice(300, 300 + caps.speedTexts).map((text) => ({ text, value: 'care-harm' }));
  clock = performance.now();
  await speedEvaluator.scoreMany(speedItems);
  const evaluationsPerSecond = speedItems.length / ((performance.now() - clock) / 1000);
  const profileTimes: number[] = [];
  for (const text of fresh.slice(600, 600 + caps.profileTexts)) {
    clock = performance.now();
    const profile = await speedEvaluator.profile({ text });
    profileTimes.push(performance.now() - clock);
    if (profile.scores.length !== 32) throw new Error(`expected 32 values in a profile, got ${profile.scores.length}`);
  }
  const profileMedianMs = median(profileTimes);

  return {
    evaluationsPerSecond: round(evaluationsPerSecond),
    profile32MedianMs: round(profileMedianMs),
    embedderTextsPerSecondBatched: round(embedderBatched),
    embedderTextsPerSecondSingle: round(embedderSingle),
    note: 'warm; evaluations on texts not embedded before (embedding included); 2 cores shared with other processes',
  };
}

async function main(): Promise<void> {
  if (!existsSync(join(dataDirectory, 'anchors-dev.jsonl'))) {
    printReport({
      bench: 'local-judge',
      results: {},
      targets: [],
      skipped: `benchmark data not found at ${dataDirectory}`,
    });
    return;
  }
  const started = performance.now();
  const panel = await loadSeedVidb();
  // One cached embedder for the judge, the baseline and the value space, so no text is embedded twice.
  const embedder = createUseEmbedder();
  await embedder.load();
  const judge = await createLocalJudge({ panel, embedder });
  const evaluator = await createLocalEvaluator({ panel, judge, ...evaluatorOverrides });

  const anchors = readJsonl('anchors-dev.jsonl');
  const commonsense = sample(readJsonl('ethics-commonsense-dev.jsonl'), caps.ethicsCommonsense, 1);
  const utilitarianism = sample(readJsonl('ethics-utilitarianism-dev.jsonl'), caps.ethicsUtilitarianism, 2);
  const moralChoice = readJsonl('moralchoice-dev.jsonl');
  const valueEval = readJsonl('valueeval-dev.jsonl');
  const categoryMap = JSON.parse(readFileSync(join(dataDirectory, 'valueeval-categories.json'), 'utf8')) as Record<
    string,
    string
  >;
  const scenario = (row: Row, action: string) => `${row.context as string} ${row[action] as string}`;

  // Every (text, value) item the accuracy part scores.
  const items: Array<{ text: string; value: string }> = [
    ...anchors.map((row) => ({ text: row.text as string, value: row.value as string })),
    ...commonsense.map((row) => ({ text: row.text as string, value: 'care-harm' })),
    ...utilitarianism.flatMap((row) => [
      { text: row.more as string, value: 'hedonism' },
      { text: row.less as string, value: 'hedonism' },
    ]),
    ...moralChoice.flatMap((row) => [
      { text: scenario(row, 'moral_action'), value: row.duty as string },
      { text: scenario(row, 'immoral_action'), value: row.duty as string },
    ]),
  ];
  // Embed once for the baseline (the judge embeds the same texts itself, as it would in use).
  const panelTexts = panel.values().flatMap((ref) => panel.records(ref).map((record) => record.text));
  const allTexts = [...new Set([...panelTexts, ...items.map((item) => item.text)])];
  const embedded = await embedder.embed(allTexts);
  const vectors = new Map(allTexts.map((text, index) => [text, embedded[index]]));
  const baseline = nearestNeighbourRegression(panel, vectors);

  const scores = await evaluator.scoreMany(items);
  const local = new Map<string, number>();
  const naive = new Map<string, number>();
  // The head's own prediction, before the anchor method: shows what the windows keep or lose.
  const head = new Map<string, number>();
  const catalogue = defaultCatalogue;
  await Promise.all(
    items.map(async (item) => {
      const [predicted] = await judge.predict({ value: catalogue.resolve(item.value), texts: [item.text] });
      head.set(`${item.value}\u0000${item.text}`, predicted);
    }),
  );
  let unscored = 0;
  items.forEach((item, index) => {
    const key = `${item.value}\u0000${item.text}`;
    const score = scores[index];
    if ('error' in score) throw score.error;
    if (score.intensity === null) unscored += 1;
    local.set(key, (score as ValueScore).intensity ?? 0);
    naive.set(key, baseline(vectors.get(item.text)!, item.value));
  });
  const both = (read: (scores: Map<string, number>) => number) => ({
    local: round(read(local)),
    baseline: round(read(naive)),
    headOnly: round(read(head)),
  });
  const at = (scores: Map<string, number>, text: string, value: string) => scores.get(`${value}\u0000${text}`)!;

  const anchorPairwise = both((s) =>
    pairwiseAccuracy(
      anchors.map((row) => ({
        group: row.value as string,
        truth: row.intensity as number,
        predicted: at(s, row.text as string, row.value as string),
      })),
    ),
  );
  const anchorSign = both(
    (s) =>
      anchors.filter(
        (row) => Math.sign(at(s, row.text as string, row.value as string)) === Math.sign(row.intensity as number),
      ).length / anchors.length,
  );
  const commonsenseAuc = both((s) =>
    areaUnderCurve(
      commonsense.filter((row) => !row.wrong).map((row) => at(s, row.text as string, 'care-harm')),
      commonsense.filter((row) => row.wrong).map((row) => at(s, row.text as string, 'care-harm')),
    ),
  );
  const hedonism = both((s) =>
    pairedAccuracy(
      utilitarianism.map((row) => [at(s, row.more as string, 'hedonism'), at(s, row.less as string, 'hedonism')]),
    ),
  );
  const duty = both((s) =>
    pairedAccuracy(
      moralChoice.map((row) => [
        at(s, scenario(row, 'moral_action'), row.duty as string),
        at(s, scenario(row, 'immoral_action'), row.duty as string),
      ]),
    ),
  );

  const relevance = skipRelevance
    ? undefined
    : await measureRelevance({ panel, embedder, vectors, valueEval, categoryMap });
  const accuracySeconds = (performance.now() - started) / 1000;

  const speed = skipSpeed ? undefined : await measureSpeed({ panel, judge, vectors });
  const targets: BenchTarget[] = [
    target('anchors-dev pairwise accuracy', anchorPairwise.local, '>=', 0.8),
    target('anchors-dev sign accuracy', anchorSign.local, '>=', 0.85),
    target('ETHICS commonsense care-harm AUC', commonsenseAuc.local, '>=', 0.7),
    target('ValueEval relevance macro-AUC', relevance?.macroAuc.local ?? null, '>=', 0.75),
    target('single-value evaluations per second', speed?.evaluationsPerSecond ?? null, '>=', 100),
    target('32-value profile median ms', speed?.profile32MedianMs ?? null, '<=', 100),
  ];
  printReport({
    bench: 'local-judge',
    results: {
      judge: judge.id,
      panel: panel.hash,
      method: evaluator.method,
      columns:
        'local: the full evaluator with the local judge; baseline: nearest-neighbour regression: similarity-weighted mean intensity of the 5 nearest panel records of the value (USE-lite cosine), for relevance the largest cosine to a record of the value with |intensity| >= 2; headOnly: the judge head prediction without the anchor method',
      items: {
        anchors: anchors.length,
        ethicsCommonsense: `${commonsense.length} of 1500 (seeded sample)`,
        ethicsUtilitarianism: `${utilitarianism.length} of 1500 pairs (seeded sample)`,
        moralChoice: `${moralChoice.length} pairs, context + action`,
        valueEval: relevance
          ? `${valueEval.length} premises, ${Object.keys(relevance.perValue).length} mapped values`
          : 'skipped',
        unscored,
      },
      anchorPairwise,
      anchorSign,
      commonsenseAuc,
      hedonismPairwise: hedonism,
      moralChoiceDutyPairwise: duty,
      valueEvalRelevanceMacroAuc: relevance?.macroAuc ?? 'skipped',
      valueEvalPerValue: relevance?.perValue ?? 'skipped',
      speed: speed ?? 'skipped',
      accuracySeconds: round(accuracySeconds),
    },
    targets,
  });
}

await main();
