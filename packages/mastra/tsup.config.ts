import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // The framework and the optional offline package are the user's own copies, never bundled.
  external: ['@mastra/core', '@valueflow/core', '@valueflow/local'],
});
