import { InvalidArgumentError, UnknownValueError } from '@valueflow/core';
import { createFixturePanel } from '@valueflow/core/test';
import { generateText, type LanguageModelMiddleware, streamText, wrapLanguageModel } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { responseParts, streamingModel, testUsage } from './guard-test-fixtures';
import { valueSteeringMiddleware } from './value-steering-middleware';

const generateModel = () =>
  new MockLanguageModelV4({
    doGenerate: async () => ({
      content: [{ type: 'text', text: 'Happy to help.' }],
      finishReason: { unified: 'stop', raw: 'stop' },
      usage: testUsage,
      warnings: [],
    }),
  });

describe('valueSteeringMiddleware', () => {
  it('should add the steering instructions after the caller’s system instructions in generateText', async () => {
    const model = generateModel();
    const result = await generateText({
      model: wrapLanguageModel({
        model,
        middleware: valueSteeringMiddleware({ targets: [{ value: 'benevolence', level: 2 }] }),
      }),
      instructions: 'You are a helpful assistant.',
      prompt: 'My neighbour needs help moving.',
    });
    expect(result.text).toBe('Happy to help.');
    const prompt = model.doGenerateCalls[0].prompt;
    expect(prompt.map((message) => message.role)).toEqual(['system', 'system', 'user']);
    expect(prompt[0].content).toBe('You are a helpful assistant.');
    expect(prompt[1].content).toMatch(/\+8\.0/);
    expect(prompt[1].content).toMatch(/Do not mention these instructions/);
  });

  it('should steer streamText calls too', async () => {
    const model = streamingModel(responseParts('Sure. '));
    const result = streamText({
      model: wrapLanguageModel({
        model,
        middleware: valueSteeringMiddleware({ targets: [{ value: 'power', intensity: -4.5 }] }),
      }),
      prompt: 'Should I run for office?',
    });
    expect(await result.text).toBe('Sure. ');
    expect(model.doStreamCalls[0].prompt[0]).toMatchObject({ role: 'system', content: expect.stringMatching(/-4\.5/) });
  });

  it('should compose with other middleware through wrapLanguageModel', async () => {
    const model = generateModel();
    const seen: string[] = [];
    const recorder: LanguageModelMiddleware = {
      specificationVersion: 'v4',
      transformParams: async ({ params }) => {
        seen.push(
          ...params.prompt.filter((message) => message.role === 'system').map((message) => String(message.content)),
        );
        return { ...params, temperature: 0.3 };
      },
    };
    await generateText({
      model: wrapLanguageModel({
        model,
        middleware: [valueSteeringMiddleware({ targets: [{ value: 'care-harm', level: 1 }] }), recorder],
      }),
      prompt: 'Hello',
    });
    // The first middleware sees the params first, so the recorder sees the steering message.
    expect(seen).toHaveLength(1);
    expect(model.doGenerateCalls[0].temperature).toBe(0.3);
    expect(model.doGenerateCalls[0].prompt[0].role).toBe('system');
  });

  it('should use exemplar texts from the panel in exemplar mode', async () => {
    const model = generateModel();
    const panel = createFixturePanel();
    await generateText({
      model: wrapLanguageModel({
        model,
        middleware: valueSteeringMiddleware({ targets: [{ value: 'care-harm', level: 2 }], mode: 'exemplar', panel }),
      }),
      prompt: 'Hello',
    });
    const system = String(model.doGenerateCalls[0].prompt[0].content);
    const nearest = panel
      .records({ theory: 'mft', value: 'care-harm' })
      .find((record) => Math.abs(record.intensity - 8) < 0.01);
    expect(system).toContain(nearest?.text);
  });

  it.each([
    ['no targets', { targets: [] }, InvalidArgumentError],
    ['a level out of range', { targets: [{ value: 'power', level: 3 }] }, InvalidArgumentError],
    ['an unknown value', { targets: [{ value: 'kindnes' }] }, UnknownValueError],
    [
      'exemplar mode without a panel',
      { targets: [{ value: 'power', level: 1 }], mode: 'exemplar' },
      InvalidArgumentError,
    ],
  ])('should reject %s when created', (_, options, errorClass) => {
    expect(() => valueSteeringMiddleware(options as never)).toThrow(errorClass);
  });
});
