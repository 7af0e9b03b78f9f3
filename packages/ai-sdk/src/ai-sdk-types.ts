import type { LanguageModelMiddleware } from 'ai';

// Spec types derived from `ai`'s own middleware type, so the published declarations only need the `ai`
// peer and never a direct `@ai-sdk/provider` import.
type WrapStream = NonNullable<LanguageModelMiddleware['wrapStream']>;
type WrapGenerate = NonNullable<LanguageModelMiddleware['wrapGenerate']>;

/** The options of one `wrapStream` call. */
export type WrapStreamOptions = Parameters<WrapStream>[0];
/** The options of one `wrapGenerate` call. */
export type WrapGenerateOptions = Parameters<WrapGenerate>[0];
/** The call options a language model receives (spec v4). */
export type CallOptions = WrapStreamOptions['params'];
/** The language model a middleware wraps (spec v4). */
export type WrappedModel = WrapStreamOptions['model'];
/** What `doStream` resolves to. */
export type StreamResult = Awaited<ReturnType<WrapStreamOptions['doStream']>>;
/** What `doGenerate` resolves to. */
export type GenerateResult = Awaited<ReturnType<WrapGenerateOptions['doGenerate']>>;
/** One part of a model stream: text, reasoning, tool input and calls, sources, finish, errors … */
export type StreamPart = StreamResult['stream'] extends ReadableStream<infer Part> ? Part : never;
/** A text delta part. */
export type TextDeltaPart = Extract<StreamPart, { type: 'text-delta' }>;
/** The finish part. */
export type FinishPart = Extract<StreamPart, { type: 'finish' }>;
/** Provider metadata as parts and results carry it. */
export type ProviderMetadata = NonNullable<FinishPart['providerMetadata']>;
