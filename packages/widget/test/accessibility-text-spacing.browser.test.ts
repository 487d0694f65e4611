/**
 * Text spacing (WCAG 1.4.12): with the spacing a reader may impose (line height 1.5 times the
 * font size, 2 em after paragraphs, letters 0.12 em and words 0.16 em apart), nothing on any
 * page of a booking or of cancelling it is cut off, in each of the six languages.
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import { AnyLanguagePage, LANGUAGES } from '../test-helpers/any-language-page.js';
import { API_BASE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { clippedContent } from '../test-helpers/layout-checks.js';
import { visitEveryPage } from '../test-helpers/widget-walks.js';

/** The styles of the WCAG text spacing bookmarklet, applied over the widget's own. */
function textSpacingSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    * {
      line-height: 1.5 !important;
      letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important;
    }
    p {
      margin-block-end: 2em !important;
    }
  `);
  return sheet;
}

describe('<gov-appointment> with more space between lines, words and letters', () => {
  const mock = useMockApi();

  for (const language of LANGUAGES) {
    it(`cuts nothing off on any page in ${language}`, async function () {
      this.timeout(60_000);
      const page = await AnyLanguagePage.render(
        html`<gov-appointment lang=${language} api-base=${API_BASE}></gov-appointment>`,
      );
      page.root.adoptedStyleSheets = [...page.root.adoptedStyleSheets, textSpacingSheet()];
      const problems: string[] = [];

      await visitEveryPage(page, mock.api, async (where) => {
        problems.push(...clippedContent(page.root, `${language} ${where}`));
      });

      expect(problems).to.deep.equal([]);
    });
  }
});
