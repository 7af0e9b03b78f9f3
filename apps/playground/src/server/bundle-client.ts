import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The page's script entry point (plain TypeScript, no framework). */
export const CLIENT_ENTRY = fileURLToPath(new URL('../client/main.ts', import.meta.url));

let bundled: Promise<string> | undefined;

/**
 * Bundles the page's script with esbuild, in memory, once per process. Building at start-up (about 50 ms)
 * keeps the playground free of a build step and of stale bundles; nothing is written to disk.
 *
 * @returns The JavaScript of the bundle.
 * @throws Error from esbuild when the client sources do not compile.
 */
export function bundleClient(): Promise<string> {
  bundled ??= build({
    entryPoints: [CLIENT_ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    sourcemap: 'inline',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  bundled.catch(() => {
    bundled = undefined;
  });
  return bundled;
}
