import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { aiSdkJudge } from '@valueflow/ai-sdk';
import { createEvaluator, type Evaluator, type RankingJudge, type ReferencePanel } from '@valueflow/core';
import { loadSeedVidb } from '@valueflow/core/node';
import type { wrapLanguageModel } from 'ai';
import { createDemoChatModel, DEMO_MODEL_ID } from './create-demo-chat-model';
import { createLexicalDemoJudge } from './create-lexical-demo-judge';
import { loadLocalEvaluator } from './load-local-evaluator';
import type { PlaygroundConfig } from './read-playground-config';

/** A language model the AI SDK can wrap (spec v4). */
export type ChatModel = Parameters<typeof wrapLanguageModel>[0]['model'];

/** What the page is told about the judge and the chat model, so it can say exactly what it is running on. */
export interface PlaygroundStatus {
  /** True without an endpoint: the chat model is the canned offline demo. */
  demo: boolean;
  model: string;
  judge: { id: string; kind: 'endpoint' | 'local' | 'simulated'; note: string };
  panel: { hash: string; size: number };
}

/** Shared state of one playground server. */
export interface PlaygroundContext {
  panel: ReferencePanel;
  /** Scores texts for the analyser and the chat guard. */
  evaluator: Evaluator;
  /** The unwrapped chat model; every chat request wraps it with its own steering and guard. */
  model: ChatModel;
  status: PlaygroundStatus;
}

const SIMULATED_NOTE =
  'Simulated judge: scores are guessed from word overlap with the reference texts, for the demo only. Install the offline judge (@valueflow/local) or set OPENAI_BASE_URL and OPENAI_MODEL for real scores.';

/**
 * Assembles the playground: the seed reference panel, the judge (the endpoint's model, the offline local
 * judge, or the labelled simulated stand-in, in that order of preference under `auto`) and the chat model
 * (the endpoint's model, or the offline demo model).
 *
 * @param options.config - See `readPlaygroundConfig`.
 * @param options.panel - A reference panel to use instead of the seed panel (tests).
 * @param options.chunkDelayInMs - Pause between the demo model's chunks (tests use 0).
 * @returns The context the request handlers share.
 * @throws MissingDependencyError when PLAYGROUND_JUDGE=local and the local judge is not available.
 */
export async function createPlaygroundContext(options: {
  config: PlaygroundConfig;
  panel?: ReferencePanel;
  chunkDelayInMs?: number;
}): Promise<PlaygroundContext> {
  const { config } = options;
  const panel = options.panel ?? (await loadSeedVidb());
  const endpointModel = config.endpoint
    ? createOpenAICompatible({
        name: 'endpoint',
        baseURL: config.endpoint.baseUrl,
        apiKey: config.endpoint.apiKey,
      })(config.endpoint.model)
    : undefined;
  const model = endpointModel ?? createDemoChatModel({ panel, chunkDelayInMs: options.chunkDelayInMs });

  let evaluator: Evaluator;
  let judge: PlaygroundStatus['judge'];
  const useEndpoint = endpointModel && (config.judge === 'auto' || config.judge === 'endpoint');
  const required = config.judge === 'local';
  let localFailure: string | undefined;
  // Under `auto`, a local judge that fails to start falls back to the simulated one, and the page says why.
  const local =
    !useEndpoint && (config.judge === 'auto' || required)
      ? await loadLocalEvaluator({ panel, required }).catch((error: unknown) => {
          if (required) throw error;
          localFailure = error instanceof Error ? error.message : String(error);
          return undefined;
        })
      : undefined;
  if (useEndpoint) {
    const endpointJudge: RankingJudge = aiSdkJudge(endpointModel, { id: `endpoint:${config.endpoint!.model}` });
    evaluator = createEvaluator({ panel, judge: endpointJudge });
    judge = {
      id: endpointJudge.id,
      kind: 'endpoint',
      note: `The endpoint's model ranks texts (${config.endpoint!.baseUrl}).`,
    };
  } else if (local) {
    evaluator = local.evaluator;
    judge = { id: local.judgeId, kind: 'local', note: 'The offline local judge of @valueflow/local ranks texts.' };
  } else {
    const demoJudge = createLexicalDemoJudge({ panel });
    evaluator = createEvaluator({ panel, judge: demoJudge, concurrency: 16 });
    const why = localFailure ? ` (The local judge failed to start: ${localFailure})` : '';
    judge = { id: demoJudge.id, kind: 'simulated', note: `${SIMULATED_NOTE}${why}` };
  }
  return {
    panel,
    evaluator,
    model,
    status: {
      demo: !endpointModel,
      model: config.endpoint?.model ?? DEMO_MODEL_ID,
      judge,
      panel: { hash: panel.hash, size: panel.size },
    },
  };
}
