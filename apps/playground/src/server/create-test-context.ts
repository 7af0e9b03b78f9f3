import { createPlaygroundContext, type PlaygroundContext } from './create-playground-context';
import { readPlaygroundConfig } from './read-playground-config';

/**
 * The context the tests use: offline demo model with no streaming delay, the simulated judge over the seed
 * panel. Fast and deterministic.
 *
 * @returns A fresh context.
 */
export function createTestContext(): Promise<PlaygroundContext> {
  return createPlaygroundContext({
    config: readPlaygroundConfig({ PLAYGROUND_JUDGE: 'simulated' }),
    chunkDelayInMs: 0,
  });
}
