import type { CallbackManagerForChainRun } from '@langchain/core/callbacks/manager';
import { AIMessage, AIMessageChunk, BaseMessage } from '@langchain/core/messages';
import { Runnable, type RunnableConfig } from '@langchain/core/runnables';
import { createSentenceBuffer, InvalidArgumentError } from '@valueflow/core';
import { createPolicyChecker, type PolicyChecker, type PolicyCheckerOptions } from './create-policy-checker';

/** What the guard accepts and returns: a chat model's message or a parsed string. */
export type GuardedOutput = string | BaseMessage;

/** Options of {@link valueGuard}. */
export interface ValueGuardOptions extends PolicyCheckerOptions {}

function textOf(value: GuardedOutput): string {
  if (typeof value === 'string') return value;
  if (BaseMessage.isInstance(value)) return value.text;
  throw new InvalidArgumentError({
    argument: 'input',
    message: `valueGuard expects a string or a chat message (pipe it after a chat model or a string parser), got ${typeof value}.`,
  });
}

/** The same kind of output as `original`, carrying `text` instead. */
function withText<Output extends GuardedOutput>(original: Output, text: string): Output {
  if (typeof original === 'string') return text as Output;
  const fields = { content: text, id: original.id, response_metadata: original.response_metadata };
  if (AIMessageChunk.isInstance(original)) return new AIMessageChunk(fields) as unknown as Output;
  return new AIMessage(fields) as unknown as Output;
}

/**
 * The LCEL guard; create it with {@link valueGuard}. `invoke` checks the whole output; `stream` and
 * `transform` release text sentence by sentence, each only after the text so far passed the policy,
 * so a violating sentence never reaches the consumer.
 */
export class ValueGuardRunnable<Output extends GuardedOutput = GuardedOutput> extends Runnable<Output, Output> {
  static lc_name() {
    return 'ValueGuardRunnable';
  }

  lc_namespace = ['valueflow', 'langchain'];

  private readonly checker: PolicyChecker;

  constructor(options: ValueGuardOptions) {
    // The options hold models and evaluators, which are not serialisable kwargs.
    super();
    this.checker = createPolicyChecker(options);
  }

  async invoke(input: Output, options?: Partial<RunnableConfig>): Promise<Output> {
    return this._callWithConfig(this.guard.bind(this), input, options);
  }

  private async guard(input: Output, config?: Partial<RunnableConfig>): Promise<Output> {
    const text = textOf(input);
    const checked = await this.checker.enforce({ text, signal: config?.signal });
    return checked.rewritten ? withText(input, checked.text) : input;
  }

  async *_streamIterator(input: Output, options?: Partial<RunnableConfig>): AsyncGenerator<Output> {
    async function* once() {
      yield input;
    }
    yield* this.transform(once(), options);
  }

  transform(generator: AsyncGenerator<Output>, options?: Partial<RunnableConfig>): AsyncGenerator<Output> {
    return this._transformStreamWithConfig(generator, this.holdBack.bind(this), options);
  }

  private async *holdBack(
    generator: AsyncGenerator<Output>,
    _runManager?: CallbackManagerForChainRun,
    config?: Partial<RunnableConfig>,
  ): AsyncGenerator<Output> {
    const signal = config?.signal;
    const buffer = createSentenceBuffer();
    let shown = '';
    let first: Output | undefined;
    let whole: AIMessageChunk | undefined;
    // A piece of text in the shape of the incoming chunks (strings stay strings).
    const piece = (text: string, last = false): Output => {
      if (typeof first === 'string' || first === undefined) return text as Output;
      if (last && whole) {
        return new AIMessageChunk({
          content: text,
          id: whole.id,
          tool_call_chunks: whole.tool_call_chunks,
          usage_metadata: whole.usage_metadata,
          response_metadata: whole.response_metadata,
        }) as unknown as Output;
      }
      return new AIMessageChunk({ content: text, id: whole?.id ?? (first as BaseMessage).id }) as unknown as Output;
    };
    for await (const chunk of generator) {
      first ??= chunk;
      if (AIMessageChunk.isInstance(chunk)) whole = whole ? whole.concat(chunk) : chunk;
      for (const sentence of buffer.push(textOf(chunk))) {
        const checked = await this.checker.enforce({ text: sentence, shown, signal });
        if (checked.rewritten) {
          // The continuation replaces the rest of the draft, so the upstream stream is abandoned.
          yield piece(checked.text, true);
          return;
        }
        shown += sentence;
        yield piece(sentence);
      }
    }
    const rest = buffer.flush();
    if (rest.trim() === '' && shown !== '') {
      yield piece(rest, true);
      return;
    }
    const checked = await this.checker.enforce({ text: rest, shown, signal });
    yield piece(checked.text, true);
  }
}

/**
 * A value guard to pipe after any chat model or chain: `prompt.pipe(model).pipe(valueGuard({ policy }))`.
 *
 * Allowed output passes through unchanged (also when only `flag` rules fail; see `onVerdict`). A
 * `block` violation throws `ValueGuardError` carrying the verdict, so `.withFallbacks([...])` can
 * supply a replacement; a `rewrite` violation is rewritten through steering by `rewriter` and checked
 * again. Streaming holds back each sentence until the text so far has passed, so a violating sentence
 * never reaches the consumer; a stream that fails in its first sentence has shown nothing yet, which
 * lets fallbacks take over there too.
 *
 * @param options - The policy, where scores come from (default: the offline `@valueflow/local`), and
 *   the rewrite model.
 * @returns A runnable from the chain's output to the same output.
 * @throws InvalidPolicyError at construction for a bad policy.
 * @throws ValueGuardError from `invoke`/`stream` when the output is blocked.
 * @example
 * const chain = prompt.pipe(model).pipe(valueGuard({ policy: { rules: [{ value: 'care-harm', min: -2 }] } }));
 * const safe = chain.withFallbacks([RunnableLambda.from(() => new AIMessage('I cannot help with that.'))]);
 */
export function valueGuard<Output extends GuardedOutput = GuardedOutput>(
  options: ValueGuardOptions,
): ValueGuardRunnable<Output> {
  return new ValueGuardRunnable<Output>(options);
}
