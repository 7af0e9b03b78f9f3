import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', agents: 'src/agents.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // Frameworks and the optional offline package are the user's own copies, never bundled.
  external: ['@langchain/core', 'langchain', '@valueflow/core', '@valueflow/local'],
});
