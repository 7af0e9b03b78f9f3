import type { AnalyseResponse, StatusResponse } from '../shared/api-types';
import { renderAnchorList } from './anchor-list';
import { callApi } from './api';
import { byId } from './dom';
import { renderProfileChart } from './profile-chart';

/**
 * Wires the analyser: the button posts the text to `/api/analyse`, then the chart is drawn and the anchors of
 * the most strongly expressed value are shown (a click on a bar shows another value's).
 *
 * @param status - The playground status (theory order and names, judge kind).
 */
export function setUpAnalysePanel(status: StatusResponse): void {
  const input = byId<HTMLTextAreaElement>('analyse-text');
  const button = byId<HTMLButtonElement>('analyse-button');
  const state = byId('analyse-status');
  const chart = byId('profile-chart');
  const anchors = byId('anchors');

  button.addEventListener('click', async () => {
    button.disabled = true;
    state.textContent = 'Scoring 32 values…';
    state.className = 'status';
    try {
      const result = await callApi<AnalyseResponse>('/api/analyse', { text: input.value });
      renderProfileChart({
        container: chart,
        scores: result.scores,
        theories: status.theories,
        onSelect: (score) => renderAnchorList(anchors, score),
      });
      const strongest = [...result.scores].sort(
        (left, right) => Math.abs(right.intensity ?? 0) - Math.abs(left.intensity ?? 0),
      )[0];
      if (strongest) renderAnchorList(anchors, strongest);
      const skipped = result.skipped.length ? `, ${result.skipped.length} skipped` : '';
      state.textContent = `${result.scores.length} values${skipped}, ${result.judgeCalls} judge calls in ${(result.durationMs / 1000).toFixed(1)} s · judge ${result.judge}${result.simulated ? ' (simulated)' : ''} · ${result.method}`;
    } catch (error) {
      state.textContent = (error as Error).message;
      state.className = 'status error';
    } finally {
      button.disabled = false;
    }
  });
}
