import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { defaultCatalogue } from '../theories/default-catalogue';
import type { ValueRef } from '../theories/types';
import type { ValueCatalogue } from '../theories/value-catalogue';
import type { Direction } from '../vidb/types';

/** Hierarchy levels per label, as in the HiVES training data (`level_1` … `level_3`). */
export const hivesLevelCount = 3;

/**
 * The hierarchy label of one text (method.md §3.2): its theory, the node ids of the first three
 * levels below the root (coarse to fine) and its direction towards the value.
 */
export interface HivesLabel {
  theory: string;
  /** Exactly {@link hivesLevelCount} node ids; shallow theories repeat their deepest node. */
  levels: readonly string[];
  direction: Direction;
}

/**
 * Labels a text of a known value for HiVES training and metrics. The path is the first root path
 * of the value in the catalogue (for a DAG value such as `hedonism`, the first parent), without the
 * root; theories shallower than three levels repeat the deepest node so that "same prefix" stays
 * meaningful (method.md §9). The direction comes from the intensity: at least `threshold` supports,
 * at most −`threshold` opposes, anything between is neutral.
 *
 * @param options.ref - The value the text was written or rated for.
 * @param options.intensity - Its intensity in [-10, 10].
 * @param options.catalogue - Where the hierarchy comes from (default: the built-in catalogue).
 * @param options.threshold - Smallest |intensity| with a direction (default 2).
 * @returns The label.
 * @throws UnknownTheoryError, UnknownValueError when the value is not in the catalogue.
 * @throws InvalidArgumentError when the intensity is not a finite number or the value is a root.
 */
export function hivesLabelOf(options: {
  ref: ValueRef;
  intensity: number;
  catalogue?: ValueCatalogue;
  threshold?: number;
}): HivesLabel {
  const catalogue = options.catalogue ?? defaultCatalogue;
  const threshold = options.threshold ?? 2;
  if (!Number.isFinite(options.intensity)) {
    throw new InvalidArgumentError({
      argument: 'intensity',
      message: `expected a finite number for ${options.ref.theory}/${options.ref.value}, got ${options.intensity}.`,
    });
  }
  const definition = catalogue.definition(options.ref);
  const path = catalogue
    .paths(definition)[0]
    .slice(1)
    .map((node) => node.id);
  if (path.length === 0) {
    throw new InvalidArgumentError({
      argument: 'ref',
      message: `${definition.theory}/${definition.value} is the root of its theory; expected a node below it.`,
    });
  }
  const levels = Array.from({ length: hivesLevelCount }, (_, level) => path[Math.min(level, path.length - 1)]);
  const direction: Direction = options.intensity >= threshold ? 1 : options.intensity <= -threshold ? -1 : 0;
  return { theory: definition.theory, levels, direction };
}
