/**
 * The state behind the mock API: the seeded catalogue, slot inventory, holds and bookings.
 *
 * Every method that checks capacity and then writes runs synchronously from the check to
 * the write, so concurrent requests can never take more places than a slot has.
 */

import { CONTRACT_RULES } from '@gov-appointment/sdk/contract';
import type {
  Booking,
  BookingRequest,
  CalendarDay,
  CancellationReason,
  Hold,
  Service,
  Slot,
} from '@gov-appointment/sdk/schemas';
import { ApiProblem } from '../api-problem.js';
import { type Catalogue, createCatalogue } from '../seed/catalogue.js';
import { type BookingRecord, bookingView, changeableUntil } from './booking-record.js';
import { type HoldRecord, holdView } from './hold-record.js';
import { createIdentifierSource, type IdentifierSource } from './identifiers.js';
import { type OccupancyConditions, SlotInventory } from './slot-inventory.js';
import { VerificationThrottle } from './verification-throttle.js';

export type { OccupancyConditions } from './slot-inventory.js';

export interface MockStoreOptions {
  readonly seed: number;
  readonly now: () => Date;
  /** How long a hold keeps its place. */
  readonly holdMinutes: number;
  /** How many times a hold may be extended. */
  readonly maxHoldExtensions: number;
}

export interface CreateHoldConditions extends OccupancyConditions {
  /** Hold period in seconds instead of the configured minutes (`hold-expiry`). */
  readonly holdSeconds?: number;
  /** Someone else takes the slot's last places first (`slot-taken`). */
  readonly slotTakenByOthers?: () => boolean;
}

/**
 * Holds are forgotten this long after they ran out: by then no idempotent replay can name
 * them, and a mock left running for weeks keeps only the last day's holds.
 */
const HOLD_RETENTION_MS = CONTRACT_RULES.idempotencyKeyHours * 60 * 60 * 1000;
/** Looking for such holds at most this often keeps creating holds cheap. */
const HOLD_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

export class MockStore {
  readonly catalogue: Catalogue;
  readonly #options: MockStoreOptions;
  readonly #inventory: SlotInventory;
  #holds = new Map<string, HoldRecord>();
  #bookings = new Map<string, BookingRecord>();
  #nextHoldSweep = Number.NEGATIVE_INFINITY;
  readonly #identifiers: IdentifierSource = createIdentifierSource();
  /** Failed national-ID checks per booking reference. */
  readonly verificationThrottle = new VerificationThrottle();

  constructor(options: MockStoreOptions) {
    this.#options = options;
    this.catalogue = createCatalogue(options.seed);
    this.#inventory = new SlotInventory({
      catalogue: this.catalogue,
      seed: options.seed,
      now: () => this.now(),
      holdKeepsPlace: (holdId) => {
        const hold = this.#holds.get(holdId);
        return hold?.state === 'active' && hold.expiresAt > this.now();
      },
    });
  }

  /** Back to the seeded state: no holds, no bookings, occupancy as seeded for today. */
  reset(): void {
    this.#inventory.reset();
    this.#holds = new Map();
    this.#bookings = new Map();
    this.#nextHoldSweep = Number.NEGATIVE_INFINITY;
    this.verificationThrottle.clear();
  }

  /** The injected clock, in ms since the epoch. */
  now(): number {
    return this.#options.now().getTime();
  }

  /** Today in Bahrain by the injected clock. */
  today(): string {
    return this.#inventory.today();
  }

  /** Every day from `from` to `to` inclusive. The centre must offer the service. */
  calendar(
    centreId: string,
    serviceId: string,
    from: string,
    to: string,
    conditions: OccupancyConditions = {},
  ): CalendarDay[] {
    return this.#inventory.calendar(centreId, serviceId, from, to, conditions);
  }

  /** The bookable slots of one day in start order, full ones included. */
  slots(
    centreId: string,
    serviceId: string,
    date: string,
    conditions: OccupancyConditions = {},
  ): Slot[] {
    return this.#inventory.slots(centreId, serviceId, date, conditions);
  }

  /** The first day with a free place, within the service's booking window. */
  nextAvailableDate(
    centreId: string,
    serviceId: string,
    conditions: OccupancyConditions = {},
  ): string | null {
    return this.#inventory.nextAvailableDate(centreId, serviceId, conditions);
  }

  /** Keeps one place of a bookable slot for the hold period; `slot-full` when none is left. */
  createHold(slotId: string, conditions: CreateHoldConditions = {}): Hold {
    const slot = this.#inventory.bookableSlot(slotId);
    if (!slot) {
      throw new ApiProblem('not-found', 'No bookable slot has this id; list the slots again.');
    }
    const remaining = this.#inventory.remaining(slot, conditions);
    if (remaining > 0 && conditions.slotTakenByOthers?.()) {
      this.#inventory.activityOf(slot.id).takenByOthers += remaining;
      throw new ApiProblem('slot-full', 'Someone else has just taken the last place of this slot.');
    }
    if (remaining < 1) {
      throw new ApiProblem('slot-full', 'This slot has no place left; choose another time.');
    }
    this.#forgetPastHolds();
    const hold: HoldRecord = {
      id: this.#uniqueHoldId(),
      slotId: slot.id,
      centreId: slot.centreId,
      serviceId: slot.serviceId,
      start: slot.start,
      end: slot.end,
      expiresAt: this.now() + this.#holdPeriodMs(conditions.holdSeconds),
      extensionsUsed: 0,
      state: 'active',
    };
    this.#holds.set(hold.id, hold);
    this.#inventory.activityOf(slot.id).holdIds.add(hold.id);
    return this.#holdView(hold);
  }

  /** Gives a live hold a full period again from now, a limited number of times. */
  extendHold(holdId: string, conditions: { readonly holdSeconds?: number } = {}): Hold {
    const hold = this.#liveHold(holdId);
    if (hold.extensionsUsed >= this.#options.maxHoldExtensions) {
      throw new ApiProblem(
        'hold-extension-limit',
        `A hold can be extended ${this.#options.maxHoldExtensions} times; this one cannot be extended again.`,
      );
    }
    hold.extensionsUsed += 1;
    hold.expiresAt = this.now() + this.#holdPeriodMs(conditions.holdSeconds);
    return this.#holdView(hold);
  }

  /** Frees a held place. Releasing an expired, released or used hold changes nothing. */
  releaseHold(holdId: string): void {
    const hold = this.#holds.get(holdId);
    if (!hold) throw new ApiProblem('hold-not-found', 'There is no hold with this id.');
    if (hold.state !== 'active') return;
    hold.state = 'released';
    this.#inventory.activityOf(hold.slotId).holdIds.delete(hold.id);
  }

  /** Turns a live hold into a booking. */
  createBooking(
    request: BookingRequest,
    conditions: { readonly slotTakenByOthers?: () => boolean } = {},
  ): BookingRecord {
    const hold = this.#liveHold(request.holdId);
    const service = this.#requireService(hold.serviceId);
    if (request.applicant.bookingFor && !service.allowsBookingForOthers) {
      throw new ApiProblem('validation-failed', 'This service cannot be booked for someone else.', {
        errors: [
          {
            pointer: '/applicant/bookingFor',
            code: 'invalid',
            detail: 'Only the person who will attend can book this service.',
          },
        ],
      });
    }
    const activity = this.#inventory.activityOf(hold.slotId);
    if (conditions.slotTakenByOthers?.()) {
      hold.state = 'lost';
      activity.holdIds.delete(hold.id);
      activity.takenByOthers += 1;
      throw new ApiProblem(
        'slot-full',
        'Someone else has booked the last place of this slot; choose another time.',
      );
    }
    const now = this.now();
    const reference = this.#uniqueReference();
    const record: BookingRecord = {
      reference,
      status: 'confirmed',
      version: 1,
      serviceId: hold.serviceId,
      centreId: hold.centreId,
      slotId: hold.slotId,
      start: hold.start,
      end: hold.end,
      applicant: {
        name: request.applicant.name,
        nationalId: request.applicant.nationalId,
        mobile: request.applicant.mobile,
        email: request.applicant.email ?? null,
        bookingFor: request.applicant.bookingFor ?? null,
      },
      accessibilityNeeds: [...request.accessibilityNeeds],
      accessibilityNotes: request.accessibilityNotes ?? null,
      notificationLanguage: request.notificationLanguage,
      checkInCode: this.#identifiers.checkInCode(reference),
      cancellationReason: null,
      createdAt: now,
      updatedAt: now,
    };
    hold.state = 'booked';
    activity.holdIds.delete(hold.id);
    activity.bookingReferences.add(reference);
    this.#bookings.set(reference, record);
    return record;
  }

  /**
   * Every hold still remembered (live, expired, released, used or lost), for checks across
   * the whole store: a test that nothing was left holding a place, say.
   */
  holdRecords(): readonly Readonly<HoldRecord>[] {
    return [...this.#holds.values()];
  }

  /** Every booking, as stored, for checks across the whole store. */
  bookingRecords(): readonly Readonly<BookingRecord>[] {
    return [...this.#bookings.values()];
  }

  /** The booking with this reference, as stored (with the applicant's full details). */
  booking(reference: string): BookingRecord | undefined {
    return this.#bookings.get(reference);
  }

  /** Cancels a confirmed, future booking and frees its place. */
  cancelBooking(reference: string, reason: CancellationReason | null): BookingRecord {
    const record = this.#modifiableBooking(reference);
    record.status = 'cancelled';
    record.cancellationReason = reason;
    record.version += 1;
    record.updatedAt = this.now();
    this.#inventory.activityOf(record.slotId).bookingReferences.delete(reference);
    return record;
  }

  /**
   * Moves a booking to the slot of a live hold for the same service: the hold's place
   * becomes the booking's and the old place is freed in one step, or nothing changes.
   */
  rescheduleBooking(reference: string, holdId: string): BookingRecord {
    const record = this.#modifiableBooking(reference);
    const hold = this.#liveHold(holdId);
    if (hold.serviceId !== record.serviceId) {
      throw new ApiProblem('validation-failed', 'The hold is for a different service.', {
        errors: [
          {
            pointer: '/holdId',
            code: 'invalid',
            detail: 'A booking can only move to a slot of the same service.',
          },
        ],
      });
    }
    this.#inventory.activityOf(record.slotId).bookingReferences.delete(reference);
    const target = this.#inventory.activityOf(hold.slotId);
    target.holdIds.delete(hold.id);
    target.bookingReferences.add(reference);
    hold.state = 'booked';
    record.centreId = hold.centreId;
    record.slotId = hold.slotId;
    record.start = hold.start;
    record.end = hold.end;
    record.version += 1;
    record.updatedAt = this.now();
    return record;
  }

  /** A booking as the API shows it. */
  bookingView(record: BookingRecord): Booking {
    const centre = this.catalogue.centre(record.centreId);
    if (!centre) throw new Error(`Booking ${record.reference} names unknown centre`);
    return bookingView(record, this.#requireService(record.serviceId), centre);
  }

  #holdView(hold: HoldRecord): Hold {
    return holdView(hold, this.#options.maxHoldExtensions, this.now());
  }

  #holdPeriodMs(holdSeconds: number | undefined): number {
    return (holdSeconds ?? this.#options.holdMinutes * 60) * 1000;
  }

  #requireService(serviceId: string): Service {
    const service = this.catalogue.service(serviceId);
    if (!service) throw new Error(`Unknown service ${serviceId}`);
    return service;
  }

  /** An active hold that has not expired, or the problem explaining why there is none. */
  #liveHold(holdId: string): HoldRecord {
    const hold = this.#holds.get(holdId);
    if (hold?.state !== 'active') {
      throw new ApiProblem(
        'hold-not-found',
        hold
          ? 'This hold was released or has already been used.'
          : 'There is no hold with this id.',
      );
    }
    if (hold.expiresAt <= this.now()) {
      throw new ApiProblem('hold-expired', 'The hold has expired; choose a time again.');
    }
    return hold;
  }

  #modifiableBooking(reference: string): BookingRecord {
    const record = this.#bookings.get(reference);
    if (!record)
      throw new ApiProblem('booking-not-found', 'There is no booking with this reference.');
    if (record.status !== 'confirmed') {
      throw new ApiProblem('booking-not-modifiable', 'The booking has been cancelled.');
    }
    if (record.start <= this.now()) {
      throw new ApiProblem('booking-not-modifiable', 'The appointment has already started.');
    }
    const service = this.#requireService(record.serviceId);
    if (changeableUntil(record, service) <= this.now()) {
      throw new ApiProblem(
        'booking-not-modifiable',
        `The booking can be changed online until ${service.changeCutoffMinutes} minutes before it starts; that time has passed. Contact the centre to change it.`,
      );
    }
    return record;
  }

  /** A hold ends at `expiresAt` at the latest (released and used ones end earlier). */
  #forgetPastHolds(): void {
    const now = this.now();
    if (now < this.#nextHoldSweep) return;
    this.#nextHoldSweep = now + HOLD_SWEEP_INTERVAL_MS;
    for (const [id, hold] of this.#holds) {
      if (hold.expiresAt + HOLD_RETENTION_MS > now) continue;
      this.#holds.delete(id);
      this.#inventory.activityOf(hold.slotId).holdIds.delete(id);
    }
  }

  #uniqueHoldId(): string {
    let id = this.#identifiers.holdId();
    while (this.#holds.has(id)) id = this.#identifiers.holdId();
    return id;
  }

  #uniqueReference(): string {
    let reference = this.#identifiers.bookingReference();
    while (this.#bookings.has(reference)) reference = this.#identifiers.bookingReference();
    return reference;
  }
}
