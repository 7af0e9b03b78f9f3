import type { ValueDefinition } from '@valueflow/core';

/** What the offline demo model understood of the steering instructions in its prompt. */
export interface DemoSteering {
  /** Values and the intensities the instructions ask for; a later system message overrides an earlier one. */
  targets: { value: ValueDefinition; intensity: number }[];
  /** Reference texts quoted by exemplar-mode instructions, in prompt order. */
  exemplars: string[];
  /** True when the prompt contains system messages the demo could not read any target from. */
  unreadable: boolean;
}

/** The part of a spec-v4 prompt message the demo reads. */
export interface DemoPromptMessage {
  role: string;
  content: unknown;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// valueflow's persona instructions name the value and a signed number in one of two phrasings:
// "(strongly opposes NAME) … sit at about -8.0" for one target, "(about +5.0 on NAME)" per line for several.
function personaTargets(text: string, values: readonly ValueDefinition[]): DemoSteering['targets'] {
  const found: DemoSteering['targets'] = [];
  for (const value of values) {
    const name = escapeRegExp(value.name);
    const single = new RegExp(`strongly opposes ${name}\\).*?about ([+-]?\\d+(?:\\.\\d+)?)`, 's').exec(text);
    const line = new RegExp(`\\(about ([+-]?\\d+(?:\\.\\d+)?) on ${name}\\)`).exec(text);
    const match = single ?? line;
    if (match) found.push({ value, intensity: Number(match[1]) });
  }
  return found;
}

/**
 * Reads the steering instructions that `valueSteeringMiddleware` (and the guard's rewrites) put into the
 * system messages of a prompt, the way a model would read them: which values, at which intensity.
 *
 * The offline demo model answers from this, so what the page shows really went through the middlewares
 * rather than around them.
 *
 * @param options.prompt - The prompt the model received.
 * @param options.values - The values whose names may appear (the catalogue's mid-level values).
 * @returns The targets (later messages win), any quoted exemplars, and whether something was unreadable.
 */
export function readDemoSteering(options: {
  prompt: readonly DemoPromptMessage[];
  values: readonly ValueDefinition[];
}): DemoSteering {
  const byValue = new Map<string, DemoSteering['targets'][number]>();
  const exemplars: string[] = [];
  let unreadable = false;
  for (const message of options.prompt) {
    if (message.role !== 'system' || typeof message.content !== 'string') continue;
    const targets = personaTargets(message.content, options.values);
    const quoted = [...message.content.matchAll(/^- "(.*)"$/gm)].map((match) => match[1]);
    for (const target of targets) byValue.set(`${target.value.theory}/${target.value.value}`, target);
    exemplars.push(...quoted);
    if (targets.length === 0 && quoted.length === 0 && /scale from −10/.test(message.content)) unreadable = true;
  }
  return { targets: [...byValue.values()], exemplars, unreadable };
}
