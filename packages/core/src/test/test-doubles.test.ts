import { describe, expect, it } from 'vitest';
import { resolveValue } from '../theories/default-catalogue';
import { createFixturePanel, fixtureRecords } from './create-fixture-panel';
import { createMockEmbedder } from './create-mock-embedder';
import { createSimulatedJudge } from './create-simulated-judge';

const benevolence = resolveValue('benevolence');

describe('createSimulatedJudge', () => {
  it('should rank by utility when the noise is small, panel texts at their intensity', async () => {
    const panel = createFixturePanel();
    const [low, , high] = [0, 12, 24].map((index) => panel.records(benevolence)[index].text);
    const judge = createSimulatedJudge({ panel, utilities: new Map([['mine', 5]]), noise: 0.01 });
    const { order, usage } = await judge.rank({ value: benevolence, texts: [low, 'mine', high] });
    expect(order).toEqual([2, 1, 0]);
    expect(usage?.inputTokens).toBeGreaterThan(0);
    expect(judge.calls).toEqual([{ value: 'benevolence', texts: [low, 'mine', high], order: [2, 1, 0] }]);
  });

  it('should be deterministic per seed and content', async () => {
    const utilities = (text: string) => Number(text);
    const texts = ['1', '1.5', '2', '0.5', '0'];
    const run = (seed: number) => createSimulatedJudge({ utilities, seed }).rank({ value: benevolence, texts });
    expect((await run(1)).order).toEqual((await run(1)).order);
    const orders = await Promise.all([2, 3, 4, 5, 6].map(async (seed) => (await run(seed)).order.join()));
    expect(new Set(orders).size).toBeGreaterThan(1);
  });

  it('should favour the first position by `positionBias`', async () => {
    const judge = createSimulatedJudge({ utilities: () => 0, positionBias: 5, noise: 0.5 });
    let first = 0;
    for (let index = 0; index < 20; index += 1) {
      const { order } = await judge.rank({ value: benevolence, texts: [`a${index}`, 'b', 'c'] });
      if (order[0] === 0) first += 1;
    }
    expect(first).toBeGreaterThanOrEqual(18);
  });

  it.each([
    ['garbage', /Unusable judge answer/],
    ['throws', /connection reset/],
  ] as const)('should inject %s faults', async (fault, message) => {
    const judge = createSimulatedJudge({ utilities: () => 0, faults: { [fault]: 1 } });
    await expect(judge.rank({ value: benevolence, texts: ['a', 'b'] })).rejects.toThrow(message);
    expect(judge.calls[0].fault).toBe(fault);
    expect(judge.inFlight).toBe(0);
  });

  it('should return an incomplete order for partial faults', async () => {
    const judge = createSimulatedJudge({ utilities: () => 0, faults: { partial: 1 } });
    expect((await judge.rank({ value: benevolence, texts: ['a', 'b', 'c'] })).order).toHaveLength(2);
  });

  it('should hang on timeout faults until the signal aborts', async () => {
    const judge = createSimulatedJudge({ utilities: () => 0, faults: { timeout: 1 } });
    const controller = new AbortController();
    const pending = judge.rank({ value: benevolence, texts: ['a', 'b'] }, { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(judge.inFlight).toBe(1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
    expect(judge.inFlight).toBe(0);
    expect(judge.maxInFlight).toBe(1);
  });

  it('should name a text it has no utility for', async () => {
    await expect(createSimulatedJudge().rank({ value: benevolence, texts: ['who am I'] })).rejects.toThrow(
      /no utility for "who am I" on pvq\/benevolence/,
    );
  });
});

describe('createMockEmbedder', () => {
  it('should return deterministic unit vectors where shared words mean closeness', async () => {
    const embedder = createMockEmbedder({ dimensions: 64 });
    const [cook, cookAgain, war] = await embedder.embed([
      'I cooked dinner for my neighbour',
      'I cooked lunch for my neighbour',
      'Tanks crossed the border at dawn',
    ]);
    const dot = (left: Float32Array, right: Float32Array) =>
      left.reduce((sum, value, index) => sum + value * right[index], 0);
    expect(cook).toHaveLength(64);
    expect(dot(cook, cook)).toBeCloseTo(1, 5);
    expect(dot(cook, cookAgain)).toBeGreaterThan(dot(cook, war) + 0.3);
    expect(Array.from((await embedder.embed(['I cooked dinner for my neighbour']))[0])).toEqual(Array.from(cook));
    expect(embedder.id).toBe('mock:hash-64');
  });
});

describe('createFixturePanel', () => {
  it('should hold 25 records for each of five values spread over [-9.6, 9.6]', () => {
    const panel = createFixturePanel();
    expect(panel.size).toBe(125);
    expect(
      panel
        .values()
        .map((ref) => ref.value)
        .sort(),
    ).toEqual(['benevolence', 'care-harm', 'civil-rights', 'fidelity', 'power'].sort());
    for (const ref of panel.values()) {
      const records = panel.records(ref);
      expect(records).toHaveLength(25);
      expect([records[0].intensity, records[24].intensity]).toEqual([-9.6, 9.6]);
      expect(new Set(records.map((record) => record.text)).size).toBe(25);
    }
    expect(createFixturePanel().hash).toBe(panel.hash);
    expect(fixtureRecords()[0].id).toBe('fixture:benevolence:00');
  });
});
