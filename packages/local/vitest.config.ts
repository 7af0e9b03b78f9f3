import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@valueflow/source'] },
  // Tests run in the node (SSR) pipeline, which ignores `resolve.conditions`; without this,
  // `@valueflow/core` would resolve to a possibly stale dist build instead of the sources.
  ssr: { resolve: { conditions: ['@valueflow/source'] } },
  test: { name: 'local', testTimeout: 30_000 },
});
