#!/usr/bin/env node
// Blind ranking windows for the seed panel.
//
//   node windows.mjs plan VALUE [--neutral FILE]   → writes data/seed/windows/VALUE.todo.json and prints the windows
//   node windows.mjs apply VALUE ANSWERS.txt --annotator NAME → writes data/seed/windows/VALUE.jsonl
//   node windows.mjs review VALUE            → the same windows, letters reshuffled, for a second annotator
//   node windows.mjs apply-review VALUE ANSWERS.txt --annotator NAME → data/seed/windows/VALUE.review.jsonl,
//                                              and prints the pairwise agreement with the first annotator
//
// Windows show texts under shuffled letters only (no ids, no intended levels), so the person or model
// ranking them judges the texts themselves, never the level a text was written for.
// Every text (and every neutral anchor chosen for the value) appears in exactly 6 windows of 2–6 texts.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const data = join(dirname(fileURLToPath(import.meta.url)), '../../data/seed');
const ROUNDS = 6;
const WINDOW = 5;
const NEUTRAL_PER_VALUE = 8;
const LETTERS = 'ABCDEF';

function seededRandom(text) {
  let state = 2166136261;
  for (const char of text) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, random) {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

const readJsonl = (file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      try {
        return JSON.parse(line);
      } catch (error) {
        throw new Error(`${file}:${index + 1}: invalid JSON (${error.message})`);
      }
    });

function plan(value, neutralFile) {
  const textsFile = join(data, 'texts', `${value}.jsonl`);
  const texts = readJsonl(textsFile);
  const random = seededRandom(`seed-windows/${value}`);
  const neutral = neutralFile ? shuffle(readJsonl(neutralFile), random).slice(0, NEUTRAL_PER_VALUE) : [];
  const items = [...texts, ...neutral].map((item) => ({ id: item.id, text: item.text }));
  const windows = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = shuffle(items, random);
    const chunks = [];
    for (let start = 0; start < order.length; start += WINDOW) chunks.push(order.slice(start, start + WINDOW));
    if (chunks.length > 1 && chunks.at(-1).length < 2) chunks.at(-2).push(...chunks.pop());
    windows.push(...chunks);
  }
  const todo = windows.map((window, index) => ({ n: index + 1, ids: window.map((item) => item.id) }));
  writeFileSync(
    join(data, 'windows', `${value}.todo.json`),
    `${JSON.stringify({ value, neutral: neutral.map((item) => item.id), windows: todo })}\n`,
  );
  printWindows(value, todo, new Map(items.map((item) => [item.id, item.text])));
}

function printWindows(value, todo, byId) {
  const lines = [`# ${value}: ${todo.length} windows. Answer each as "#N X Y Z …" (letters, most supportive first).`];
  for (const window of todo) {
    lines.push(`#${window.n}`);
    for (const [index, id] of window.ids.entries()) lines.push(`${LETTERS[index]}: ${byId.get(id)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function allTexts(value) {
  const byId = new Map(readJsonl(join(data, 'texts', `${value}.jsonl`)).map((item) => [item.id, item.text]));
  for (const file of readdirSync(join(data, 'neutral'))) {
    if (file.endsWith('.jsonl'))
      for (const item of readJsonl(join(data, 'neutral', file))) byId.set(item.id, item.text);
  }
  return byId;
}

// A second, independent annotator sees the same windows with the letters reshuffled.
function review(value) {
  const windows = readJsonl(join(data, 'windows', `${value}.jsonl`));
  const random = seededRandom(`seed-review/${value}`);
  const todo = windows.map((window, index) => ({ n: index + 1, ids: shuffle(window.ids, random) }));
  writeFileSync(
    join(data, 'windows', `${value}.review.todo.json`),
    `${JSON.stringify({ value, neutral: [], windows: todo })}\n`,
  );
  printWindows(value, todo, allTexts(value));
}

function agreement(value) {
  const first = readJsonl(join(data, 'windows', `${value}.jsonl`));
  const second = readJsonl(join(data, 'windows', `${value}.review.jsonl`));
  let same = 0;
  let pairs = 0;
  first.forEach((window, index) => {
    const rank = (order) => new Map(order.map((id, position) => [id, position]));
    const a = rank(window.order);
    const b = rank(second[index].order);
    for (let i = 0; i < window.ids.length; i += 1) {
      for (let j = i + 1; j < window.ids.length; j += 1) {
        const [x, y] = [window.ids[i], window.ids[j]];
        pairs += 1;
        if (Math.sign(a.get(x) - a.get(y)) === Math.sign(b.get(x) - b.get(y))) same += 1;
      }
    }
  });
  process.stdout.write(
    `${value}: pairwise agreement with the first annotator ${(same / pairs).toFixed(3)} over ${pairs} pairs\n`,
  );
}

function apply(value, answersFile, annotator, suffix = '') {
  if (!annotator) throw new Error('--annotator NAME is required');
  const todoFile = join(data, 'windows', `${value}${suffix}.todo.json`);
  const todo = JSON.parse(readFileSync(todoFile, 'utf8'));
  const answers = new Map();
  readFileSync(answersFile, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const match = line.trim().match(/^#(\d+)\s+([A-F](?:[\s,>]+[A-F])*)\s*$/i);
      if (!line.trim()) return;
      if (!match) throw new Error(`${answersFile}:${index + 1}: expected "#N A B C…", got "${line}"`);
      answers.set(Number(match[1]), match[2].toUpperCase().split(/[\s,>]+/));
    });
  const out = [];
  const problems = [];
  for (const window of todo.windows) {
    const letters = answers.get(window.n);
    const expected = LETTERS.slice(0, window.ids.length).split('');
    if (!letters) {
      problems.push(`#${window.n}: no answer`);
      continue;
    }
    if (letters.length !== expected.length || [...letters].sort().join('') !== expected.join('')) {
      problems.push(`#${window.n}: answer ${letters.join(' ')} is not a permutation of ${expected.join(' ')}`);
      continue;
    }
    out.push({
      value,
      ids: window.ids,
      order: letters.map((letter) => window.ids[LETTERS.indexOf(letter)]),
      annotator,
    });
  }
  if (problems.length > 0) throw new Error(`answers rejected:\n  ${problems.join('\n  ')}`);
  writeFileSync(
    join(data, 'windows', `${value}${suffix}.jsonl`),
    `${out.map((row) => JSON.stringify(row)).join('\n')}\n`,
  );
  rmSync(todoFile);
  process.stdout.write(
    `${value}: ${out.length} windows written (neutral anchors: ${todo.neutral.join(', ') || 'none'})\n`,
  );
}

const [command, value, ...rest] = process.argv.slice(2);
const option = (name) => {
  const index = rest.indexOf(name);
  return index >= 0 ? rest[index + 1] : undefined;
};
try {
  if (command === 'plan' && value) plan(value, option('--neutral'));
  else if (command === 'apply' && value && rest[0]) apply(value, rest[0], option('--annotator'));
  else if (command === 'review' && value) review(value);
  else if (command === 'apply-review' && value && rest[0]) {
    apply(value, rest[0], option('--annotator'), '.review');
    agreement(value);
  } else
    throw new Error(
      'usage: windows.mjs plan VALUE [--neutral FILE] | apply VALUE ANSWERS.txt --annotator NAME | review VALUE | apply-review VALUE ANSWERS.txt --annotator NAME',
    );
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
