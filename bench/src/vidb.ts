// `pnpm bench vidb [--json]`: loading a full-scale VIDB (32 values × 10,000 texts) with validation
// and the store, against the floor of reading the same JSONL and JSON.parse-ing every line.
import { createReadStream } from 'node:fs';
import { open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReferenceDb, createSeededRandom, formatVidbJsonlLine, midLevelValues } from '@valueflow/core';
import { readVidbFile } from '@valueflow/core/node';
import { printReport, target } from './report';

const textsPerValue = 10_000;
const runs = 3;
const seed = 20_260_203;

const subjects = [
  'my neighbour',
  'the mayor',
  'our team',
  'a stranger',
  'my sister',
  'the company',
  'the teacher',
  'he',
  'she',
  'they',
];
const verbs = [
  'decided to',
  'refused to',
  'promised to',
  'tried to',
  'was happy to',
  'quietly chose to',
  'openly planned to',
];
const actions = [
  'help the family next door',
  'take credit for the work of others',
  'keep the old festival going',
  'break the agreement',
  'share the food with everyone',
  'ignore the safety rules',
  'stand up for the new colleague',
  'travel somewhere completely new',
  'apologise for the mistake',
  'push everyone out of the meeting',
];
const tails = [
  'even though nobody was watching',
  'because it felt like the right thing',
  'and then told the whole street about it',
  'after thinking about it for a week',
  'without asking anyone for permission',
  'to the surprise of the whole town',
  'while the others laughed',
  'for the sake of the children',
];

function generateText(random: ReturnType<typeof createSeededRandom>): string {
  const pick = (list: string[]) => list[random.int(list.length)];
  let text = `${pick(subjects)} ${pick(verbs)} ${pick(actions)} ${pick(tails)}.`;
  // 10–40 words: append clauses until a drawn length is reached.
  const wanted = 10 + random.int(31);
  while (text.split(' ').length < wanted) text += ` Later ${pick(subjects)} ${pick(verbs)} ${pick(actions)}.`;
  const words = text.split(' ').slice(0, wanted);
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1).replace(/\.?$/, '.');
}

async function generatePanel(path: string): Promise<void> {
  const random = createSeededRandom(seed);
  const handle = await open(path, 'w');
  try {
    for (const definition of midLevelValues()) {
      let batch = '';
      for (let index = 0; index < textsPerValue; index++) {
        const intensity = Math.round((random.next() * 20 - 10) * 100) / 100;
        batch += `${formatVidbJsonlLine({
          id: `${definition.value}-${index + 1}`,
          theory: definition.theory,
          value: definition.value,
          text: generateText(random),
          intensity,
          direction: intensity >= 2 ? 1 : intensity <= -2 ? -1 : 0,
        })}\n`;
      }
      await handle.write(batch);
    }
  } finally {
    await handle.close();
  }
}

/** The floor: stream the file, split lines, JSON.parse each and keep the objects. */
async function baselineLoad(path: string): Promise<unknown[]> {
  const objects: unknown[] = [];
  let carry = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = carry + (chunk as string);
    let start = 0;
    let newline = text.indexOf('\n');
    while (newline >= 0) {
      if (newline > start) objects.push(JSON.parse(text.slice(start, newline)));
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    carry = text.slice(start);
  }
  if (carry.trim() !== '') objects.push(JSON.parse(carry));
  return objects;
}

async function valueflowLoad(path: string) {
  const result = await readVidbFile(path);
  return { result, db: createReferenceDb(result.records) };
}

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function measure<T>(
  load: () => Promise<T>,
): Promise<{ milliseconds: number; peakBytes: number; retainedBytes: number }> {
  collectGarbage();
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 1);
  const started = performance.now();
  let loaded: T | undefined = await load();
  const milliseconds = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  collectGarbage();
  const retainedBytes = process.memoryUsage().heapUsed - baseline;
  loaded = undefined;
  void loaded;
  return { milliseconds, peakBytes: peak - baseline, retainedBytes };
}

const median = (values: number[]) => [...values].sort((left, right) => left - right)[values.length >> 1];

async function main(): Promise<void> {
  const path = join(tmpdir(), `valueflow-bench-vidb-${process.pid}.jsonl`);
  try {
    const generated = performance.now();
    await generatePanel(path);
    const generateMilliseconds = performance.now() - generated;
    const fileBytes = (await stat(path)).size;
    const baseline: Awaited<ReturnType<typeof measure>>[] = [];
    const valueflow: Awaited<ReturnType<typeof measure>>[] = [];
    for (let run = 0; run < runs; run++) {
      baseline.push(await measure(() => baselineLoad(path)));
      valueflow.push(await measure(() => valueflowLoad(path)));
    }
    const { result, db } = await valueflowLoad(path);
    const hashed = performance.now();
    const panel = db.hash;
    const hashMilliseconds = performance.now() - hashed;
    // Deferred work, paid on first use rather than at load: sorting every value's records.
    const sorting = performance.now();
    for (const ref of db.values()) db.records(ref);
    const sortAllMilliseconds = performance.now() - sorting;

    const baselineMilliseconds = median(baseline.map((run) => run.milliseconds));
    const loadMilliseconds = median(valueflow.map((run) => run.milliseconds));
    const loadRatio = loadMilliseconds / baselineMilliseconds;
    const peakRatio = Math.max(...valueflow.map((run) => run.peakBytes)) / fileBytes;
    const retainedRatio = median(valueflow.map((run) => run.retainedBytes)) / fileBytes;
    printReport({
      bench: 'vidb',
      results: {
        values: db.values().length,
        records: db.size,
        rejected: result.summary.rejected,
        fileMegabytes: Math.round(fileBytes / 1e5) / 10,
        generateMilliseconds: Math.round(generateMilliseconds),
        baselineMilliseconds: baseline.map((run) => Math.round(run.milliseconds)),
        loadMilliseconds: valueflow.map((run) => Math.round(run.milliseconds)),
        loadRatio: Math.round(loadRatio * 100) / 100,
        peakHeapOverFile: Math.round(peakRatio * 100) / 100,
        retainedHeapOverFile: Math.round(retainedRatio * 100) / 100,
        baselinePeakHeapOverFile:
          Math.round((Math.max(...baseline.map((run) => run.peakBytes)) / fileBytes) * 100) / 100,
        hashMilliseconds: Math.round(hashMilliseconds),
        sortAllMilliseconds: Math.round(sortAllMilliseconds),
        panel,
        gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
      },
      targets: [
        target('load time ratio (readVidbFile + createReferenceDb) / (read + JSON.parse)', loadRatio, '<=', 1.5),
        target('peak heap growth / file size', peakRatio, '<=', 2),
      ],
    });
  } finally {
    await rm(path, { force: true });
  }
}

await main();
