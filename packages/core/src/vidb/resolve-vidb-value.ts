import { ValueflowError } from '../errors/valueflow-error';
import { resolveValue } from '../theories';
import type { ValueRef } from '../theories/types';

/** A resolved (theory, value) pair, or the field and message explaining why it did not resolve. */
export type VidbValueResolution =
  | { ok: true; ref: ValueRef }
  | { ok: false; field: 'theory' | 'value'; message: string };

/**
 * Resolutions keyed by raw theory spelling ('' for none), then raw value spelling; successes only,
 * so a later registered theory is still seen. Two levels avoid building a key string per row.
 */
const resolved = new Map<string, Map<string, ValueRef>>();
let cachedCount = 0;
/** The last hit: rows of one value usually come together, so most lookups end here. */
let lastTheory: string | undefined;
let lastValue = '';
let lastRef: ValueRef | undefined;
/** Cache bound: spellings are few in real panels, but hostile input must not grow memory without end. */
const maximumCached = 10_000;

/**
 * Resolves a record's value (id or alias, optionally with a theory) to canonical ids through the
 * value catalogue, and checks that it is a mid-level value, the unit a VIDB is organised by.
 * Successful lookups are cached, and the same `ref` object is returned for the same spelling, so
 * a large panel shares one theory and one value string per value.
 *
 * @param options.value - The value name as written in the row.
 * @param options.theory - The theory as written in the row, if any.
 */
export function resolveVidbValue(options: { value: string; theory?: string }): VidbValueResolution {
  const cached = findResolvedValue(options.value, options.theory);
  if (cached) return { ok: true, ref: cached };
  try {
    const definition = resolveValue(options.value, options.theory === undefined ? {} : { theory: options.theory });
    if (!definition.midLevel) {
      return {
        ok: false,
        field: 'value',
        message: `"${options.value}" is not a mid-level value of theory "${definition.theory}"; VIDB records belong to mid-level values`,
      };
    }
    const ref = { theory: definition.theory, value: definition.value };
    if (cachedCount < maximumCached) {
      const theoryKey = options.theory ?? '';
      const byValue = resolved.get(theoryKey) ?? new Map<string, ValueRef>();
      resolved.set(theoryKey, byValue);
      byValue.set(options.value, ref);
      cachedCount++;
    }
    return { ok: true, ref };
  } catch (error) {
    if (!ValueflowError.isInstance(error)) throw error;
    const field = error.code === 'unknown-theory' ? 'theory' : 'value';
    return { ok: false, field, message: error.message };
  }
}

/**
 * Cache-only lookup for the hot path of the readers: no allocation on a hit.
 *
 * @param value - Value spelling as written in the row.
 * @param theory - Theory spelling as written in the row, if any.
 * @returns The shared canonical reference, or undefined when this spelling was not resolved yet.
 */
export function findResolvedValue(value: string, theory: string | undefined): ValueRef | undefined {
  if (lastRef !== undefined && value === lastValue && theory === lastTheory) return lastRef;
  const ref = resolved.get(theory ?? '')?.get(value);
  if (ref !== undefined) {
    lastTheory = theory;
    lastValue = value;
    lastRef = ref;
  }
  return ref;
}
