import { InvalidArgumentError } from '../../errors/invalid-argument-error';
import type { Embedder } from '../../hives/embedder';
import type { AnchorSampler } from '../anchor-sampler';
import { createAdaptiveSampler } from './adaptive-sampler';
import { createBucketSampler } from './bucket-sampler';
import { createFixedSampler } from './fixed-sampler';
import { createRandomSampler } from './random-sampler';
import { createSemanticSampler } from './semantic-sampler';

/** Names of the built-in samplers. */
export type SamplerName = 'bucket' | 'random' | 'fixed' | 'adaptive' | 'semantic';

const names: readonly SamplerName[] = ['bucket', 'random', 'fixed', 'adaptive', 'semantic'];

/**
 * Turns the evaluator's `sampler` option into a sampler, checking that what it needs was given.
 *
 * @param options.sampler - a built-in name or a custom sampler (default `bucket`).
 * @param options.fixedAnchors - record ids, required by `fixed`.
 * @param options.embedder - used by `semantic`.
 * @throws InvalidArgumentError for an unknown name, a custom sampler without `sample`, or `fixed`
 *   without `fixedAnchors`.
 */
export function resolveSampler(options: {
  sampler?: SamplerName | AnchorSampler;
  fixedAnchors?: readonly string[];
  embedder?: Embedder;
}): AnchorSampler {
  const { sampler = 'bucket' } = options;
  if (typeof sampler === 'object' && sampler !== null) {
    if (typeof sampler.sample !== 'function' || typeof sampler.name !== 'string') {
      throw new InvalidArgumentError({
        argument: 'sampler',
        message: 'expected a built-in name or an object with `name` and `sample(request)`.',
      });
    }
    return sampler;
  }
  switch (sampler) {
    case 'bucket':
      return createBucketSampler();
    case 'random':
      return createRandomSampler();
    case 'adaptive':
      return createAdaptiveSampler();
    case 'semantic':
      return createSemanticSampler({ embedder: options.embedder });
    case 'fixed':
      if (!options.fixedAnchors || options.fixedAnchors.length === 0) {
        throw new InvalidArgumentError({
          argument: 'fixedAnchors',
          message: "sampler 'fixed' needs `fixedAnchors`: the ids of the reference records to use in every window.",
        });
      }
      return createFixedSampler({ ids: options.fixedAnchors });
    default:
      throw new InvalidArgumentError({
        argument: 'sampler',
        message: `unknown sampler "${String(sampler)}"; expected one of ${names.join(', ')} or a custom AnchorSampler.`,
      });
  }
}
