import type { Evaluator, ProfileRequest, ReferencePanel } from '@valueflow/core';
import type { CliIo } from '../io';
import { createProgress } from '../progress';
import type { ProfileItem } from './profile-input';
import { type ProfileMeta, profileJson } from './profile-output';
import { type ProfileSelection, selectProfileValues } from './profile-values';

/** Texts profiled at once; the evaluator bounds the judge calls underneath. */
const textsInFlight = 4;

/**
 * Profiles a batch, a few texts at a time, with a progress bar over texts. A line's own `values`
 * replace the command's selection for that line. Failures are appended to `failures` with their
 * line number and id; the other lines still get profiled.
 *
 * @param options.items - Usable input lines.
 * @param options.failures - Collected failure messages (appended to).
 * @param options.selection - The command's value selection.
 * @param options.request - Gate, threshold and budget shared by every text.
 * @returns The JSONL output, one line per profiled text, in input order.
 */
export async function profileBatch(options: {
  io: CliIo;
  evaluator: Evaluator;
  panel: ReferencePanel;
  meta: ProfileMeta;
  items: readonly ProfileItem[];
  failures: string[];
  selection: ProfileSelection;
  theory?: string;
  request: Omit<ProfileRequest, 'text' | 'values'>;
}): Promise<string[]> {
  const { items, evaluator } = options;
  const lines: string[] = new Array(items.length).fill('');
  const progress = createProgress(options.io, { total: items.length, label: 'profile' });
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) {
      const item = items[index];
      try {
        const selection = item.values
          ? selectProfileValues({ panel: options.panel, theory: options.theory, values: item.values })
          : options.selection;
        const profile = await evaluator.profile({ text: item.text, values: selection.values, ...options.request });
        const json = profileJson({ profile, meta: options.meta, missing: selection.missing, id: item.id });
        lines[index] = `${JSON.stringify(json)}\n`;
      } catch (error) {
        options.failures.push(`line ${item.line} (id ${item.id}): ${(error as Error).message}`);
      }
      progress.increment();
    }
  };
  await Promise.all(Array.from({ length: Math.min(textsInFlight, items.length) }, worker));
  progress.stop();
  return lines.filter((line) => line !== '');
}
