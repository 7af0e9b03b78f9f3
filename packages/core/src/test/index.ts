// Deterministic test doubles for valueflow and its plugins: simulated judge, mock embedder, fixture panel.
export { createFixturePanel, fixtureRecords } from './create-fixture-panel';
export { createMockEmbedder } from './create-mock-embedder';
export {
  createSimulatedJudge,
  type SimulatedJudge,
  type SimulatedJudgeCall,
  type SimulatedJudgeFaults,
  type SimulatedJudgeOptions,
} from './create-simulated-judge';
export { extractPromptTexts, type StubReply, type StubRequest, startOpenAiStubServer } from './openai-stub-server';
export { createSimulatedSteerableModel, type SteerableModelConfig } from './simulated-steerable-model';
