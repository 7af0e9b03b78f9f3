import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { defaultCatalogue } from '@valueflow/core';
import { CliError } from '../io';
import type { ProfileMeta, ProfileRow } from './profile-output';

/** Image formats `--chart` writes, chosen by the file extension. */
export type ChartFormat = 'svg' | 'png';

/**
 * The format for a `--chart` path.
 *
 * @param path - The output file.
 * @throws CliError (exit 2) for an extension other than .svg or .png.
 */
export function chartFormat(path: string): ChartFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.svg' || extension === '.png') return extension.slice(1) as ChartFormat;
  throw new CliError(`--chart writes .svg or .png files, got "${path}"; name the file profile.svg or profile.png`, 2);
}

/**
 * A Vega-Lite spec: per theory, diverging bars from 0 to the intensity on a fixed −10..+10 axis,
 * the interval as a rule, the numbers on the right, and skipped or unscored values labelled.
 *
 * @param options.rows - The profile's rows.
 * @param options.meta - Judge, panel and method, for the subtitle.
 * @param options.text - The scored text, for the title (shortened).
 */
export function profileChartSpec(options: { rows: readonly ProfileRow[]; meta: ProfileMeta; text?: string }) {
  const names = new Map(defaultCatalogue.theories().map((theory) => [theory.id, `${theory.id} · ${theory.name}`]));
  const values = options.rows.map((row, order) => ({
    order,
    theory: names.get(row.theory) ?? row.theory,
    value: row.value,
    intensity: row.intensity,
    low: row.interval?.[0] ?? null,
    high: row.interval?.[1] ?? null,
    label:
      row.status === 'scored'
        ? `${(row.intensity as number).toFixed(1)}  [${row.interval![0].toFixed(1)}, ${row.interval![1].toFixed(1)}]`
        : row.status === 'unscored'
          ? 'unscored'
          : row.status === 'irrelevant'
            ? 'skipped: not relevant'
            : 'skipped: budget',
  }));
  const flat = (options.text ?? 'Value profile').replace(/\s+/g, ' ').trim();
  const y = { field: 'value', type: 'nominal', sort: { field: 'order' }, title: null };
  const x = { type: 'quantitative', scale: { domain: [-10, 10] } };
  const scored = { filter: 'isValid(datum.intensity)' };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: flat.length > 90 ? `${flat.slice(0, 89)}…` : flat,
      subtitle: `judge ${options.meta.judge} · panel ${options.meta.panel} · ${options.meta.method}`,
      anchor: 'start',
    },
    data: { values },
    facet: {
      row: {
        field: 'theory',
        type: 'nominal',
        sort: { field: 'order' },
        title: null,
        header: { labelAngle: 0, labelOrient: 'top', labelAnchor: 'start', labelFontWeight: 'bold', labelFontSize: 12 },
      },
    },
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 420,
      layer: [
        {
          transform: [scored],
          mark: { type: 'bar', height: { band: 0.6 } },
          encoding: {
            y,
            x: { ...x, field: 'intensity', title: 'intensity (−10 opposes … +10 supports)' },
            x2: { datum: 0 },
            color: {
              condition: { test: 'datum.intensity >= 0', value: '#2a9d8f' },
              value: '#e76f51',
            },
          },
        },
        {
          transform: [scored],
          mark: { type: 'rule', color: '#333333', strokeWidth: 1.5 },
          encoding: { y, x: { ...x, field: 'low' }, x2: { field: 'high' } },
        },
        { mark: { type: 'rule', color: '#888888' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        {
          mark: { type: 'text', align: 'left', dx: 8, fontSize: 10, color: '#333333' },
          encoding: { y, x: { datum: 10, type: 'quantitative' }, text: { field: 'label' } },
        },
      ],
    },
    config: { font: 'DejaVu Sans, Helvetica, Arial, sans-serif', view: { stroke: '#dddddd' }, background: 'white' },
  };
}

/**
 * Renders the profile chart with Vega-Lite and Vega (SVG, headless) and, for .png, rasterises the
 * SVG with resvg at twice the size. The libraries load on first use, so other commands stay fast.
 *
 * @param options.path - The output file (.svg or .png).
 * @param options.rows - The profile's rows.
 * @param options.meta - Judge, panel and method.
 * @param options.text - The scored text, for the title.
 * @returns The number of bytes written.
 */
export async function writeProfileChart(options: {
  path: string;
  rows: readonly ProfileRow[];
  meta: ProfileMeta;
  text?: string;
}): Promise<number> {
  const format = chartFormat(options.path);
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const quiet = vega.logger(vega.None);
  const spec = vegaLite.compile(profileChartSpec(options) as Parameters<typeof vegaLite.compile>[0], {
    logger: quiet,
  }).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none', logLevel: vega.None });
  const svg = await view.toSVG();
  view.finalize();
  if (format === 'svg') {
    await writeFile(options.path, svg);
    return Buffer.byteLength(svg);
  }
  const { Resvg } = await import('@resvg/resvg-js');
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: 2 },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  await writeFile(options.path, png);
  return png.length;
}
