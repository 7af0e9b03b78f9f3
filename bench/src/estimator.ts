// `pnpm bench estimator [--json] [--texts N]`: accuracy, interval coverage and overhead of the
// anchor-based evaluator against a simulated judge with known truths (no network, no data files).
import { performance } from 'node:perf_hooks';
import {
  type Evaluator,
  type EvaluatorOptions,
  type RankingJudge,
  type ReferencePanel,
  createEvaluator,
  createReferenceDb,
  createSeededRandom,
  type VidbRecord,
} from '@valueflow/core';
import { createSimulatedJudge } from '@valueflow/core/test';
import { type BenchTarget, printReport, target } from './report';

const argv = process.argv.slice(2);
const textCount = Number(argv[argv.indexOf('--texts') + 1]) || 400;
const anchorCount = 200;
const noiseScales = [0.5, 1, 2];
const value = { theory: 'pvq', value: 'benevolence' };

/** ~200 anchors spread uniformly over [-10, 10]: one uniform draw per equal-width stratum. */
function syntheticPanel(): ReferencePanel {
  const random = createSeededRandom(11);
  const records: VidbRecord[] = Array.from({ length: anchorCount }, (_, index) => ({
    id: `anchor-${index}`,
    ...value,
    text: `reference text ${index}`,
    intensity: Math.round((-10 + (20 * (index + random.next())) / anchorCount) * 1000) / 1000,
  }));
  return createReferenceDb(records);
}

function syntheticTexts(): Array<{ text: string; truth: number }> {
  const random = createSeededRandom(23);
  return Array.from({ length: textCount }, (_, index) => ({
    text: `text under evaluation ${index}`,
    truth: -9 + 18 * random.next(),
  }));
}

interface MethodResult {
  rmse: number;
  coverage: number;
  meanWidth: number;
  judgeCallsPerText: number;
  unscored: number;
}

async function measure(evaluator: Evaluator, texts: Array<{ text: string; truth: number }>): Promise<MethodResult> {
  const results = await evaluator.scoreMany(texts.map(({ text }) => ({ text, value: value.value })));
  let squared = 0;
  let covered = 0;
  let width = 0;
  let calls = 0;
  let unscored = 0;
  results.forEach((result, index) => {
    if ('error' in result) throw result.error;
    calls += result.judgeCalls;
    if (result.intensity === null || result.interval === null) {
      unscored += 1;
      return;
    }
    const truth = texts[index].truth;
    squared += (result.intensity - truth) ** 2;
    if (truth >= result.interval[0] && truth <= result.interval[1]) covered += 1;
    width += result.interval[1] - result.interval[0];
  });
  const scored = texts.length - unscored;
  const round = (number: number) => Math.round(number * 1000) / 1000;
  return {
    rmse: round(Math.sqrt(squared / scored)),
    coverage: round(covered / scored),
    meanWidth: round(width / scored),
    judgeCallsPerText: round(calls / texts.length),
    unscored,
  };
}

// paper*: the paper's bucket protocol through our estimator (posterior mean, noise scale inferred), so the
// ratios isolate the sampler; paperExact*: the paper's full procedure (MAP, unit noise scale) for reference.
const methods: Record<string, Partial<EvaluatorOptions>> = {
  paperM3: { sampler: 'bucket', windows: 3 },
  adaptiveM3: { sampler: 'adaptive', adaptive: { maxWindows: 3 } },
  paperM6: { sampler: 'bucket', windows: 6 },
  paperExactM3: { sampler: 'bucket', windows: 3, estimator: 'map', noiseScale: 1 },
  paperExactM6: { sampler: 'bucket', windows: 6, estimator: 'map', noiseScale: 1 },
};

async function accuracy(panel: ReferencePanel) {
  const texts = syntheticTexts();
  const utilities = new Map(texts.map(({ text, truth }) => [text, truth]));
  const perNoise: Record<string, Record<string, MethodResult>> = {};
  for (const noise of noiseScales) {
    const judge = createSimulatedJudge({ panel, utilities, noise, seed: 5, recordCalls: false });
    perNoise[`noise${noise}`] = {};
    for (const [name, options] of Object.entries(methods)) {
      const evaluator = createEvaluator({ panel, judge, cache: false, concurrency: 16, ...options });
      perNoise[`noise${noise}`][name] = await measure(evaluator, texts);
    }
  }
  return perNoise;
}

/** Median wall time of one (text, value) score with a judge that answers instantly. */
async function overhead(panel: ReferencePanel, sampler: 'bucket' | 'adaptive'): Promise<number> {
  const instant: RankingJudge = {
    id: 'instant',
    rank: async ({ texts }) => ({ order: texts.map((_, index) => index) }),
  };
  const evaluator = createEvaluator({ panel, judge: instant, cache: false, sampler });
  const timings: number[] = [];
  for (let index = 0; index < 600; index += 1) {
    const started = performance.now();
    await evaluator.score({ text: `overhead probe ${index}`, value: value.value });
    if (index >= 100) timings.push(performance.now() - started);
  }
  timings.sort((left, right) => left - right);
  return Math.round(timings[timings.length >> 1] * 1000) / 1000;
}

const panel = syntheticPanel();
const perNoise = await accuracy(panel);
const ratio = (noise: string, numerator: string, denominator: string) =>
  Math.round((perNoise[noise][numerator].rmse / perNoise[noise][denominator].rmse) * 1000) / 1000;
const ratios = Object.fromEntries(
  Object.keys(perNoise).map((noise) => [
    noise,
    {
      adaptiveM3OverPaperM3: ratio(noise, 'adaptiveM3', 'paperM3'),
      adaptiveM3OverPaperM6: ratio(noise, 'adaptiveM3', 'paperM6'),
      adaptiveM3OverPaperExactM3: ratio(noise, 'adaptiveM3', 'paperExactM3'),
      adaptiveM3OverPaperExactM6: ratio(noise, 'adaptiveM3', 'paperExactM6'),
    },
  ]),
);
const overheadMs = { bucket: await overhead(panel, 'bucket'), adaptive: await overhead(panel, 'adaptive') };

const targets: BenchTarget[] = [
  target('noise 1: adaptive m3 RMSE / paper m3 RMSE', ratios.noise1.adaptiveM3OverPaperM3, '<=', 0.75),
  target('noise 1: adaptive m3 RMSE / paper m6 RMSE', ratios.noise1.adaptiveM3OverPaperM6, '<=', 1.0),
  target('noise 2: adaptive m3 RMSE / paper m3 RMSE', ratios.noise2.adaptiveM3OverPaperM3, '<=', 1.0),
];
for (const noise of Object.keys(perNoise)) {
  for (const name of ['paperM3', 'adaptiveM3', 'paperM6']) {
    const coverage = perNoise[noise][name].coverage;
    targets.push(target(`${noise} ${name}: 90% interval coverage`, coverage, '>=', 0.85));
    targets.push(target(`${noise} ${name}: 90% interval coverage`, coverage, '<=', 0.95));
  }
}
targets.push(target('overhead per (text, value), bucket, instant judge: median ms', overheadMs.bucket, '<=', 1));
targets.push(target('overhead per (text, value), adaptive, instant judge: median ms', overheadMs.adaptive, '<=', 1));

printReport({
  bench: 'estimator',
  results: {
    setup: { anchors: anchorCount, texts: textCount, truths: '[-9, 9] uniform', k: 6, confidence: 0.9 },
    note:
      'Expected Fisher information about a text from one k=6 PL window is about 0.27 for bucket anchors and at most ' +
      'about 0.59 with every anchor at the true intensity (noise 1). Adaptive m3 therefore carries at most ' +
      '0.27 + 2 x 0.59 = 1.45 against 1.62 for paper m6 (RMSE ratio >= ~1.05), and reaches ~0.75 of paper m3 only if ' +
      'the truth were known after the first window.',
    ...perNoise,
    ratios,
    overheadMs,
  },
  targets,
});
