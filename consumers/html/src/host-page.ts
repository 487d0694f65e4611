/**
 * The page's own script: shows the reference of a booking made in the widget, and points the
 * widget at the API once the mock API answers. A real page writes `api-base` in its markup;
 * here it is set only once the service worker runs, so that the widget's first request finds
 * it answering.
 */
import { startMockWorker } from '@gov-appointment/mock-server/browser';
import type { GovBookedEvent } from '@gov-appointment/widget';

const API_BASE = '/api/v1';

const output = document.querySelector('output#booked');
const widget = document.querySelector('gov-appointment');
if (!output || !widget) throw new Error('The page lacks its widget or its #booked output.');

document.addEventListener('gov-booked', (event: GovBookedEvent) => {
  output.textContent = event.detail.reference;
});

await startMockWorker({ baseUrl: API_BASE, quiet: true });
widget.setAttribute('api-base', API_BASE);
