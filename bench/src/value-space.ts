// `pnpm bench value-space [--json]`: the offline USE-lite embedder and the HIVES value space on the
// seed panel: model load, embeddings/s, first vs cached value-space build, extract latency, and
// held-out relevance quality. Runs offline; takes about a minute on two cores (the first build
// embeds ~2,400 texts). Skips cleanly when the seed panel is not built.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createReferenceDb, createValueSpace, type ValueExtraction, type VidbRecord } from '@valueflow/core';
import { createFileEmbeddingCache, loadSeedVidb, seedVidbPath } from '@valueflow/core/node';
import { createUseEmbedder } from '@valueflow/local';
import { printReport, target } from './report';

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function neutralTexts(): string[] {
  const folder = join(dirname(seedVidbPath), 'seed', 'neutral');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => readFileSync(join(folder, name), 'utf8').trim().split('\n'))
    .map((line) => JSON.parse(line).text as string);
}

/** Probability that a random positive outranks a random negative (ties count half). */
function auc(positives: number[], negatives: number[]): number {
  const sorted = [...negatives].sort((left, right) => left - right);
  let total = 0;
  for (const positive of positives) {
    let below = 0;
    let equal = 0;
    for (const negative of sorted) {
      if (negative < positive) below += 1;
      else if (negative === positive) equal += 1;
      else break;
    }
    total += below + equal / 2;
  }
  return total / (positives.length * negatives.length);
}

function heldOutQuality(records: VidbRecord[], extractions: ValueExtraction[]) {
  let top1 = 0;
  let graded = 0;
  const positives: number[] = [];
  const negatives: number[] = [];
  records.forEach((record, index) => {
    const extraction = extractions[index];
    const clear = Math.abs(record.intensity) >= 5;
    if (clear) {
      graded += 1;
      if (extraction.theories[record.theory][0]?.value === record.value) top1 += 1;
    }
    for (const match of extraction.all) {
      if (match.value !== record.value) negatives.push(match.relevance);
      else if (clear) positives.push(match.relevance);
    }
  });
  return {
    heldOutTexts: records.length,
    top1WithinTheory: round(top1 / graded, 3),
    relevanceAuc: round(auc(positives, negatives), 3),
    ownRelevanceAbove05: round(positives.filter((value) => value >= 0.5).length / positives.length, 3),
    otherRelevanceAbove05: round(negatives.filter((value) => value >= 0.5).length / negatives.length, 3),
  };
}

async function run() {
  if (!existsSync(seedVidbPath)) {
    printReport({ bench: 'value-space', results: {}, targets: [], skipped: `no seed panel at ${seedVidbPath}` });
    return;
  }
  const panel = await loadSeedVidb();
  const neutral = neutralTexts();
  const records = panel.values().flatMap((ref) => [...panel.records(ref)]);

  const raw = createUseEmbedder({ cache: false });
  let started = performance.now();
  await raw.load();
  const modelLoadMs = performance.now() - started;
  const sample = records.slice(0, 256).map((record) => record.text);
  started = performance.now();
  await raw.embed(sample);
  const embeddingsPerSecond = sample.length / ((performance.now() - started) / 1000);
  started = performance.now();
  for (const text of sample.slice(0, 32)) await raw.embed([text]);
  const embeddingsPerSecondUnbatched = 32 / ((performance.now() - started) / 1000);

  const cacheDirectory = mkdtempSync(join(tmpdir(), 'valueflow-bench-embeddings-'));
  try {
    const embedder = createUseEmbedder();
    started = performance.now();
    // CPU time as well as wall time: on a busy machine wall time mostly measures the neighbours.
    const cpuBefore = process.cpuUsage();
    const first = await createValueSpace({
      panel,
      embedder,
      neutralTexts: neutral,
      cache: createFileEmbeddingCache(cacheDirectory),
    });
    const firstBuildMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const firstBuildCpuMs = (cpu.user + cpu.system) / 1000;
    started = performance.now();
    const second = await createValueSpace({
      panel,
      embedder: createUseEmbedder({ cache: false }),
      neutralTexts: neutral,
      cache: createFileEmbeddingCache(cacheDirectory),
    });
    const cachedBuildMs = performance.now() - started;

    const probes = neutral
      .slice(0, 10)
      .concat(records.filter((_, index) => index % 97 === 0).map((record) => record.text));
    const fresh = probes.map((text) => `${text} (probe)`);
    started = performance.now();
    for (const text of fresh.slice(0, 20)) await second.extract(text);
    const extractMsSingle = (performance.now() - started) / Math.min(20, fresh.length);
    const batch = records.slice(0, 200).map((record) => `${record.text} (batch probe)`);
    started = performance.now();
    await second.extract(batch);
    const extractMsBatched = (performance.now() - started) / batch.length;

    // Held-out quality: every fifth record leaves the panel; vectors come from the in-memory cache.
    const train = records.filter((_, index) => index % 5 !== 0);
    const test = records.filter((_, index) => index % 5 === 0);
    const split = await createValueSpace({ panel: createReferenceDb(train), embedder, neutralTexts: neutral });
    const quality = heldOutQuality(
      test,
      await split.extract(
        test.map((record) => record.text),
        { top: 3 },
      ),
    );

    const results = {
      panelRecords: panel.size,
      panelTexts: first.build.texts,
      modelLoadMs: Math.round(modelLoadMs),
      embeddingsPerSecond: round(embeddingsPerSecond),
      embeddingsPerSecondUnbatched: round(embeddingsPerSecondUnbatched),
      firstBuildMs: Math.round(firstBuildMs),
      firstBuildCpuMs: Math.round(firstBuildCpuMs),
      embeddingsPerCpuSecond: round(first.build.embedded / (firstBuildCpuMs / 1000)),
      cachedBuildMs: Math.round(cachedBuildMs),
      cachedBuildEmbedded: second.build.embedded,
      extractMsPerTextSingle: round(extractMsSingle),
      extractMsPerTextBatched: round(extractMsBatched),
      meanAxisStrength: round(
        first.values.reduce((sum, value) => sum + value.axisStrength, 0) / first.values.length,
        3,
      ),
      ...quality,
      rssMb: Math.round(process.memoryUsage().rss / 1e6),
    };
    printReport({
      bench: 'value-space',
      results,
      targets: [
        target('cached build embeds nothing', second.build.embedded, '<=', 0),
        target('cached build ms', results.cachedBuildMs, '<=', 3000),
        target('extract ms per text (single)', results.extractMsPerTextSingle, '<=', 150),
        target('held-out relevance AUC', results.relevanceAuc, '>=', 0.8),
      ],
    });
  } finally {
    rmSync(cacheDirectory, { recursive: true, force: true });
  }
}

await run();
