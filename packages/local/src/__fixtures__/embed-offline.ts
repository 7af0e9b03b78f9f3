// Child process of no-network.test.ts. `embed` loads the real model and embeds two sentences;
// `connect` is the control case that must trip the guard. Prints one JSON line.
import { lookup } from 'node:dns/promises';
import { connect } from 'node:net';
import { createUseEmbedder } from '../index';

const mode = process.argv[2];
const attempts = () => (globalThis as { __networkAttempts?: string[] }).__networkAttempts ?? null;

async function run(): Promise<unknown> {
  if (mode === 'connect') {
    const errors: string[] = [];
    const attemptsOf = [
      () => fetch('http://127.0.0.1:9/'),
      () => new Promise((resolve, reject) => connect(9, '127.0.0.1').on('connect', resolve).on('error', reject)),
      () => lookup('example.org'),
    ];
    for (const attempt of attemptsOf) {
      try {
        await attempt();
      } catch (error) {
        errors.push((error as Error).message);
      }
    }
    return { ok: errors.length === 0, errors };
  }
  const vectors = await createUseEmbedder().embed(['I always keep my promises.', 'The bus was late again today.']);
  return { ok: true, count: vectors.length, dimensions: vectors[0].length };
}

run().then(
  (result) => process.stdout.write(`${JSON.stringify({ ...(result as object), attempts: attempts() })}\n`),
  (error: unknown) => {
    process.stdout.write(`${JSON.stringify({ ok: false, error: String(error), attempts: attempts() })}\n`);
    process.exitCode = 1;
  },
);
