/**
 * Headings the widget moves the focus to (a new page's heading, the error summary, a failure)
 * show where the focus is (WCAG 2.4.7), also after a press of the pointer, when browsers do not
 * match `:focus-visible` for a focus set by script. In Urdu the ring holds the words: Nastaliq
 * letters reach far above and below the line.
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import { spokenText } from '../test-helpers/accessible-name.js';
import { AnyLanguagePage } from '../test-helpers/any-language-page.js';
import { API_BASE, SERVICE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { BookingPage, STEP_HEADINGS } from '../test-helpers/booking-page.js';

/** Whether `element` is drawn with a solid ring at least 2 px wide. */
function hasRing(element: Element): boolean {
  const style = getComputedStyle(element);
  return style.outlineStyle === 'solid' && Number.parseFloat(style.outlineWidth) >= 2;
}

/** The area the focus ring of `element` encloses: its border box grown by the outline's offset. */
function ringBox(element: Element): DOMRect {
  const box = element.getBoundingClientRect();
  const offset = Number.parseFloat(getComputedStyle(element).outlineOffset) || 0;
  return new DOMRect(
    box.left - offset,
    box.top - offset,
    box.width + 2 * offset,
    box.height + 2 * offset,
  );
}

/** The boxes of the lines of text inside `element`, as the browser lays out its glyphs. */
function lineBoxes(element: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(element);
  return [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
}

describe('<gov-appointment> focus rings on headings', () => {
  const mock = useMockApi();

  it('rings the error summary and the new page’s heading after a pointer press', async function () {
    this.timeout(30_000);
    const page = await BookingPage.open(
      html`<gov-appointment api-base=${API_BASE}></gov-appointment>`,
      { pointer: true },
    );
    await page.openFirstAvailableDay(SERVICE.name);
    await page.chooseFirstTime();
    await page.waitForStep('details');
    const heading = page.focusedElement() as Element;
    expect(spokenText(heading)).to.equal(STEP_HEADINGS.details);
    expect(hasRing(heading), 'the ring on the page’s heading').to.equal(true);

    await page.continue();

    const summary = page.focusedElement() as Element;
    expect(summary.localName).to.equal('h3');
    expect(spokenText(summary)).to.equal('There is a problem');
    expect(hasRing(summary), 'the ring on the error summary').to.equal(true);
  });

  it('keeps the words of an Urdu heading inside its focus ring', async function () {
    this.timeout(30_000);
    const page = await AnyLanguagePage.render(
      html`<gov-appointment lang="ur" api-base=${API_BASE} service=${SERVICE.id}></gov-appointment>`,
    );
    await page.waitForPage('centre');
    await page.activate(page.centreChoice(page.bookableCentreName(mock.api)));
    await page.waitForPage('date');
    await page.activate(page.dateViews().list);
    await page.until(() => page.listedDates().length > 0, 'the list of dates');
    await page.activate(page.listedDates()[0] as HTMLButtonElement);
    await page.waitForPage('time');
    await page.holdFirstFreeTime();
    await page.waitForPage('details');
    await page.activate(page.submitButton());
    await page.until(() => page.focusedElement()?.localName === 'h3', 'the error summary');

    for (const heading of [page.focusedElement() as Element, page.stepHeading()]) {
      (heading as HTMLElement).focus();
      expect(hasRing(heading), `the ring on ${spokenText(heading)}`).to.equal(true);
      const ring = ringBox(heading);
      for (const line of lineBoxes(heading)) {
        expect(
          line.top >= ring.top - 0.5 && line.bottom <= ring.bottom + 0.5,
          `“${spokenText(heading)}” reaches ${line.top}..${line.bottom}, its ring ${ring.top}..${ring.bottom}`,
        ).to.equal(true);
      }
    }
  });
});
