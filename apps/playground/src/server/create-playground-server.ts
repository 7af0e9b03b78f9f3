import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ValueflowError, type ValueflowErrorCode } from '@valueflow/core';
import type { ChatEvent } from '../shared/api-types';
import { analyseText } from './analyse-text';
import { bundleClient } from './bundle-client';
import type { PlaygroundContext } from './create-playground-context';
import { readChatRequest } from './read-chat-request';
import { readJsonBody } from './read-json-body';
import { statusResponse } from './status-response';
import { steeringInstructions } from './steering-instructions';
import { streamChat } from './stream-chat';

/** Where index.html and styles.css live. */
export const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

// Mistakes in the request; everything else is the server's fault.
const CLIENT_ERRORS = new Set<ValueflowErrorCode>([
  'invalid-argument',
  'invalid-policy',
  'unknown-value',
  'ambiguous-value',
  'unknown-theory',
]);

const STATIC_FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/styles.css': { file: 'styles.css', type: 'text/css; charset=utf-8' },
};

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function sendError(response: ServerResponse, error: unknown): void {
  const known = ValueflowError.isInstance(error);
  const status = known && CLIENT_ERRORS.has(error.code) ? 400 : 500;
  if (response.headersSent) {
    response.end();
    return;
  }
  sendJson(response, status, {
    error: { code: known ? error.code : 'internal', message: error instanceof Error ? error.message : String(error) },
  });
}

/** Aborts when the client goes away before the response is complete. */
function disconnectSignal(response: ServerResponse): AbortSignal {
  const controller = new AbortController();
  response.on('close', () => {
    if (!response.writableFinished) controller.abort(new Error('the page closed the connection'));
  });
  return controller.signal;
}

async function serveChat(context: PlaygroundContext, request: IncomingMessage, response: ServerResponse) {
  // Validate before the first byte, so mistakes get a 400 with a message instead of a broken stream.
  const plan = readChatRequest(await readJsonBody(request));
  const signal = disconnectSignal(response);
  response.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' });
  const send = (event: ChatEvent) => {
    if (!response.writableEnded) response.write(`${JSON.stringify(event)}\n`);
  };
  try {
    await streamChat({ context, plan, send, signal });
  } catch (error) {
    if (!signal.aborted) send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
  response.end();
}

async function route(context: PlaygroundContext, request: IncomingMessage, response: ServerResponse) {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const key = `${request.method} ${path}`;
  if (request.method === 'GET' && STATIC_FILES[path]) {
    const { file, type } = STATIC_FILES[path];
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(await readFile(`${PUBLIC_DIR}${file}`));
  } else if (key === 'GET /app.js') {
    response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    response.end(await bundleClient());
  } else if (key === 'GET /favicon.ico') {
    response.writeHead(204).end();
  } else if (key === 'GET /api/status') {
    sendJson(response, 200, statusResponse(context));
  } else if (key === 'POST /api/analyse') {
    const body = await readJsonBody(request);
    sendJson(response, 200, await analyseText({ context, body, signal: disconnectSignal(response) }));
  } else if (key === 'POST /api/instructions') {
    sendJson(response, 200, steeringInstructions({ context, body: await readJsonBody(request) }));
  } else if (key === 'POST /api/chat') {
    await serveChat(context, request, response);
  } else {
    sendJson(response, 404, { error: { code: 'not-found', message: `no route for ${key}` } });
  }
}

/**
 * Creates the playground's HTTP server (not yet listening): the page (`/`, `/styles.css`, `/app.js`) and its
 * API (`GET /api/status`, `POST /api/analyse`, `POST /api/instructions`, `POST /api/chat`). Request mistakes
 * are answered with 400 and `{ error: { code, message } }`, naming the field; anything else with 500.
 *
 * @param context - See `createPlaygroundContext`.
 * @returns A node:http server; call `listen(port, '127.0.0.1')`.
 * @example
 * const server = createPlaygroundServer(await createPlaygroundContext({ config: readPlaygroundConfig(process.env) }));
 * server.listen(5178, '127.0.0.1');
 */
export function createPlaygroundServer(context: PlaygroundContext): Server {
  return createServer((request, response) => {
    route(context, request, response).catch((error: unknown) => sendError(response, error));
  });
}
