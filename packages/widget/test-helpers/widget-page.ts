/**
 * `<gov-appointment>` as a person meets it: headings, buttons and fields found by their
 * accessible names, what has the focus, what the live region says, and the keyboard and
 * pointer to act with. `BookingPage` adds the steps of a booking on top.
 */
import { fixture, nextFrame, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { BookingStep, GovStepChangeEvent } from '../src/events.js';
import type { GovAppointment } from '../src/gov-appointment.js';
import { accessibleName, spokenText } from './accessible-name.js';
import { press, pressWithShift, typeText } from './keyboard.js';

/** How long an action may take to show its result (the mock answers in milliseconds). */
export const SETTLE_TIMEOUT_MS = 5000;

export interface WidgetPageOptions {
  /**
   * Activate buttons with real pointer clicks at their centre (`sendMouse`) instead of the
   * click that assistive technology and voice control send.
   */
  readonly pointer?: boolean;
}

type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Whether `element` takes up space on the page (not `hidden` nor inside something hidden). */
function isRendered(element: Element): boolean {
  return element.getClientRects().length > 0;
}

function matches(name: string, expected: string | RegExp): boolean {
  return typeof expected === 'string' ? name === expected : expected.test(name);
}

/** A page object class, so that `open` returns the subclass it is called on. */
type PageClass<Page extends WidgetPage> = new (
  element: GovAppointment,
  initialSteps: BookingStep[],
  options: WidgetPageOptions,
) => Page;

export class WidgetPage {
  /** Every page the widget reported opening (`gov-step-change`), in order. */
  readonly steps: BookingStep[];
  private readonly pointer: boolean;

  /** Use `open` or `openIn`, which also wait for the widget's first page. */
  constructor(
    readonly element: GovAppointment,
    initialSteps: BookingStep[],
    options: WidgetPageOptions,
  ) {
    this.steps = initialSteps;
    this.pointer = options.pointer ?? false;
    element.addEventListener('gov-step-change', (event: GovStepChangeEvent) => {
      this.steps.push(event.detail.step);
    });
  }

  /**
   * Renders `template` (a `<gov-appointment>`, possibly inside host-page markup) and waits for
   * the widget's first page to be ready.
   */
  static async open<Page extends WidgetPage>(
    this: PageClass<Page>,
    template: TemplateResult,
    options: WidgetPageOptions = {},
  ): Promise<Page> {
    const { element, initialSteps } = await mountWidget(template);
    const page = new this(element, initialSteps, options);
    await page.settle();
    return page;
  }

  /**
   * Puts a `<gov-appointment>` set up by `configure` at the end of `document`'s body (e.g. a
   * frame's document) and waits for its first page to be ready. The caller removes it.
   */
  static async openIn<Page extends WidgetPage>(
    this: PageClass<Page>,
    document: Document,
    configure: (element: GovAppointment) => void,
    options: WidgetPageOptions = {},
  ): Promise<Page> {
    const element = document.createElement('gov-appointment') as GovAppointment;
    configure(element);
    const page = new this(element, [], options);
    document.body.append(element);
    await page.settle();
    return page;
  }

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error('<gov-appointment> has no shadow root');
    return root;
  }

  // What a person perceives ---------------------------------------------------------------

  /** The text of the page's main heading. */
  heading(): string {
    const heading = this.root.querySelector('h2');
    return heading ? spokenText(heading) : '';
  }

  /** The page the widget last reported opening. */
  currentStep(): BookingStep | undefined {
    return this.steps.at(-1);
  }

  /** The element with the keyboard focus, looking inside shadow roots. */
  focusedElement(): Element | null {
    let focused = this.element.ownerDocument.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    return focused;
  }

  focusedName(): string {
    const focused = this.focusedElement();
    return focused ? accessibleName(focused) : '(nothing focused)';
  }

  /** What the widget's polite live region says now. */
  announcement(): string {
    const region = [...this.root.children].find(
      (child) => child.getAttribute('aria-live') === 'polite',
    );
    return region ? spokenText(region) : '';
  }

  /**
   * Everything the live region says from now on, one entry each time it speaks, in order (a
   * message spoken again after the region was cleared counts again).
   */
  listenToAnnouncements(): string[] {
    const region = [...this.root.children].find(
      (child) => child.getAttribute('aria-live') === 'polite',
    );
    if (!region) throw new Error('The widget has no polite live region');
    const heard: string[] = [];
    let saying = spokenText(region);
    new MutationObserver(() => {
      const now = spokenText(region);
      if (now && now !== saying) heard.push(now);
      saying = now;
    }).observe(region, { childList: true, subtree: true, characterData: true });
    return heard;
  }

  /** The failure shown on the page, or null when there is none. */
  notice(): { title: string; detail: string } | null {
    const notice = this.root.querySelector('[part="notice"]');
    if (!notice) return null;
    const title = notice.querySelector('h3');
    const detail = notice.querySelector('p');
    return {
      title: title ? spokenText(title) : '',
      detail: detail ? spokenText(detail) : '',
    };
  }

  /** The visible text of the whole widget, as one line. */
  text(): string {
    return spokenText(this.root);
  }

  /** Every button on screen, in document order. */
  buttons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll('button')].filter(isRendered);
  }

  /** The button on screen with this accessible name. */
  buttonNamed(name: string | RegExp): HTMLButtonElement {
    const button = this.findButton(name);
    if (!button) {
      const names = this.buttons().map(accessibleName);
      throw new Error(`No button named ${String(name)}; buttons: ${names.join(' | ')}`);
    }
    return button;
  }

  /** Whether a button named `name` is on screen. */
  hasButton(name: string | RegExp): boolean {
    return this.findButton(name) !== undefined;
  }

  findButton(name: string | RegExp): HTMLButtonElement | undefined {
    return this.buttons().find((button) => matches(accessibleName(button), name));
  }

  /** The form control labelled `label`. */
  field(label: string): FormControl {
    const control = [...this.root.querySelectorAll<FormControl>('input, select, textarea')].find(
      (candidate) => isRendered(candidate) && accessibleName(candidate) === label,
    );
    if (!control) throw new Error(`No field labelled ${label}`);
    return control;
  }

  /** The problem shown next to the field labelled `label`, or '' when there is none. */
  fieldError(label: string): string {
    const control = this.field(label);
    const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    const errors = ids
      .map((id) => this.root.getElementById(id))
      .filter((element) => element?.classList.contains('error-message') === true);
    return errors.map((element) => spokenText(element as Element)).join(' ');
  }

  /** The lines of the error summary at the top of a form. */
  errorSummary(): string[] {
    const summary = this.root.querySelector('.error-summary');
    if (!summary) return [];
    return [...summary.querySelectorAll('li')].map(spokenText);
  }

  /** The booking reference shown on the confirmation or the booking page. */
  reference(): string {
    const reference = this.root.querySelector('[part="reference"]');
    return reference ? spokenText(reference) : '';
  }

  /** The value shown for `term` in a summary list (e.g. "Time"). */
  summaryValue(term: string): string {
    for (const row of this.root.querySelectorAll('dl > div')) {
      const dt = row.querySelector('dt');
      const dd = row.querySelector('dd');
      if (dt && dd && spokenText(dt) === term) return spokenText(dd);
    }
    throw new Error(`No summary row ${term}`);
  }

  /** Whether something is still loading or being sent. */
  busy(): boolean {
    if (this.root.querySelector('.skeleton, [aria-busy="true"], .grid-status')) return true;
    return [...this.root.querySelectorAll('button, [role="status"]')].some(
      (element) => isRendered(element) && spokenText(element).endsWith('…'),
    );
  }

  // Waiting ---------------------------------------------------------------------------------

  /** Waits for the widget to render and for anything loading to arrive. */
  async settle(timeout = SETTLE_TIMEOUT_MS): Promise<void> {
    await this.element.updateComplete;
    await waitUntil(() => !this.busy(), 'the widget is still loading', { timeout });
    await this.element.updateComplete;
  }

  async waitForHeading(text: string, timeout = SETTLE_TIMEOUT_MS): Promise<void> {
    await waitUntil(() => this.heading() === text, `the heading never became "${text}"`, {
      timeout,
    });
    await this.settle(timeout);
  }

  /** Waits for the widget to report that `step` opened, and for the page to be ready. */
  async waitForStep(step: BookingStep, timeout = SETTLE_TIMEOUT_MS): Promise<void> {
    try {
      await waitUntil(() => this.currentStep() === step, '', { timeout });
    } catch {
      throw new Error(
        `The "${step}" page never opened (pages: ${this.steps.join(', ')}); the widget shows: ${this.text()}`,
      );
    }
    await this.settle(timeout);
  }

  /** Waits for a failure notice (with this title, when given). */
  async waitForNotice(title?: string, timeout = SETTLE_TIMEOUT_MS): Promise<void> {
    await waitUntil(
      () => {
        const notice = this.notice();
        return notice !== null && (title === undefined || notice.title === title);
      },
      `no notice ${title ?? ''} appeared`,
      { timeout },
    );
    await this.settle(timeout);
  }

  /** Waits for a button named `name` to be on screen and available. */
  async waitForButton(name: string | RegExp, timeout = SETTLE_TIMEOUT_MS): Promise<void> {
    await waitUntil(
      () =>
        this.findButton(name)?.getAttribute('aria-disabled') !== 'true' && !!this.findButton(name),
      `no button ${String(name)} became available`,
      { timeout },
    );
  }

  /** Waits for the live region to say `expected`. */
  async waitForAnnouncement(expected: string | RegExp, timeout = SETTLE_TIMEOUT_MS) {
    await waitUntil(
      () => matches(this.announcement(), expected),
      `the live region never said ${String(expected)} (it says "${this.announcement()}")`,
      { timeout },
    );
  }

  // Doing -----------------------------------------------------------------------------------

  /** Clicks `element` at its centre with the pointer, as a mouse or a finger would. */
  async pointerClick(element: Element): Promise<void> {
    // Aim only once the layout has settled and the element is really what lies under the
    // pointer (a busy machine may still be laying out the page when the click is planned).
    let position: [number, number] = [0, 0];
    for (let attempt = 0; attempt < 10; attempt += 1) {
      element.scrollIntoView({ block: 'center', inline: 'nearest' });
      await nextFrame();
      await nextFrame();
      const box = element.getBoundingClientRect();
      position = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
      const hit = this.root.elementFromPoint(position[0], position[1]);
      if (hit && (hit === element || element.contains(hit))) break;
    }
    await sendMouse({ type: 'click', position });
  }

  /** Activates a button: a pointer click, or the click assistive technology sends. */
  async activate(element: HTMLElement): Promise<void> {
    if (this.pointer) await this.pointerClick(element);
    else element.click();
    await this.element.updateComplete;
  }

  async click(name: string | RegExp): Promise<void> {
    await this.activate(this.buttonNamed(name));
  }

  /** Puts the focus in a field, by pointer or by the focus a screen reader moves there. */
  async focusField(label: string): Promise<FormControl> {
    const control = this.field(label);
    if (this.pointer) await this.pointerClick(control);
    else control.focus();
    return control;
  }

  /** Types into the field labelled `label`, replacing what it held. */
  async fillField(label: string, value: string): Promise<void> {
    const control = await this.focusField(label);
    if (control.localName !== 'select' && control.value !== '') {
      (control as HTMLInputElement | HTMLTextAreaElement).select();
    }
    await typeText(value);
    await this.element.updateComplete;
  }

  async tab(): Promise<void> {
    await press('Tab');
    await this.element.updateComplete;
  }

  async shiftTab(): Promise<void> {
    await pressWithShift('Tab');
    await this.element.updateComplete;
  }

  async press(key: string): Promise<void> {
    await press(key);
    await this.element.updateComplete;
  }

  async typeText(text: string): Promise<void> {
    await typeText(text);
    await this.element.updateComplete;
  }

  /** Presses Tab until the focus reaches something named `name`; fails after `limit` presses. */
  async tabTo(name: string | RegExp, limit = 40): Promise<void> {
    await this.tabUntil(() => matches(this.focusedName(), name), String(name), limit);
  }

  /** Presses Tab until `reached` holds for the focused element; fails after `limit` presses. */
  async tabUntil(
    reached: (focused: Element | null) => boolean,
    what = 'the element wanted',
    limit = 40,
  ): Promise<void> {
    const visited: string[] = [];
    for (let presses = 0; presses < limit; presses += 1) {
      await this.tab();
      if (reached(this.focusedElement())) return;
      visited.push(this.focusedName());
    }
    throw new Error(`Tab never reached ${what}; it visited: ${visited.join(' | ')}`);
  }
}

/**
 * Renders `template` and finds its `<gov-appointment>`, with the pages it reported opening
 * while it was put on the page; waits for nothing the widget loads.
 */
export async function mountWidget(
  template: TemplateResult,
): Promise<{ element: GovAppointment; initialSteps: BookingStep[] }> {
  const initialSteps: BookingStep[] = [];
  const record = (event: GovStepChangeEvent) => initialSteps.push(event.detail.step);
  // Listening before the element exists catches the page it opens with.
  document.addEventListener('gov-step-change', record);
  let rendered: Element;
  try {
    rendered = await fixture(template);
  } finally {
    document.removeEventListener('gov-step-change', record);
  }
  const element =
    rendered.localName === 'gov-appointment'
      ? (rendered as GovAppointment)
      : rendered.querySelector('gov-appointment');
  if (!element) throw new Error('The template has no <gov-appointment>');
  return { element, initialSteps };
}
