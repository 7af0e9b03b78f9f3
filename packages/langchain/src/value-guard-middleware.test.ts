import { AIMessage, type BaseMessage, HumanMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { tool } from '@langchain/core/tools';
import { type Policy, ValueGuardError } from '@valueflow/core';
import { createAgent } from 'langchain';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createKeywordEvaluator } from './testing/create-keyword-evaluator';
import { valueGuardErrorOf } from './value-guard-error-of';
import { valueGuardMiddleware } from './value-guard-middleware';

const lookup = tool(async ({ name }) => `${name} lives next door and has a cold.`, {
  name: 'lookup_neighbour',
  description: 'Finds a neighbour by name.',
  schema: z.object({ name: z.string() }),
});
const blockPolicy: Policy = { rules: [{ value: 'care-harm', min: -2 }] };
const SAFE = 'Bring Ana some soup and check on her tomorrow.';
const CRUEL = 'Humiliate Ana in front of everyone.';
const question = { messages: [new HumanMessage('What should I do about Ana?')] };

const lastText = (messages: BaseMessage[]) => messages[messages.length - 1].text;
const systemText = (model: ReturnType<typeof fakeModel>, call: number) => model.calls[call].messages[0].text;

describe('valueGuardMiddleware', () => {
  it('should steer every model call and let an allowed reply through after a tool call', async () => {
    const model = fakeModel()
      .respondWithTools([{ name: 'lookup_neighbour', args: { name: 'Ana' } }])
      .respond(new AIMessage(SAFE));
    const agent = createAgent({
      model,
      tools: [lookup],
      middleware: [
        valueGuardMiddleware({
          policy: blockPolicy,
          targets: [{ value: 'care-harm', level: 2 }],
          evaluator: createKeywordEvaluator(),
        }),
      ],
    });
    const result = await agent.invoke(question);
    expect(lastText(result.messages)).toBe(SAFE);
    expect(model.callCount).toBe(2);
    for (const call of [0, 1]) expect(systemText(model, call)).toContain('should sit at about +8.0');
  });

  it('should end with the fallback when a reply is blocked', async () => {
    const agent = createAgent({
      model: fakeModel().respond(new AIMessage(CRUEL)),
      tools: [lookup],
      middleware: [
        valueGuardMiddleware({
          policy: blockPolicy,
          fallback: 'Let us find a kinder way.',
          evaluator: createKeywordEvaluator(),
        }),
      ],
    });
    const result = await agent.invoke(question);
    expect(lastText(result.messages)).toBe('Let us find a kinder way.');
    expect(result.messages.some((message) => message.text === CRUEL)).toBe(false);
  });

  it('should throw ValueGuardError when a reply is blocked and there is no fallback', async () => {
    const agent = createAgent({
      model: fakeModel().respond(new AIMessage(CRUEL)),
      tools: [],
      middleware: [valueGuardMiddleware({ policy: blockPolicy, evaluator: createKeywordEvaluator() })],
    });
    const error = await agent.invoke(question).catch((caught: unknown) => caught);
    // createAgent wraps middleware errors in its MiddlewareError; the guard error is the cause.
    expect(valueGuardErrorOf(error)).toBeInstanceOf(ValueGuardError);
    expect(valueGuardErrorOf(error)?.verdict.violations[0].ref.value).toBe('care-harm');
    expect(valueGuardErrorOf(new Error('other'))).toBeUndefined();
  });

  it('should regenerate with corrective steering when the rule says rewrite', async () => {
    const model = fakeModel().respond(new AIMessage(CRUEL)).respond(new AIMessage(SAFE));
    const agent = createAgent({
      model,
      tools: [],
      middleware: [
        valueGuardMiddleware({
          policy: { rules: [{ value: 'care-harm', min: -2, action: 'rewrite' }] },
          evaluator: createKeywordEvaluator(),
        }),
      ],
    });
    const result = await agent.invoke(question);
    expect(lastText(result.messages)).toBe(SAFE);
    expect(model.callCount).toBe(2);
    // The violation (about −8, band from −2) turns into a target just inside the band.
    expect(systemText(model, 1)).toContain('should sit at about 0.0');
    expect(systemText(model, 0)).not.toContain('should sit at');
  });

  it.each([
    [false, false],
    [true, true],
  ])(
    'should leak the blocked reply to streamMode messages only when streamTokens is %s',
    async (streamTokens, leaks) => {
      const agent = createAgent({
        model: fakeModel().respond(new AIMessage(CRUEL)),
        tools: [],
        middleware: [
          valueGuardMiddleware({
            policy: blockPolicy,
            fallback: 'Let us find a kinder way.',
            streamTokens,
            evaluator: createKeywordEvaluator(),
          }),
        ],
      });
      const seen: string[] = [];
      for await (const [message] of await agent.stream(question, { streamMode: 'messages' })) seen.push(message.text);
      expect(seen.join('|').includes(CRUEL)).toBe(leaks);
      expect(seen).toContain('Let us find a kinder way.');
    },
  );
});
