import type { ScoreView, StatusResponse } from '../shared/api-types';
import { signed, svgElement } from './dom';

const WIDTH = 560;
const LABEL_WIDTH = 176;
const PLOT_LEFT = LABEL_WIDTH + 8;
const PLOT_RIGHT = WIDTH - 16;
const AXIS_HEIGHT = 22;
const HEADING_HEIGHT = 22;
const ROW_HEIGHT = 17;

/** Where an intensity in [-10, 10] sits horizontally. */
const xOf = (intensity: number) =>
  PLOT_LEFT + ((Math.max(-10, Math.min(10, intensity)) + 10) / 20) * (PLOT_RIGHT - PLOT_LEFT);

function axis(svg: SVGElement, height: number): void {
  for (const tick of [-10, -5, 0, 5, 10]) {
    const x = xOf(tick);
    svg.append(
      svgElement('line', { x1: x, x2: x, y1: AXIS_HEIGHT - 4, y2: height, class: tick === 0 ? 'zero' : 'grid' }),
      svgElement('text', { x, y: AXIS_HEIGHT - 8, class: 'tick', 'text-anchor': 'middle', text: signed(tick) }),
    );
  }
}

function row(score: ScoreView, y: number): SVGElement {
  const group = svgElement('g', { class: 'bar-row', 'data-value': score.value, tabindex: 0, role: 'button' });
  const middle = y + ROW_HEIGHT / 2;
  group.append(
    svgElement('rect', { x: 0, y, width: WIDTH, height: ROW_HEIGHT, class: 'hit' }),
    svgElement('text', { x: LABEL_WIDTH, y: middle + 4, 'text-anchor': 'end', class: 'label', text: score.name }),
  );
  if (score.intensity === null || !score.interval) {
    group.append(svgElement('text', { x: xOf(0) + 6, y: middle + 4, class: 'unscored', text: 'unscored' }));
  } else {
    const [low, high] = score.interval;
    const start = xOf(Math.min(0, score.intensity));
    group.append(
      svgElement('rect', {
        x: start,
        y: middle - 4,
        width: Math.max(1, Math.abs(xOf(score.intensity) - xOf(0))),
        height: 8,
        class: score.intensity >= 0 ? 'bar positive' : 'bar negative',
      }),
      svgElement('line', { x1: xOf(low), x2: xOf(high), y1: middle, y2: middle, class: 'interval' }),
      svgElement('line', { x1: xOf(low), x2: xOf(low), y1: middle - 4, y2: middle + 4, class: 'interval' }),
      svgElement('line', { x1: xOf(high), x2: xOf(high), y1: middle - 4, y2: middle + 4, class: 'interval' }),
      svgElement('circle', { cx: xOf(score.intensity), cy: middle, r: 2.5, class: 'point' }),
    );
  }
  const range = score.interval ? ` [${signed(score.interval[0])}, ${signed(score.interval[1])}]` : '';
  group.append(svgElement('title', { text: `${score.name}: ${signed(score.intensity)}${range}` }));
  return group;
}

/**
 * Draws a value profile as diverging bars on −10..+10 with their intervals, one group per theory.
 *
 * @param options.container - Receives the SVG (its previous content is replaced).
 * @param options.scores - The analysis' scores.
 * @param options.theories - Theory order and names, from the status.
 * @param options.onSelect - Called when a bar is clicked or activated with the keyboard.
 */
export function renderProfileChart(options: {
  container: HTMLElement;
  scores: readonly ScoreView[];
  theories: StatusResponse['theories'];
  onSelect: (score: ScoreView) => void;
}): void {
  const groups = options.theories
    .map((theory) => ({ theory, scores: options.scores.filter((score) => score.theory === theory.id) }))
    .filter((group) => group.scores.length > 0);
  const rows = groups.reduce((sum, group) => sum + group.scores.length, 0);
  const height = AXIS_HEIGHT + groups.length * HEADING_HEIGHT + rows * ROW_HEIGHT + 4;
  const svg = svgElement('svg', { id: 'profile-svg', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img' });
  svg.append(svgElement('title', { text: 'Value profile: intensity per value with 90% interval' }));
  axis(svg, height);
  let y = AXIS_HEIGHT;
  for (const group of groups) {
    svg.append(svgElement('text', { x: 4, y: y + 15, class: 'theory', text: group.theory.name }));
    y += HEADING_HEIGHT;
    for (const score of group.scores) {
      const bar = row(score, y);
      bar.addEventListener('click', () => options.onSelect(score));
      bar.addEventListener('keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ') options.onSelect(score);
      });
      svg.append(bar);
      y += ROW_HEIGHT;
    }
  }
  options.container.replaceChildren(svg);
}
