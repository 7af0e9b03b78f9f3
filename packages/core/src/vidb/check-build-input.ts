import type { ValueRef } from '../theories/types';
import type { VidbBuildText, VidbBuildWindow } from './build-vidb-types';
import { resolveVidbValue } from './resolve-vidb-value';
import type { Direction } from './types';
import { validateVidbRecord } from './validate-vidb-record';
import type { VidbIssue } from './vidb-issue';

/** A validated text: canonical value (undefined for anchors) and its direction. */
export interface CheckedText {
  id: string;
  ref?: ValueRef;
  text: string;
  direction?: Direction;
  source?: string;
  anchor: boolean;
}

/** Windows grouped per value (`theory\u0000value`), as orders of text ids. */
export interface CheckedInput {
  texts: Map<string, CheckedText>;
  windows: Map<string, { ref: ValueRef; orders: string[][] }>;
  issues: VidbIssue[];
  rejectedWindows: number;
}

/**
 * Validates builder input and reports every bad text and window with its file and line instead
 * of throwing, so one typo does not discard a whole judging run.
 *
 * @param options.texts - Texts and neutral anchors.
 * @param options.windows - Judged windows.
 */
export function checkBuildInput(options: { texts: VidbBuildText[]; windows: VidbBuildWindow[] }): CheckedInput {
  const issues: VidbIssue[] = [];
  const texts = new Map<string, CheckedText>();
  const rejectedIds = new Set<string>();
  for (const entry of options.texts) {
    const where = { file: entry.file, line: entry.line };
    const anchor = entry.neutralAnchor === true;
    const validation = validateVidbRecord(
      {
        ...entry,
        value: anchor ? 'benevolence' : entry.value,
        theory: anchor ? undefined : entry.theory,
        intensity: 0,
      },
      where,
    );
    if (!validation.ok) {
      issues.push(...validation.issues);
      if (typeof entry.id === 'string') rejectedIds.add(entry.id);
      continue;
    }
    const { id, theory, value, text, direction, source } = validation.record;
    if (texts.has(id)) {
      issues.push({ ...where, field: 'id', message: `duplicate text id "${id}"` });
      continue;
    }
    texts.set(id, { id, ref: anchor ? undefined : { theory, value }, text, direction, source, anchor });
  }

  const windows = new Map<string, { ref: ValueRef; orders: string[][] }>();
  let rejectedWindows = 0;
  for (const window of options.windows) {
    const problem = checkWindow({ window, texts, rejectedIds });
    if (typeof problem === 'object' && 'message' in problem) {
      issues.push({ file: window.file, line: window.line, ...problem });
      rejectedWindows++;
      continue;
    }
    const key = `${problem.theory}\u0000${problem.value}`;
    const group = windows.get(key) ?? { ref: problem, orders: [] };
    group.orders.push(window.order);
    windows.set(key, group);
  }
  return { texts, windows, issues, rejectedWindows };
}

function checkWindow(options: {
  window: VidbBuildWindow;
  texts: Map<string, CheckedText>;
  rejectedIds: Set<string>;
}): ValueRef | { field: string; message: string } {
  const { window, texts, rejectedIds } = options;
  if (typeof window.value !== 'string')
    return { field: 'value', message: 'expected the value the window was judged on' };
  const resolution = resolveVidbValue({ value: window.value, theory: window.theory });
  if (!resolution.ok) return { field: resolution.field, message: resolution.message };
  const { ids, order } = window;
  if (!Array.isArray(ids) || ids.length < 2 || ids.length > 6 || ids.some((id) => typeof id !== 'string')) {
    return { field: 'ids', message: 'expected 2 to 6 text ids' };
  }
  if (new Set(ids).size !== ids.length) return { field: 'ids', message: 'expected distinct text ids' };
  if (
    !Array.isArray(order) ||
    order.length !== ids.length ||
    new Set(order).size !== order.length ||
    order.some((id) => !ids.includes(id))
  ) {
    return { field: 'order', message: `expected the ids ${JSON.stringify(ids)} rearranged most supportive first` };
  }
  for (const id of ids) {
    const text = texts.get(id);
    if (!text) {
      return {
        field: 'ids',
        message: rejectedIds.has(id) ? `text "${id}" was rejected (see its issue)` : `unknown text id "${id}"`,
      };
    }
    if (text.ref && (text.ref.theory !== resolution.ref.theory || text.ref.value !== resolution.ref.value)) {
      return {
        field: 'ids',
        message: `text "${id}" belongs to value "${text.ref.value}", not "${resolution.ref.value}"; only neutral anchors may join other values' windows`,
      };
    }
  }
  return resolution.ref;
}
