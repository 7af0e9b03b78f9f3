import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@valueflow/source'] },
  test: { name: 'cli', testTimeout: 60_000 },
});
