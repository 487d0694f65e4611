/**
 * Pages served under a strict Content Security Policy, for the browser tests to drive in a
 * frame (the test runner's own page relies on inline scripts, so it cannot carry the policy
 * itself). Each page links the widget's web fonts, records every `securitypolicyviolation`
 * from its first script on, and registers the element; the test then puts the widget on it.
 *
 * `/content-security-policy/<name>.html` is served with the header of `CONTENT_SECURITY_POLICIES[name]`.
 */

/**
 * What a ministry's page sends (docs/ministry-guide.md), with the API on the page's own origin
 * as it is here: everything from the page's origin, nothing inline, nothing evaluated.
 */
const STRICT =
  "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/** The header of each page, by the page's name. */
export const CONTENT_SECURITY_POLICIES = {
  strict: STRICT,
  // Lit creates one Trusted Types policy, named `lit-html`, for the templates it renders.
  'trusted-types': `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`,
  // No policy allowed: Lit cannot create its own, so the element cannot start.
  'trusted-types-none': `${STRICT}; require-trusted-types-for 'script'; trusted-types 'none'`,
};

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>gov-appointment under a Content Security Policy</title>
    <link rel="stylesheet" href="/packages/widget/fonts/gov-appointment-fonts.css" />
    <script type="module" src="/packages/widget/test-helpers/content-security-policy-violations.ts"></script>
    <script type="module" src="/packages/widget/test-helpers/content-security-policy-frame.ts"></script>
  </head>
  <body></body>
</html>
`;

/** @type {import('@web/dev-server-core').Middleware} */
export function serveContentSecurityPolicyPages(context, next) {
  const name = /^\/content-security-policy\/([\w-]+)\.html$/.exec(context.path)?.[1];
  const policy = name ? CONTENT_SECURITY_POLICIES[/** @type {'strict'} */ (name)] : undefined;
  if (!policy) return next();
  context.type = 'text/html';
  context.set('Content-Security-Policy', policy);
  context.set('Cache-Control', 'no-store');
  context.body = PAGE;
  return Promise.resolve();
}
