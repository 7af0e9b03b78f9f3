import type { ReferencePanel } from '@valueflow/core';
import type { DemoSteering } from './read-demo-steering';

// The demo voices at most this many values per reply, strongest targets first, to keep replies short.
const MAX_VOICED_VALUES = 3;

const UNSTEERED =
  'I have no particular stance to bring to this. Think about who is affected, what each choice would cost them, and pick what you can defend afterwards.';

function nearestText(panel: ReferencePanel, target: DemoSteering['targets'][number]): string | undefined {
  const records = [...panel.records(target.value)];
  records.sort(
    (left, right) =>
      Math.abs(left.intensity - target.intensity) - Math.abs(right.intensity - target.intensity) ||
      (left.id < right.id ? -1 : 1),
  );
  return records[0]?.text;
}

function opener(message: string): string {
  const topic = message.replace(/\s+/g, ' ').trim();
  const short = topic.length > 70 ? `${topic.slice(0, 67).trimEnd()}…` : topic;
  return short ? `You asked: "${short}" Here is how I see it.` : 'Here is how I see it.';
}

/**
 * Writes the offline demo model's reply: for each steered value (strongest first) the seed reference text
 * whose calibrated intensity is nearest the requested one, or the quoted exemplars in exemplar mode, after a
 * short opener. Replies are deterministic, so the page and its tests behave the same every time.
 *
 * @param options.message - The user's last message.
 * @param options.steering - What the model read from its steering instructions.
 * @param options.panel - Where the reference texts come from.
 * @param options.continuing - True when the guard asked to continue an already released reply (no opener).
 * @returns The reply text.
 */
export function composeDemoReply(options: {
  message: string;
  steering: DemoSteering;
  panel: ReferencePanel;
  continuing: boolean;
}): string {
  const { steering } = options;
  const voiced =
    steering.targets.length > 0
      ? [...steering.targets]
          .sort((left, right) => Math.abs(right.intensity) - Math.abs(left.intensity))
          .slice(0, MAX_VOICED_VALUES)
          .map((target) => nearestText(options.panel, target))
          .filter((text): text is string => text !== undefined)
      : steering.exemplars.slice(0, MAX_VOICED_VALUES);
  const body = voiced.length > 0 ? voiced : [UNSTEERED];
  if (steering.unreadable) body.push('(The demo model could not read part of its steering instructions.)');
  return (options.continuing ? body : [opener(options.message), ...body]).join(' ');
}
