/** Adam with decoupled weight decay, over one flat parameter vector updated in place. */
export interface AdamOptimizer {
  /** One update of `parameters` from `gradient` at this learning rate. */
  step(options: { gradient: Float32Array; learningRate: number }): void;
}

/**
 * Creates an Adam optimizer (β1 0.9, β2 0.999, ε 1e-8, bias-corrected) for a projection head.
 * Weight decay is decoupled (AdamW): it shrinks the parameters towards zero, which for a residual
 * head means towards the identity map.
 *
 * @param options.parameters - Updated in place by every step.
 * @param options.weightDecay - Fraction of each parameter removed per unit learning rate (default 0).
 * @returns The optimizer.
 */
export function createAdamOptimizer(options: { parameters: Float32Array; weightDecay?: number }): AdamOptimizer {
  const { parameters } = options;
  const weightDecay = options.weightDecay ?? 0;
  const first = new Float32Array(parameters.length);
  const second = new Float32Array(parameters.length);
  let steps = 0;
  return {
    step({ gradient, learningRate }) {
      steps += 1;
      const firstCorrection = 1 - 0.9 ** steps;
      const secondCorrection = 1 - 0.999 ** steps;
      const decay = 1 - learningRate * weightDecay;
      for (let index = 0; index < parameters.length; index += 1) {
        const value = gradient[index];
        first[index] = 0.9 * first[index] + 0.1 * value;
        second[index] = 0.999 * second[index] + 0.001 * value * value;
        const update = first[index] / firstCorrection / (Math.sqrt(second[index] / secondCorrection) + 1e-8);
        parameters[index] = parameters[index] * decay - learningRate * update;
      }
    },
  };
}
