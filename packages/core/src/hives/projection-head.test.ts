import { describe, expect, it } from 'vitest';
import { EmbeddingError } from '../errors/embedding-error';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { createMockEmbedder } from '../test/create-mock-embedder';
import { projectEmbedder } from './project-embedder';
import { createProjectionHead } from './projection-head';
import { decodeProjectionHead, encodeProjectionHead } from './projection-head-file';

describe('createProjectionHead', () => {
  it('should multiply by the row-major weights, adding or prepending the input by kind', () => {
    const weights = [1, 2, 3, 4];
    const plain = createProjectionHead({ weights, inputDimensions: 2, outputDimensions: 2 });
    const residual = createProjectionHead({ weights, inputDimensions: 2, outputDimensions: 2, kind: 'residual' });
    const augmented = createProjectionHead({ weights, inputDimensions: 2, outputDimensions: 4, kind: 'augmented' });
    expect([...plain.project([1, -1])]).toEqual([-1, -1]);
    expect([...residual.project([1, -1])]).toEqual([0, -2]);
    expect([...augmented.project([1, -1])]).toEqual([1, -1, -1, -1]);
    expect(plain.id).toMatch(/^hives-head-[0-9a-f]{12}$/);
    expect(residual.id).not.toBe(plain.id);
    expect(createProjectionHead({ weights, inputDimensions: 2, outputDimensions: 2 }).id).toBe(plain.id);
  });

  it.each([
    ['a weight count that is not the product', { weights: [1, 2, 3], inputDimensions: 2, outputDimensions: 2 }],
    ['a non-finite weight', { weights: [1, Number.NaN], inputDimensions: 2, outputDimensions: 1 }],
    [
      'a residual head that changes size',
      { weights: [1, 2], inputDimensions: 2, outputDimensions: 1, kind: 'residual' as const },
    ],
    [
      'an augmented head that adds nothing',
      { weights: [], inputDimensions: 2, outputDimensions: 2, kind: 'augmented' as const },
    ],
    ['an unknown kind', { weights: [1, 2], inputDimensions: 2, outputDimensions: 1, kind: 'deep' as 'linear' }],
    ['a zero dimension', { weights: [], inputDimensions: 0, outputDimensions: 2 }],
  ])('should reject %s', (_, options) => {
    expect(() => createProjectionHead(options)).toThrow(InvalidArgumentError);
  });
});

describe('projectEmbedder', () => {
  it('should embed with the base, project and normalise, under a combined id', async () => {
    const base = createMockEmbedder({ dimensions: 4 });
    const head = createProjectionHead({ weights: [1, 0, 0, 0, 0, 1, 0, 0], inputDimensions: 4, outputDimensions: 2 });
    const embedder = projectEmbedder(base, head);
    const [baseVector] = await base.embed(['keeping promises']);
    const [vector] = await embedder.embed(['keeping promises']);
    expect(embedder.id).toBe(`${base.id}+${head.id}`);
    expect(embedder.dimensions).toBe(2);
    const length = Math.hypot(baseVector[0], baseVector[1]);
    expect(vector[0]).toBeCloseTo(baseVector[0] / length, 6);
    expect(vector[1]).toBeCloseTo(baseVector[1] / length, 6);
  });

  it('should refuse a head trained for another input size', () => {
    const head = createProjectionHead({ weights: [1, 0], inputDimensions: 2, outputDimensions: 1 });
    expect(() => projectEmbedder(createMockEmbedder({ dimensions: 4 }), head)).toThrow(EmbeddingError);
  });
});

describe('decodeProjectionHead', () => {
  it('should restore exactly what encodeProjectionHead stored', () => {
    const head = createProjectionHead({
      weights: [0.1, -2.5, 1e-7, 3],
      inputDimensions: 2,
      outputDimensions: 4,
      kind: 'augmented',
    });
    const file = JSON.parse(
      JSON.stringify(encodeProjectionHead({ head, baseEmbedder: 'mock', provenance: { seed: 42 } })),
    );
    const decoded = decodeProjectionHead(file);
    expect(decoded.head.id).toBe(head.id);
    expect([...decoded.head.weights]).toEqual([...head.weights]);
    expect(decoded.head.kind).toBe('augmented');
    expect(decoded.file.provenance).toEqual({ seed: 42 });
  });

  it.each([
    ['an unknown format', { format: 'other/1' }],
    ['weights that do not match the id', { id: 'hives-head-000000000000' }],
    ['a truncated weight blob', { weights: 'AAAA' }],
  ])('should reject %s', (_, change) => {
    const head = createProjectionHead({ weights: [1, 2, 3, 4], inputDimensions: 2, outputDimensions: 2 });
    const file = { ...encodeProjectionHead({ head, baseEmbedder: 'mock' }), ...change };
    expect(() => decodeProjectionHead(file)).toThrow(InvalidArgumentError);
  });
});
