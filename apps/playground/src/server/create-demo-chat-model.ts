import { defaultCatalogue, type ReferencePanel } from '@valueflow/core';
import { simulateReadableStream } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { composeDemoReply } from './compose-demo-reply';
import { type DemoPromptMessage, readDemoSteering } from './read-demo-steering';

/** The model id the page shows in demo mode. */
export const DEMO_MODEL_ID = 'offline-demo';

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content
    .map((part: { type?: string; text?: string }) => (part?.type === 'text' ? (part.text ?? '') : ''))
    .join('');
}

/**
 * The chat model of the offline demo mode: an AI SDK mock language model (spec v4) that reads the steering
 * instructions in its prompt and streams a canned reply built from them (see `composeDemoReply`), a few
 * words at a time. It lets the whole pipeline run, steering and guard middlewares included, with no
 * endpoint configured.
 *
 * @param options.panel - The reference panel the replies are drawn from.
 * @param options.chunkDelayInMs - Pause between streamed chunks (default 30), so the page visibly streams.
 * @returns The mock model.
 */
export function createDemoChatModel(options: { panel: ReferencePanel; chunkDelayInMs?: number }): MockLanguageModelV4 {
  const values = defaultCatalogue.values({ midLevelOnly: true });
  return new MockLanguageModelV4({
    modelId: DEMO_MODEL_ID,
    provider: 'valueflow-playground',
    doStream: async ({ prompt }) => {
      const messages = prompt as readonly DemoPromptMessage[];
      const last = messages[messages.length - 1];
      const lastUser = [...messages].reverse().find((message) => message.role === 'user');
      const reply = composeDemoReply({
        message: textOf(lastUser?.content),
        steering: readDemoSteering({ prompt: messages, values }),
        panel: options.panel,
        continuing: last?.role === 'assistant',
      });
      // Keep the separating space on the word after it, so the chunks join back into the reply.
      const words = reply.split(/(?= )/);
      return {
        stream: simulateReadableStream({
          chunkDelayInMs: options.chunkDelayInMs ?? 30,
          chunks: [
            { type: 'stream-start' as const, warnings: [] },
            { type: 'text-start' as const, id: 'reply' },
            ...words.map((delta) => ({ type: 'text-delta' as const, id: 'reply', delta })),
            { type: 'text-end' as const, id: 'reply' },
            {
              type: 'finish' as const,
              finishReason: { unified: 'stop' as const, raw: 'stop' },
              usage: {
                inputTokens: { total: 0, noCache: 0, cacheRead: undefined, cacheWrite: undefined },
                outputTokens: { total: words.length, text: words.length, reasoning: undefined },
              },
            },
          ],
        }),
      };
    },
  });
}
