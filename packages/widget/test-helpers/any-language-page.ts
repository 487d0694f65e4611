/**
 * `<gov-appointment>` driven in any of its six languages. Controls are found by what does not
 * change with the language (ids, parts, data attributes, ARIA states and the page events),
 * never by their words, so a test written once runs in Arabic, English, Urdu, Hindi, Bengali
 * and Farsi, whatever the state of their translations.
 *
 * Every key press is watched: `focusLosses` lists the moments the focus fell to the page's
 * `<body>`, where a keyboard user would have to start again from the top.
 */
import type { MockApi } from '@gov-appointment/mock-server/browser';
import { localize } from '@gov-appointment/sdk';
import type { Language } from '@gov-appointment/sdk/schemas';
import { waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { BookingStep } from '../src/events.js';
import { firstFreeSlots, SERVICE } from './booking-fixtures.js';
import { BookingPage } from './booking-page.js';
import { mountWidget } from './widget-page.js';

/** The widget's languages. */
export const LANGUAGES = [
  'ar',
  'en',
  'ur',
  'hi',
  'bn',
  'fa',
] as const satisfies readonly Language[];

/** The languages written right to left. */
export const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set(['ar', 'ur', 'fa']);

/** How long a page may take to appear (the mock answers at once; a wait asked for lasts 2 s). */
const PAGE_TIMEOUT_MS = 8000;

/** Anything still loading or being sent, told by markup rather than words. */
const PENDING =
  '.skeleton, [aria-busy="true"], .grid-status, [part="submit"][aria-disabled="true"]';

export class AnyLanguagePage extends BookingPage {
  /** The moments a key press left the focus on the page's `<body>`. */
  readonly focusLosses: string[] = [];

  /**
   * Renders `template` (holding one `<gov-appointment>` with a `lang`) and waits only for its
   * language to be loaded, not for its data, so that the loading state can be seen.
   */
  static async render(template: TemplateResult): Promise<AnyLanguagePage> {
    const { element, initialSteps } = await mountWidget(template);
    const page = new AnyLanguagePage(element, initialSteps, {});
    // The element sets its direction once the translations for its language are in.
    await page.until(() => element.hasAttribute('dir'), 'the language to load');
    return page;
  }

  /** The language the element was given. */
  get language(): Language {
    return (this.element.getAttribute('lang') ?? 'en') as Language;
  }

  // Waiting ---------------------------------------------------------------------------------

  /** Waits for `condition`, failing with what the widget shows. */
  async until(condition: () => boolean, what: string, timeout = PAGE_TIMEOUT_MS): Promise<void> {
    try {
      await waitUntil(condition, '', { interval: 20, timeout });
    } catch {
      throw new Error(
        `Timed out waiting for ${what} (pages: ${this.steps.join(', ')}); the widget shows: ${this.text()}`,
      );
    }
    await this.element.updateComplete;
  }

  /** Whether nothing is loading or being sent. */
  idle(): boolean {
    return this.root.querySelector(PENDING) === null;
  }

  /** Waits for `step` to open and finish loading. */
  async waitForPage(step: BookingStep): Promise<void> {
    await this.until(() => this.currentStep() === step && this.idle(), `the "${step}" page`);
  }

  /** Waits for `selector` to match on the page and for loading to finish. */
  async waitForElement(selector: string): Promise<void> {
    await this.until(() => this.root.querySelector(selector) !== null && this.idle(), selector);
  }

  /** Waits for a failure notice to be shown and announced. */
  async waitForFailure(): Promise<void> {
    await this.until(
      () => this.root.querySelector('[part="notice"]') !== null && this.idle(),
      'a failure notice',
    );
  }

  /** Waits for the focus to be on the heading of the page shown. */
  async waitForHeadingFocus(): Promise<void> {
    await this.until(() => this.headingHasFocus(), 'the focus on the page heading');
  }

  // What is on the page -----------------------------------------------------------------------

  /** The element `selector` matches in the widget; fails when there is none. */
  find<T extends Element = HTMLElement>(selector: string): T {
    const found = this.root.querySelector<T>(selector);
    if (!found) throw new Error(`Nothing matches ${selector}; the widget shows: ${this.text()}`);
    return found;
  }

  stepHeading(): HTMLElement {
    return this.find('#step-heading');
  }

  headingHasFocus(): boolean {
    return this.focusedElement() === this.root.querySelector('#step-heading');
  }

  /** Whether the focus is on the host page's `<body>` (or nowhere). */
  focusOnBody(): boolean {
    const active = this.element.ownerDocument.activeElement;
    return active === null || active === this.element.ownerDocument.body;
  }

  /** The button that opens or closes the ministry group holding `serviceId`. */
  groupToggleFor(serviceId: string = SERVICE.id): HTMLButtonElement {
    const list = this.find(`#service-${CSS.escape(serviceId)}`).closest('ul');
    if (!list) throw new Error(`The service ${serviceId} is in no list`);
    return this.find(`button[aria-controls="${list.id}"]`);
  }

  /** The button that chooses `serviceId`. */
  serviceChoice(serviceId: string = SERVICE.id): HTMLButtonElement {
    const card = this.find(`#service-${CSS.escape(serviceId)}`).closest('[part="service"]');
    const button = card?.querySelector<HTMLButtonElement>('button.choose');
    if (!button) throw new Error(`No button chooses ${serviceId}`);
    return button;
  }

  /** The name, as shown in this language, of a centre with a free time for the service. */
  bookableCentreName(api: MockApi): string {
    const { centreId } = firstFreeSlots(api);
    const centre = api.store.catalogue.centre(centreId);
    if (!centre) throw new Error(`No centre ${centreId}`);
    return localize(centre.name, this.language);
  }

  /** The button that chooses the centre shown as `name`. */
  centreChoice(name: string): HTMLButtonElement {
    const card = [...this.root.querySelectorAll('[part="centre"]')].find(
      (candidate) => candidate.querySelector('h3')?.textContent?.trim() === name,
    );
    const button = card?.querySelector<HTMLButtonElement>('button.choose');
    if (!button) throw new Error(`No centre named ${name}`);
    return button;
  }

  /** The date step's two views: the calendar, then the list of next available dates. */
  dateViews(): { calendar: HTMLButtonElement; list: HTMLButtonElement } {
    const [calendar, list] = this.root.querySelectorAll<HTMLButtonElement>(
      '[role="group"] > button[aria-pressed]',
    );
    if (!calendar || !list) throw new Error('The date step has no choice of views');
    return { calendar, list };
  }

  listedDates(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part="available-dates"] button')];
  }

  calendarDays(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button[part="day"]')];
  }

  /** The calendar day with the keyboard focus, or null. */
  focusedDay(): HTMLButtonElement | null {
    const focused = this.focusedElement();
    return focused instanceof HTMLButtonElement && focused.getAttribute('part') === 'day'
      ? focused
      : null;
  }

  /** A field of the details form: `name`, `nationalId`, `mobile` or `email`. */
  applicantField(field: 'name' | 'nationalId' | 'mobile' | 'email'): HTMLInputElement {
    return this.find(`#applicant-${field}`);
  }

  /** The main action of the page (Continue, Confirm, Find, Yes cancel, Move). */
  submitButton(): HTMLButtonElement {
    return this.find('button[part="submit"]');
  }

  /** The first action a failure notice offers (try again, choose another time, start again). */
  noticeAction(): HTMLButtonElement {
    return this.find('[part="notice"] .actions button');
  }

  /** The button asking for more time on the held place. */
  extendHoldButton(): HTMLButtonElement {
    return this.find('[part="hold"] button');
  }

  /** The confirmation's way to cancel or change the booking just made. */
  manageFromConfirmation(): HTMLButtonElement {
    const groups = this.root.querySelectorAll('section > .actions');
    const button = groups[groups.length - 1]?.querySelector<HTMLButtonElement>('button.secondary');
    if (!button) throw new Error('The confirmation offers no way to manage the booking');
    return button;
  }

  /** The actions of a found booking: move it, cancel it. */
  bookingActions(): { reschedule: HTMLButtonElement; cancel: HTMLButtonElement } {
    const reschedule = this.find<HTMLButtonElement>('section > .actions > button:first-child');
    const cancel = this.find<HTMLButtonElement>('section > .actions > button.secondary');
    return { reschedule, cancel };
  }

  // Doing -----------------------------------------------------------------------------------

  /** Puts the focus in `control` and types `value` over what it held, key by key. */
  async fill(control: HTMLInputElement, value: string): Promise<void> {
    control.focus();
    if (control.value !== '') control.select();
    await this.typeText(value);
  }

  /** Empties a text field with the keyboard. */
  async clear(control: HTMLInputElement): Promise<void> {
    control.focus();
    control.select();
    await this.press('Backspace');
  }

  /** Opens the ministry group holding `serviceId`, unless it is open. */
  async openGroupOf(serviceId: string = SERVICE.id): Promise<void> {
    const toggle = this.groupToggleFor(serviceId);
    if (toggle.getAttribute('aria-expanded') === 'false') await this.activate(toggle);
  }

  /** Activates the first free time; choosing it holds a place. */
  async holdFirstFreeTime(): Promise<void> {
    const slot = this.freeTimes()[0];
    if (!slot) throw new Error(`No free time; the widget shows: ${this.text()}`);
    await this.activate(slot);
  }

  /** Waits for the failure's first action to be available (after any wait), then takes it. */
  async takeNoticeAction(): Promise<void> {
    await this.until(
      () =>
        this.root.querySelector('[part="notice"] .actions button[aria-disabled="true"]') === null,
      'the wait before trying again to end',
    );
    await this.activate(this.noticeAction());
  }

  override async tab(): Promise<void> {
    await super.tab();
    this.noteFocusLoss('Tab');
  }

  override async shiftTab(): Promise<void> {
    await super.shiftTab();
    this.noteFocusLoss('Shift+Tab');
  }

  override async press(key: string): Promise<void> {
    await super.press(key);
    this.noteFocusLoss(key);
  }

  /** Presses Tab until `target` has the focus; fails after `limit` presses. */
  async tabToElement(target: Element, limit = 80): Promise<void> {
    await this.tabUntil((focused) => focused === target, 'the control wanted', limit);
  }

  private noteFocusLoss(key: string): void {
    if (this.focusOnBody()) {
      this.focusLosses.push(`${key} on the "${this.currentStep()}" page`);
    }
  }
}
