// Public exports of the ranking module; explicit names only.
export type { FixedAnchorWindow } from './fixed-anchor-window';
export {
  type IsotonicFit,
  type IsotonicPoint,
  type IsotonicRegressionOptions,
  isotonicRegression,
} from './isotonic-regression';
export { nextDown, nextUp } from './next-float';
export { normalQuantile } from './normal-quantile';
export { fitPlackettLuce, type PlackettLuceFit, type PlackettLuceFitInput } from './plackett-luce-fit';
export {
  estimateFixedAnchorUtility,
  type FixedAnchorUtilityEstimate,
  type FixedAnchorUtilityOptions,
} from './plackett-luce-map';
export { createSeededRandom, type SeededRandom } from './seeded-random';
export { spearman } from './spearman';
export { applyWindowGuard, type WindowGuardResult } from './window-guard';
