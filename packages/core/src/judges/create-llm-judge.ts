import { JudgeOutputError } from '../errors/judge-output-error';
import type { RankingJudge, RankingRequest, RankingResult, Usage } from '../evaluator/types';
import { type Complete, completionText } from './complete';
import { parseRankingAnswer } from './parse-ranking-answer';
import { buildCorrectionPrompt, buildRankingPrompt } from './ranking-prompt';

function addUsage(total: Usage, usage: Usage | undefined): Usage {
  if (!usage) return total;
  return {
    inputTokens: (total.inputTokens ?? 0) + (usage.inputTokens ?? 0),
    outputTokens: (total.outputTokens ?? 0) + (usage.outputTokens ?? 0),
  };
}

/**
 * A ranking judge over any text-completion function (an LLM behind `complete`).
 *
 * It sends the ranking prompt, parses the answer tolerantly and, when the answer is unusable, asks once
 * more with the reason. A second unusable answer throws `JudgeOutputError`, which the evaluator records
 * as a dropped window. Transport errors from `complete` propagate unchanged so the evaluator can retry them.
 *
 * @param options.complete prompt → text (or `{text, usage}`)
 * @param options.id identifier recorded in every score, e.g. `openai:gpt-4.1-mini`
 * @param options.maxTextLength characters kept per text in the prompt
 * @param options.correctiveRetry ask again once after an unusable answer (default true)
 * @example
 * const judge = createLlmJudge({ id: 'my-model', complete: async (prompt) => callMyModel(prompt) });
 */
export function createLlmJudge(options: {
  complete: Complete;
  id: string;
  maxTextLength?: number;
  correctiveRetry?: boolean;
}): RankingJudge {
  const correctiveRetry = options.correctiveRetry ?? true;
  return {
    id: options.id,
    async rank(request: RankingRequest, callOptions?: { signal?: AbortSignal }): Promise<RankingResult> {
      const count = request.texts.length;
      const prompt = buildRankingPrompt({
        value: request.value,
        texts: request.texts,
        maxTextLength: options.maxTextLength,
      });
      const first = completionText(await options.complete(prompt, { signal: callOptions?.signal }));
      let usage = addUsage({}, first.usage);
      let parsed = parseRankingAnswer(first.text, count);
      if (parsed.ok) return { order: parsed.order, raw: first.text, usage };
      if (!correctiveRetry) throw new JudgeOutputError({ raw: first.text, reason: parsed.reason });

      const correction = buildCorrectionPrompt({ prompt, reason: parsed.reason, count });
      const second = completionText(await options.complete(correction, { signal: callOptions?.signal }));
      usage = addUsage(usage, second.usage);
      parsed = parseRankingAnswer(second.text, count);
      if (parsed.ok) return { order: parsed.order, raw: second.text, usage };
      throw new JudgeOutputError({
        raw: `${first.text}\n---\n${second.text}`,
        reason: `${parsed.reason} (after one corrective retry)`,
      });
    },
  };
}
