import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stub received. */
export interface StubRequest {
  model: string;
  messages: { role: string; content: string }[];
  /** The last user message. */
  prompt: string;
  authorization?: string;
}

/** What the stub answers: assistant text, or an explicit HTTP status and body. */
export type StubReply = string | { status: number; body: string };

/**
 * A local OpenAI-compatible chat-completions server on 127.0.0.1 for tests: real HTTP, no network.
 *
 * @param options.reply decides the assistant's answer for each request
 * @returns `url` (ends in `/v1`, pass it as `baseUrl`), the received `requests`, and `close()`
 */
export async function startOpenAiStubServer(options: {
  reply: (request: StubRequest) => StubReply | Promise<StubReply>;
}): Promise<{ url: string; requests: StubRequest[]; close: () => Promise<void> }> {
  const requests: StubRequest[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', async () => {
      if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
        response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
        return;
      }
      try {
        const parsed = JSON.parse(body) as { model: string; messages: StubRequest['messages'] };
        const stubRequest: StubRequest = {
          model: parsed.model,
          messages: parsed.messages,
          prompt: parsed.messages.filter((message) => message.role === 'user').at(-1)?.content ?? '',
          authorization: request.headers.authorization,
        };
        requests.push(stubRequest);
        const reply = await options.reply(stubRequest);
        if (typeof reply !== 'string') {
          response.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: `stub-${requests.length}`,
            object: 'chat.completion',
            model: parsed.model,
            choices: [{ index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop' }],
            usage: {
              prompt_tokens: Math.ceil(stubRequest.prompt.length / 4),
              completion_tokens: Math.ceil(reply.length / 4),
            },
          }),
        );
      } catch (error) {
        response
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: String(error) } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Reads the numbered texts back out of a valueflow ranking prompt (for stubs that answer sensibly). */
export function extractPromptTexts(prompt: string): string[] {
  const block = prompt.split('<<<TEXTS\n')[1]?.split('\nTEXTS>>>')[0] ?? '';
  return block
    .split('\n')
    .map((line) => line.match(/^\[(\d+)\] (.*)$/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map((match) => match[2]);
}
