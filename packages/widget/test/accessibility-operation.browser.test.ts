/**
 * Operating the widget by touch and by keyboard: every target is at least 24 × 24 CSS px and
 * the main controls 44 px tall (WCAG 2.5.8), and every control reached with Tab shows a focus
 * indicator that stands out from its backdrop (2.4.7, 1.4.11), on every page of a booking and
 * of cancelling it, in each language and in the light and dark themes.
 */
import '../src/define.js';
import type { Language } from '@gov-appointment/sdk/schemas';
import { expect, html } from '@open-wc/testing';
import { AnyLanguagePage, LANGUAGES } from '../test-helpers/any-language-page.js';
import { API_BASE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { focusIndicatorProblem, undersizedTargets } from '../test-helpers/layout-checks.js';
import { visitEveryPage } from '../test-helpers/widget-walks.js';

/** Stops on one page can be many (every centre, every time); more than this is a trap. */
const MOST_TAB_STOPS = 150;

/**
 * Presses Tab from the host page's link before the widget until the focus leaves the widget,
 * and returns the focus problems of every control it reached.
 */
async function focusProblemsByTab(page: AnyLanguagePage, where: string): Promise<string[]> {
  const before = page.element.parentElement?.querySelector('a') as HTMLAnchorElement;
  before.focus();
  const problems: string[] = [];
  for (let presses = 0; presses < MOST_TAB_STOPS; presses += 1) {
    await page.tab();
    const focused = page.focusedElement();
    if (!focused || !page.root.contains(focused)) {
      return presses > 0 ? problems : [`${where}: Tab never entered the widget`];
    }
    const problem = focusIndicatorProblem(focused);
    if (problem) problems.push(`${where}: ${problem}`);
  }
  problems.push(`${where}: Tab never left the widget`);
  return problems;
}

function render(language: Language, theme: 'light' | 'dark'): Promise<AnyLanguagePage> {
  return AnyLanguagePage.render(html`<div>
    <a href="#before">Before the widget</a>
    <gov-appointment lang=${language} theme=${theme} api-base=${API_BASE}></gov-appointment>
    <a href="#after">After the widget</a>
  </div>`);
}

describe('<gov-appointment> targets and focus', () => {
  const mock = useMockApi();

  for (const language of LANGUAGES) {
    it(`has targets big enough to touch on every page in ${language}`, async function () {
      this.timeout(60_000);
      const page = await render(language, 'light');
      const problems: string[] = [];

      await visitEveryPage(page, mock.api, async (where) => {
        problems.push(...undersizedTargets(page.root, `${language} ${where}`));
      });

      expect(problems).to.deep.equal([]);
    });
  }

  for (const [language, theme] of [
    ['en', 'light'],
    ['ar', 'dark'],
  ] as const) {
    it(`shows where the keyboard focus is on every page in ${language}, ${theme} theme`, async function () {
      this.timeout(120_000);
      const page = await render(language, theme);
      const problems: string[] = [];

      await visitEveryPage(page, mock.api, async (where) => {
        problems.push(...(await focusProblemsByTab(page, `${language} ${where}`)));
      });

      expect(problems).to.deep.equal([]);
      expect(page.focusLosses).to.deep.equal([]);
    });
  }
});
