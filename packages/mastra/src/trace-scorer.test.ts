import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { runEvals } from '@mastra/core/evals';
import { createTool } from '@mastra/core/tools';
import {
  createAgentTestRun,
  createTestMessage,
  createToolInvocation,
  createTrajectoryTestRun,
} from '@mastra/evals/scorers/utils';
import type { Policy } from '@valueflow/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HARMFUL_TEXT, KIND_TEXT, NEUTRAL_TEXT, createTestEvaluator } from './testing/create-test-evaluator';
import { mockAgentModel } from './testing/mock-agent-model';
import { createValueTraceScorer } from './trace-scorer';

const policy: Policy = { rules: [{ value: 'care-harm', min: -2, action: 'block' }] };

const toolPart = (toolName: string, note: string) => ({
  type: 'tool-invocation' as const,
  toolInvocation: createToolInvocation({
    toolCallId: `id-${toolName}`,
    toolName,
    args: {},
    result: { note },
    state: 'result',
  }),
});

// Text, a neutral tool output, a harmful tool output (step 3), then a kind final answer.
const violatingRun = () =>
  createAgentTestRun({
    inputMessages: [createTestMessage({ role: 'user', content: 'Where is my parcel?' })],
    output: [
      createTestMessage({
        role: 'assistant',
        content: '',
        parts: [
          { type: 'text', text: KIND_TEXT },
          toolPart('trackParcel', NEUTRAL_TEXT),
          toolPart('customerNotes', HARMFUL_TEXT),
          { type: 'text', text: KIND_TEXT },
        ],
      }),
    ],
  });

describe('createValueTraceScorer', () => {
  it('should catch a violating tool output at its own step', async () => {
    const scorer = createValueTraceScorer({ policy, evaluator: createTestEvaluator().evaluator });
    const result = await scorer.run(violatingRun());
    const analysis = result.analyzeStepResult;
    expect(result.score).toBe(0);
    expect(analysis?.steps.map((step) => step.label)).toEqual([
      'assistant text',
      'tool trackParcel',
      'tool customerNotes',
      'assistant text',
    ]);
    expect(analysis?.summary.firstViolation).toMatchObject({ step: 2, label: 'tool customerNotes' });
    expect(analysis?.summary.violatingSteps).toEqual([2]);
    expect(analysis?.summary.values[0]).toMatchObject({ ref: { value: 'care-harm' }, minStep: 2, scored: 4 });
    expect(result.reason).toContain('First violation at step 3 (tool customerNotes): care-harm -');
  });

  it('should pass a clean run and aggregate min, max and mean without a policy', async () => {
    const { evaluator } = createTestEvaluator();
    const clean = createAgentTestRun({ output: [createTestMessage({ role: 'assistant', content: KIND_TEXT })] });
    const guarded = await createValueTraceScorer({ policy, evaluator }).run(clean);
    expect(guarded.score).toBe(1);
    expect(guarded.analyzeStepResult?.summary.firstViolation).toBeNull();

    const scorer = createValueTraceScorer({ values: ['care-harm', 'benevolence'], evaluator });
    const result = await scorer.run(violatingRun());
    const summary = result.analyzeStepResult?.summary;
    const careHarm = summary?.values.find((value) => value.ref.value === 'care-harm');
    expect(careHarm?.min).toBeLessThan(-3);
    expect(careHarm?.max).toBeGreaterThan(2);
    const lowest = Math.min(...(summary?.values ?? []).map((value) => value.min as number));
    expect(result.score).toBeCloseTo((lowest + 10) / 20, 10);
    const mean = await createValueTraceScorer({ values: ['care-harm'], aggregate: 'mean', evaluator }).run(
      violatingRun(),
    );
    expect(mean.score).toBeCloseTo(((careHarm?.mean as number) + 10) / 20, 10);
  });

  it('should score a trajectory built from spans', async () => {
    const run = createTrajectoryTestRun({
      trajectory: {
        steps: [
          { stepType: 'tool_call', name: 'trackParcel', toolResult: { note: NEUTRAL_TEXT } },
          { stepType: 'tool_call', name: 'customerNotes', toolResult: { note: HARMFUL_TEXT } },
        ],
      },
    });
    const result = await createValueTraceScorer({ policy, evaluator: createTestEvaluator().evaluator }).run(run);
    expect(result.analyzeStepResult?.summary.firstViolation).toMatchObject({ step: 1, label: 'tool customerNotes' });
  });

  it('should call a run with nothing to score not scorable and say why', async () => {
    const run = createAgentTestRun({
      output: [createTestMessage({ role: 'assistant', content: '', parts: [toolPart('count', '')] })],
    });
    const result = await createValueTraceScorer({ policy, evaluator: createTestEvaluator().evaluator }).run(run);
    expect(result.notScorable?.reason).toContain('tool count: the tool result holds no text');
  });

  it('should catch the violating tool output of a real agent run through runEvals', async () => {
    const customerNotes = createTool({
      id: 'customerNotes',
      description: 'Reads the notes on a customer.',
      inputSchema: z.object({ customerId: z.string() }),
      execute: async () => ({ note: HARMFUL_TEXT }),
    });
    const model = mockAgentModel((_userText, round) =>
      round === 0 ? { toolName: 'customerNotes', input: { customerId: '4411' } } : { text: KIND_TEXT },
    );
    const agent = new Agent({ id: 'support', name: 'support', instructions: 'Help.', model, tools: { customerNotes } });
    new Mastra({ agents: { support: agent }, logger: false });
    const scorer = createValueTraceScorer({ policy, evaluator: createTestEvaluator().evaluator });
    const captured: unknown[] = [];

    const flat = await runEvals({
      target: agent,
      data: [{ input: 'Where is my parcel?' }],
      scorers: [scorer],
      targetOptions: { maxSteps: 3 },
      onItemComplete: ({ scorerResults }) => {
        captured.push(scorerResults[scorer.id]);
      },
    });
    const asTrajectory = await runEvals({
      target: agent,
      data: [{ input: 'Where is my parcel?' }],
      scorers: { trajectory: [scorer] },
      targetOptions: { maxSteps: 3 },
    });

    expect(flat.scores[scorer.id]).toBe(0);
    expect(asTrajectory.scores.trajectory?.[scorer.id]).toBe(0);
    const analysis = (captured[0] as { analyzeStepResult: { summary: { firstViolation: unknown }; steps: unknown[] } })
      .analyzeStepResult;
    expect(analysis.summary.firstViolation).toMatchObject({ step: 0, label: 'tool customerNotes' });
    expect(analysis.steps).toHaveLength(2);
  });

  it.each([
    [{}, /pass \{ values \} and\/or \{ policy \}/],
    [{ values: ['care-harm'], aggregate: 'median' }, /Invalid aggregate/],
    [{ policy: { rules: [{ value: 'care-harm', min: 5, max: 1 }] } }, /policy/i],
  ])('should reject bad options at creation (%#)', (options, message) => {
    expect(() => createValueTraceScorer(options as never)).toThrow(message);
  });
});
