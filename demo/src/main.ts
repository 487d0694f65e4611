/**
 * Starts the mock API in a service worker, then points the widget at it. Settings change the
 * widget's attributes and the mock's behaviour live; events the widget sends are listed.
 */
import { startMockWorker } from '@gov-appointment/mock-server/browser';
import '@gov-appointment/widget/define';
import type { GovAppointment } from '@gov-appointment/widget';

const API_BASE = '/api/v1';
const EVENTS = [
  'gov-step-change',
  'gov-hold-placed',
  'gov-hold-expired',
  'gov-booked',
  'gov-cancelled',
  'gov-rescheduled',
  'gov-error',
] as const;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The demo page has no #${id}`);
  return found as T;
}

const widget = element<GovAppointment>('widget');
const status = element<HTMLParagraphElement>('status');
const eventLog = element<HTMLOListElement>('events');

const { api } = await startMockWorker({ baseUrl: API_BASE, quiet: true });

element<HTMLSelectElement>('language').addEventListener('change', (event) => {
  widget.lang = (event.target as HTMLSelectElement).value;
});
element<HTMLSelectElement>('mode').addEventListener('change', (event) => {
  widget.mode = (event.target as HTMLSelectElement).value as GovAppointment['mode'];
});
element<HTMLSelectElement>('theme').addEventListener('change', (event) => {
  widget.theme = (event.target as HTMLSelectElement).value as GovAppointment['theme'];
});
element<HTMLSelectElement>('scenario').addEventListener('change', (event) => {
  const name = (event.target as HTMLSelectElement).value;
  api.scenarios.reset();
  if (name === 'slow') api.scenarios.use('slow', { latencyMs: 2000 });
  else if (name === 'flaky') api.scenarios.use('flaky', { errorRate: 0.3 });
  else if (name !== 'normal') api.scenarios.use(name as Parameters<typeof api.scenarios.use>[0]);
  status.textContent = `Mock API: ${(event.target as HTMLSelectElement).selectedOptions[0]?.text}`;
});

for (const type of EVENTS) {
  widget.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify((event as Event & { detail: unknown }).detail)}`;
    eventLog.prepend(item);
  });
}

widget.apiBase = API_BASE;
