// Public exports of the evaluator module; explicit names only.
export type {
  IntensityLevel,
  RankingJudge,
  RankingRequest,
  RankingResult,
  ScoreEvidence,
  Usage,
  ValueScore,
} from './types';
