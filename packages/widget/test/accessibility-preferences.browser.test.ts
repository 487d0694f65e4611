/**
 * The widget follows the reader's display preferences: nothing moves when reduced motion is
 * asked for (WCAG 2.3.3, and 2.2.2 for the loading pulse), and with forced colours (Windows
 * High Contrast and its kin) the focus ring still shows and the calendar's bookable, fully
 * booked, closed and chosen days still look different (1.4.1, 1.4.11).
 *
 * Chromium alone can be told these preferences through the test runner (Firefox runs over
 * WebDriver BiDi and WebKit over classic WebDriver, neither of which emulates them), so these
 * tests exist in Chromium only.
 */
import '../src/define.js';
import { expect, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { AnyLanguagePage } from '../test-helpers/any-language-page.js';
import { API_BASE, useMockApi } from '../test-helpers/booking-fixtures.js';
import { backdropOf, hex, parseColour, seenOver } from '../test-helpers/colour-contrast.js';
import { describe as describeElement } from '../test-helpers/layout-checks.js';

const EMULATES_PREFERENCES = /Chrome\//.test(navigator.userAgent);

/**
 * What sets a day (or any button) apart when colours are forced, as painted on its backdrop:
 * its box, its text and, for a day, its marker.
 */
function look(button: HTMLElement): string {
  const box = getComputedStyle(button);
  const backdrop = backdropOf(button);
  const seen = (colour: string) => hex(seenOver(parseColour(colour), backdrop));
  const border =
    box.borderTopStyle === 'none' || Number.parseFloat(box.borderTopWidth) === 0
      ? 'none'
      : `${box.borderTopStyle} ${box.borderTopWidth} ${seen(box.borderTopColor)}`;
  const number = button.querySelector('.day-number');
  const marker = button.querySelector('.marker');
  const markerStyle = marker ? getComputedStyle(marker) : null;
  return [
    `border ${border}`,
    `background ${seen(box.backgroundColor)}`,
    `text ${seen(box.color)} ${number ? getComputedStyle(number).textDecorationLine : ''}`,
    `marker ${markerStyle ? `${markerStyle.borderTopStyle} ${markerStyle.borderTopWidth}` : ''}`,
  ].join('; ');
}

function forceColours(active: boolean): Promise<boolean> {
  return executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active });
}

function renderWidget(): Promise<AnyLanguagePage> {
  return AnyLanguagePage.render(
    html`<gov-appointment lang="en" api-base=${API_BASE}></gov-appointment>`,
  );
}

if (EMULATES_PREFERENCES) {
  describe('<gov-appointment> and display preferences', () => {
    // Added before the mock API's hooks, so it runs before its reset (hooks run in the order
    // they are added): the slow answer of the first test has that long to arrive.
    afterEach(async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      await forceColours(false);
    });

    const mock = useMockApi();

    it('stops the loading pulse when reduced motion is asked for', async () => {
      mock.api.scenarios.use('slow', { latencyMs: 3000, operations: ['listServices'] });
      const moving = await renderWidget();
      await moving.until(() => moving.root.querySelector('.skeleton') !== null, 'the skeleton');
      expect(moving.root.getAnimations().length, 'animations by default').to.be.above(0);
      moving.element.remove();

      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
      const still = await renderWidget();
      await still.until(() => still.root.querySelector('.skeleton') !== null, 'the skeleton');

      expect(still.root.getAnimations().length, 'animations with reduced motion').to.equal(0);
    });

    it('keeps the focus ring, and the chosen, bookable, full and closed days and the chosen view apart, with forced colours', async function () {
      this.timeout(30_000);
      expect(await forceColours(true), 'forced colours emulated').to.equal(true);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const page = await renderWidget();

      // A day chosen, then back to the calendar, where it shows as chosen.
      await page.waitForPage('service');
      await page.openGroupOf();
      await page.activate(page.serviceChoice());
      await page.waitForElement('[part="centre"]');
      await page.activate(page.centreChoice(page.bookableCentreName(mock.api)));
      await page.waitForElement('button[part="day"].available');
      await page.activate(page.find('button[part="day"].available'));
      await page.waitForPage('time');
      await page.activate(page.find('section > .back button'));
      await page.waitForElement('button[part="day"][aria-pressed="true"]');

      const looks = new Map<string, string>();
      const kinds = {
        chosen: 'button[part="day"][aria-pressed="true"]',
        bookable: 'button[part="day"].available[aria-pressed="false"]',
        'fully booked': 'button[part="day"].fully-booked',
        closed: 'button[part="day"].closed',
      };
      for (const [kind, selector] of Object.entries(kinds)) {
        const day = page.root.querySelector<HTMLElement>(selector);
        if (day) looks.set(kind, look(day));
      }
      expect([...looks.keys()]).to.include.members(['chosen', 'bookable', 'closed']);
      expect(new Set(looks.values()).size, JSON.stringify(Object.fromEntries(looks))).to.equal(
        looks.size,
      );

      // The view shown (the calendar) and the other one.
      const views = page.dateViews();
      expect(views.calendar.getAttribute('aria-pressed')).to.equal('true');
      expect(look(views.calendar), 'the chosen view looks chosen').not.to.equal(look(views.list));

      // The focus ring, on a day of the grid and on a button, reached with Tab.
      page.stepHeading().focus();
      for (const wanted of ['button', 'day']) {
        await page.tabUntil((focused) =>
          wanted === 'day'
            ? page.focusedDay() !== null
            : focused instanceof HTMLButtonElement && page.focusedDay() === null,
        );
        const focused = page.focusedElement() as Element;
        const ring = getComputedStyle(focused);
        expect(
          ring.outlineStyle !== 'none' && Number.parseFloat(ring.outlineWidth) > 0,
          `the focus ring of ${describeElement(focused)}`,
        ).to.equal(true);
      }
    });
  });
}
