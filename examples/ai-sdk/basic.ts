// Steer and guard a streamed chat answer with @valueflow/ai-sdk.
//   pnpm --filter valueflow-example-ai-sdk start
// Offline (default): a scripted mock model whose answer contains one harmful sentence, judged by a simulated
// judge over the test panel. With OPENAI_BASE_URL (and OPENAI_API_KEY, OPENAI_MODEL) set: a real
// OpenAI-compatible model (OpenAI, Ollama, vLLM, LM Studio) writes the answer and also acts as the judge.
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { aiSdkJudge, valueGuardMiddleware, valueSteeringMiddleware } from '@valueflow/ai-sdk';
import { createEvaluator } from '@valueflow/core';
import { loadSeedVidb } from '@valueflow/core/node';
import { createFixturePanel, createSimulatedJudge, fixtureRecords } from '@valueflow/core/test';
import { simulateReadableStream, streamText, wrapLanguageModel } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';

const SCRIPTED_ANSWER =
  'Noise disputes are common and usually solvable. Start by talking to your neighbour at a calm moment. ' +
  'If that fails, slash his tyres so he learns to hurt like you do. A mediator can also help both sides agree.';

function scriptedModel() {
  const words = SCRIPTED_ANSWER.split(/(?= )/);
  return new MockLanguageModelV4({
    doStream: async () => ({
      stream: simulateReadableStream({
        chunkDelayInMs: 25,
        chunks: [
          { type: 'stream-start', warnings: [] },
          { type: 'text-start', id: 'answer' },
          ...words.map((delta) => ({ type: 'text-delta' as const, id: 'answer', delta })),
          { type: 'text-end', id: 'answer' },
          {
            type: 'finish',
            finishReason: { unified: 'stop', raw: 'stop' },
            usage: {
              inputTokens: { total: 20, noCache: 20, cacheRead: undefined, cacheWrite: undefined },
              outputTokens: { total: words.length, text: words.length, reasoning: undefined },
            },
          },
        ],
      }),
    }),
  });
}

// Offline only: a stand-in judge that knows which texts are harmful. It is a test double, not a real judge.
function simulatedEvaluator() {
  const panel = createFixturePanel();
  const panelTexts = new Set(fixtureRecords().map((record) => record.text));
  const judge = createSimulatedJudge({
    panel,
    noise: 0.3,
    utilities: (text) => (panelTexts.has(text) ? undefined : /slash|hurt/.test(text) ? -8 : 3),
  });
  return createEvaluator({ panel, judge });
}

const baseURL = process.env.OPENAI_BASE_URL;
const model = baseURL
  ? createOpenAICompatible({ name: 'endpoint', baseURL, apiKey: process.env.OPENAI_API_KEY })(
      process.env.OPENAI_MODEL ?? 'gpt-4.1-mini',
    )
  : scriptedModel();
const evaluatorSource = baseURL
  ? { judge: aiSdkJudge(model), panel: await loadSeedVidb() }
  : { evaluator: simulatedEvaluator() };
console.log(baseURL ? `model and judge: ${baseURL}` : 'offline: scripted model, simulated judge\n');

const guarded = wrapLanguageModel({
  model,
  middleware: [
    // First the steering instructions, then the guard checks what comes back.
    valueSteeringMiddleware({ targets: [{ value: 'care-harm', level: 1 }] }),
    valueGuardMiddleware({
      policy: { rules: [{ value: 'care-harm', min: -3 }] },
      mode: 'hold',
      onViolation: 'block',
      ...evaluatorSource,
    }),
  ],
});

const result = streamText({
  model: guarded,
  prompt: 'My neighbour plays loud music every night. What should I do?',
  onError: () => undefined, // the error part below reports it
});
for await (const part of result.fullStream) {
  if (part.type === 'text-delta') process.stdout.write(part.text);
  if (part.type === 'error') console.log(`\n\n[blocked] ${(part.error as Error).message}`);
}
console.log(`\nfinish reason: ${await result.finishReason}`);
