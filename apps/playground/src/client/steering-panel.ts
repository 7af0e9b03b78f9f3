import type { InstructionsResponse, StatusResponse, TargetInput } from '../shared/api-types';
import { callApi } from './api';
import { byId, element, signed } from './dom';

/** The current slider targets and phrasing, read by the chat when it sends a message. */
export interface SteeringState {
  targets(): TargetInput[];
  mode(): 'persona' | 'exemplar';
}

// Slider moves arrive many per second; the instructions are fetched once the hand rests.
const REFRESH_DELAY_MS = 150;

/**
 * Builds one slider per value (grouped by theory, 0 = not steered) and keeps the instructions pane in step
 * with them through `/api/instructions`.
 *
 * @param status - The playground status (the catalogue).
 * @returns Access to the current targets and phrasing.
 */
export function setUpSteeringPanel(status: StatusResponse): SteeringState {
  const container = byId('sliders');
  const instructions = byId('instructions');
  const mode = byId<HTMLSelectElement>('steering-mode');
  const sliders: HTMLInputElement[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const targets = () =>
    sliders
      .filter((slider) => Number(slider.value) !== 0)
      .map((slider) => ({ value: slider.dataset.value!, intensity: Number(slider.value) }));

  const refresh = async () => {
    const current = ++generation;
    try {
      const result = await callApi<InstructionsResponse>('/api/instructions', { targets: targets(), mode: mode.value });
      if (current !== generation) return;
      instructions.textContent = result.text ?? 'No targets: the model is not steered.';
      instructions.classList.toggle('empty', result.text === null);
    } catch (error) {
      if (current === generation) instructions.textContent = `Cannot build instructions: ${(error as Error).message}`;
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, REFRESH_DELAY_MS);
  };

  for (const theory of status.theories) {
    const rows = theory.values.map((value) => {
      const slider = element('input', {
        type: 'range',
        min: -10,
        max: 10,
        step: 1,
        value: 0,
        'data-value': value.value,
        'aria-label': `${value.name} target`,
      });
      const output = element('output', { class: 'slider-value', text: 'off' });
      slider.addEventListener('input', () => {
        const intensity = Number(slider.value);
        output.textContent = intensity === 0 ? 'off' : signed(intensity);
        slider.parentElement?.classList.toggle('active', intensity !== 0);
        schedule();
      });
      sliders.push(slider);
      return element('label', { class: 'slider', title: value.definition }, [
        element('span', { class: 'slider-name', text: value.name }),
        slider,
        output,
      ]);
    });
    container.append(element('fieldset', {}, [element('legend', { text: theory.name }), ...rows]));
  }
  mode.addEventListener('change', schedule);
  byId('reset-sliders').addEventListener('click', () => {
    for (const slider of sliders) {
      slider.value = '0';
      slider.dispatchEvent(new Event('input'));
    }
  });
  return { targets, mode: () => mode.value as 'persona' | 'exemplar' };
}
