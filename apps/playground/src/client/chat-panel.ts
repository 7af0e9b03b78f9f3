import type { ChatEvent, ChatRequest, ViolationView } from '../shared/api-types';
import { streamChatEvents } from './api';
import { byId, element, signed } from './dom';
import { GaugeBoard } from './gauge-board';
import type { GuardState } from './guard-panel';
import type { SteeringState } from './steering-panel';

// Older turns are dropped so a long session keeps requests small; the server accepts up to 40 messages.
const HISTORY_LIMIT = 12;

function describe(violation: ViolationView): string {
  const band = `allowed ${signed(violation.band[0])} to ${signed(violation.band[1])}`;
  return `${violation.name} at ${violation.intensity === null ? 'unscored' : signed(violation.intensity)} (${band})`;
}

/**
 * Wires the chat: each message goes to `/api/chat` with the sliders' targets and the guard policy; the reply
 * streams into the log while the gauges and the guard event list follow the guard's checks.
 *
 * @param steering - The slider state.
 * @param guard - The guard policy and mode.
 */
export function setUpChatPanel(steering: SteeringState, guard: GuardState): void {
  const form = byId<HTMLFormElement>('chat-form');
  const input = byId<HTMLInputElement>('chat-input');
  const send = byId<HTMLButtonElement>('chat-send');
  const log = byId('chat-log');
  const events = byId('guard-events');
  const gauges = new GaugeBoard();
  const history: ChatRequest['messages'] = [];

  const addEvent = (kind: string, text: string) => {
    events.prepend(element('li', { class: `guard-event ${kind}`, 'data-action': kind, text }));
  };

  form.addEventListener('submit', async (submit) => {
    submit.preventDefault();
    const message = input.value.trim();
    if (!message) return;
    send.disabled = true;
    history.push({ role: 'user', content: message });
    log.append(element('div', { class: 'message user', text: message }));
    const reply = element('div', { class: 'message assistant streaming' });
    const meta = element('div', { class: 'message-meta' });
    log.append(element('div', { class: 'turn' }, [reply, meta]));
    let text = '';
    const onEvent = (event: ChatEvent) => {
      if (event.type === 'start') {
        gauges.reset(event.gauges);
        meta.textContent = `${event.demo ? 'offline demo model' : event.model}${event.instructions ? ' · steered' : ' · not steered'}`;
      } else if (event.type === 'text') {
        text += event.text;
        reply.textContent = text;
        log.scrollTop = log.scrollHeight;
      } else if (event.type === 'score') {
        gauges.update(event);
      } else if (event.type === 'guard') {
        const details = event.violations.map(describe).join('; ');
        addEvent(event.action, `${event.action}: ${details || event.message}`);
        if (event.action === 'block')
          reply.append(element('span', { class: 'blocked-note', text: ' [the guard stopped the reply here]' }));
      } else if (event.type === 'error') {
        addEvent('error', `error: ${event.message}`);
      } else if (event.type === 'finish') {
        meta.textContent += ` · finish: ${event.finishReason}${event.rewrites ? ` · ${event.rewrites} rewrite(s)` : ''}`;
      }
    };
    try {
      await streamChatEvents(
        {
          messages: history.slice(-HISTORY_LIMIT),
          targets: steering.targets(),
          steeringMode: steering.mode(),
          policy: guard.rules(),
          guardMode: guard.mode(),
        },
        onEvent,
      );
      if (text) history.push({ role: 'assistant', content: text });
    } catch (error) {
      addEvent('error', `error: ${(error as Error).message}`);
      history.pop();
    } finally {
      reply.classList.remove('streaming');
      send.disabled = false;
    }
  });
}
