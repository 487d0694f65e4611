/**
 * The second script of a page under a Content Security Policy: registers `<gov-appointment>`
 * and tells the test through `window.contentSecurityPolicyPage`, with the error when the
 * element could not be registered (Trusted Types forbidding Lit's policy). The API is the
 * test page's mock: its service worker answers the frame's requests too.
 */
/** What the page tells the test once its script has run. */
export interface ContentSecurityPolicyPageState {
  /** Why `<gov-appointment>` could not be registered, or null when it was. */
  readonly definitionError: string | null;
}

declare global {
  interface Window {
    contentSecurityPolicyPage?: ContentSecurityPolicyPageState;
  }
}

let definitionError: string | null = null;
try {
  await import('../src/define.js');
} catch (error) {
  definitionError = String(error);
}
window.contentSecurityPolicyPage = { definitionError };
