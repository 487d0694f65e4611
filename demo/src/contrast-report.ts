/**
 * The contrast of the chosen colours, checked as they change: a warning that names each pair
 * below WCAG AA (with its ratio and the ratio needed), and every check on demand. Pass and fail
 * are told by words and symbols, not by colour alone.
 */
import { type ContrastResult, checkContrast, formatRatio } from './contrast.js';
import {
  COLOUR_TOKEN_INFO,
  effectivePalette,
  type SchemeName,
  type ThemeTokens,
} from './theme-tokens.js';

const SCHEME_NAMES: Readonly<Record<SchemeName, string>> = {
  light: 'light scheme',
  dark: 'dark scheme',
};

function item(text: string, className: string): HTMLLIElement {
  return Object.assign(document.createElement('li'), { textContent: text, className });
}

function describe(result: ContrastResult): string {
  const { check } = result;
  const pair = `${COLOUR_TOKEN_INFO[check.foreground].label} over ${COLOUR_TOKEN_INFO[check.background].label}`;
  const verdict = result.passes ? 'passes' : `fails, needs ${check.minimum}:1`;
  return `${check.what} (${pair}): ${formatRatio(result.ratio)}, ${verdict}`;
}

/** The failures of the schemes shown, in one sentence for the live region. */
export function contrastSummary(theme: ThemeTokens, schemes: readonly SchemeName[]): string {
  const failures = schemes.flatMap((scheme) =>
    checkContrast(effectivePalette(theme, scheme)).filter((result) => !result.passes),
  );
  if (failures.length === 0) return 'All colour pairs meet WCAG AA contrast.';
  return failures.length === 1
    ? '1 colour pair fails WCAG AA contrast.'
    : `${failures.length} colour pairs fail WCAG AA contrast.`;
}

/** Writes the report for the schemes shown into `container` (replacing what it held). */
export function renderContrastReport(
  container: HTMLElement,
  theme: ThemeTokens,
  schemes: readonly SchemeName[],
): void {
  // The report is rebuilt on every change: keep open what the person opened.
  const open = new Set(
    [...container.querySelectorAll<HTMLDetailsElement>('details[open]')].map(
      (details) => details.dataset.scheme,
    ),
  );
  const parts: HTMLElement[] = [];
  for (const scheme of schemes) {
    const results = checkContrast(effectivePalette(theme, scheme));
    const failures = results.filter((result) => !result.passes);
    const heading = Object.assign(document.createElement('h3'), {
      textContent: `Contrast, ${SCHEME_NAMES[scheme]}`,
    });
    const verdict = document.createElement('p');
    verdict.className = failures.length > 0 ? 'demo-warning' : 'demo-pass';
    verdict.textContent =
      failures.length > 0
        ? `⚠ Below WCAG AA: ${failures.length} of ${results.length} checks fail. Some people will not be able to read these.`
        : `✓ All ${results.length} checks meet WCAG AA.`;
    parts.push(heading, verdict);
    if (failures.length > 0) {
      const list = document.createElement('ul');
      list.className = 'demo-contrast-failures';
      list.append(...failures.map((result) => item(describe(result), 'demo-fail')));
      parts.push(list);
    }
    const details = document.createElement('details');
    details.dataset.scheme = scheme;
    details.open = open.has(scheme);
    const summary = Object.assign(document.createElement('summary'), {
      textContent: `Every check, ${SCHEME_NAMES[scheme]}`,
    });
    const all = document.createElement('ul');
    all.className = 'demo-contrast-all';
    all.append(
      ...results.map((result) =>
        item(`${result.passes ? '✓' : '✗'} ${describe(result)}`, result.passes ? '' : 'demo-fail'),
      ),
    );
    details.append(summary, all);
    parts.push(details);
  }
  container.replaceChildren(...parts);
}
