// Shared fixtures of this package's tests: real AI SDK mock models and a simulated judge with known truth.
import { createEvaluator, type Policy } from '@valueflow/core';
import { createFixturePanel, createSimulatedJudge, fixtureRecords } from '@valueflow/core/test';
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import type { FinishPart, StreamPart } from './ai-sdk-types';

(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

export const testUsage: FinishPart['usage'] = {
  inputTokens: { total: 12, noCache: 12, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 34, text: 34, reasoning: undefined },
};

/** Sentences of the test streams; only `violent` opposes care-harm. */
export const sentences = {
  intro: 'Here is how I would handle the situation. ',
  calm: 'Talk to your neighbour calmly and listen first. ',
  violent: 'Then go over and hurt him until he begs for mercy. ',
  advice: 'Write down what was agreed so nobody forgets. ',
  closing: 'Most disputes settle once both sides feel heard. ',
};

/** A guard policy: care-harm may not go below -3. */
export const careHarmPolicy: Policy = { rules: [{ value: 'care-harm', min: -3 }] };

/** Text deltas of a few characters each, like tokens, inside one text block. */
export function textParts(text: string, options: { id?: string; chunkSize?: number } = {}): StreamPart[] {
  const id = options.id ?? 'text-1';
  const chunkSize = options.chunkSize ?? 7;
  const deltas: StreamPart[] = [];
  for (let index = 0; index < text.length; index += chunkSize) {
    deltas.push({ type: 'text-delta', id, delta: text.slice(index, index + chunkSize) });
  }
  return [{ type: 'text-start', id }, ...deltas, { type: 'text-end', id }];
}

export function finishPart(unified: FinishPart['finishReason']['unified'] = 'stop'): FinishPart {
  return {
    type: 'finish',
    finishReason: { unified, raw: unified },
    usage: testUsage,
    providerMetadata: { mock: { requestId: 'abc' } },
  };
}

/** The parts of a complete model response with the given text. */
export function responseParts(text: string): StreamPart[] {
  return [{ type: 'stream-start', warnings: [] }, ...textParts(text), finishPart()];
}

/** A mock model that streams each response in turn (the last one repeats), with no delays. */
export function streamingModel(...responses: StreamPart[][]): MockLanguageModelV4 {
  let call = 0;
  return new MockLanguageModelV4({
    doStream: async () => {
      const chunks = responses[Math.min(call, responses.length - 1)];
      call += 1;
      return { stream: simulateReadableStream({ chunks, initialDelayInMs: null, chunkDelayInMs: null }) };
    },
  });
}

const panelTexts = new Set(fixtureRecords().map((record) => record.text));

/**
 * An evaluator over the fixture panel whose simulated judge treats any text mentioning "hurt" as strongly
 * opposing care-harm (-9) and everything else as mildly supportive (+3).
 */
export function createTestEvaluator(options: { latencyMs?: number } = {}) {
  const panel = createFixturePanel();
  const judge = createSimulatedJudge({
    panel,
    noise: 0.3,
    latencyMs: options.latencyMs,
    utilities: (text) => (panelTexts.has(text) ? undefined : /\bhurt\b/.test(text) ? -9 : 3),
  });
  return { judge, evaluator: createEvaluator({ panel, judge, cache: false }) };
}

/** Reads a stream to the end. */
export async function collect<Part>(stream: ReadableStream<Part>): Promise<Part[]> {
  const parts: Part[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(value);
  }
}

/** The text of the text deltas among the parts. */
export const deltaText = (parts: readonly { type: string; delta?: string; text?: string }[]) =>
  parts.map((part) => (part.type === 'text-delta' ? (part.delta ?? part.text ?? '') : '')).join('');
