import { AbortedError, defaultCatalogue, InvalidArgumentError } from '@valueflow/core';
import { loadSeedVidb } from '@valueflow/core/node';
import { createMockEmbedder } from '@valueflow/core/test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalJudge, type LocalJudge } from './create-local-judge';

// Written for this test: one clearly supporting and one clearly opposing text per value.
const cases = [
  {
    value: 'benevolence',
    supporting: 'I love helping my friends and family; I gladly give my time to care for them whenever they need me.',
    opposing: 'I never help my family or friends. Their problems are not my concern and I refuse to care.',
  },
  {
    value: 'care-harm',
    supporting: 'She gently nursed the injured puppy back to health and comforted the frightened children.',
    opposing: 'He kicked the injured puppy and laughed while the frightened children cried.',
  },
  {
    value: 'fidelity',
    supporting: 'I always keep my promises, even when it costs me; my word is my bond.',
    opposing: 'I lied to my partner again and broke every promise I made to her.',
  },
] as const;

describe('createLocalJudge', () => {
  let judge: LocalJudge;
  beforeAll(async () => {
    judge = await createLocalJudge();
  });

  it('should name the embedder and the head in its id', () => {
    expect(judge.id).toMatch(/^local:use-lite-512\+head-v\d+$/);
    expect(judge.noiseScale).toBeGreaterThan(0);
  });

  it.each(cases)(
    'should rank the supporting text above the opposing one on $value',
    async ({ value, supporting, opposing }) => {
      const definition = defaultCatalogue.resolve(value);
      const { order } = await judge.rank({ value: definition, texts: [opposing, supporting] });
      expect(order).toEqual([1, 0]);
      const [low, high] = await judge.predict({ value: definition, texts: [opposing, supporting] });
      expect(high).toBeGreaterThan(low);
    },
  );

  it('should keep the panel order of known anchors and place them at their intensities', async () => {
    const panel = await loadSeedVidb();
    const definition = defaultCatalogue.resolve('justice');
    const records = panel.records(definition);
    const picked = [records[3], records[60], records[20], records[45], records[35]];
    const { order } = await judge.rank({ value: definition, texts: picked.map((record) => record.text) });
    const expected = picked
      .map((_, index) => index)
      .sort((left, right) => picked[right].intensity - picked[left].intensity);
    expect(order).toEqual(expected);
    expect(await judge.predict({ value: definition, texts: [records[0].text] })).toEqual([records[0].intensity]);
  });

  it('should answer the same window the same way every time', async () => {
    const definition = defaultCatalogue.resolve('universalism');
    const texts = [
      'We must protect rivers for everyone downstream.',
      'Pollution is somebody else’s problem.',
      'The bus was late.',
    ];
    const first = await judge.rank({ value: definition, texts });
    const again = await (await createLocalJudge()).rank({ value: definition, texts });
    expect(again.order).toEqual(first.order);
    expect(again.raw).toBe(first.raw);
  });

  it('should reject with AbortedError when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      judge.rank({ value: defaultCatalogue.resolve('power'), texts: ['a', 'b'] }, { signal: controller.signal }),
    ).rejects.toBeInstanceOf(AbortedError);
  });

  it('should refuse an embedder the head was not trained on', async () => {
    await expect(createLocalJudge({ embedder: createMockEmbedder() })).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});
