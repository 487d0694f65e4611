/**
 * Starts the mock API in a service worker, then renders the page: the widget's first request
 * must find the worker already answering.
 */
import { startMockWorker } from '@gov-appointment/mock-server/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BookingPage } from './booking-page.js';

const API_BASE = '/api/v1';
const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

await startMockWorker({ baseUrl: API_BASE, quiet: true });
createRoot(container).render(
  <StrictMode>
    <BookingPage apiBase={API_BASE} />
  </StrictMode>,
);
