import { describe, expect, it } from 'vitest';
import { AbortedError } from '../errors/aborted-error';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { createFixturePanel, fixtureRecords } from '../test/create-fixture-panel';
import { createMockEmbedder } from '../test/create-mock-embedder';
import { createReferenceDb } from '../vidb/create-reference-db';
import { createValueSpace } from './create-value-space';
import { logistic } from './fit-logistic';
import type { PanelEmbeddingCache, PanelEmbeddingCacheEntry } from './panel-embedding-cache';
import { dot, norm } from './vector-math';

const neutralTexts = [
  'The forecast says light rain until noon, then sun.',
  'Boil the pasta for nine minutes and drain it well.',
  'The train to the coast leaves from platform four.',
  'Our printer needs a new black ink cartridge.',
  'The museum opens at ten on weekdays.',
  'I repainted the garden fence a pale green colour.',
];

// Definitions, personas and sub-value definitions of the fixture's five values (4 + 4 + 6 + 2 + 8).
const catalogueTexts = 24;

function memoryCache(): PanelEmbeddingCache & { entries: Map<string, PanelEmbeddingCacheEntry> } {
  const entries = new Map<string, PanelEmbeddingCacheEntry>();
  return {
    entries,
    async read(request) {
      return entries.get(`${request.embedder}/${request.key}`) ?? { status: 'missing' };
    },
    async write(request) {
      const vectors = new Map(request.hashes.map((hash, index) => [hash, request.vectors[index]]));
      entries.set(`${request.embedder}/${request.key}`, { status: 'found', vectors });
    },
  };
}

async function fixtureSpace() {
  const embedder = createMockEmbedder();
  const space = await createValueSpace({ panel: createFixturePanel(), embedder, neutralTexts });
  return { embedder, space };
}

describe('createValueSpace', () => {
  it('should build one unit prototype per panel value, in catalogue order, and list the rest as missing', async () => {
    const { space } = await fixtureSpace();
    expect(space.values.map((entry) => entry.ref.value)).toEqual([
      'benevolence',
      'power',
      'care-harm',
      'fidelity',
      'civil-rights',
    ]);
    for (const entry of space.values) expect(norm(entry.prototype)).toBeCloseTo(1, 5);
    expect(space.missing).toHaveLength(27);
    expect(space.build).toMatchObject({
      texts: 125 + neutralTexts.length + catalogueTexts,
      embedded: 155,
      fromCache: 0,
    });
    expect(space.embedder).toBe('mock:hash-256');
    expect(space.panel).toBe(createFixturePanel().hash);
  });

  it('should fit relevance models that rate own records above other values and neutral texts', async () => {
    const { space } = await fixtureSpace();
    const records = fixtureRecords().filter((record) => Math.abs(record.intensity) >= 2);
    const gates = await Promise.all(records.map((record) => space.relevance(record.text)));
    const ownIsTop = records.filter((record, index) => {
      const best = Object.entries(gates[index]).sort((left, right) => right[1] - left[1])[0][0];
      return best === record.value;
    });
    // Five values, so chance is 20%; a bag-of-words embedder on these texts does far better.
    expect(ownIsTop.length / records.length).toBeGreaterThan(0.6);
    for (const entry of space.values) expect(entry.relevanceModel.slope).toBeGreaterThan(0);
  });

  it('should read relevance off the similarity relative to the mean over all values', async () => {
    const { space } = await fixtureSpace();
    const extraction = await space.extract('I promised to water her plants and I forgot.', {
      top: Number.POSITIVE_INFINITY,
    });
    const mean = extraction.all.reduce((sum, match) => sum + match.similarity, 0) / extraction.all.length;
    for (const match of extraction.all) {
      const model = space.values.find((entry) => entry.ref.value === match.value)!.relevanceModel;
      expect(match.relevance).toBeCloseTo(logistic(model, match.similarity - mean), 10);
    }
  });

  it('should extract the top values per theory, sorted by relevance', async () => {
    const { space } = await fixtureSpace();
    const extraction = await space.extract('My sister asked for a ride to her job interview and I drove her.', {
      top: 1,
    });
    expect(Object.keys(extraction.theories)).toEqual(['pvq', 'mft', 'duty', 'right']);
    expect(extraction.theories.pvq).toHaveLength(1);
    expect(extraction.theories.pvq[0].value).toBe('benevolence');
    const all = await space.extract('My sister asked for a ride to her job interview and I drove her.');
    expect(all.theories.pvq.map((match) => match.value)).toEqual(['benevolence', 'power']);
    const relevances = all.all.map((match) => match.relevance);
    expect(relevances).toEqual([...relevances].sort((left, right) => right - left));
    for (const match of all.all) {
      expect(match.relevance).toBeGreaterThan(0);
      expect(match.relevance).toBeLessThan(1);
      expect(Math.abs(match.similarity)).toBeLessThanOrEqual(1 + 1e-6);
    }
  });

  it('should extract many texts in one embedder call', async () => {
    const { embedder, space } = await fixtureSpace();
    const calls = embedder.calls;
    const extractions = await space.extract(['I kept my promise.', 'They banned the newspaper.'], { top: 2 });
    expect(extractions).toHaveLength(2);
    expect(embedder.calls).toBe(calls + 1);
    expect(await space.extract([])).toEqual([]);
  });

  it('should give a relevance gate that works detached, keyed by value id', async () => {
    const { space } = await fixtureSpace();
    const gate = space.relevance;
    const scores = await gate('I promised to water her plants and I forgot.');
    expect(Object.keys(scores).sort()).toEqual(['benevolence', 'care-harm', 'civil-rights', 'fidelity', 'power']);
  });

  it('should roll relevance up each hierarchy with noisy-or and maximum', async () => {
    const { space } = await fixtureSpace();
    const extraction = await space.extract('I lent my friend my bike and bossed around my staff.', { top: 1 });
    const rolled = space.rollUp(extraction);
    const relevanceOf = (value: string) => extraction.all.find((match) => match.value === value)!.relevance;
    const pvqRoot = rolled.pvq.find((node) => node.node === 'root')!;
    const benevolence = relevanceOf('benevolence');
    const power = relevanceOf('power');
    expect(pvqRoot.relevance).toBeCloseTo(1 - (1 - benevolence) * (1 - power), 10);
    expect(pvqRoot.maximum).toBeCloseTo(Math.max(benevolence, power), 10);
    expect(rolled.pvq.find((node) => node.node === 'self-transcendence')!.values).toEqual(['benevolence']);
    expect(rolled.right.map((node) => node.node).sort()).toEqual(['first-generation', 'human-rights']);
    expect(rolled.duty.map((node) => node.node)).toEqual(['ross-duties']);
  });

  it('should list the nearest values of other theories only', async () => {
    const { space } = await fixtureSpace();
    const neighbours = space.neighbours({ theory: 'mft', value: 'Care/Harm' });
    expect(neighbours).toHaveLength(3);
    expect(neighbours.every((neighbour) => neighbour.theory !== 'mft')).toBe(true);
    const similarities = neighbours.map((neighbour) => neighbour.similarity);
    expect(similarities).toEqual([...similarities].sort((left, right) => right - left));
    expect(space.neighbours({ theory: 'pvq', value: 'power' }, { top: 10 })).toHaveLength(3);
  });

  it('should refuse neighbours of a value without records', async () => {
    const { space } = await fixtureSpace();
    expect(() => space.neighbours({ theory: 'pvq', value: 'hedonism' })).toThrow(/hedonism has no records/);
  });

  it('should mix the catalogue texts into the prototypes unless their weight is 0', async () => {
    const withEvidence = await createValueSpace({ panel: createFixturePanel(), embedder: createMockEmbedder() });
    const recordsOnly = await createValueSpace({
      panel: createFixturePanel(),
      embedder: createMockEmbedder(),
      catalogueEvidenceWeight: 0,
    });
    expect(recordsOnly.build.texts).toBe(125);
    const persona = 'You value the well-being of the people closest to you';
    const [vector] = await createMockEmbedder().embed([persona]);
    const unit = vector.map((entry) => entry / norm(vector));
    const similarity = (space: typeof recordsOnly) =>
      dot(space.values.find((entry) => entry.ref.value === 'benevolence')!.prototype, unit);
    expect(similarity(withEvidence)).toBeGreaterThan(similarity(recordsOnly) + 0.01);
  });

  it('should embed nothing the second time when given a persistent cache', async () => {
    const cache = memoryCache();
    const embedder = createMockEmbedder();
    const first = await createValueSpace({ panel: createFixturePanel(), embedder, neutralTexts, cache });
    const calls = embedder.calls;
    const second = await createValueSpace({ panel: createFixturePanel(), embedder, neutralTexts, cache });
    expect(embedder.calls).toBe(calls);
    expect(second.build).toMatchObject({ embedded: 0, fromCache: 155 });
    expect(second.values.map((entry) => entry.relevanceModel)).toEqual(
      first.values.map((entry) => entry.relevanceModel),
    );
  });

  it('should rebuild and report an unusable cache entry', async () => {
    const cache = memoryCache();
    await createValueSpace({ panel: createFixturePanel(), embedder: createMockEmbedder(), cache });
    const [key] = cache.entries.keys();
    cache.entries.set(key, { status: 'unusable', reason: 'truncated file' });
    const space = await createValueSpace({ panel: createFixturePanel(), embedder: createMockEmbedder(), cache });
    expect(space.build).toMatchObject({ embedded: 125 + catalogueTexts, cacheIssue: 'truncated file' });
  });

  it('should report progress while embedding', async () => {
    const progress: Array<{ done: number; total: number }> = [];
    await createValueSpace({
      panel: createFixturePanel(),
      embedder: createMockEmbedder(),
      onProgress: (step) => progress.push(step),
    });
    expect(progress).toEqual([
      { done: 0, total: 149 },
      { done: 149, total: 149 },
    ]);
  });

  it.each([
    ['an empty panel', { panel: createReferenceDb([]) }, /no records/],
    [
      'one value without neutral texts',
      { panel: createReferenceDb(fixtureRecords().filter((record) => record.value === 'power')) },
      /at least two values/,
    ],
    ['a negative catalogue evidence weight', { panel: createFixturePanel(), catalogueEvidenceWeight: -1 }, /-1/],
    [
      'a catalogue evidence weight that is not a number',
      { panel: createFixturePanel(), catalogueEvidenceWeight: Number.NaN },
      /catalogueEvidenceWeight/,
    ],
    [
      'a non-string neutral text',
      { panel: createFixturePanel(), neutralTexts: [42 as unknown as string] },
      /neutralTexts\[0\]/,
    ],
  ])('should reject %s', async (_, options, message) => {
    const build = createValueSpace({ embedder: createMockEmbedder(), ...options });
    await expect(build).rejects.toThrow(InvalidArgumentError);
    await expect(createValueSpace({ embedder: createMockEmbedder(), ...options })).rejects.toThrow(message);
  });

  it.each([0, -2, 1.5])('should reject top %s', async (top) => {
    const { space } = await fixtureSpace();
    await expect(space.extract('text', { top })).rejects.toThrow(InvalidArgumentError);
  });

  it('should stop when the signal has fired', async () => {
    const controller = new AbortController();
    controller.abort();
    const build = createValueSpace({
      panel: createFixturePanel(),
      embedder: createMockEmbedder(),
      signal: controller.signal,
    });
    await expect(build).rejects.toThrow(AbortedError);
  });
});
