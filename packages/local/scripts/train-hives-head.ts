// `pnpm hives:train [--check]`: trains the HiVES projection head over USE-lite on the seed panel's
// training split (method.md §3.3) and writes data/hives-head-use-lite.json. Deterministic: the same
// panel and embedder give a byte-identical file; `--check` retrains and fails if the stored file
// differs instead of overwriting it. Never reads ../shared/data.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { encodeProjectionHead, trainProjectionHead } from '@valueflow/core';
import { hivesHeadRecipe } from '../src/hives-head/hives-head-recipe';
import { hivesHeadPath } from '../src/hives-head/load-hives-head';
import { loadSeedHivesSplit } from '../src/hives-head/load-seed-hives-split';

const check = process.argv.includes('--check');
const split = await loadSeedHivesSplit();
process.stderr.write(
  `training on ${split.train.ids.length} texts (${split.heldOut.ids.length} held out, ${split.excluded} everyday texts excluded)\n`,
);
const cpuBefore = process.cpuUsage();
const trained = trainProjectionHead({
  embeddings: split.train.embeddings,
  labels: split.train.labels,
  ...hivesHeadRecipe,
  onEpoch: (epoch) =>
    process.stderr.write(
      `epoch ${epoch.epoch}: ${epoch.batches} batches, mean loss ${epoch.meanLoss.toFixed(4)}, ${(epoch.milliseconds / 1000).toFixed(1)} s\n`,
    ),
});
const cpu = process.cpuUsage(cpuBefore);
const file = encodeProjectionHead({
  head: trained.head,
  baseEmbedder: split.embedder,
  provenance: {
    command: 'pnpm hives:train',
    objective: 'HiVES Stage-1 hierarchical contrastive loss (hmce), method.md §3.3',
    panel: split.panel,
    split: split.split,
    trainTexts: split.train.ids.length,
    heldOutTexts: split.heldOut.ids.length,
    excludedEverydayTexts: split.excluded,
    recipe: hivesHeadRecipe,
    meanLossPerEpoch: trained.epochs.map((epoch) => Number(epoch.meanLoss.toFixed(6))),
  },
});
const text = `${JSON.stringify(file, null, 1)}\n`;
process.stderr.write(
  `trained ${trained.head.id} in ${(trained.milliseconds / 1000).toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; ${(text.length / 1024).toFixed(0)} KB\n`,
);
if (check) {
  const stored = existsSync(hivesHeadPath) ? readFileSync(hivesHeadPath, 'utf8') : '';
  if (stored !== text) {
    process.stderr.write(`MISMATCH: ${hivesHeadPath} differs from the retrained head ${trained.head.id}\n`);
    process.exit(1);
  }
  process.stderr.write(`ok: ${hivesHeadPath} reproduces exactly\n`);
} else {
  mkdirSync(dirname(hivesHeadPath), { recursive: true });
  writeFileSync(hivesHeadPath, text);
  process.stderr.write(`wrote ${hivesHeadPath}\n`);
}
