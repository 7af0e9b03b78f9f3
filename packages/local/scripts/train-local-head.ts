// Trains the local judge's intensity head on the seed panel and writes
// src/local-judge/head-weights.ts. Run from the repository root:
//   node --conditions=@valueflow/source --import tsx packages/local/scripts/train-local-head.ts
// Deterministic: the same panel and embedder give the same weights. Only the seed panel is read.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textHash, type VidbRecord } from '@valueflow/core';
import { createFileEmbeddingCache, loadSeedVidb } from '@valueflow/core/node';
import { createUseEmbedder } from '../src/create-use-embedder';
import { encodeHead } from '../src/local-judge/head-codec';
import { headFeatures, type IntensityHead, predictIntensity } from '../src/local-judge/intensity-head';
import { polarityFeatures } from '../src/local-judge/polarity-features';
import { fitMultiTaskRidge, type RidgeRow } from './fit-multi-task-ridge';

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const settings = {
  lambda: argument('--lambda', 3),
  c: argument('--c', 1),
  polarityScale: argument('--polarity', 1),
  lexiconScale: argument('--lexicon', 0),
  ownScale: argument('--own', 1),
  embeddingScale: argument('--embedding', 1),
  wordBuckets: argument('--words', 1024),
  wordScale: argument('--word-scale', 0.3),
  folds: argument('--folds', 5),
  // 'sign': fit −1 / 0 / +1 (|intensity| < 1.5 is 0) instead of the intensity itself; the stretch
  // below puts predictions back on the intensity scale. Measured to transfer better (README).
  target: process.argv.includes('--target-intensity') ? 'intensity' : 'sign',
};
const targetOf = (intensity: number) =>
  settings.target === 'intensity' ? intensity : Math.abs(intensity) < 1.5 ? 0 : Math.sign(intensity);
const dryRun = process.argv.includes('--dry-run');

const panel = await loadSeedVidb();
const records: Array<VidbRecord & { key: string }> = panel
  .values()
  .flatMap((ref) => panel.records(ref).map((record) => ({ ...record, key: `${ref.theory}/${ref.value}` })));
const texts = [...new Set(records.map((record) => record.text))];

// Panel embeddings are cached on disk (~/.cache/valueflow/embeddings), keyed by the panel hash.
const embedder = createUseEmbedder({ cache: false });
const store = createFileEmbeddingCache();
const stored = await store.read({ embedder: embedder.id, key: `local-head/${panel.hash}`, dimensions: 512 });
const vectors = new Map<string, Float32Array>();
if (stored.status === 'found') for (const [hash, vector] of stored.vectors) vectors.set(hash, vector);
const missing = texts.filter((text) => !vectors.has(textHash(text)));
if (missing.length > 0) {
  process.stderr.write(`embedding ${missing.length} panel texts…\n`);
  const fresh = await embedder.embed(missing);
  for (const [index, text] of missing.entries()) vectors.set(textHash(text), fresh[index]);
  const hashes = texts.map((text) => textHash(text));
  await store.write({
    embedder: embedder.id,
    key: `local-head/${panel.hash}`,
    dimensions: 512,
    hashes,
    vectors: hashes.map((hash) => vectors.get(hash)!),
  });
}

const layout = {
  dimensions: 512,
  polarityScale: settings.polarityScale,
  lexiconScale: settings.lexiconScale,
  ownScale: settings.ownScale,
  embeddingScale: settings.embeddingScale,
  wordBuckets: settings.wordBuckets,
  wordScale: settings.wordScale,
};
// Features per record: the lexicon block reads the value the record is scored on.
const features = new Map(
  records.map((record) => [
    record,
    headFeatures(layout, {
      text: record.text,
      vector: vectors.get(textHash(record.text))!,
      polarity: polarityFeatures(record.text),
      valueKey: record.key,
    }),
  ]),
);
const rowsOf = (subset: typeof records): RidgeRow[] =>
  subset.map((record) => ({
    features: features.get(record)!,
    task: record.key,
    target: targetOf(record.intensity),
  }));

function toHead(weights: ReturnType<typeof fitMultiTaskRidge>, stretch: number, noiseScale: number): IntensityHead {
  return {
    id: settings.lexiconScale > 0 ? 'head-v2' : 'head-v1',
    embedder: embedder.id,
    ...layout,
    stretch,
    noiseScale,
    panel: panel.hash,
    shared: Float32Array.from(weights.shared),
    values: new Map([...weights.tasks].map(([key, vector]) => [key, Float32Array.from(vector)])),
  };
}

// Held-out predictions, folds by text so a text never sits on both sides.
const foldOf = (text: string) => Number.parseInt(textHash(text).slice(0, 8), 16) % settings.folds;
const heldOut: Array<{ key: string; truth: number; predicted: number }> = [];
for (let fold = 0; fold < settings.folds; fold += 1) {
  const head = toHead(
    fitMultiTaskRidge(rowsOf(records.filter((record) => foldOf(record.text) !== fold)), settings),
    1,
    1,
  );
  for (const record of records.filter((entry) => foldOf(entry.text) === fold)) {
    heldOut.push({
      key: record.key,
      truth: record.intensity,
      predicted: predictIntensity(head, features.get(record)!, record.key),
    });
  }
}
// Match the spread of held-out predictions to the panel's (ridge shrinks towards 0).
const spread = (values: number[]) => {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
};
const stretch =
  Math.round((spread(heldOut.map((entry) => entry.truth)) / spread(heldOut.map((entry) => entry.predicted))) * 1000) /
  1000;
for (const entry of heldOut) entry.predicted = Math.max(-10, Math.min(10, entry.predicted * stretch));
let correct = 0;
let pairs = 0;
const byValue = new Map<string, typeof heldOut>();
for (const entry of heldOut) byValue.set(entry.key, [...(byValue.get(entry.key) ?? []), entry]);
for (const group of byValue.values()) {
  for (let left = 0; left < group.length; left += 1) {
    for (let right = left + 1; right < group.length; right += 1) {
      const truth = group[left].truth - group[right].truth;
      if (truth === 0) continue;
      pairs += 1;
      correct += truth * (group[left].predicted - group[right].predicted) > 0 ? 1 : 0;
    }
  }
}
const strong = heldOut.filter((entry) => Math.abs(entry.truth) >= 2);
const signAccuracy =
  strong.filter((entry) => Math.sign(entry.predicted) === Math.sign(entry.truth)).length / strong.length;

// Noise scale: how often a held-out text lands above an anchor, as a function of the true gap,
// fitted as P(above) = σ((truth − anchor) / s) by a grid search on log s.
const anchorsOf = new Map(
  [...byValue].map(([key]) => [key, records.filter((record) => record.key === key).map((record) => record.intensity)]),
);
let best = { scale: 1, logLikelihood: Number.NEGATIVE_INFINITY };
for (let step = 0; step <= 60; step += 1) {
  const scale = Math.exp(Math.log(0.5) + (step / 60) * Math.log(40));
  let logLikelihood = 0;
  for (const entry of heldOut) {
    for (const anchor of anchorsOf.get(entry.key)!) {
      const probability = 1 / (1 + Math.exp(-(entry.truth - anchor) / scale));
      const above = entry.predicted > anchor;
      logLikelihood += Math.log(Math.min(1 - 1e-9, Math.max(1e-9, above ? probability : 1 - probability)));
    }
  }
  if (logLikelihood > best.logLikelihood) best = { scale, logLikelihood };
}
const report = {
  settings,
  heldOut: { pairwiseAccuracy: correct / pairs, signAccuracy, stretch, noiseScale: best.scale },
};
process.stdout.write(`${JSON.stringify(report)}\n`);
if (dryRun) process.exit(0);

const head = toHead(fitMultiTaskRidge(rowsOf(records), settings), stretch, Math.round(best.scale * 100) / 100);
const target = fileURLToPath(new URL('../src/local-judge/head-weights.ts', import.meta.url));
writeFileSync(
  target,
  `// Generated by packages/local/scripts/train-local-head.ts from the seed panel; do not edit.\n` +
    `// Held-out (${settings.folds}-fold) on the seed panel: ${JSON.stringify(report.heldOut)}\n` +
    `import type { EncodedHead } from './head-codec';\n\n` +
    `/** The seed-panel head of the local judge, packed by \`encodeHead\`. */\n` +
    `export const headWeights: EncodedHead = ${JSON.stringify(encodeHead(head))};\n`,
);
process.stderr.write(`wrote ${target}\n`);
