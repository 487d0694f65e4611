/**
 * One run against a server: the client, the free slots of the test centre, the actions every
 * check builds on (hold, book, cancel, read a slot's places), and the bookkeeping that lets
 * the run clean up after itself: every hold still live is released and every booking still
 * confirmed is cancelled at the end.
 *
 * A booking can be changed only until its `changeableUntil` (its start minus the service's
 * `changeCutoffMinutes`), so the slots the checks book start beyond that cutoff: a booking the
 * run cannot cancel would stay on the centre's books.
 */
import { HEADER, type OperationId } from '@gov-appointment/sdk/contract';
import type { Booking, DaySlots, Hold, Service, Slot } from '@gov-appointment/sdk/schemas';
import { ApiClient, type ApiRequest, describeAnswer, type Exchange } from './api-client.js';
import type { ResolvedOptions } from './options.js';

/** A slot found free when the run started, with the date to read it back. */
export interface FreeSlot {
  readonly id: string;
  readonly date: string;
  /** When it starts (epoch milliseconds). */
  readonly start: number;
  readonly capacity: number;
  /** Places left when it was found. */
  readonly remaining: number;
}

/** A booking made by the run, with what is needed to change it. */
export interface MadeBooking {
  readonly reference: string;
  readonly slotId: string;
  /** Until when the server says it can be changed (epoch milliseconds, from `changeableUntil`). */
  changeableUntil: number;
  etag: string;
  status: 'confirmed' | 'cancelled';
}

/** Stops a check: the server did not do something the check needs in order to go on. */
export class CheckFailure extends Error {
  override name = 'CheckFailure';
}

/** What cleaning up achieved, for the report. */
export interface CleanupSummary {
  readonly holdsReleased: number;
  readonly bookingsCancelled: number;
  /** What could not be undone (booking references, hold ids), with why. */
  readonly leftovers: readonly string[];
}

/** How many free slots the run looks for before it starts (more are found as needed). */
const POOL_TARGET = 48;
/**
 * How long after the search a booked slot must still be changeable: the checks that book it
 * cancel or move it within a run, which takes a few minutes at most.
 */
export const CHANGE_MARGIN_MINUTES = 15;

export class TestRun {
  readonly client: ApiClient;
  readonly options: ResolvedOptions;
  /** Free slots that stay changeable for the whole run once booked. */
  readonly #pool: FreeSlot[] = [];
  /** Free slots whose bookings could no longer be changed: start within the service's cutoff. */
  readonly #insideCutoff: FreeSlot[] = [];
  #service: Service | undefined;
  readonly #liveHolds = new Set<string>();
  readonly #bookings = new Map<string, MadeBooking>();
  readonly #leftovers: string[] = [];
  readonly #shared = new Map<string, Promise<unknown>>();

  constructor(options: ResolvedOptions) {
    this.options = options;
    this.client = new ApiClient({
      baseUrl: options.baseUrl,
      bearerToken: options.bearerToken,
      origin: options.origin,
      timeoutMs: options.requestTimeoutMs,
      fetch: options.fetch,
    });
  }

  /** Runs `work` once per run; later callers share its result (a tour several checks judge). */
  once<T>(name: string, work: () => Promise<T>): Promise<T> {
    let shared = this.#shared.get(name) as Promise<T> | undefined;
    if (!shared) {
      shared = work();
      this.#shared.set(name, shared);
    }
    return shared;
  }

  /** The test centre's availability path for the test service. */
  get availabilityPath(): string {
    const { centreId, serviceId } = this.options;
    return `/centres/${encodeURIComponent(centreId)}/services/${encodeURIComponent(serviceId)}`;
  }

  /** The test service as the server describes it; read by {@link findFreeSlots}. */
  get service(): Service {
    if (!this.#service) throw new Error('findFreeSlots() reads the service first.');
    return this.#service;
  }

  /**
   * Finds the free slots of the coming days (once), keeping apart those that start within the
   * service's change cutoff. Throws when none starts beyond it.
   */
  async findFreeSlots(): Promise<void> {
    await this.once('free-slots', async () => {
      const { serviceId } = this.options;
      const service = await this.expect(
        {
          operationId: 'getService',
          method: 'GET',
          path: `/services/${encodeURIComponent(serviceId)}`,
        },
        200,
      );
      this.#service = service.json as Service;
      const cutoffMinutes = this.#service.changeCutoffMinutes;
      const now = Date.now();
      const changeableFrom = now + (cutoffMinutes + CHANGE_MARGIN_MINUTES) * 60_000;
      const from = bahrainToday();
      const to = addDays(from, this.options.searchDays - 1);
      const calendar = await this.expect(
        {
          operationId: 'getAvailability',
          method: 'GET',
          path: `${this.availabilityPath}/availability?from=${from}&to=${to}`,
        },
        200,
      );
      const days = (calendar.json as { days?: { date: string; availableSlots: number }[] }).days;
      for (const day of days ?? []) {
        if (this.#pool.length >= POOL_TARGET) break;
        if (!(day.availableSlots > 0)) continue;
        for (const slot of (await this.daySlots(day.date)).slots) {
          if (!(slot.remaining > 0)) continue;
          const free = freeSlot(slot, day.date);
          if (free.start > changeableFrom) this.#pool.push(free);
          else if (free.start > now) this.#insideCutoff.push(free);
        }
      }
      if (this.#pool.length === 0) {
        throw new CheckFailure(
          `The centre has no free slot for the service from ${from} to ${to} that starts more than ${cutoffMinutes + CHANGE_MARGIN_MINUTES} minutes from now (the service's changeCutoffMinutes of ${cutoffMinutes}, plus ${CHANGE_MARGIN_MINUTES} for the run); bookings of earlier slots cannot be cancelled, and the run needs some.`,
        );
      }
    });
  }

  /** Takes a free slot no other check uses, with at least `minRemaining` places. */
  takeSlot(minRemaining = 1, maxRemaining = Number.POSITIVE_INFINITY): FreeSlot {
    const index = this.#pool.findIndex(
      (slot) => slot.remaining >= minRemaining && slot.remaining <= maxRemaining,
    );
    const fallback =
      index >= 0 ? index : this.#pool.findIndex((slot) => slot.remaining >= minRemaining);
    if (fallback < 0) {
      throw new CheckFailure(
        `No more free slots with ${minRemaining} or more places that start beyond the service's change cutoff (${this.service.changeCutoffMinutes} minutes, plus ${CHANGE_MARGIN_MINUTES} for the run) at the test centre; free some or name a centre with more.`,
      );
    }
    const [slot] = this.#pool.splice(fallback, 1);
    return slot as FreeSlot;
  }

  /**
   * A free slot whose booking is already past its `changeableUntil`, or `undefined` when the
   * coming hours have none (the run cannot cancel what it books there).
   */
  takeSlotInsideCutoff(): FreeSlot | undefined {
    const now = Date.now();
    const index = this.#insideCutoff.findIndex((slot) => slot.start > now);
    return index < 0 ? undefined : this.#insideCutoff.splice(index, 1)[0];
  }

  /** The rest of the free slots, for the rush hour (no check uses them afterwards). */
  takeAllSlots(): FreeSlot[] {
    return this.#pool.splice(0, this.#pool.length);
  }

  async daySlots(date: string): Promise<DaySlots> {
    const answer = await this.expect(
      {
        operationId: 'getSlots',
        method: 'GET',
        path: `${this.availabilityPath}/slots?date=${date}`,
      },
      200,
    );
    return answer.json as DaySlots;
  }

  /** How many places a slot has left now. */
  async remainingOf(slot: FreeSlot): Promise<number> {
    const found = (await this.daySlots(slot.date)).slots.find(
      (candidate) => candidate.id === slot.id,
    );
    if (!found) throw new CheckFailure(`Slot ${slot.id} is no longer listed for ${slot.date}.`);
    return found.remaining;
  }

  /** Asks for a hold; the exchange is returned whatever the answer. */
  async requestHold(slotId: string, idempotencyKey?: string): Promise<Exchange> {
    const answer = await this.client.send({
      operationId: 'createHold',
      method: 'POST',
      path: '/holds',
      body: { slotId },
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
    this.noteHold(answer);
    return answer;
  }

  /** Records a hold the server granted, so that it is released at the end. */
  noteHold(answer: Exchange): void {
    const id = (answer.json as Partial<Hold> | undefined)?.id;
    if (answer.status === 201 && typeof id === 'string') this.#liveHolds.add(id);
  }

  /** A hold the check needs: throws when the server refuses it. */
  async hold(slotId: string, idempotencyKey?: string): Promise<Hold> {
    const answer = await this.requestHold(slotId, idempotencyKey);
    if (answer.status !== 201) {
      throw new CheckFailure(`Holding a free slot answered ${describeAnswer(answer)}, not 201.`);
    }
    return answer.json as Hold;
  }

  async releaseHold(holdId: string): Promise<Exchange> {
    const answer = await this.client.send({
      operationId: 'releaseHold',
      method: 'DELETE',
      path: `/holds/${encodeURIComponent(holdId)}`,
    });
    if (answer.status === 204 || answer.status === 404) this.#liveHolds.delete(holdId);
    return answer;
  }

  /** The booking request for the test applicant. */
  bookingBody(holdId: string): Record<string, unknown> {
    return {
      holdId,
      applicant: {
        name: this.options.applicantName,
        nationalId: this.options.nationalId,
        mobile: this.options.mobile,
      },
      accessibilityNeeds: [],
      notificationLanguage: 'en',
    };
  }

  /** Books a hold for the test applicant; throws when the server refuses. */
  async book(hold: Pick<Hold, 'id' | 'slotId'>, idempotencyKey?: string): Promise<MadeBooking> {
    const answer = await this.client.send({
      operationId: 'createBooking',
      method: 'POST',
      path: '/bookings',
      body: this.bookingBody(hold.id),
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
    if (answer.status !== 201) {
      throw new CheckFailure(`Booking a live hold answered ${describeAnswer(answer)}, not 201.`);
    }
    this.#liveHolds.delete(hold.id);
    return this.noteBooking(answer, hold.slotId);
  }

  /** Records a booking the server made, so that it is cancelled at the end. */
  noteBooking(answer: Exchange, slotId: string): MadeBooking {
    const booking = answer.json as Booking;
    const made: MadeBooking = {
      reference: booking.reference,
      slotId,
      changeableUntil: Date.parse(booking.changeableUntil),
      etag: answer.headers.get(HEADER.etag) ?? '',
      status: 'confirmed',
    };
    this.#bookings.set(made.reference, made);
    return made;
  }

  /** Takes charge of a booking made outside the client (the rush hour), to cancel it at the end. */
  adoptBooking(booking: MadeBooking): void {
    this.#bookings.set(booking.reference, booking);
  }

  /** Holds a free slot and books it. */
  async bookSlot(slot: FreeSlot): Promise<MadeBooking> {
    return this.book(await this.hold(slot.id));
  }

  /** Sends a booking change with the test applicant's national ID. */
  async changeBooking(
    operationId: Extract<OperationId, 'cancelBooking' | 'rescheduleBooking'>,
    booking: MadeBooking,
    body: unknown,
    ifMatch: string | null,
  ): Promise<Exchange> {
    const action = operationId === 'cancelBooking' ? 'cancel' : 'reschedule';
    const answer = await this.client.send({
      operationId,
      method: 'POST',
      path: `/bookings/${encodeURIComponent(booking.reference)}/${action}`,
      headers: {
        [HEADER.nationalId]: this.options.nationalId,
        ...(ifMatch === null ? {} : { [HEADER.ifMatch]: ifMatch }),
      },
      body,
    });
    if (answer.status === 200) {
      booking.etag = answer.headers.get(HEADER.etag) ?? booking.etag;
      booking.status = (answer.json as Booking).status;
    }
    return answer;
  }

  /** Cancels a booking of the run; throws when the server refuses. */
  async cancel(booking: MadeBooking): Promise<void> {
    if (!isChangeable(booking)) {
      throw new CheckFailure(
        `Booking ${booking.reference} can no longer be cancelled: the server gave it changeableUntil ${new Date(booking.changeableUntil).toISOString()}, which has passed, although its slot was chosen to start more than ${CHANGE_MARGIN_MINUTES} minutes beyond the service's change cutoff.`,
      );
    }
    const answer = await this.changeBooking('cancelBooking', booking, {}, booking.etag);
    if (answer.status !== 200) {
      throw new CheckFailure(
        `Cancelling ${booking.reference} with its ETag answered ${describeAnswer(answer)}, not 200.`,
      );
    }
  }

  async getBooking(reference: string, nationalId = this.options.nationalId): Promise<Exchange> {
    return this.client.send({
      operationId: 'getBooking',
      method: 'GET',
      path: `/bookings/${encodeURIComponent(reference)}`,
      headers: { [HEADER.nationalId]: nationalId },
    });
  }

  /** Notes what the run leaves behind on purpose (e.g. a reference locked by the throttle). */
  noteLeftover(text: string): void {
    this.#leftovers.push(text);
  }

  /** Sends a request that must get `status`; throws with what came instead. */
  async expect(request: ApiRequest, status: number): Promise<Exchange> {
    const answer = await this.client.send(request);
    if (answer.status !== status) {
      throw new CheckFailure(
        `${request.method} ${request.path.split('?')[0]} answered ${describeAnswer(answer)}, not ${status}.`,
      );
    }
    return answer;
  }

  /** Releases every hold still live and cancels every booking still confirmed. */
  async cleanUp(): Promise<CleanupSummary> {
    let holdsReleased = 0;
    let bookingsCancelled = 0;
    const leftovers = [...this.#leftovers];
    for (const holdId of [...this.#liveHolds]) {
      const answer = await this.releaseHold(holdId).catch(() => null);
      if (answer?.status === 204) holdsReleased += 1;
      else if (answer?.status !== 404) leftovers.push(`hold ${holdId} (release failed)`);
    }
    for (const booking of this.#bookings.values()) {
      if (booking.status !== 'confirmed') continue;
      if (!isChangeable(booking)) {
        leftovers.push(
          `booking ${booking.reference} (its changeableUntil ${new Date(booking.changeableUntil).toISOString()} has passed: only the centre can cancel it)`,
        );
        continue;
      }
      const answer = await this.changeBooking('cancelBooking', booking, {}, booking.etag).catch(
        () => null,
      );
      if (answer?.status === 200) bookingsCancelled += 1;
      else leftovers.push(`booking ${booking.reference} (cancel answered ${answer?.status})`);
    }
    return { holdsReleased, bookingsCancelled, leftovers };
  }
}

function freeSlot(slot: Slot, date: string): FreeSlot {
  return {
    id: slot.id,
    date,
    start: Date.parse(slot.start),
    capacity: slot.capacity,
    remaining: slot.remaining,
  };
}

/** Whether the server still takes changes to the booking (a missing instant counts as yes). */
function isChangeable(booking: MadeBooking, now = Date.now()): boolean {
  return Number.isNaN(booking.changeableUntil) || booking.changeableUntil > now;
}

/** Today's date in Bahrain (UTC+3, no daylight saving). */
function bahrainToday(now = Date.now()): string {
  return new Date(now + 3 * 3_600_000).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

export function sleep(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
