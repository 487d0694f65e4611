/**
 * Moves a `<gov-appointment>` through its pages the way a person would, by pressing its
 * buttons and filling its fields in the shadow DOM. It finds them by what does not change with
 * the language (ids, parts, data attributes, the step events), so it works in all six.
 */
import { localize } from '@gov-appointment/sdk';
import type { Centre, Language } from '@gov-appointment/sdk/schemas';
import type { BookingStep, GovAppointment } from '@gov-appointment/widget';

/** How long one page may take to appear (the gallery's slowest is a retried 503). */
const STEP_TIMEOUT_MS = 20_000;
const POLL_INTERVAL_MS = 50;

/** What a person types into the details form. */
export interface ApplicantEntry {
  readonly name: string;
  readonly nationalId: string;
  readonly mobile: string;
}

export class WidgetDriver {
  /** Every page the widget reported opening, in order. */
  readonly steps: BookingStep[] = [];

  /** Listens from now on: create the driver before the widget is connected. */
  constructor(readonly widget: GovAppointment) {
    widget.addEventListener('gov-step-change', (event) => this.steps.push(event.detail.step));
  }

  get root(): ShadowRoot {
    const root = this.widget.shadowRoot;
    if (!root) throw new Error('The widget has not rendered yet');
    return root;
  }

  /** Whether something is still loading or being sent. */
  busy(): boolean {
    const root = this.widget.shadowRoot;
    const pending = '.skeleton, [aria-busy="true"], [aria-disabled="true"][part="submit"]';
    return root !== null && root.querySelector(pending) !== null;
  }

  /** Waits until `find` returns something, then returns it; fails after `timeoutMs`. */
  async waitFor<T>(
    find: () => T | null | undefined | false,
    what: string,
    timeoutMs = STEP_TIMEOUT_MS,
  ): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      await this.widget.updateComplete;
      const found = this.widget.shadowRoot ? find() : null;
      if (found) return found;
      if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  }

  /** An element of the shadow DOM, once it is there. */
  element<T extends Element = HTMLElement>(selector: string, what = selector): Promise<T> {
    return this.waitFor(() => this.root.querySelector<T>(selector), what);
  }

  /** Waits for the widget to report opening `step` and for that page to finish loading. */
  async waitForStep(step: BookingStep): Promise<void> {
    await this.waitFor(
      () => this.steps.at(-1) === step && !this.busy(),
      `the "${step}" page (pages so far: ${this.steps.join(', ') || 'none'})`,
    );
  }

  /** Waits for a failure notice on the page. */
  async waitForNotice(): Promise<void> {
    await this.waitFor(
      () => this.root.querySelector('[part="notice"]') !== null && !this.busy(),
      'a failure notice',
    );
  }

  async press(button: HTMLElement): Promise<void> {
    button.click();
    await this.widget.updateComplete;
  }

  async chooseService(serviceId: string): Promise<void> {
    const button = await this.element<HTMLButtonElement>(
      `[part="service"]:has(#service-${CSS.escape(serviceId)}) button.choose`,
      `the service ${serviceId}`,
    );
    await this.press(button);
    await this.waitForStep('centre');
    await this.element('[part="centre"]', 'the list of centres');
  }

  /** Chooses `centre` from the list, found by its name as the widget shows it. */
  async chooseCentre(centre: Centre, language: Language): Promise<void> {
    const name = localize(centre.name, language);
    const button = await this.waitFor(() => {
      const card = [...this.root.querySelectorAll('[part="centre"]')].find(
        (candidate) => candidate.querySelector('h3')?.textContent?.trim() === name,
      );
      return card?.querySelector<HTMLButtonElement>('button.choose');
    }, `the centre ${centre.id}`);
    await this.press(button);
    await this.waitForStep('date');
    await this.element('[part="calendar"] button[part="day"]', 'the calendar');
  }

  /** Switches to the list of next available dates and chooses the first. */
  async chooseFirstListedDate(): Promise<void> {
    const listView = await this.element<HTMLButtonElement>(
      '[role="group"] button[aria-pressed="false"]',
      'the switch to the list of dates',
    );
    await this.press(listView);
    const first = await this.element<HTMLButtonElement>(
      '[part="available-dates"] button[data-date]',
      'an available date',
    );
    await this.press(first);
    await this.waitForStep('time');
    await this.element('button[part="slot"]', 'the times');
  }

  /** Chooses the first time with a place left; the widget then holds it. */
  async chooseFirstFreeTime(): Promise<void> {
    const slot = await this.element<HTMLButtonElement>(
      'button[part="slot"][aria-disabled="false"]',
      'a free time',
    );
    await this.press(slot);
  }

  async fillDetails(applicant: ApplicantEntry): Promise<void> {
    await this.type('applicant-name', applicant.name);
    await this.type('applicant-nationalId', applicant.nationalId);
    await this.type('applicant-mobile', applicant.mobile);
  }

  async submitDetails(): Promise<void> {
    await this.press(
      await this.element<HTMLButtonElement>('form button[part="submit"]', 'Continue'),
    );
  }

  async confirmBooking(): Promise<void> {
    await this.press(await this.element<HTMLButtonElement>('button[part="submit"]', 'Confirm'));
  }

  /** Fills the find form and submits it. */
  async findBooking(reference: string, nationalId: string): Promise<void> {
    await this.type('manage-reference', reference);
    await this.type('manage-nationalId', nationalId);
    await this.press(await this.element<HTMLButtonElement>('button[part="submit"]', 'Find'));
    await this.waitForStep('manage-booking');
  }

  /** On a found booking, opens the question "Cancel this booking?". */
  async askToCancel(): Promise<void> {
    // The booking page's own actions (not a notice's): change, cancel, find another.
    await this.press(
      await this.element<HTMLButtonElement>(
        'section > .actions > button.secondary',
        'Cancel booking',
      ),
    );
    await this.element('#cancel-reason', 'the cancellation question');
  }

  async confirmCancel(): Promise<void> {
    await this.press(await this.element<HTMLButtonElement>('button[part="submit"]', 'Yes, cancel'));
    await this.waitForStep('manage-cancelled');
  }

  /** Types into the field with `id` as a person would: value, then an input event. */
  private async type(id: string, value: string): Promise<void> {
    const field = await this.element<HTMLInputElement>(`#${id}`, `the field ${id}`);
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new FocusEvent('blur'));
    await this.widget.updateComplete;
  }
}
