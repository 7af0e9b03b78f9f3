import type { ParsedFixedAnchorWindow } from './fixed-anchor-window';

/** Gradient and curvature of the fixed-anchor log-posterior at one utility. */
export interface FixedAnchorPosterior {
  /** d/du of the log-posterior (method.md §5.5 g(u)); strictly decreasing in u. */
  gradient(utility: number): number;
  /** Observed information J(u) = -d²/du² of the log-posterior, prior precision included. */
  information(utility: number): number;
}

function clippedExp(exponent: number, bound: number): number {
  return Math.exp(Math.min(bound, Math.max(-bound, exponent)));
}

/**
 * Builds g(u) and J(u) for the response's utility with anchor utilities held fixed.
 *
 * Only stages in which the response is still unplaced depend on u, so each window reduces to the
 * anchor worth remaining at those stages; they are summed once here instead of per evaluation.
 *
 * @param options.windows - parsed windows, anchor utilities already divided by the noise scale.
 * @param options.priorPrecision - λ of the Gaussian prior N(0, 1/λ).
 * @param options.exponentBound - every exponent is clipped to [-bound, bound] (20 in the reference).
 */
export function createFixedAnchorPosterior(options: {
  windows: readonly ParsedFixedAnchorWindow[];
  priorPrecision: number;
  exponentBound: number;
}): FixedAnchorPosterior {
  const { priorPrecision, exponentBound } = options;
  // remainingWorths[w][j]: total anchor worth not yet placed at stage j of window w, for stages j ≤ response position.
  const remainingWorths = options.windows.map(({ anchors, responsePosition }) => {
    const worths = anchors.map((anchor) => clippedExp(anchor, exponentBound));
    const stages: number[] = [];
    let below = worths.slice(responsePosition).reduce((sum, worth) => sum + worth, 0);
    for (let stage = responsePosition; stage >= 0; stage -= 1) {
      stages.push(below);
      if (stage > 0) below += worths[stage - 1];
    }
    return stages;
  });

  const forEachStage = (utility: number, visit: (probability: number) => void): void => {
    const responseWorth = clippedExp(utility, exponentBound);
    for (const stages of remainingWorths) {
      for (const anchorWorth of stages) visit(responseWorth / (responseWorth + anchorWorth));
    }
  };

  return {
    gradient(utility) {
      // Each window places the response exactly once: +1, minus its choice probability at every stage it was available.
      let gradient = remainingWorths.length - priorPrecision * utility;
      forEachStage(utility, (probability) => {
        gradient -= probability;
      });
      return gradient;
    },
    information(utility) {
      let information = priorPrecision;
      forEachStage(utility, (probability) => {
        information += probability * (1 - probability);
      });
      return information;
    },
  };
}
