import { SingleBar } from 'cli-progress';
import type { CliIo } from './io';

/** A progress bar on stderr with rate and ETA, drawn only when stderr is a terminal. */
export function createProgress(io: CliIo, options: { total: number; label: string }) {
  if (!io.stderr.isTTY || options.total < 2) {
    return { increment: () => {}, stop: () => {} };
  }
  const bar = new SingleBar({
    stream: io.stderr as NodeJS.WritableStream,
    format: `${options.label} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
  });
  const started = Date.now();
  bar.start(options.total, 0, { rate: '0.0' });
  return {
    increment: () => {
      const done = bar.getProgress() * options.total + 1;
      bar.increment(1, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}
