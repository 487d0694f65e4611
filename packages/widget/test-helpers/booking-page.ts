/**
 * The steps of a booking as a person takes them, on top of what `WidgetPage` perceives and
 * does: find a service, choose a centre, a day and a time, fill in the details, confirm.
 * Each action waits for what it leads to, so tests read as a sequence of choices.
 */
import { accessibleName, spokenText } from './accessible-name.js';
import { WidgetPage } from './widget-page.js';

/** The heading each booking step opens with. */
export const STEP_HEADINGS = {
  service: 'Which service do you need?',
  centre: 'Where would you like to go?',
  date: 'Choose a day',
  time: 'Choose a time',
  details: 'Your details',
  review: 'Check your booking',
  confirmation: 'Booking confirmed',
} as const;

export interface ApplicantInput {
  readonly name: string;
  readonly nationalId: string;
  readonly mobile: string;
  readonly email?: string;
}

export class BookingPage extends WidgetPage {
  async searchService(text: string): Promise<void> {
    await this.fillField('Search for a service', text);
  }

  /** Opens a ministry's list of services. */
  async openProvider(name: string): Promise<void> {
    const disclosure = this.buttons().find(
      (button) =>
        button.getAttribute('aria-expanded') !== null &&
        accessibleName(button).startsWith(`${name} `),
    );
    if (!disclosure) throw new Error(`No ministry named ${name}`);
    if (disclosure.getAttribute('aria-expanded') === 'false') await this.activate(disclosure);
  }

  async chooseService(name: string): Promise<void> {
    await this.click(`Choose ${name}`);
    await this.waitForStep('centre');
  }

  /**
   * Chooses the centre named `name`, or the first one with a free time when omitted. Returns
   * the centre's name.
   */
  async chooseCentre(name?: string): Promise<string> {
    const cards = [...this.root.querySelectorAll('[part="centre"]')];
    const card = name
      ? cards.find((candidate) => spokenText(candidate.querySelector('h3') as Element) === name)
      : cards.find((candidate) => !spokenText(candidate).includes('No free times at the moment'));
    if (!card) throw new Error(`No centre ${name ?? 'with a free time'}`);
    const centreName = spokenText(card.querySelector('h3') as Element);
    await this.click(`Choose ${centreName}`);
    await this.waitForHeading(STEP_HEADINGS.date);
    return centreName;
  }

  /** Switches the date step to the list of the next available dates. */
  async showDateList(): Promise<void> {
    await this.click('Next available dates');
    await this.settle();
  }

  /** The dates the list view offers, as their buttons say them. */
  availableDates(): string[] {
    return [...this.root.querySelectorAll('.available-dates-list button')].map(accessibleName);
  }

  /** Chooses the first date of the list view; returns what its button said. */
  async chooseFirstAvailableDate(): Promise<string> {
    const first = this.root.querySelector<HTMLButtonElement>('.available-dates-list button');
    if (!first) throw new Error('No available date is listed');
    const name = accessibleName(first);
    await this.activate(first);
    await this.waitForHeading(/new/i.test(this.heading()) ? 'Choose a new time' : 'Choose a time');
    return name;
  }

  /** The time buttons that can still be chosen. */
  freeTimes(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button[part="slot"]')].filter(
      (slot) => slot.getAttribute('aria-disabled') !== 'true',
    );
  }

  /**
   * Chooses the first free time (or the first one `accept` agrees to) and waits for the place
   * to be held. Returns the time's accessible name.
   */
  async chooseFirstTime(accept: (name: string) => boolean = () => true): Promise<string> {
    const slot = this.freeTimes().find((candidate) => accept(accessibleName(candidate)));
    if (!slot) throw new Error('No free time to choose');
    const name = accessibleName(slot);
    await this.activate(slot);
    await this.settle();
    return name;
  }

  /**
   * The way to the times most tests take: finds the service by searching, then chooses the
   * first centre with a free time and the first date of the list view.
   */
  async openFirstAvailableDay(serviceName: string): Promise<void> {
    await this.searchService(serviceName);
    await this.chooseService(serviceName);
    await this.chooseCentre();
    await this.showDateList();
    await this.chooseFirstAvailableDate();
  }

  /** The values the details form shows, by label. */
  detailsShown(): ApplicantInput {
    return {
      name: this.field('Full name').value,
      nationalId: this.field('National ID number (CPR)').value,
      mobile: this.field('Mobile number').value,
      email: this.field('Email address (optional)').value,
    };
  }

  /** The time left on the held place, in seconds, as the banner shows it. */
  holdSecondsLeft(): number | null {
    const banner = this.root.querySelector('[part="hold"]');
    const time = banner ? /(\d+):(\d{2})/.exec(spokenText(banner)) : null;
    return time ? Number(time[1]) * 60 + Number(time[2]) : null;
  }

  async fillDetails(applicant: ApplicantInput): Promise<void> {
    await this.fillField('Full name', applicant.name);
    await this.fillField('National ID number (CPR)', applicant.nationalId);
    await this.fillField('Mobile number', applicant.mobile);
    if (applicant.email !== undefined) {
      await this.fillField('Email address (optional)', applicant.email);
    }
  }

  async continue(): Promise<void> {
    await this.click('Continue');
    await this.settle();
  }

  /** Presses "Confirm booking" and waits for the answer, whatever it is. */
  async confirm(): Promise<void> {
    await this.click('Confirm booking');
    await this.settle();
  }
}
