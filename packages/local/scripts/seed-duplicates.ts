// pnpm seed:duplicates — near-duplicate check of the seed panel's texts with the offline embedder.
// Embeds every written text and every everyday text, lists the 25 most similar pairs (cosine) in
// packages/core/data/seed-duplicates.txt and exits 1 when a pair is above the limit.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedSourcePath } from '@valueflow/core/node';
import { createUseEmbedder } from '@valueflow/local';

const LIMIT = 0.92;
const texts: { id: string; text: string }[] = [];
for (const folder of ['texts', 'neutral']) {
  for (const file of readdirSync(join(seedSourcePath, folder)).sort()) {
    for (const line of readFileSync(join(seedSourcePath, folder, file), 'utf8').split('\n')) {
      if (line.trim()) texts.push(JSON.parse(line));
    }
  }
}
const vectors = await createUseEmbedder().embed(texts.map((entry) => entry.text));
const pairs: { similarity: number; left: number; right: number }[] = [];
for (let left = 0; left < vectors.length; left += 1) {
  for (let right = left + 1; right < vectors.length; right += 1) {
    let dot = 0;
    for (let index = 0; index < vectors[left].length; index += 1) dot += vectors[left][index] * vectors[right][index];
    if (dot > 0.75) pairs.push({ similarity: dot, left, right });
  }
}
pairs.sort((a, b) => b.similarity - a.similarity);
const lines = [
  `# Closest pairs among ${texts.length} seed texts (Universal Sentence Encoder lite, cosine); limit ${LIMIT}`,
  ...pairs
    .slice(0, 25)
    .map(
      ({ similarity, left, right }) =>
        `${similarity.toFixed(3)}  ${texts[left].id}  ${texts[right].id}\n       "${texts[left].text}"\n       "${texts[right].text}"`,
    ),
];
writeFileSync(join(seedSourcePath, '..', 'seed-duplicates.txt'), `${lines.join('\n')}\n`);
const over = pairs.filter((pair) => pair.similarity > LIMIT);
process.stdout.write(
  `${texts.length} texts; closest pair ${pairs[0]?.similarity.toFixed(3) ?? '< 0.75'}; ${over.length} pair(s) above ${LIMIT}\n`,
);
process.exit(over.length > 0 ? 1 : 0);
