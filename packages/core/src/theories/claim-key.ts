import type { TheoryIssue } from './types';

/**
 * Records an issue when a key (theory id or alias, mid-level id or alias) already belongs to a
 * registered theory; keys must stay unique so lookups never have to guess.
 *
 * @param options.key - The canonical key the new theory wants.
 * @param options.path - Where in the spec it came from.
 * @param options.taken - Key → owning theory id.
 * @param options.what - What kind of key it is, for the message.
 * @param options.issues - Collects the problem.
 */
export function claimKey(options: {
  key: string;
  path: string;
  taken: ReadonlyMap<string, string>;
  what: string;
  issues: TheoryIssue[];
}): void {
  const owner = options.taken.get(options.key);
  if (owner !== undefined) {
    options.issues.push({
      path: options.path,
      message: `${options.what} "${options.key}" is already used by theory "${owner}"`,
    });
  }
}
