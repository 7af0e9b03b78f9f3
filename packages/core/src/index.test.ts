import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, ValueflowError } from './index';

describe('ValueflowError', () => {
  it('should recognise subclasses across realms through the marker', () => {
    const error = new InvalidArgumentError({ argument: 'k', message: 'must be at least 2' });
    expect(ValueflowError.isInstance(error)).toBe(true);
    expect(ValueflowError.isInstance(new Error('plain'))).toBe(false);
    expect(error.message).toBe('Invalid k: must be at least 2');
    expect(error.code).toBe('invalid-argument');
  });
});
