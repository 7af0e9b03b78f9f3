import { describe, expect, it } from 'vitest';
import { createHivesEmbedder } from './create-hives-embedder';
import { hivesHeadRecipe } from './hives-head-recipe';
import { loadHivesHead } from './load-hives-head';

describe('loadHivesHead', () => {
  it('should load the shipped head, made from the current recipe for USE-lite', () => {
    const { head, file } = loadHivesHead();
    expect(file.baseEmbedder).toBe('use-lite-512');
    expect(head.inputDimensions).toBe(512);
    expect(head.outputDimensions).toBe(hivesHeadRecipe.outputDimensions);
    expect(head.kind).toBe(hivesHeadRecipe.kind);
    // A changed recipe without `pnpm hives:train` would ship a head the recipe does not describe.
    expect(file.provenance.recipe).toEqual(hivesHeadRecipe);
    expect(file.provenance.command).toBe('pnpm hives:train');
  });
});

describe('createHivesEmbedder', () => {
  it('should name both the base embedder and the head', () => {
    const embedder = createHivesEmbedder();
    expect(embedder.id).toBe(`use-lite-512+${loadHivesHead().head.id}`);
    expect(embedder.dimensions).toBe(hivesHeadRecipe.outputDimensions);
  });
});
