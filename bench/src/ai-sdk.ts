// pnpm bench ai-sdk [--json]
// The cost of @valueflow/ai-sdk on a streamed response: a 2,000-token mock stream arriving at a steady rate,
// guarded in hold mode by an evaluator whose simulated judge answers instantly, against the same stream
// unguarded in the same run; the time the steering middleware adds before the first chunk; and how long a
// sentence waits in hold mode between its last token arriving and its release.
import { createEvaluator } from '@valueflow/core';
import { createFixturePanel, createSimulatedJudge, fixtureRecords } from '@valueflow/core/test';
import { valueGuardMiddleware, valueSteeringMiddleware } from '@valueflow/ai-sdk';
import { type LanguageModelMiddleware, simulateReadableStream, wrapLanguageModel } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { printReport, target } from './report';

(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

const TOKENS = 2_000;
// One token per millisecond or so (setTimeout's floor): faster than most hosted models stream.
const TOKEN_DELAY_MS = 1;
const SENTENCES = [
  'Start by writing down what you want to say to your neighbour.',
  'Pick a quiet moment when neither of you is in a hurry.',
  'Listen to their side before you suggest a solution.',
  'A short written note can help if talking feels difficult.',
  'Most people are glad to fix a problem once they know about it.',
  'If nothing changes after a few weeks, ask a mediator for help.',
  'Keep a record of dates and times in case you need it later.',
  'Thank them when things improve, since that keeps the peace.',
];

function tokens(): string[] {
  const words: string[] = [];
  for (let index = 0; words.length < TOKENS; index += 1) {
    const sentence = SENTENCES[index % SENTENCES.length].split(' ');
    for (const [position, word] of sentence.entries())
      words.push(position === 0 && words.length === 0 ? word : ` ${word}`);
  }
  return words.slice(0, TOKENS);
}

const usage = {
  inputTokens: { total: 20, noCache: 20, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: TOKENS, text: TOKENS, reasoning: undefined },
};

/**
 * A stream that delivers token i at start + i × delayMs, like a network stream whose data waits in a buffer
 * while the consumer is busy: time the consumer spends on checks does not slow the model down (a chain of
 * fixed sleeps would add it). With `delayMs` null every part is available at once.
 */
function pacedStream<Part>(chunks: Part[], delayMs: number | null): ReadableStream<Part> {
  if (delayMs === null) return simulateReadableStream({ chunks, initialDelayInMs: null, chunkDelayInMs: null });
  const start = performance.now();
  let index = 0;
  return new ReadableStream<Part>({
    async pull(controller) {
      if (index >= chunks.length) {
        controller.close();
        return;
      }
      const wait = start + index * delayMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      controller.enqueue(chunks[index]);
      index += 1;
    },
  });
}

function model(delayMs: number | null, arrivals?: number[]) {
  const words = tokens();
  return new MockLanguageModelV4({
    doStream: async () => {
      const chunks = [
        { type: 'stream-start' as const, warnings: [] },
        { type: 'text-start' as const, id: 't' },
        ...words.map((delta) => ({ type: 'text-delta' as const, id: 't', delta })),
        { type: 'text-end' as const, id: 't' },
        { type: 'finish' as const, finishReason: { unified: 'stop' as const, raw: 'stop' }, usage },
      ];
      const stream = pacedStream(chunks, delayMs);
      if (!arrivals) return { stream };
      // Records when each token leaves the model, to measure how long the guard holds it.
      return {
        stream: stream.pipeThrough(
          new TransformStream({
            transform(part, controller) {
              if (part.type === 'text-delta') arrivals.push(performance.now());
              controller.enqueue(part);
            },
          }),
        ),
      };
    },
  });
}

const prompt = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'My neighbour is loud.' }] }];

async function consume(middleware: LanguageModelMiddleware[], delayMs: number | null, arrivals?: number[]) {
  const wrapped = wrapLanguageModel({ model: model(delayMs, arrivals), middleware });
  const started = performance.now();
  const { stream } = await wrapped.doStream({ prompt });
  const reader = stream.getReader();
  const releases: { end: number; at: number }[] = [];
  let firstChunk = Number.NaN;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (Number.isNaN(firstChunk)) firstChunk = performance.now() - started;
    if (value.type === 'text-delta') {
      text += value.delta;
      releases.push({ end: text.length, at: performance.now() });
    }
    if (value.type === 'error') throw value.error;
  }
  return { seconds: (performance.now() - started) / 1000, firstChunk, text, releases };
}

const panel = createFixturePanel();
const panelTexts = new Set(fixtureRecords().map((record) => record.text));
const judge = createSimulatedJudge({
  panel,
  noise: 0.3,
  recordCalls: false,
  utilities: (text) => (panelTexts.has(text) ? undefined : 3),
});
const evaluator = createEvaluator({ panel, judge, cache: false });
const guard = valueGuardMiddleware({ policy: { rules: [{ value: 'care-harm', min: -3 }] }, evaluator, mode: 'hold' });
const steering = valueSteeringMiddleware({ targets: [{ value: 'benevolence', level: 2 }] });

// Warm-up: module compilation and first-use costs are not what is measured.
await consume([guard], null);

const plain = await consume([], TOKEN_DELAY_MS);
const arrivals: number[] = [];
const guarded = await consume([guard], TOKEN_DELAY_MS, arrivals);
if (guarded.text !== plain.text) throw new Error('the guarded stream lost or changed text');
const throughputRatio = plain.seconds / guarded.seconds;

// Hold latency per sentence: from the arrival of a sentence's last character (the space after its full stop,
// which is what tells the guard the sentence is over) to its release.
const arrivalOfCharacter: number[] = [];
tokens().forEach((word, index) => {
  for (let character = 0; character < word.length; character += 1) arrivalOfCharacter.push(arrivals[index]);
});
const sentenceWaits: number[] = [];
for (const release of guarded.releases) {
  if (/[.!?]\s$/.test(guarded.text.slice(0, release.end))) {
    sentenceWaits.push(release.at - arrivalOfCharacter[release.end - 1]);
  }
}
sentenceWaits.sort((left, right) => left - right);
const meanWait = sentenceWaits.reduce((sum, wait) => sum + wait, 0) / sentenceWaits.length;
const p95Wait = sentenceWaits[Math.floor(sentenceWaits.length * 0.95)];

// Unguarded CPU cost: the same stream with no delays, to show the guard's own processing time.
const fastPlain = await consume([], null);
const fastGuarded = await consume([guard], null);

// Steering overhead on time to first chunk, from many repetitions (median of paired differences).
const differences: number[] = [];
for (let round = 0; round < 200; round += 1) {
  const without = await consume([], null);
  const withSteering = await consume([steering], null);
  differences.push(withSteering.firstChunk - without.firstChunk);
}
differences.sort((left, right) => left - right);
const steeringFirstChunkMs = differences[Math.floor(differences.length / 2)];

printReport({
  bench: 'ai-sdk',
  results: {
    tokens: TOKENS,
    tokenDelayMs: TOKEN_DELAY_MS,
    plainSeconds: plain.seconds,
    guardedSeconds: guarded.seconds,
    throughputRatio,
    judgeCalls: judge.callCount,
    cpuOnly: { plainSeconds: fastPlain.seconds, guardedSeconds: fastGuarded.seconds },
    steeringFirstChunkMs,
    sentences: sentenceWaits.length,
    holdMsPerSentence: { mean: meanWait, p95: p95Wait },
  },
  targets: [
    target('throughput guarded / unguarded (hold mode, instant judge)', throughputRatio, '>=', 0.9),
    target('steering middleware: added time to first chunk (ms, median)', steeringFirstChunkMs, '<=', 2),
  ],
});
