import { ValueflowError } from './valueflow-error';

/**
 * A name matches nodes in several theories and none of them is a mid-level value, so the lookup
 * cannot pick one; the caller must pass a theory.
 */
export class AmbiguousValueError extends ValueflowError {
  /** The name as the caller spelled it. */
  readonly value: string;
  /** Ids of the theories that each have a node of that name. */
  readonly theories: string[];

  /**
   * @param options.value - The ambiguous name.
   * @param options.theories - Theory ids that contain it.
   */
  constructor(options: { value: string; theories: string[]; cause?: unknown }) {
    super({
      code: 'ambiguous-value',
      message: `Value "${options.value}" exists in several theories (${options.theories.join(', ')}). Pass a theory to choose one.`,
      cause: options.cause,
    });
    this.name = 'AmbiguousValueError';
    this.value = options.value;
    this.theories = options.theories;
  }
}
