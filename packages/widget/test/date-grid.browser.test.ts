import type { CalendarDay, Language, LocalizedText } from '@gov-appointment/sdk/schemas';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import {
  dateGridStyles,
  focusGridCell,
  renderAvailableDatesList,
  renderDateGrid,
} from '../src/calendar/date-grid.js';
import { addDays, compareDates, weekdayOf } from '../src/format/bahrain-time.js';
import { baseStyles } from '../src/styles/gov-appointment.styles.js';
import { tokens } from '../src/styles/tokens.js';
import { accessibleName, textOf } from '../test-helpers/accessible-name.js';
import { pressWithShift } from '../test-helpers/keyboard.js';

const NATIONAL_DAY: LocalizedText = { ar: 'العيد الوطني', en: 'National Day' };
const NEW_YEAR: LocalizedText = { ar: 'رأس السنة الميلادية', en: 'New Year’s Day' };

interface DaySpec {
  slots?: number;
  holiday?: LocalizedText;
  ramadan?: boolean;
}

/**
 * A centre's calendar from `from` to `to`: closed Friday and Saturday, past days closed,
 * five free times on other days unless `special` says otherwise.
 */
function centreCalendar(
  from: string,
  to: string,
  today: string,
  special: Record<string, DaySpec> = {},
): Map<string, CalendarDay> {
  const days = new Map<string, CalendarDay>();
  for (let date = from; compareDates(date, to) <= 0; date = addDays(date, 1)) {
    const spec = special[date] ?? {};
    const weekend = weekdayOf(date) === 5 || weekdayOf(date) === 6;
    const closure =
      compareDates(date, today) < 0
        ? { reason: 'past' as const, name: null }
        : spec.holiday
          ? { reason: 'public-holiday' as const, name: spec.holiday }
          : weekend
            ? { reason: 'weekend' as const, name: null }
            : null;
    const slots = closure ? 0 : (spec.slots ?? 5);
    days.set(date, {
      date,
      open: closure === null,
      closure,
      ramadan: spec.ramadan ?? false,
      hours: closure ? [] : [{ opens: '07:00', closes: '14:00' }],
      totalSlots: closure ? 0 : 12,
      availableSlots: slots,
    });
  }
  return days;
}

const TODAY = '2026-12-03';
const DECEMBER = centreCalendar('2026-12-01', '2027-01-31', TODAY, {
  '2026-12-03': { slots: 2 },
  '2026-12-06': { slots: 12 },
  '2026-12-07': { slots: 1 },
  '2026-12-08': { slots: 0 },
  '2026-12-16': { holiday: NATIONAL_DAY },
  '2026-12-17': { holiday: NATIONAL_DAY },
  '2027-01-01': { holiday: NEW_YEAR },
});

/** Holds the grid's state the way the booking element does and records what it was told. */
class DateGridHost extends LitElement {
  static override styles = [tokens, baseStyles, dateGridStyles];

  @property({ attribute: false }) month = '2026-12';
  @property({ attribute: false }) days: ReadonlyMap<string, CalendarDay> = DECEMBER;
  @property({ attribute: false }) selected: string | null = null;
  @property({ attribute: false }) focused = '2026-12-06';
  @property({ attribute: false }) min = TODAY;
  @property({ attribute: false }) max = '2027-01-20';
  @property({ attribute: false }) language: Language = 'en';
  @property({ attribute: false }) numberingSystem = 'latn';
  @property({ attribute: false }) direction: 'ltr' | 'rtl' = 'ltr';
  @property({ attribute: false }) weekStart = 0;
  @property({ attribute: false }) loading = false;
  @property({ attribute: false }) today = TODAY;
  /** What the grid reported, in order. */
  readonly selections: string[] = [];
  readonly monthChanges: string[] = [];
  readonly unavailableChoices: { date: string; description: string }[] = [];
  private gridFocusPending = false;

  override render() {
    return renderDateGrid({
      month: this.month,
      days: this.days,
      selected: this.selected,
      focused: this.focused,
      min: this.min,
      max: this.max,
      language: this.language,
      numberingSystem: this.numberingSystem,
      dir: this.direction,
      weekStart: this.weekStart,
      loading: this.loading,
      today: this.today,
      onSelect: (date) => {
        this.selected = date;
        this.selections.push(date);
      },
      onFocus: (date) => {
        this.focused = date;
        this.gridFocusPending = true;
      },
      onMonthChange: (month) => {
        this.month = month;
        this.monthChanges.push(month);
      },
      onUnavailable: (date, description) => {
        this.unavailableChoices.push({ date, description });
      },
    });
  }

  protected override updated(): void {
    if (this.gridFocusPending) {
      this.gridFocusPending = false;
      focusGridCell(this.renderRoot as ShadowRoot, this.focused);
    }
  }
}
customElements.define('date-grid-host', DateGridHost);

/** Holds the list view's selection. */
class AvailableDatesHost extends LitElement {
  static override styles = [tokens, baseStyles, dateGridStyles];

  @property({ attribute: false }) days: readonly CalendarDay[] = [];
  @property({ attribute: false }) selected: string | null = null;

  override render() {
    return renderAvailableDatesList({
      days: this.days,
      selected: this.selected,
      language: 'en',
      numberingSystem: 'latn',
      onSelect: (date) => {
        this.selected = date;
      },
    });
  }
}
customElements.define('available-dates-host', AvailableDatesHost);

/** The calendar as a person meets it: by roles, names, focus and visible text. */
class CalendarPage {
  constructor(readonly host: DateGridHost) {}

  get root(): ShadowRoot {
    return this.host.shadowRoot as ShadowRoot;
  }

  get grid(): HTMLTableElement {
    const grid = this.root.querySelector<HTMLTableElement>('[role="grid"]');
    if (!grid) throw new Error('no grid');
    return grid;
  }

  /** Every day button, in reading order. */
  days(): HTMLButtonElement[] {
    return [...this.grid.querySelectorAll<HTMLButtonElement>('[role="gridcell"] button')];
  }

  dayNames(): string[] {
    return this.days().map(accessibleName);
  }

  /** The day whose accessible name starts with `date` written in full. */
  day(longDate: string): HTMLButtonElement {
    const day = this.days().find((button) => accessibleName(button).startsWith(`${longDate},`));
    if (!day) throw new Error(`no day named ${longDate}`);
    return day;
  }

  button(name: string): HTMLButtonElement {
    const button = [...this.root.querySelectorAll('button')].find(
      (candidate) => accessibleName(candidate) === name,
    );
    if (!button) throw new Error(`no button named ${name}`);
    return button;
  }

  focusedName(): string {
    const focused = this.root.activeElement;
    return focused ? accessibleName(focused) : '(nothing focused)';
  }

  monthLabel(): string {
    return accessibleName(this.grid);
  }

  tabStops(): string[] {
    return this.days()
      .filter((day) => day.tabIndex === 0)
      .map(accessibleName);
  }

  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.host.updateComplete;
  }

  /** Presses `key` while holding Shift. */
  async pressWithShift(key: 'PageUp' | 'PageDown'): Promise<void> {
    await pressWithShift(key);
    await this.host.updateComplete;
  }
}

async function openCalendar(setup: Partial<DateGridHost> = {}): Promise<CalendarPage> {
  const host = await fixture<DateGridHost>(html`<date-grid-host></date-grid-host>`);
  Object.assign(host, setup);
  await host.updateComplete;
  return new CalendarPage(host);
}

/** Opens the calendar and puts the keyboard focus on the day written `longDate`. */
async function focusDay(longDate: string, setup: Partial<DateGridHost> = {}) {
  const page = await openCalendar(setup);
  page.day(longDate).focus();
  return page;
}

describe('date grid', () => {
  describe('what each day says', () => {
    it('names every day with its full date and what can be booked', async () => {
      const page = await openCalendar();
      const names = page.dayNames();
      expect(names).to.have.length(31);
      expect(names).to.include.members([
        'Tuesday, 1 December 2026, not available (past)',
        'Thursday, 3 December 2026, 2 times available',
        'Friday, 4 December 2026, closed: weekend',
        'Saturday, 5 December 2026, closed: weekend',
        'Sunday, 6 December 2026, 12 times available',
        'Monday, 7 December 2026, one time available',
        'Tuesday, 8 December 2026, fully booked',
        'Wednesday, 16 December 2026, closed: National Day',
        'Thursday, 17 December 2026, closed: National Day',
      ]);
    });

    it('labels the grid with the month and heads each column with the full weekday', async () => {
      const page = await openCalendar();
      expect(page.monthLabel()).to.equal('December 2026');
      const headers = [...page.grid.querySelectorAll('th')];
      expect(headers.map((header) => header.getAttribute('scope'))).to.deep.equal(
        Array(7).fill('col'),
      );
      expect(headers.map((header) => header.getAttribute('abbr'))).to.deep.equal([
        'Sunday',
        'Monday',
        'Tuesday',
        'Wednesday',
        'Thursday',
        'Friday',
        'Saturday',
      ]);
      expect(headers.map((header) => header.textContent?.trim())).to.deep.equal([
        'Sun',
        'Mon',
        'Tue',
        'Wed',
        'Thu',
        'Fri',
        'Sat',
      ]);
    });

    it('starts each row on the week start, leaving earlier cells empty', async () => {
      const sundayFirst = await openCalendar({ weekStart: 0 });
      const firstRow = sundayFirst.grid.querySelector('tbody tr') as HTMLTableRowElement;
      // 1 December 2026 is a Tuesday: Sunday and Monday are blank.
      expect([...firstRow.cells].map((cell) => textOf(cell).trim().split(',')[0])).to.deep.equal([
        '',
        '',
        'Tuesday',
        'Wednesday',
        'Thursday',
        'Friday',
        'Saturday',
      ]);

      const saturdayFirst = await openCalendar({ weekStart: 6 });
      const headers = [...saturdayFirst.grid.querySelectorAll('th')];
      expect(headers[0]?.getAttribute('abbr')).to.equal('Saturday');
      const row = saturdayFirst.grid.querySelector('tbody tr') as HTMLTableRowElement;
      expect([...row.cells].filter((cell) => textOf(cell).trim() === '')).to.have.length(3);
      expect(saturdayFirst.grid.querySelectorAll('tbody tr')).to.have.length(5);
    });

    it('names holidays and shows digits in the widget’s language', async () => {
      const page = await openCalendar({ language: 'ar', numberingSystem: 'arab', weekStart: 6 });
      const holidays = page.days().filter((day) => accessibleName(day).includes('العيد الوطني'));
      expect(holidays).to.have.length(2);
      expect(
        holidays.map((day) => day.querySelector('.day-number')?.textContent?.trim()),
      ).to.deep.equal(['١٦', '١٧']);
      expect(accessibleName(holidays[0] as Element)).to.include('١٦ ديسمبر ٢٠٢٦');
      expect(page.monthLabel()).to.equal('ديسمبر ٢٠٢٦');
    });

    it('marks today, and only today, as the current date', async () => {
      const page = await openCalendar();
      const current = page.days().filter((day) => day.getAttribute('aria-current') === 'date');
      expect(current.map(accessibleName)).to.deep.equal([
        'Thursday, 3 December 2026, 2 times available',
      ]);
      expect(page.root.querySelector('.calendar-key')?.textContent).to.include('Today');
    });

    it('shows and says which days keep Ramadan hours', async () => {
      const page = await openCalendar({
        today: '2027-02-07',
        min: '2027-02-07',
        max: '2027-03-20',
        month: '2027-02',
        focused: '2027-02-08',
        days: centreCalendar('2027-02-01', '2027-02-28', '2027-02-07', {
          '2027-02-08': { ramadan: true, slots: 8 },
          '2027-02-09': { ramadan: true, slots: 0 },
        }),
      });
      const ramadanDay = page.day('Monday, 8 February 2027');
      expect(accessibleName(ramadanDay)).to.equal(
        'Monday, 8 February 2027, 8 times available, Ramadan hours',
      );
      expect(accessibleName(page.day('Tuesday, 9 February 2027'))).to.equal(
        'Tuesday, 9 February 2027, fully booked, Ramadan hours',
      );
      expect(ramadanDay.querySelector('.ramadan-marker')?.textContent).to.equal('☾');
      expect(page.day('Wednesday, 10 February 2027').querySelector('.ramadan-marker')).to.equal(
        null,
      );
      expect(page.root.querySelector('.calendar-key')?.textContent).to.include('Ramadan hours');
    });

    it('says the month is still loading instead of guessing', async () => {
      const page = await openCalendar({ days: new Map(), loading: true });
      expect(accessibleName(page.day('Sunday, 6 December 2026'))).to.equal(
        'Sunday, 6 December 2026, checking availability',
      );
      expect(page.grid.getAttribute('aria-busy')).to.equal('true');
      expect(page.root.textContent).to.include('Checking availability…');
    });

    it('shows availability without relying on colour', async () => {
      const page = await openCalendar();
      const marker = (longDate: string) => page.day(longDate).querySelector('.marker') as Element;
      const available = getComputedStyle(marker('Sunday, 6 December 2026'));
      const fullyBooked = getComputedStyle(marker('Tuesday, 8 December 2026'));
      expect(available.borderTopWidth).to.equal('4px');
      expect(fullyBooked.borderTopWidth).to.equal('2px');
      const closedNumber = page.day('Friday, 4 December 2026').querySelector('.day-number');
      expect(getComputedStyle(closedNumber as Element).textDecorationLine).to.include(
        'line-through',
      );
    });
  });

  describe('keyboard', () => {
    it('keeps a single tab stop, on the focused day', async () => {
      const page = await openCalendar();
      expect(page.tabStops()).to.deep.equal(['Sunday, 6 December 2026, 12 times available']);
      page.button('Next month, January 2027').focus();
      await page.press('Tab');
      expect(page.focusedName()).to.equal('Sunday, 6 December 2026, 12 times available');
    });

    it('moves by day with the left and right arrows and by week with up and down', async () => {
      const page = await focusDay('Wednesday, 9 December 2026', { focused: '2026-12-09' });
      await page.press('ArrowRight');
      expect(page.focusedName()).to.match(/^Thursday, 10 December 2026,/);
      await page.press('ArrowLeft');
      await page.press('ArrowLeft');
      expect(page.focusedName()).to.match(/^Tuesday, 8 December 2026,/);
      await page.press('ArrowDown');
      expect(page.focusedName()).to.match(/^Tuesday, 15 December 2026,/);
      await page.press('ArrowUp');
      expect(page.focusedName()).to.match(/^Tuesday, 8 December 2026,/);
      expect(page.tabStops()).to.deep.equal(['Tuesday, 8 December 2026, fully booked']);
    });

    it('moves through closed days so their reason can be heard', async () => {
      const page = await focusDay('Thursday, 3 December 2026', { focused: '2026-12-03' });
      await page.press('ArrowRight');
      expect(page.focusedName()).to.equal('Friday, 4 December 2026, closed: weekend');
    });

    it('mirrors the left and right arrows in right-to-left text', async () => {
      const page = await focusDay('Wednesday, 9 December 2026', {
        focused: '2026-12-09',
        direction: 'rtl',
      });
      await page.press('ArrowLeft');
      expect(page.focusedName()).to.match(/^Thursday, 10 December 2026,/);
      await page.press('ArrowRight');
      await page.press('ArrowRight');
      expect(page.focusedName()).to.match(/^Tuesday, 8 December 2026,/);
    });

    it('goes to the start and end of the week row with Home and End', async () => {
      const page = await focusDay('Wednesday, 9 December 2026', { focused: '2026-12-09' });
      await page.press('Home');
      expect(page.focusedName()).to.match(/^Sunday, 6 December 2026,/);
      await page.press('End');
      expect(page.focusedName()).to.match(/^Saturday, 12 December 2026,/);

      const saturdayFirst = await focusDay('Wednesday, 9 December 2026', {
        focused: '2026-12-09',
        weekStart: 6,
      });
      await saturdayFirst.press('Home');
      expect(saturdayFirst.focusedName()).to.match(/^Saturday, 5 December 2026,/);
      await saturdayFirst.press('End');
      expect(saturdayFirst.focusedName()).to.match(/^Friday, 11 December 2026,/);
    });

    it('stays within the month on Home and End in a partly filled row', async () => {
      const page = await focusDay('Tuesday, 29 December 2026', { focused: '2026-12-29' });
      await page.press('End');
      expect(page.focusedName()).to.match(/^Thursday, 31 December 2026,/);
      expect(page.host.monthChanges).to.deep.equal([]);
    });

    it('turns the month with Page Down and Page Up, keeping the day', async () => {
      const page = await focusDay('Thursday, 10 December 2026', { focused: '2026-12-10' });
      await page.press('PageDown');
      expect(page.monthLabel()).to.equal('January 2027');
      expect(page.focusedName()).to.equal('Sunday, 10 January 2027, 5 times available');
      await page.press('PageUp');
      expect(page.monthLabel()).to.equal('December 2026');
      expect(page.focusedName()).to.match(/^Thursday, 10 December 2026,/);
      expect(page.host.monthChanges).to.deep.equal(['2027-01', '2026-12']);
    });

    it('turns the month when an arrow crosses its end', async () => {
      const page = await focusDay('Tuesday, 29 December 2026', { focused: '2026-12-29' });
      await page.press('ArrowDown');
      expect(page.monthLabel()).to.equal('January 2027');
      expect(page.focusedName()).to.equal('Tuesday, 5 January 2027, 5 times available');
    });

    it('keeps the day within a shorter month and moves by a year with Shift', async () => {
      const page = await focusDay('Sunday, 31 January 2027', {
        month: '2027-01',
        focused: '2027-01-31',
        max: '2028-03-31',
      });
      await page.press('PageDown');
      expect(page.focusedName()).to.match(/^Sunday, 28 February 2027,/);
      await page.pressWithShift('PageDown');
      expect(page.monthLabel()).to.equal('February 2028');
      expect(page.focusedName()).to.match(/^Monday, 28 February 2028,/);
      await page.pressWithShift('PageUp');
      expect(page.focusedName()).to.match(/^Sunday, 28 February 2027,/);
    });

    it('does not move outside the bookable dates', async () => {
      const page = await focusDay('Thursday, 3 December 2026', { focused: '2026-12-03' });
      await page.press('ArrowLeft');
      await page.press('ArrowUp');
      await page.press('PageUp');
      expect(page.focusedName()).to.match(/^Thursday, 3 December 2026,/);
      expect(page.monthLabel()).to.equal('December 2026');

      const atEnd = await focusDay('Sunday, 17 January 2027', {
        month: '2027-01',
        focused: '2027-01-17',
      });
      await atEnd.press('ArrowDown');
      expect(atEnd.focusedName()).to.match(/^Wednesday, 20 January 2027,/);
      await atEnd.press('PageDown');
      expect(atEnd.focusedName()).to.match(/^Wednesday, 20 January 2027,/);
      expect(atEnd.monthLabel()).to.equal('January 2027');
    });
  });

  describe('choosing a day', () => {
    it('selects a day with Enter', async () => {
      const page = await focusDay('Sunday, 6 December 2026');
      await page.press('Enter');
      expect(page.host.selections).to.deep.equal(['2026-12-06']);
      const day = page.day('Sunday, 6 December 2026');
      expect(day.getAttribute('aria-pressed')).to.equal('true');
      expect(day.closest('[role="gridcell"]')?.getAttribute('aria-selected')).to.equal('true');
    });

    it('selects a day with Space', async () => {
      const page = await focusDay('Monday, 7 December 2026', { focused: '2026-12-07' });
      await page.press(' ');
      expect(page.host.selections).to.deep.equal(['2026-12-07']);
    });

    it('selects a day with a click and keeps a single selected day', async () => {
      const page = await openCalendar({ selected: '2026-12-06' });
      page.day('Wednesday, 9 December 2026').click();
      await page.host.updateComplete;
      expect(page.host.selections).to.deep.equal(['2026-12-09']);
      const selected = [...page.grid.querySelectorAll('[role="gridcell"][aria-selected="true"]')];
      expect(selected.map((cell) => accessibleName(cell))).to.deep.equal([
        'Wednesday, 9 December 2026, 5 times available',
      ]);
      expect(page.tabStops()).to.deep.equal(['Wednesday, 9 December 2026, 5 times available']);
    });

    it('does not select a day that cannot be booked, but reports why', async () => {
      const page = await focusDay('Wednesday, 16 December 2026', { focused: '2026-12-16' });
      expect(page.day('Wednesday, 16 December 2026').getAttribute('aria-disabled')).to.equal(
        'true',
      );
      await page.press('Enter');
      page.day('Tuesday, 8 December 2026').click();
      await page.host.updateComplete;
      expect(page.host.selections).to.deep.equal([]);
      expect(page.host.unavailableChoices).to.deep.equal([
        {
          date: '2026-12-16',
          description: 'Wednesday, 16 December 2026, closed: National Day',
        },
        { date: '2026-12-08', description: 'Tuesday, 8 December 2026, fully booked' },
      ]);
    });
  });

  describe('month buttons', () => {
    it('name the month they go to and stop at the bookable months', async () => {
      const page = await openCalendar();
      const previous = page.button('Previous month, November 2026');
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      previous.click();
      await page.host.updateComplete;
      expect(page.monthLabel()).to.equal('December 2026');

      const next = page.button('Next month, January 2027');
      expect(next.hasAttribute('aria-disabled')).to.equal(false);
      next.focus();
      await page.press('Enter');
      expect(page.monthLabel()).to.equal('January 2027');
      expect(page.host.monthChanges).to.deep.equal(['2027-01']);

      expect(page.focusedName()).to.equal('Next month, February 2027');
      expect(page.button('Next month, February 2027').getAttribute('aria-disabled')).to.equal(
        'true',
      );
      expect(page.button('Previous month, December 2026').hasAttribute('aria-disabled')).to.equal(
        false,
      );
    });

    it('announce the new month through a polite live heading', async () => {
      const page = await openCalendar();
      const label = page.root.getElementById(page.grid.getAttribute('aria-labelledby') ?? '');
      expect(label?.getAttribute('aria-live')).to.equal('polite');
      expect(label?.tagName).to.match(/^H[1-6]$/);
    });

    it('keep a tab stop in the grid after the month changes', async () => {
      const page = await openCalendar();
      page.button('Next month, January 2027').click();
      await page.host.updateComplete;
      expect(page.tabStops()).to.have.length(1);
      expect(page.tabStops()[0]).to.match(/^Friday, 1 January 2027,/);
    });
  });
});

describe('next available dates list', () => {
  const days = [...DECEMBER.values()].filter((day) => compareDates(day.date, TODAY) >= 0);

  async function openList(selected: string | null = null) {
    const host = await fixture<AvailableDatesHost>(
      html`<available-dates-host .days=${days.slice(0, 8)} .selected=${selected}></available-dates-host>`,
    );
    return host;
  }

  it('offers each bookable date as a button with its free times', async () => {
    const host = await openList();
    const list = host.shadowRoot?.querySelector('ul');
    expect(accessibleName(list as Element)).to.equal('Next available dates');
    const buttons = [...(host.shadowRoot?.querySelectorAll('li button') ?? [])];
    expect(buttons.map(accessibleName)).to.deep.equal([
      'Thursday, 3 December 2026 — 2 times available',
      'Sunday, 6 December 2026 — 12 times available',
      'Monday, 7 December 2026 — one time available',
      'Wednesday, 9 December 2026 — 5 times available',
      'Thursday, 10 December 2026 — 5 times available',
    ]);
  });

  it('selects a date with a click and shows it as chosen', async () => {
    const host = await openList();
    const buttons = [...(host.shadowRoot?.querySelectorAll('li button') ?? [])];
    (buttons[1] as HTMLButtonElement).click();
    await host.updateComplete;
    expect(host.selected).to.equal('2026-12-06');
    const pressed = [...(host.shadowRoot?.querySelectorAll('[aria-pressed="true"]') ?? [])];
    expect(pressed.map(accessibleName)).to.deep.equal([
      'Sunday, 6 December 2026 — 12 times available',
    ]);
  });

  it('renders nothing when no date has free times', async () => {
    const host = await fixture<AvailableDatesHost>(
      html`<available-dates-host .days=${days.filter((day) => !day.open)}></available-dates-host>`,
    );
    expect(host.shadowRoot?.querySelector('ul')).to.equal(null);
    expect(host.shadowRoot?.textContent?.trim()).to.equal('');
  });
});
