/**
 * Non-text contrast (WCAG 1.4.11): the background or border that shows where each field and
 * button is stands at least 3:1 against what it sits on, on every page of a booking and of
 * cancelling it, in the light and the dark theme. (Text contrast is axe-core's to check.)
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import { AnyLanguagePage } from '../test-helpers/any-language-page.js';
import { API_BASE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { faintControls } from '../test-helpers/layout-checks.js';
import { visitEveryPage } from '../test-helpers/widget-walks.js';

describe('<gov-appointment> contrast of fields and buttons', () => {
  const mock = useMockApi();

  for (const theme of ['light', 'dark'] as const) {
    it(`outlines every field and button at 3:1 or more in the ${theme} theme`, async function () {
      this.timeout(60_000);
      const page = await AnyLanguagePage.render(
        html`<gov-appointment lang="en" theme=${theme} api-base=${API_BASE}></gov-appointment>`,
      );
      const problems: string[] = [];

      await visitEveryPage(page, mock.api, async (where) => {
        problems.push(...faintControls(page.root, `${theme} ${where}`));
      });

      expect(problems).to.deep.equal([]);
    });
  }
});
