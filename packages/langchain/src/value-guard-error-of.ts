import { ValueflowError, type ValueGuardError } from '@valueflow/core';

/**
 * Finds the `ValueGuardError` in an error or its `cause` chain. `createAgent` rethrows errors from
 * middleware wrapped in its own `MiddlewareError` (same name and message, the original as `cause`),
 * so `instanceof ValueGuardError` fails on what `agent.invoke` rejects with; this does not.
 *
 * @param error - Whatever was caught.
 * @returns The guard error with its verdict, or `undefined` when the failure had another reason.
 */
export function valueGuardErrorOf(error: unknown): ValueGuardError | undefined {
  const seen = new Set<unknown>();
  let current = error;
  while (current !== null && typeof current === 'object' && !seen.has(current)) {
    if (ValueflowError.isInstance(current) && current.code === 'value-guard') return current as ValueGuardError;
    seen.add(current);
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
