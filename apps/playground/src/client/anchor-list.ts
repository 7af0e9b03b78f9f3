import type { ScoreView } from '../shared/api-types';
import { element, signed } from './dom';

/**
 * Shows what one score rests on: its intensity and interval, and every anchor the text was ranked against,
 * from the most to the least supportive, marked by whether the text came out above or below it.
 *
 * @param container - Receives the list (its previous content is replaced).
 * @param score - The selected score.
 */
export function renderAnchorList(container: HTMLElement, score: ScoreView): void {
  const range = score.interval ? `, 90% interval [${signed(score.interval[0])}, ${signed(score.interval[1])}]` : '';
  const heading = element('h3', { text: `${score.name}: ${signed(score.intensity)}${range}` });
  const facts = element('p', {
    class: 'hint',
    text: `${score.windows} ranking windows${score.dropped ? `, ${score.dropped} dropped` : ''}. The text was ranked above the anchors marked ▲ and below those marked ▼.${score.notices.length ? ` ${score.notices.join(' ')}` : ''}`,
  });
  const items = score.anchors.map((anchor) =>
    element('li', { class: `anchor ${anchor.relation}` }, [
      element('span', { class: 'anchor-mark', text: anchor.relation === 'above' ? '▲' : '▼' }),
      element('span', { class: 'anchor-intensity', text: signed(anchor.intensity) }),
      element('span', { class: 'anchor-text', text: anchor.text }),
    ]),
  );
  container.replaceChildren(heading, facts, element('ul', { class: 'anchor-list' }, items));
}
