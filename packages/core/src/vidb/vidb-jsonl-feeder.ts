import { createLineSplitter } from './line-splitter';
import type { VidbCollector } from './vidb-collector';

/** Pushes text chunks of one file into a collector. */
export interface VidbFeeder {
  push(chunk: string): void;
  end(): void;
}

/**
 * Feeds JSONL text (one record object per line) into a collector, chunk by chunk. Blank lines are
 * skipped; a line that is not valid JSON is rejected with the parser's message and its line.
 *
 * @param collector - Receives rows; the caller calls `beginFile` before and `endFile` after.
 */
export function createVidbJsonlFeeder(collector: VidbCollector): VidbFeeder {
  const splitter = createLineSplitter();
  const onLine = (text: string, line: number) => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      if (text.trim() === '') return;
      const reason = error instanceof Error ? error.message : String(error);
      collector.rejectRow({ line, message: `not valid JSON (${reason}); expected one record object per line` });
      return;
    }
    collector.addRow(raw, line);
  };
  return {
    push: (chunk) => splitter.push(chunk, onLine),
    end: () => splitter.end(onLine),
  };
}
