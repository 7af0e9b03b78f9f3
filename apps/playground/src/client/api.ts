import type { ChatEvent } from '../shared/api-types';

/** An error answer of the playground's API, with its message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function failure(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
  return new ApiError(response.status, body?.error?.message ?? `HTTP ${response.status}`);
}

/**
 * Calls a JSON endpoint of the playground.
 *
 * @param path - E.g. `/api/analyse`.
 * @param body - Sent as JSON with POST; omit for GET.
 * @returns The parsed answer.
 * @throws ApiError with the server's message for a non-2xx answer.
 */
export async function callApi<Result>(path: string, body?: unknown): Promise<Result> {
  const response = await fetch(
    path,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
  );
  if (!response.ok) throw await failure(response);
  return (await response.json()) as Result;
}

/**
 * Posts a chat request and hands each streamed event (one JSON object per line) to a callback as it arrives.
 *
 * @param body - The chat request.
 * @param onEvent - Called for every event, in order.
 * @param signal - Aborts the request.
 * @throws ApiError when the request is refused before streaming starts.
 */
export async function streamChatEvents(
  body: unknown,
  onEvent: (event: ChatEvent) => void,
  signal?: AbortSignal,
): Promise<void> {
  const response = await fetch('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  if (!response.ok || !response.body) throw await failure(response);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as ChatEvent);
  }
  if (pending.trim()) onEvent(JSON.parse(pending) as ChatEvent);
}
