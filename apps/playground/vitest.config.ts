import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@valueflow/source'] },
  // Tests run in the node (SSR) pipeline, which ignores `resolve.conditions`; without this,
  // the workspace packages would resolve to a possibly stale dist build instead of their sources.
  ssr: { resolve: { conditions: ['@valueflow/source'] } },
  // The files share no state that matters, and reusing one module graph per worker halves the run time.
  test: { name: 'playground', testTimeout: 20_000, isolate: false },
});
