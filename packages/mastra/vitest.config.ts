import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@valueflow/source'] },
  // Tests run in the node (SSR) pipeline, which ignores `resolve.conditions`; without this,
  // `@valueflow/core` would resolve to a possibly stale dist build instead of the sources.
  ssr: { resolve: { conditions: ['@valueflow/source'] } },
  // Mastra reports usage through posthog unless told not to; tests never touch the network.
  test: { name: 'mastra', env: { MASTRA_TELEMETRY_DISABLED: '1' }, testTimeout: 30_000 },
});
