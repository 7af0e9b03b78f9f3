import type { IncomingMessage } from 'node:http';
import { InvalidArgumentError } from '@valueflow/core';

/** Largest request body the playground accepts; a pasted text and a chat history fit easily. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Reads and parses a JSON request body.
 *
 * @param request - The incoming request.
 * @returns The parsed value.
 * @throws InvalidArgumentError for a body over {@link MAX_BODY_BYTES} or one that is not valid JSON.
 */
export async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw new InvalidArgumentError({ argument: 'body', message: `larger than ${MAX_BODY_BYTES / 1024} KB` });
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidArgumentError({
      argument: 'body',
      message: `expected JSON, got ${JSON.stringify(text.slice(0, 60))}`,
      cause: error,
    });
  }
}
