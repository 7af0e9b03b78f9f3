import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@valueflow/source'] },
  test: { name: 'core', testTimeout: 30_000 },
});
