/**
 * Reflow (WCAG 1.4.10): on a screen 320 CSS px wide, and in a 1280 × 1024 window zoomed to
 * 400 % (which leaves 320 × 256 CSS px), every page of a booking and of cancelling it fits
 * without scrolling sideways, in each of the six languages.
 */
import '../src/define.js';
import type { MockWorker } from '@gov-appointment/mock-server/browser';
import type { Language } from '@gov-appointment/sdk/schemas';
import { expect } from '@open-wc/testing';
import { AnyLanguagePage, LANGUAGES } from '../test-helpers/any-language-page.js';
import { API_BASE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { sidewaysOverflow } from '../test-helpers/layout-checks.js';
import { narrowViewport } from '../test-helpers/narrow-viewport.js';
import { visitEveryPage } from '../test-helpers/widget-walks.js';

/** Every page's sideways overflow, in a viewport of `width` × `height` CSS px. */
async function overflowOnEveryPage(
  mock: MockWorker,
  language: Language,
  width: number,
  height: number,
): Promise<string[]> {
  const viewport = await narrowViewport(width, height);
  const page = await AnyLanguagePage.openIn(viewport.document, (element) => {
    element.setAttribute('lang', language);
    element.setAttribute('api-base', API_BASE);
  });
  const problems: string[] = [];
  try {
    expect(viewport.document.documentElement.clientWidth).to.be.at.most(width);
    await page.until(() => page.element.hasAttribute('dir'), 'the language to load');
    await visitEveryPage(page, mock.api, async (where) => {
      problems.push(...sidewaysOverflow(page.element, `${language} ${where}`));
    });
  } finally {
    page.element.remove();
    await viewport.close();
  }
  return problems;
}

describe('<gov-appointment> reflow', () => {
  const mock = useMockApi();

  for (const language of LANGUAGES) {
    it(`fits every page 320 px wide without sideways scrolling in ${language}`, async function () {
      this.timeout(60_000);
      expect(await overflowOnEveryPage(mock, language, 320, 640)).to.deep.equal([]);
    });
  }

  for (const language of ['en', 'ar'] as const) {
    it(`fits every page of a 1280 px window zoomed to 400 % in ${language}`, async function () {
      this.timeout(60_000);
      expect(await overflowOnEveryPage(mock, language, 1280 / 4, 1024 / 4)).to.deep.equal([]);
    });
  }
});
