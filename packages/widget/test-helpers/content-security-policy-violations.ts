/**
 * The first script of a page under a Content Security Policy: records every violation the
 * browser reports from here on, in `window.contentSecurityPolicyViolations`, before anything
 * else of the page runs.
 */
/** Each violation as one line: the directive, what it blocked and where. */
export type ViolationLog = string[];

declare global {
  interface Window {
    contentSecurityPolicyViolations: ViolationLog;
  }
}

window.contentSecurityPolicyViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.contentSecurityPolicyViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
  );
});
