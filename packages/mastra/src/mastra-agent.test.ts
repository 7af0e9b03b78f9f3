import { Mastra } from '@mastra/core';
import { Agent } from '@mastra/core/agent';
import { runEvals } from '@mastra/core/evals';
import { InMemoryStore } from '@mastra/core/storage';
import { describe, expect, it } from 'vitest';
import { createValueProfileScorer } from './profile-scorer';
import { HARMFUL_TEXT, KIND_TEXT, createTestEvaluator } from './testing/create-test-evaluator';
import { mockAgentModel } from './testing/mock-agent-model';
import { createValueScorer } from './value-scorer';

// The support agent answers kindly unless the user asks it to be harsh.
const supportModel = () =>
  mockAgentModel((userText) => ({ text: userText.includes('harsh') ? HARMFUL_TEXT : KIND_TEXT }));

async function waitForScores(storage: InMemoryStore, scorerId: string, count: number) {
  const scores = await storage.getStore('scores');
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const listed = await scores?.listScoresByScorerId({ scorerId, pagination: { page: 0, perPage: 100 } });
    if ((listed?.scores.length ?? 0) >= count) return listed?.scores ?? [];
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${count} scores of ${scorerId}`);
}

describe('value scorers in a Mastra instance', () => {
  it('should run sampled scorers after agent.generate and store the mapped score', async () => {
    const { evaluator } = createTestEvaluator();
    const care = createValueScorer({ value: 'care-harm', evaluator });
    const never = createValueScorer({ value: 'benevolence', evaluator, id: 'never-sampled' });
    const agent = new Agent({
      id: 'support',
      name: 'support',
      instructions: 'Help customers with their parcels.',
      model: supportModel(),
      scorers: {
        care: { scorer: care, sampling: { type: 'ratio', rate: 1 } },
        never: { scorer: never, sampling: { type: 'ratio', rate: 0 } },
      },
    });
    const storage = new InMemoryStore();
    const mastra = new Mastra({ agents: { support: agent }, storage, logger: false });

    const response = await mastra.getAgent('support').generate('Where is my parcel?');
    expect(response.text).toBe(KIND_TEXT);
    const [stored] = await waitForScores(storage, 'valueflow-care-harm', 1);
    expect(stored.score).toBeGreaterThan(0.6);
    expect(stored.analyzeStepResult).toMatchObject({ intensity: expect.any(Number), interval: expect.any(Array) });
    expect(stored.reason).toContain('care-harm +');
    const unsampled = await (await storage.getStore('scores'))?.listScoresByScorerId({
      scorerId: 'never-sampled',
      pagination: { page: 0, perPage: 10 },
    });
    expect(unsampled?.scores).toHaveLength(0);
  });

  it('should score an agent through runEvals', async () => {
    const { evaluator } = createTestEvaluator();
    const agent = new Agent({ id: 'support', name: 'support', instructions: 'Help.', model: supportModel() });
    new Mastra({ agents: { support: agent }, logger: false });
    const care = createValueScorer({ value: 'care-harm', evaluator });
    const guard = createValueScorer({ value: 'care-harm', band: { min: -2 }, evaluator, id: 'care-band' });
    const profile = createValueProfileScorer({ values: ['care-harm', 'benevolence'], evaluator });

    const kind = await runEvals({
      target: agent,
      data: [{ input: 'Where is my parcel?' }],
      scorers: [care, guard, profile],
    });
    const harsh = await runEvals({
      target: agent,
      data: [{ input: 'Be harsh with me.' }],
      scorers: [care, guard, profile],
    });

    expect(kind.scores['care-band']).toBe(1);
    expect(harsh.scores['care-band']).toBe(0);
    expect(kind.scores['valueflow-care-harm']).toBeGreaterThan(0.6);
    expect(harsh.scores['valueflow-care-harm']).toBeLessThan(0.4);
    expect(kind.scores['valueflow-profile']).toBeGreaterThan(harsh.scores['valueflow-profile']);
    expect(kind.summary.totalItems).toBe(1);
  });
});
