import type { ValueScore } from '../evaluator/types';
import { createSeededRandom } from '../ranking/seeded-random';
import type { SteeringGenerator, ValueScorer } from '../steering/steer';
import { findValueConflicts } from '../steering/value-conflicts';

/**
 * How a simulated model reacts to steering, modelled on the paper's steering study (method.md §6.4):
 * it moves only part of the way (gain), less towards negative targets (asymmetry), tops out below the ends
 * of the scale (ceiling and floor), and the strongest target drags the others (coupling, dominance).
 */
export interface SteerableModelConfig {
  /** Fraction of the asked-for move the model makes upward from its default. */
  gain: number;
  /** The same, downward; smaller than `gain` for the paper's positive/negative asymmetry. */
  negativeGain: number;
  /** Highest / lowest intensity the model reaches (the paper: +2 tops out around 7–7.4). */
  ceiling: number;
  floor: number;
  /** Unsteered intensity per value id; 0 when missing (the paper's defaults: hedonism ≈ −2.5 … conformity ≈ 6). */
  defaults: Record<string, number>;
  /**
   * Cross-value coupling: when targets conflict, the dominant target's achieved move spills onto the other with
   * this weight (against it for competing values, with it for companions), and non-dominant negative moves
   * shrink by the same weight (negative targets "weaken rather than reverse").
   */
  coupling: number;
  /** Standard deviation of the intensity a response lands at. */
  noise: number;
  seed?: number;
}

const encode = (intensities: Record<string, number>) => `SIMULATED ${JSON.stringify(intensities)}`;

/**
 * A simulated steerable model for tests and benchmarks: `generate` reads the requested intensities in the
 * steering instructions and "writes" a response whose true intensities follow {@link SteerableModelConfig};
 * `scorer` reads them back with optional measurement noise, standing in for the evaluator.
 */
export function createSimulatedSteerableModel(config: SteerableModelConfig & { measurementNoise?: number }): {
  generate: SteeringGenerator;
  scorer: ValueScorer;
  calls: number;
} {
  const random = createSeededRandom(config.seed ?? 7);
  const state = { calls: 0 };
  const generate: SteeringGenerator = async ({ instructions }) => {
    state.calls += 1;
    const achieved: Record<string, number> = {};
    const moves: Record<string, number> = {};
    for (const target of instructions.targets) {
      const base = config.defaults[target.ref.value] ?? 0;
      const asked = target.requested - base;
      moves[target.ref.value] = asked * (asked >= 0 ? config.gain : config.negativeGain);
    }
    const resolved = instructions.targets.map((target) => ({
      value: { theory: target.ref.theory, value: target.ref.value, name: target.name } as never,
      intensity: target.target,
      level: target.level,
    }));
    for (const conflict of findValueConflicts(resolved)) {
      const dominant = conflict.dominant.value;
      for (const ref of conflict.values) {
        if (ref.value === dominant) continue;
        const spill = moves[dominant] * config.coupling * (conflict.relation === 'opposed' ? -1 : 1);
        const own = moves[ref.value] < 0 ? moves[ref.value] * (1 - config.coupling) : moves[ref.value];
        moves[ref.value] = own + spill;
      }
    }
    for (const target of instructions.targets) {
      const base = config.defaults[target.ref.value] ?? 0;
      const value = base + moves[target.ref.value] + config.noise * random.normal();
      achieved[target.ref.value] = Math.max(config.floor, Math.min(config.ceiling, value));
    }
    return encode(achieved);
  };
  const scorer: ValueScorer = {
    async score({ text, value, theory }): Promise<ValueScore> {
      const intensities = JSON.parse(text.replace(/^SIMULATED /, '')) as Record<string, number>;
      const measured =
        (intensities[value] ?? config.defaults[value] ?? 0) + (config.measurementNoise ?? 0) * random.normal();
      const intensity = Math.max(-10, Math.min(10, measured));
      return {
        ref: { theory: theory ?? 'pvq', value },
        intensity,
        interval: [intensity - 1, intensity + 1],
        level: intensity >= 6 ? 2 : intensity >= 3 ? 1 : intensity > -3 ? 0 : intensity > -6 ? -1 : -2,
        evidence: [],
        windows: 3,
        dropped: [],
        judgeCalls: 3,
        usage: {},
        panel: 'vidb:simulated',
        judge: 'sim:steerable',
        method: 'simulated',
        seed: config.seed ?? 7,
      };
    },
  };
  return {
    generate,
    scorer,
    get calls() {
      return state.calls;
    },
  };
}
