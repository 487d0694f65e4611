/**
 * axe-core audits of the widget against WCAG 2.0, 2.1 and 2.2 at levels A and AA plus axe's
 * best practices (which include the target-size rule). axe looks inside the element's shadow
 * root. Violations come back as plain lines, so that a failing test lists them all at once
 * and never hands a DOM node to chai.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    /** Set by `axe-core/axe.min.js` when it loads. */
    axe: typeof import('axe-core');
  }
}

/** The axe rule sets a page of the widget must pass in full. */
export const AUDITED_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
] as const;

const RUN_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: [...AUDITED_TAGS] },
  resultTypes: ['violations'],
};

/**
 * Audits `element` (with its shadow tree) and returns one line per violating node, each
 * starting with `state` (what the widget was showing), or an empty list.
 */
export async function accessibilityViolations(element: Element, state: string): Promise<string[]> {
  const results: AxeResults = await window.axe.run(element, RUN_OPTIONS);
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${state}: ${violation.id} (${violation.impact ?? 'no impact given'}) at ${JSON.stringify(node.target)}: ${node.failureSummary ?? violation.help}`,
    ),
  );
}
