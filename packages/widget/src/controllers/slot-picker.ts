/**
 * Choosing a date and a time and holding a place there: the part of the flow that booking and
 * rescheduling share. Availability is loaded a month at a time and kept per month, so paging
 * back and forth in the calendar costs no requests.
 */
import { type AppointmentsClient, NetworkError, TimeoutError } from '@gov-appointment/sdk';
import type { CalendarDay, DaySlots, Hold, Slot } from '@gov-appointment/sdk/schemas';
import { addDays, compareDates, startOfMonth, todayInBahrain } from '../format/bahrain-time.js';
import { IDLE, LatestRequest, type Remote } from './remote.js';

export interface SlotPickerTarget {
  readonly centreId: string;
  readonly serviceId: string;
  /** How many days ahead the service may be booked. */
  readonly bookingWindowDays: number;
  /**
   * When moving a booking, its present start: that time is shown as the booking's own and can
   * never be chosen (holding it would take a second place to "move" to the same time).
   */
  readonly currentBookingStart?: string;
}

/**
 * Whether a request failed without saying whether the server acted on it: the connection
 * dropped, the answer took too long, or the server broke while answering.
 */
function outcomeUnknown(error: unknown): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 500;
}

/** How many dates the "next available dates" list offers. */
const AVAILABLE_DATES_SHOWN = 6;

export class SlotPicker {
  /** The month shown, `YYYY-MM`. */
  month: string;
  /** The day with keyboard focus in the grid. */
  focused: string;
  /** The chosen day. */
  date: string | null = null;
  calendar: Remote<ReadonlyMap<string, CalendarDay>> = IDLE;
  slots: Remote<DaySlots> = IDLE;
  /** The slot being held (or whose hold is being placed). */
  slot: Slot | null = null;
  hold: Hold | null = null;
  holdRequest: Remote<Hold> = IDLE;
  readonly today: string;
  readonly lastDay: string;

  private readonly days = new Map<string, CalendarDay>();
  private readonly loadedMonths = new Set<string>();
  private readonly calendarRequest = new LatestRequest();
  private readonly slotsRequest = new LatestRequest();
  private readonly holdRequestRunner = new LatestRequest();
  /**
   * The idempotency key of a hold request that got no clear answer. Asking again for the same
   * slot sends it again, so the server answers with the place it may already have kept instead
   * of keeping a second one for ten minutes; another slot is a new request with a new key.
   */
  private unansweredHold: { readonly slot: Slot; readonly key: string } | null = null;

  constructor(
    private readonly client: AppointmentsClient,
    readonly target: SlotPickerTarget,
    private readonly changed: () => void,
    now: Date = new Date(),
  ) {
    this.today = todayInBahrain(now);
    this.lastDay = addDays(this.today, target.bookingWindowDays);
    this.month = this.today.slice(0, 7);
    this.focused = this.today;
  }

  get firstMonth(): string {
    return this.today.slice(0, 7);
  }

  get lastMonth(): string {
    return this.lastDay.slice(0, 7);
  }

  /** Every loaded day, for the grid. */
  get knownDays(): ReadonlyMap<string, CalendarDay> {
    return this.days;
  }

  /** The next dates with free places, for the list view. */
  get availableDates(): CalendarDay[] {
    return [...this.days.values()]
      .filter((day) => day.open && day.availableSlots > 0)
      .sort((a, b) => compareDates(a.date, b.date))
      .slice(0, AVAILABLE_DATES_SHOWN);
  }

  /** Loads the month shown, and the next one while fewer than a handful of dates are free. */
  async showMonth(month: string): Promise<void> {
    this.month = month;
    if (!this.focused.startsWith(month)) {
      const first = `${month}-01`;
      this.focused = compareDates(first, this.today) < 0 ? this.today : first;
    }
    await this.loadMonth(month);
    const next = startOfMonth(addDays(`${month}-28`, 7)).slice(0, 7);
    if (this.availableDates.length < AVAILABLE_DATES_SHOWN && next <= this.lastMonth) {
      await this.loadMonth(next, false);
    }
  }

  async loadMonth(month: string, visible = true): Promise<void> {
    if (this.loadedMonths.has(month)) {
      if (visible) this.calendar = { status: 'ready', value: this.days };
      this.changed();
      return;
    }
    const first = `${month}-01`;
    const from = compareDates(first, this.today) < 0 ? this.today : first;
    const monthEnd = addDays(startOfMonth(addDays(`${month}-28`, 7)), -1);
    const to = compareDates(monthEnd, this.lastDay) > 0 ? this.lastDay : monthEnd;
    if (compareDates(from, to) > 0) return;
    await this.calendarRequest.run(
      (signal) =>
        this.client.getAvailability(
          { centreId: this.target.centreId, serviceId: this.target.serviceId, from, to },
          { signal },
        ),
      (state) => {
        if (state.status === 'ready') {
          for (const day of state.value.days) this.days.set(day.date, day);
          this.loadedMonths.add(month);
          this.calendar = { status: 'ready', value: this.days };
        } else if (visible || state.status === 'failed') {
          this.calendar =
            state.status === 'loading' ? { status: 'loading', previous: this.days } : state;
        }
        this.changed();
      },
    );
  }

  /** Forgets the loaded availability (after a failure, or when places changed). */
  async reload(): Promise<void> {
    this.days.clear();
    this.loadedMonths.clear();
    await this.showMonth(this.month);
    if (this.date) await this.loadSlots();
  }

  async chooseDate(date: string): Promise<void> {
    this.date = date;
    this.focused = date;
    this.month = date.slice(0, 7);
    await this.loadSlots();
  }

  async loadSlots(): Promise<void> {
    const date = this.date;
    if (!date) return;
    await this.slotsRequest.run(
      (signal) =>
        this.client.getSlots(
          { centreId: this.target.centreId, serviceId: this.target.serviceId, date },
          { signal },
        ),
      (state) => {
        this.slots = state;
        this.changed();
      },
    );
  }

  /** Whether `slot` is the time of the booking being moved. */
  isCurrentBooking(slot: Slot): boolean {
    const current = this.target.currentBookingStart;
    return current !== undefined && Date.parse(slot.start) === Date.parse(current);
  }

  /**
   * Holds a place in the slot. Resolves with the hold, or undefined when it failed (the
   * failure is in `holdRequest`) or the slot is the booking's own. A hold already placed for
   * another slot is released first.
   */
  async holdSlot(slot: Slot): Promise<Hold | undefined> {
    if (this.isCurrentBooking(slot)) return undefined;
    if (this.hold && this.hold.slotId === slot.id) return this.hold;
    await this.release();
    this.slot = slot;
    const idempotencyKey =
      this.unansweredHold?.slot.id === slot.id ? this.unansweredHold.key : crypto.randomUUID();
    this.unansweredHold = null;
    const hold = await this.holdRequestRunner.run(
      (signal) => this.client.createHold({ slotId: slot.id }, { signal, idempotencyKey }),
      (state) => {
        this.holdRequest = state;
        this.changed();
      },
    );
    if (hold) this.hold = hold;
    else if (this.holdRequest.status === 'failed') {
      this.slot = null;
      if (outcomeUnknown(this.holdRequest.error)) {
        this.unansweredHold = { slot, key: idempotencyKey };
      }
    }
    this.changed();
    return hold;
  }

  /**
   * The slot whose hold request got no clear answer, for "Try again": the place may be kept
   * already, and the times then show it as taken.
   */
  get unansweredSlot(): Slot | null {
    return this.unansweredHold?.slot ?? null;
  }

  async extend(): Promise<Hold> {
    if (!this.hold) throw new Error('No hold to extend');
    const hold = await this.client.extendHold(this.hold.id);
    this.hold = hold;
    this.changed();
    return hold;
  }

  /** Lets the place go (the user went back, or left). Failures are ignored: holds expire anyway. */
  async release(): Promise<void> {
    const hold = this.hold;
    this.hold = null;
    this.slot = null;
    this.holdRequest = IDLE;
    this.holdRequestRunner.abort();
    if (hold) await this.client.releaseHold(hold.id).catch(() => undefined);
  }

  /**
   * The page is being closed or left for good: gives the place back in a request that is
   * completed after the page is gone, so that it does not stay blocked until it expires.
   */
  releaseAsPageCloses(): void {
    if (this.hold) void this.client.releaseHold(this.hold.id, { keepalive: true }).catch(() => {});
  }

  /** The hold lapsed: forget it without calling the API. */
  forgetHold(): void {
    this.hold = null;
    this.slot = null;
    this.holdRequest = IDLE;
  }

  dispose(): void {
    this.calendarRequest.abort();
    this.slotsRequest.abort();
    this.holdRequestRunner.abort();
  }
}
