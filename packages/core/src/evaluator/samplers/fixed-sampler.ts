import { InvalidArgumentError } from '../../errors/invalid-argument-error';
import type { AnchorSampler } from '../anchor-sampler';

/**
 * Uses the same caller-chosen anchors in every window (method.md §5.2 `fixed`).
 *
 * @param options.ids - record ids; each must exist among the evaluated value's records.
 * @throws InvalidArgumentError at construction when `ids` is empty; at sampling time when an id is
 *   not a record of the value being scored.
 */
export function createFixedSampler(options: { ids: readonly string[] }): AnchorSampler {
  const ids = [...options.ids];
  if (ids.length === 0) {
    throw new InvalidArgumentError({ argument: 'fixedAnchors', message: 'expected at least one record id.' });
  }
  return {
    name: 'fixed',
    sample({ records, value }) {
      const byId = new Map(records.map((record) => [record.id, record]));
      return ids.map((id) => {
        const record = byId.get(id);
        if (!record) {
          throw new InvalidArgumentError({
            argument: 'fixedAnchors',
            message: `record "${id}" is not in the panel for ${value.theory}/${value.value}; expected ids of that value's records.`,
          });
        }
        return record;
      });
    },
  };
}
