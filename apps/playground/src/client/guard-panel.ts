import type { PolicyRuleInput, StatusResponse } from '../shared/api-types';
import { byId, element } from './dom';

/** The guard settings the chat sends with each message. */
export interface GuardState {
  rules(): PolicyRuleInput[];
  mode(): 'hold' | 'monitor' | 'final';
}

function bound(input: HTMLInputElement): number | undefined {
  return input.value.trim() === '' ? undefined : Number(input.value);
}

/**
 * Builds the editable guard policy (one row per rule: value, allowed band, action) and the guard mode.
 *
 * @param status - The playground status (catalogue and default policy).
 * @returns Access to the current rules and mode.
 */
export function setUpGuardPanel(status: StatusResponse): GuardState {
  const container = byId('guard-rules');
  const mode = byId<HTMLSelectElement>('guard-mode');
  const rows: { read: () => PolicyRuleInput }[] = [];

  const addRule = (rule: PolicyRuleInput) => {
    const value = element(
      'select',
      { 'aria-label': 'guarded value' },
      status.theories.map((theory) =>
        element(
          'optgroup',
          { label: theory.name },
          theory.values.map((entry) =>
            element('option', { value: entry.value, text: entry.name, selected: entry.value === rule.value }),
          ),
        ),
      ),
    );
    const min = element('input', {
      type: 'number',
      min: -10,
      max: 10,
      step: 0.5,
      placeholder: '−10',
      'aria-label': 'minimum',
      value: rule.min,
    });
    const max = element('input', {
      type: 'number',
      min: -10,
      max: 10,
      step: 0.5,
      placeholder: '+10',
      'aria-label': 'maximum',
      value: rule.max,
    });
    const action = element(
      'select',
      { 'aria-label': 'action' },
      (['block', 'rewrite', 'flag'] as const).map((name) =>
        element('option', { value: name, text: name, selected: name === (rule.action ?? 'block') }),
      ),
    );
    const entry = {
      read: () => ({
        value: value.value,
        min: bound(min),
        max: bound(max),
        action: action.value as PolicyRuleInput['action'],
      }),
    };
    const remove = element('button', { type: 'button', class: 'small', text: '×', 'aria-label': 'remove rule' });
    const line = element('div', { class: 'rule' }, [value, 'from', min, 'to', max, action, remove]);
    remove.addEventListener('click', () => {
      rows.splice(rows.indexOf(entry), 1);
      line.remove();
    });
    rows.push(entry);
    container.append(line);
  };

  for (const rule of status.defaultPolicy) addRule(rule);
  byId('add-rule').addEventListener('click', () => addRule({ value: 'fairness-cheating', min: -3, action: 'flag' }));
  return { rules: () => rows.map((row) => row.read()), mode: () => mode.value as 'hold' | 'monitor' | 'final' };
}
