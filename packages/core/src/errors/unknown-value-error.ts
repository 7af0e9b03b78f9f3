import { ValueflowError } from './valueflow-error';

function quoteList(items: string[]): string {
  const quoted = items.map((item) => `"${item}"`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/**
 * A value name did not resolve. Carries the name as given, the theory it was looked up in (if
 * any) and the closest known ids, so a CLI or UI can offer "did you mean".
 */
export class UnknownValueError extends ValueflowError {
  /** The name as the caller spelled it. */
  readonly value: string;
  /** The theory id it was looked up in; undefined for a lookup across all theories. */
  readonly theory?: string;
  /** Closest known ids, best first (at most 3); may be empty. */
  readonly suggestions: string[];

  /**
   * @param options.value - The unresolved name.
   * @param options.theory - Theory id searched, if the lookup was limited to one theory.
   * @param options.suggestions - Closest ids, best first.
   * @param options.expected - What would have been accepted, used when there is no suggestion.
   */
  constructor(options: { value: string; theory?: string; suggestions?: string[]; expected?: string; cause?: unknown }) {
    const suggestions = options.suggestions ?? [];
    const where = options.theory === undefined ? '' : ` in theory "${options.theory}"`;
    const hint =
      suggestions.length > 0
        ? ` Did you mean ${quoteList(suggestions)}?`
        : options.expected === undefined
          ? ''
          : ` Expected ${options.expected}.`;
    super({ code: 'unknown-value', message: `Unknown value "${options.value}"${where}.${hint}`, cause: options.cause });
    this.name = 'UnknownValueError';
    this.value = options.value;
    this.theory = options.theory;
    this.suggestions = suggestions;
  }
}
