import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatEvent, StatusResponse } from '../shared/api-types';
import { createPlaygroundServer } from './create-playground-server';
import { createTestContext } from './create-test-context';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createPlaygroundServer(await createTestContext());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const post = (path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('createPlaygroundServer', () => {
  it.each([
    ['/', 'text/html', 'id="profile-chart"'],
    ['/styles.css', 'text/css', '.gauge-track'],
    ['/app.js', 'text/javascript', 'renderProfileChart'],
  ])('should serve %s', async (path, type, content) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    expect(await response.text()).toContain(content);
  });

  it('should describe the demo mode, the judge and the catalogue', async () => {
    const status = (await (await fetch(`${base}/api/status`)).json()) as StatusResponse;
    expect(status).toMatchObject({ demo: true, model: 'offline-demo', judge: { kind: 'simulated' } });
    expect(status.theories.map((theory) => theory.values.length)).toEqual([12, 6, 7, 7]);
    expect(status.defaultPolicy).toEqual([{ value: 'care-harm', min: -3, action: 'block' }]);
  });

  it.each([
    ['/api/analyse', '{"text":', 'body'],
    ['/api/analyse', '{"text":""}', 'text'],
    ['/api/instructions', '{"targets":[{"value":"power","intensity":20}]}', 'targets[0].intensity'],
    ['/api/chat', '{"messages":[]}', 'messages'],
  ])('should answer 400 naming the field for POST %s %s', async (path, body, field) => {
    const response = await fetch(`${base}${path}`, { method: 'POST', body });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: { code: string; message: string } };
    expect(answer.error.message).toContain(`Invalid ${field}`);
  });

  it('should answer 404 for an unknown route', async () => {
    expect((await fetch(`${base}/api/nothing`)).status).toBe(404);
  });

  it('should stream chat events as JSON lines, guard event included', async () => {
    const response = await post('/api/chat', {
      messages: [{ role: 'user', content: 'Any advice?' }],
      targets: [{ value: 'care-harm', intensity: -8 }],
      policy: [{ value: 'care-harm', min: -3 }],
    });
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const events = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ChatEvent);
    expect(events.map((event) => event.type)).toEqual(
      expect.arrayContaining(['start', 'text', 'score', 'guard', 'finish']),
    );
    expect(events.find((event) => event.type === 'guard')).toMatchObject({ action: 'block' });
  });
});
