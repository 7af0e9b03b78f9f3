import type { ChatEvent } from '../shared/api-types';
import { byId, element, signed } from './dom';

type Gauge = Extract<ChatEvent, { type: 'start' }>['gauges'][number];

/** Where an intensity sits on a gauge, in percent of its width. */
const percent = (intensity: number) => ((Math.max(-10, Math.min(10, intensity)) + 10) / 20) * 100;

/**
 * The live value gauges of the chat: one per value the guard scores, with its allowed band shaded; each new
 * score moves the marker, and a score outside the band turns the gauge red.
 */
export class GaugeBoard {
  private readonly container = byId('gauges');
  private readonly gauges = new Map<
    string,
    { gauge: Gauge; root: HTMLElement; marker: HTMLElement; reading: HTMLElement }
  >();

  /** Replaces the gauges by one per value of a new reply. */
  reset(gauges: readonly Gauge[]): void {
    this.gauges.clear();
    if (gauges.length === 0) {
      this.container.replaceChildren(
        element('p', { class: 'hint', text: 'No guard rules and no targets: nothing is scored.' }),
      );
      return;
    }
    this.container.replaceChildren(
      ...gauges.map((gauge) => {
        const band = element('div', { class: 'gauge-band' });
        band.style.left = `${percent(gauge.band[0])}%`;
        band.style.width = `${percent(gauge.band[1]) - percent(gauge.band[0])}%`;
        const marker = element('div', { class: 'gauge-marker', hidden: true });
        const reading = element('span', { class: 'gauge-reading', text: 'waiting' });
        const label = `${gauge.name}${gauge.watchOnly ? ' (watched)' : ` (allowed ${signed(gauge.band[0])} to ${signed(gauge.band[1])})`}`;
        const root = element('div', { class: 'gauge', 'data-value': gauge.value }, [
          element('div', { class: 'gauge-label' }, [element('span', { text: label }), reading]),
          element('div', { class: 'gauge-track' }, [band, element('div', { class: 'gauge-zero' }), marker]),
        ]);
        this.gauges.set(gauge.value, { gauge, root, marker, reading });
        return root;
      }),
    );
  }

  /** Moves a gauge to a new score. */
  update(event: Extract<ChatEvent, { type: 'score' }>): void {
    const entry = this.gauges.get(event.value);
    if (!entry) return;
    if (event.intensity === null) {
      entry.reading.textContent = 'unscored';
      return;
    }
    const [low, high] = entry.gauge.band;
    entry.marker.hidden = false;
    entry.marker.style.left = `${percent(event.intensity)}%`;
    entry.reading.textContent = signed(event.intensity);
    entry.root.title = `last checked: "${event.checked}"`;
    entry.root.classList.toggle('violating', event.intensity < low || event.intensity > high);
  }
}
