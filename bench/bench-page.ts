/**
 * The page `npm run bench` drives: the production widget on the in-browser mock API at zero
 * latency, with hooks to insert the element, time it and count its API requests.
 */
import { startMockWorker } from '@gov-appointment/mock-server/browser';
import '@gov-appointment/widget/define';

const API_BASE = '/api/v1';
const { worker } = await startMockWorker({ baseUrl: API_BASE, quiet: true });

let requests = 0;
worker.events.on('request:start', ({ request }) => {
  if (new URL(request.url).pathname.startsWith(API_BASE)) requests += 1;
});

/** Resolves when the element shows its first step with something to choose. */
function firstStepUsable(element: HTMLElement): Promise<void> {
  const usable = () => element.shadowRoot?.querySelector('[part~="services"], button.disclosure');
  return new Promise((resolve) => {
    if (usable()) return resolve();
    const observer = new MutationObserver(() => {
      if (usable()) {
        observer.disconnect();
        resolve();
      }
    });
    const watchShadow = () => {
      if (element.shadowRoot) {
        observer.observe(element.shadowRoot, { childList: true, subtree: true });
      } else {
        requestAnimationFrame(watchShadow);
      }
    };
    watchShadow();
  });
}

declare global {
  interface Window {
    bench: {
      requests(): number;
      insert(): Promise<{ milliseconds: number; requests: number }>;
    };
  }
}

window.bench = {
  requests: () => requests,
  async insert() {
    requests = 0;
    const start = performance.now();
    const element = document.createElement('gov-appointment');
    element.setAttribute('api-base', API_BASE);
    document.body.append(element);
    await firstStepUsable(element);
    return { milliseconds: performance.now() - start, requests };
  },
};
document.body.dataset.ready = 'true';
