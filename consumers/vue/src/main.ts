/**
 * Starts the mock API in a service worker, then mounts the page: the widget's first request
 * must find the worker already answering.
 */
import { startMockWorker } from '@gov-appointment/mock-server/browser';
import { createApp } from 'vue';
import BookingPage from './BookingPage.vue';

const API_BASE = '/api/v1';

await startMockWorker({ baseUrl: API_BASE, quiet: true });
createApp(BookingPage, { apiBase: API_BASE }).mount('#app');
