/**
 * Direction and order as a reader sees them: codes and numbers inside right-to-left sentences
 * keep their own order, text from the API cannot reorder what surrounds it or disguise itself
 * with direction controls, and ministries are listed in the alphabetical order of the page's
 * language.
 */
import '../src/define.js';
import type { MockWorker } from '@gov-appointment/mock-server/browser';
import type { Language } from '@gov-appointment/sdk/schemas';
import { expect, html } from '@open-wc/testing';
import { getResponse, HttpResponse, http } from 'msw';
import { accessibleName, spokenText } from '../test-helpers/accessible-name.js';
import { AnyLanguagePage } from '../test-helpers/any-language-page.js';
import { API_BASE, firstFreeSlots, useMockApi } from '../test-helpers/booking-fixtures.js';
import { goToFirstFreeDay } from '../test-helpers/widget-walks.js';

const RIGHT_TO_LEFT_OVERRIDE = '\u202E';
const RIGHT_TO_LEFT_MARK = '\u200F';

/** Where the character at `index` of a text node is drawn, in CSS px from the left. */
function leftOf(node: Text, index: number): number {
  const range = document.createRange();
  // The range may be in a frame or shadow root: its own document draws it.
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  return range.getBoundingClientRect().left;
}

/** The first text node under `root` holding `text`. */
function textNodeWith(root: Node, text: string): Text {
  const walker = (root.ownerDocument ?? document).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes(text)) return node as Text;
  }
  throw new Error(`No text "${text}" in ${spokenText(root)}`);
}

/**
 * Serves the centre `centreId` with the name and address given, wherever an answer of the
 * API holds it, as a careless or hostile data entry would.
 */
function serveCentreAs(
  mock: MockWorker,
  centreId: string,
  change: { name: string; address: string },
): void {
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value).map(([key, inner]) => [key, rewrite(inner)] as const);
    const object = Object.fromEntries(entries) as Record<string, unknown>;
    if (object.id === centreId && 'address' in object) {
      object.name = { ar: change.name, en: change.name };
      object.address = { ar: change.address, en: change.address };
    }
    return object;
  };
  mock.worker.use(
    http.get(`${API_BASE}/*`, async ({ request }) => {
      const response = await getResponse(mock.api.handlers, request);
      if (!response) throw new Error(`The mock API did not answer ${request.url}`);
      if (!response.headers.get('Content-Type')?.includes('json')) return response;
      return HttpResponse.json(rewrite(await response.json()) as never, {
        status: response.status,
        headers: response.headers,
      });
    }),
  );
}

function render(language: Language) {
  return AnyLanguagePage.render(
    html`<gov-appointment lang=${language} api-base=${API_BASE}></gov-appointment>`,
  );
}

describe('<gov-appointment> direction and order', () => {
  const mock = useMockApi();

  for (const language of ['ar', 'ur', 'fa'] as const) {
    it(`keeps the country code in its order inside the ${language} mobile hint`, async function () {
      this.timeout(30_000);
      const page = await render(language);
      await goToFirstFreeDay(page, mock.api);
      await page.holdFirstFreeTime();
      await page.waitForPage('details');
      const hint = page.find('#applicant-mobile-hint');
      const node = textNodeWith(hint, '+');
      const plus = node.data.indexOf('+');
      // "+973" in any digits: the plus sign, then three digits, drawn left to right.
      expect(leftOf(node, plus), '"+" before the digits').to.be.lessThan(leftOf(node, plus + 3));
      expect(leftOf(node, plus + 1)).to.be.lessThan(leftOf(node, plus + 3));
    });
  }

  it('shows a centre name without the override that disguises it, apart from the page text', async function () {
    this.timeout(30_000);
    const { centreId } = firstFreeSlots(mock.api);
    const address = `Building 964, Road 484, Seef${RIGHT_TO_LEFT_MARK}`;
    serveCentreAs(mock, centreId, { name: `${RIGHT_TO_LEFT_OVERRIDE}gnp.exe`, address });
    const page = await render('en');
    await page.waitForPage('service');
    await page.openGroupOf();
    await page.activate(page.serviceChoice());
    await page.waitForElement('[part="centre"]');

    const card = [...page.root.querySelectorAll('[part="centre"]')].find((candidate) =>
      candidate.querySelector('h3')?.textContent?.includes('gnp.exe'),
    );
    if (!card) throw new Error('The centre is not listed');
    const heading = card.querySelector('h3') as HTMLElement;
    expect(spokenText(heading)).to.equal('gnp.exe');
    const name = textNodeWith(heading, 'gnp.exe');
    const start = name.data.indexOf('g');
    expect(leftOf(name, start), 'drawn as stored, "g" first').to.be.lessThan(
      leftOf(name, start + 6),
    );
    const choose = card.querySelector('button.choose') as HTMLButtonElement;
    expect(accessibleName(choose)).to.equal('Choose gnp.exe');
    expect(
      getComputedStyle(textNodeWith(choose, 'gnp.exe').parentElement as Element).unicodeBidi,
    ).to.equal('isolate');

    // The address is isolated from the governorate and the comma that follow it.
    const location = textNodeWith(card, 'Building 964');
    expect(location.data.trim()).to.equal(address);
    expect(getComputedStyle(location.parentElement as Element).unicodeBidi).to.equal('isolate');
    const line = spokenText(location.parentElement?.parentElement as Element);
    expect(line.startsWith(`${address}, `), line).to.equal(true);
    expect(line).to.match(/ Governorate$/);
  });

  for (const language of ['ar', 'fa'] as const) {
    it(`lists ministries in ${language} alphabetical order`, async function () {
      this.timeout(20_000);
      const page = await render(language);
      await page.waitForPage('service');
      const names = [...page.root.querySelectorAll('.group h3 button > span:first-child')].map(
        spokenText,
      );
      expect(names.length).to.be.greaterThan(3);
      const collator = new Intl.Collator(language);
      expect(names).to.deep.equal([...names].sort(collator.compare));
    });
  }
});
