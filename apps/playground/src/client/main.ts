// The playground page: status badges, the analyser, the steering sliders, the guard policy and the chat.
import type { StatusResponse } from '../shared/api-types';
import { setUpAnalysePanel } from './analyse-panel';
import { callApi } from './api';
import { setUpChatPanel } from './chat-panel';
import { byId } from './dom';
import { setUpGuardPanel } from './guard-panel';
import { setUpSteeringPanel } from './steering-panel';

function showStatus(status: StatusResponse): void {
  const mode = byId('mode-badge');
  mode.textContent = status.demo ? 'offline demo mode' : `model: ${status.model}`;
  mode.className = status.demo ? 'badge demo' : 'badge live';
  mode.title = status.demo
    ? 'No OPENAI_BASE_URL / OPENAI_MODEL configured: chat replies are canned texts from the seed panel, chosen by the steering targets.'
    : 'Replies come from the configured OpenAI-compatible endpoint.';
  const judge = byId('judge-badge');
  judge.textContent = `judge: ${status.judge.id}${status.judge.kind === 'simulated' ? ' (simulated)' : ''}`;
  judge.className = status.judge.kind === 'simulated' ? 'badge demo' : 'badge live';
  byId('panel-badge').textContent = `panel ${status.panel.hash.slice(0, 17)} · ${status.panel.size} texts`;
  const note = byId('judge-note');
  note.textContent = status.judge.note;
  note.hidden = status.judge.kind !== 'simulated';
}

async function start(): Promise<void> {
  try {
    const status = await callApi<StatusResponse>('/api/status');
    showStatus(status);
    setUpAnalysePanel(status);
    const steering = setUpSteeringPanel(status);
    const guard = setUpGuardPanel(status);
    setUpChatPanel(steering, guard);
    document.body.dataset.ready = 'true';
  } catch (error) {
    const badge = byId('mode-badge');
    badge.textContent = `cannot reach the playground server: ${(error as Error).message}`;
    badge.className = 'badge error';
  }
}

void start();
