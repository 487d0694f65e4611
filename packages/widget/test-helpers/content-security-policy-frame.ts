/**
 * The second script of a page under a Content Security Policy: registers `<gov-appointment>`
 * and starts the mock API (at the page's `?api-base=`) in a service worker, then tells the
 * test through
 * `window.contentSecurityPolicyPage`. Registering may fail (Trusted Types forbidding Lit's
 * policy): the mock API starts all the same, so the test can tell the two apart.
 */
import { type MockWorker, startMockWorker } from '@gov-appointment/mock-server/browser';

declare global {
  interface Window {
    contentSecurityPolicyPage?: { mock: MockWorker; definitionError: string | null };
  }
}

let definitionError: string | null = null;
try {
  await import('../src/define.js');
} catch (error) {
  definitionError = String(error);
}
const baseUrl = new URL(location.href).searchParams.get('api-base') ?? '/api/v1';
const mock = await startMockWorker({ baseUrl, quiet: true });
window.contentSecurityPolicyPage = { mock, definitionError };
