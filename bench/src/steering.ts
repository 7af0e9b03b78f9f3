// pnpm bench steering [--json]
// Open-loop vs closed-loop steering against a simulated steerable model (method.md §6.4's findings: partial
// gain, weaker negative steering, a ceiling near +7.4, the strongest target dragging the others).
// Errors are measured on the simulated response's TRUE intensities; the loop itself only sees noisy scores.
import { createSeededRandom, defaultCatalogue, type SteeringTarget, steer } from '@valueflow/core';
import { createSimulatedSteerableModel, type SteerableModelConfig } from '@valueflow/core/test';
import { printReport, target } from './report';

const DEFAULTS: Record<string, number> = {
  hedonism: -2.5,
  power: -1,
  stimulation: 0,
  tradition: 1.6,
  face: 2.7,
  universalism: 3.5,
  benevolence: 3.7,
  achievement: 3.6,
  humility: 3.8,
  'self-direction': 3.9,
  security: 5.3,
  conformity: 6,
};
const VALUES = Object.keys(DEFAULTS);
const LEVELS = [-2, -1, 1, 2] as const;

const CONFIGS: Record<string, SteerableModelConfig & { measurementNoise: number }> = {
  symmetric: {
    gain: 0.8,
    negativeGain: 0.8,
    ceiling: 10,
    floor: -10,
    coupling: 0,
    noise: 0.6,
    measurementNoise: 0.8,
    defaults: DEFAULTS,
  },
  'asymmetric-coupled': {
    gain: 0.7,
    negativeGain: 0.35,
    ceiling: 7.4,
    floor: -8,
    coupling: 0.3,
    noise: 0.6,
    measurementNoise: 0.8,
    defaults: DEFAULTS,
  },
};

/** Target sets: one, two or three distinct values with levels −2, −1, +1, +2. */
function targetSets(count: number, seed: number): SteeringTarget[][] {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const size = 1 + (index % 3);
    const picked = random.shuffle(VALUES).slice(0, size);
    return picked.map((value) => ({ value, level: LEVELS[random.int(LEVELS.length)] }));
  });
}

const trueIntensities = (text: string) => JSON.parse(text.replace(/^SIMULATED /, '')) as Record<string, number>;

async function run(
  config: SteerableModelConfig & { measurementNoise: number },
  sets: SteeringTarget[][],
  options: { maxRounds: number; rebalance?: boolean },
) {
  const model = createSimulatedSteerableModel({ ...config, seed: 11 });
  let errorSum = 0;
  let count = 0;
  let rounds = 0;
  for (const targets of sets) {
    const result = await steer({
      query: 'What should I do this weekend?',
      targets,
      generate: model.generate,
      evaluator: model.scorer,
      maxRounds: options.maxRounds,
      rebalance: options.rebalance,
      tolerance: 1,
    });
    rounds += result.rounds.length;
    const truth = trueIntensities(result.best.text);
    for (const miss of result.best.misses) {
      errorSum += Math.abs(truth[miss.ref.value] - miss.target);
      count += 1;
    }
  }
  return { meanAbsError: errorSum / count, meanRounds: rounds / sets.length };
}

const sets = targetSets(300, 2026);
const conflicting = targetSets(2000, 7)
  .filter((set) => set.length > 1)
  .filter((set) => {
    const resolved = set.map((entry) => defaultCatalogue.resolve(entry.value));
    return resolved.length > 1;
  });
const results: Record<string, unknown> = {};
const targets = [];
for (const [name, config] of Object.entries(CONFIGS)) {
  const open = await run(config, sets, { maxRounds: 1 });
  const closed = await run(config, sets, { maxRounds: 3 });
  const ratio = closed.meanAbsError / open.meanAbsError;
  results[name] = {
    openLoop: open.meanAbsError,
    closedLoop3: closed.meanAbsError,
    closedOverOpen: ratio,
    closedLoopMeanRounds: closed.meanRounds,
  };
  // The best any controller could do on single targets with this model (no noise, no coupling, requests
  // limited to ±15 as in the loop): the floor under the closed-loop error.
  let oracleError = 0;
  let openError = 0;
  for (const targetSet of sets) {
    for (const entry of targetSet) {
      const goal = { [-2]: -8, [-1]: -4.5, 1: 4.5, 2: 8 }[entry.level as -2 | -1 | 1 | 2];
      const base = config.defaults[entry.value] ?? 0;
      const respond = (request: number) =>
        Math.max(
          config.floor,
          Math.min(config.ceiling, base + (request - base) * (request >= base ? config.gain : config.negativeGain)),
        );
      let best = Infinity;
      for (let request = -15; request <= 15; request += 0.05) best = Math.min(best, Math.abs(respond(request) - goal));
      oracleError += best;
      openError += Math.abs(respond(goal) - goal);
    }
  }
  (results[name] as Record<string, number>).oracleOverOpenNoNoise = oracleError / openError;
  if (name === 'asymmetric-coupled') {
    targets.push(target('asymmetric-coupled: closed-loop error / open-loop error (≤ 3 rounds)', ratio, '<=', 0.5));
  }
}

// Dominance-aware rebalancing, open loop, on multi-value sets that the steering module flags as conflicting.
const { buildSteeringInstructions, resolveTargets } = await import('@valueflow/core');
const flagged = conflicting
  .filter((set) => buildSteeringInstructions({ targets: resolveTargets(set, defaultCatalogue) }).conflicts.length > 0)
  .slice(0, 300);
const coupled = CONFIGS['asymmetric-coupled'];
const plain = await run(coupled, flagged, { maxRounds: 1 });
const balanced = await run(coupled, flagged, { maxRounds: 1, rebalance: true });
results.rebalance = {
  conflictingSets: flagged.length,
  openLoopPlain: plain.meanAbsError,
  openLoopRebalanced: balanced.meanAbsError,
  rebalancedOverPlain: balanced.meanAbsError / plain.meanAbsError,
};
targets.push(
  target(
    'asymmetric-coupled, conflicting sets: rebalanced / plain open-loop error',
    balanced.meanAbsError / plain.meanAbsError,
    '<=',
    1,
  ),
);
results.sets = sets.length;
printReport({ bench: 'steering', results, targets });
