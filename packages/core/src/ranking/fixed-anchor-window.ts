import { InvalidArgumentError } from '../errors';

/**
 * One judged window for the fixed-anchor estimate, items most supportive first.
 *
 * `null` marks the response under evaluation; each number is the utility of an anchor (its VIDB
 * intensity, clipped to [-10, 10] by the caller as method.md §5.5 prescribes).
 */
export interface FixedAnchorWindow {
  ordered: Array<number | null>;
}

/** A validated window: where the response sits and which anchors beat it or lost to it. */
export interface ParsedFixedAnchorWindow {
  /** Anchor utilities in judged order, response removed. */
  anchors: number[];
  /** Index of the response in the original `ordered` array (= number of anchors above it). */
  responsePosition: number;
}

/**
 * Checks every window and splits it into anchors and the response position.
 *
 * @param windows - the judged windows.
 * @throws InvalidArgumentError naming `windows[i]` when a window is not an array, has no response
 *   or more than one `null`, has no anchor, or holds a non-finite anchor utility.
 */
export function parseFixedAnchorWindows(windows: readonly FixedAnchorWindow[]): ParsedFixedAnchorWindow[] {
  if (!Array.isArray(windows)) {
    throw new InvalidArgumentError({ argument: 'windows', message: 'expected an array of windows.' });
  }
  return windows.map((window, windowIndex) => {
    const argument = `windows[${windowIndex}]`;
    const ordered = window?.ordered;
    if (!Array.isArray(ordered)) {
      throw new InvalidArgumentError({ argument, message: 'expected an object with an `ordered` array.' });
    }
    const anchors: number[] = [];
    let responsePosition = -1;
    ordered.forEach((item, position) => {
      if (item === null) {
        if (responsePosition !== -1) {
          throw new InvalidArgumentError({
            argument,
            message: `expected exactly one null (the response), found another at position ${position}.`,
          });
        }
        responsePosition = position;
      } else if (typeof item !== 'number' || !Number.isFinite(item)) {
        throw new InvalidArgumentError({
          argument,
          message: `expected a finite anchor utility at position ${position}, got ${String(item)}.`,
        });
      } else {
        anchors.push(item);
      }
    });
    if (responsePosition === -1) {
      throw new InvalidArgumentError({ argument, message: 'expected exactly one null (the response), found none.' });
    }
    if (anchors.length === 0) {
      throw new InvalidArgumentError({ argument, message: 'expected at least one anchor besides the response.' });
    }
    return { anchors, responsePosition };
  });
}
