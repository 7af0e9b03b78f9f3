export { type Complete, type CompletionResult, completionText } from './complete';
export { createLlmJudge } from './create-llm-judge';
export {
  createOpenAiCompatibleComplete,
  createOpenAiCompatibleJudge,
  type OpenAiCompatibleOptions,
} from './openai-compatible';
export { type ParsedRanking, parseRankingAnswer } from './parse-ranking-answer';
export {
  buildCorrectionPrompt,
  buildRankingPrompt,
  DEFAULT_PROMPT_TEXT_LENGTH,
  sanitizePromptText,
} from './ranking-prompt';
