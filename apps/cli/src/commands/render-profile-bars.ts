import { defaultCatalogue, type ValueRef } from '@valueflow/core';
import type { Colours } from '../colours';
import type { ProfileMeta, ProfileRow } from './profile-output';

/** Cells on each side of zero; 10 points of intensity span this many cells. */
const half = 15;

const glyphs = {
  unicode: { bar: '█', interval: '─', zero: '│', background: '·' },
  ascii: { bar: '#', interval: '-', zero: '|', background: '.' },
};

const column = (intensity: number) => half + Math.round((Math.max(-10, Math.min(10, intensity)) / 10) * half);
const signed = (value: number) => `${value > 0 ? '+' : value < 0 ? '−' : ' '}${Math.abs(value).toFixed(1)}`;

function bar(options: { row: ProfileRow; colours: Colours; unicode: boolean }): string {
  const { row, colours } = options;
  const glyph = options.unicode ? glyphs.unicode : glyphs.ascii;
  const minus = options.unicode ? '−' : '-';
  if (row.status !== 'scored') {
    const why =
      row.status === 'unscored'
        ? `unscored (${row.reason})`
        : row.status === 'irrelevant'
          ? `skipped: not relevant (${(row.relevance ?? 0).toFixed(2)})`
          : 'skipped: over the judge-call budget';
    return colours.dim(why);
  }
  const intensity = row.intensity as number;
  const [low, high] = row.interval as [number, number];
  const end = column(intensity);
  const [from, to] = end >= half ? [half + 1, end] : [end, half - 1];
  const paint = intensity >= 0 ? colours.green : colours.red;
  // Cells are painted in runs of one style, so a coloured line carries a few escape codes, not one per cell.
  const cells: { glyph: string; paint: (text: string) => string }[] = [];
  for (let cell = 0; cell <= 2 * half; cell += 1) {
    if (cell >= from && cell <= to) cells.push({ glyph: glyph.bar, paint });
    else if (cell === half) cells.push({ glyph: glyph.zero, paint: (text) => text });
    else if (cell >= column(low) && cell <= column(high)) cells.push({ glyph: glyph.interval, paint: colours.dim });
    else cells.push({ glyph: glyph.background, paint: colours.dim });
  }
  let drawn = '';
  for (let start = 0; start < cells.length; ) {
    let end = start;
    while (
      end + 1 < cells.length &&
      cells[end + 1].paint === cells[start].paint &&
      cells[end + 1].glyph === cells[start].glyph
    )
      end += 1;
    drawn += cells[start].paint(cells[start].glyph.repeat(end - start + 1));
    start = end + 1;
  }
  const number = signed(intensity).replace('−', minus);
  const interval = `[${low.toFixed(1)}, ${high.toFixed(1)}]`;
  return `${drawn}  ${paint(number.padStart(5))}  ${colours.dim(interval)}`;
}

/**
 * Draws a profile as diverging horizontal bars from −10 to +10, one row per value with its
 * interval, grouped by theory. Colour and box-drawing glyphs are for terminals; the plain form
 * uses ASCII only, so it reads the same in logs and files.
 *
 * @param options.rows - The profile's rows (see `profileRows`).
 * @param options.meta - Judge, panel and method, for the footer.
 * @param options.missing - Values in scope the panel could not score, summarised in one line.
 * @param options.colours - Palette (identity functions when colour is off).
 * @param options.unicode - Box-drawing glyphs (true on a terminal).
 * @param options.text - The scored text, quoted in the header (shortened).
 */
export function renderProfileBars(options: {
  rows: readonly ProfileRow[];
  meta: ProfileMeta;
  missing: readonly ValueRef[];
  colours: Colours;
  unicode: boolean;
  text?: string;
}): string {
  const { rows, colours } = options;
  const labelWidth = Math.max(12, ...rows.map((row) => row.value.length)) + 2;
  const lines: string[] = [];
  if (options.text !== undefined) {
    const flat = options.text.replace(/\s+/g, ' ').trim();
    lines.push(`"${flat.length > 100 ? `${flat.slice(0, 99)}…` : flat}"`, '');
  }
  const axis = `${'-10'.padEnd(half)}0${'+10'.padStart(half)}`;
  lines.push(`${' '.repeat(labelWidth + 2)}${colours.dim(axis)}`);
  for (const theory of defaultCatalogue.theories()) {
    const group = rows.filter((row) => row.theory === theory.id);
    if (group.length === 0) continue;
    lines.push(colours.bold(`${theory.id}  ${theory.name}`));
    for (const row of group) {
      lines.push(`  ${row.value.padEnd(labelWidth)}${bar({ row, colours, unicode: options.unicode })}`);
    }
  }
  if (rows.length === 0) lines.push('(no values scored)');
  if (options.missing.length > 0) {
    lines.push(
      colours.dim(
        `${options.missing.length} value(s) not scored: the panel has no reference texts for them (${options.missing
          .map((ref) => ref.value)
          .slice(0, 6)
          .join(', ')}${options.missing.length > 6 ? ', …' : ''})`,
      ),
    );
  }
  const { meta } = options;
  lines.push(
    colours.dim(`intensity in [-10, +10] with its interval; judge ${meta.judge}, panel ${meta.panel}, ${meta.method}`),
  );
  return `${lines.join('\n')}\n`;
}
