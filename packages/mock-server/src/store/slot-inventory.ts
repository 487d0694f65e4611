/**
 * Every centre's slots and how many places each has left: generated lazily from the day's
 * schedule and the service duration, with the seeded occupancy plus what happened since
 * (holds, bookings, places taken by others).
 */
import type {
  CalendarDay,
  Centre,
  LocalizedText,
  Service,
  Slot,
} from '@gov-appointment/sdk/schemas';
import { ApiProblem } from '../api-problem.js';
import {
  addDays,
  bahrainDateOf,
  bahrainInstant,
  daysBetween,
  formatBahrainDateTime,
} from '../calendar/bahrain-time.js';
import { type DaySchedule, daySchedule } from '../calendar/day-schedule.js';
import type { Catalogue } from '../seed/catalogue.js';
import { createRandom } from '../seed/random.js';
import { capacityOf, preBookedSeats } from './occupancy.js';
import { parseSlotId, type SlotPlan, slotIdOf, slotStarts } from './slot-plan.js';

/** Conditions a scenario imposes on reads and writes. */
export interface OccupancyConditions {
  /** Every slot reports no place left (`fully-booked`). */
  readonly fullyBooked?: boolean;
}

/** What a slot gained since the seed: holds, bookings and places taken by others. */
export interface SlotActivity {
  readonly holdIds: Set<string>;
  readonly bookingReferences: Set<string>;
  takenByOthers: number;
}

const CENTRE_CLOSURE_NAMES: readonly LocalizedText[] = [
  { ar: 'مغلق للصيانة', en: 'Closed for maintenance' },
  { ar: 'يوم تدريب الموظفين', en: 'Staff training day' },
];
const CENTRES_WITH_A_CLOSURE = 6;
/** Closures draw from their own stream of the seed, independent of the catalogue's. */
const CLOSURE_STREAM = 0x68e31da4;

export class SlotInventory {
  readonly #catalogue: Catalogue;
  readonly #seed: number;
  readonly #now: () => number;
  /** Whether a hold still keeps its place (active and not expired). */
  readonly #holdKeepsPlace: (holdId: string) => boolean;
  /** The day occupancy was seeded from: nearer days are fuller. */
  #seededOn = '';
  #closures = new Map<string, LocalizedText>();
  #activity = new Map<string, SlotActivity>();

  constructor(options: {
    readonly catalogue: Catalogue;
    readonly seed: number;
    readonly now: () => number;
    readonly holdKeepsPlace: (holdId: string) => boolean;
  }) {
    this.#catalogue = options.catalogue;
    this.#seed = options.seed;
    this.#now = options.now;
    this.#holdKeepsPlace = options.holdKeepsPlace;
    this.reset();
  }

  /** Occupancy as seeded for today, a few one-off centre closures, no activity. */
  reset(): void {
    this.#seededOn = this.today();
    this.#activity = new Map();
    this.#closures = new Map();
    const random = createRandom(this.#seed ^ CLOSURE_STREAM);
    for (const centre of random.sample(this.#catalogue.centres, CENTRES_WITH_A_CLOSURE)) {
      const date = addDays(this.#seededOn, random.int(7, 50));
      this.#closures.set(`${centre.id}|${date}`, random.pick(CENTRE_CLOSURE_NAMES));
    }
  }

  today(): string {
    return bahrainDateOf(this.#now());
  }

  /** The centre and service when the centre offers the service. */
  offering(centreId: string, serviceId: string): { centre: Centre; service: Service } | undefined {
    const centre = this.#catalogue.centre(centreId);
    const service = this.#catalogue.service(serviceId);
    if (!centre || !service || !centre.serviceIds.includes(serviceId)) return undefined;
    return { centre, service };
  }

  /** Every day from `from` to `to` inclusive. The centre must offer the service. */
  calendar(
    centreId: string,
    serviceId: string,
    from: string,
    to: string,
    conditions: OccupancyConditions,
  ): CalendarDay[] {
    const { centre, service } = this.#requireOffering(centreId, serviceId);
    const today = this.today();
    const days: CalendarDay[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const schedule = this.#schedule(centre, service, date);
      if (schedule.closure) {
        days.push(closedDay(date, schedule));
        continue;
      }
      const slots = this.#plannedSlots(centre, service, date, schedule);
      if (date === today && slots.length === 0) {
        // After today's last slot has started nothing is left to book: the day reads as past.
        days.push(closedDay(date, { ...schedule, closure: { reason: 'past', name: null } }));
        continue;
      }
      days.push({
        date,
        open: true,
        closure: null,
        ramadan: schedule.ramadan,
        hours: schedule.hours.map((shift) => ({ ...shift })),
        totalSlots: slots.length,
        availableSlots: slots.filter((slot) => this.remaining(slot, conditions) > 0).length,
      });
    }
    return days;
  }

  /** The slots of one day that have not started, in start order, full ones included. */
  slots(
    centreId: string,
    serviceId: string,
    date: string,
    conditions: OccupancyConditions,
  ): Slot[] {
    const { centre, service } = this.#requireOffering(centreId, serviceId);
    const schedule = this.#schedule(centre, service, date);
    if (schedule.closure) return [];
    return this.#plannedSlots(centre, service, date, schedule).map((slot) => ({
      id: slot.id,
      start: formatBahrainDateTime(slot.start),
      end: formatBahrainDateTime(slot.end),
      capacity: slot.capacity,
      remaining: this.remaining(slot, conditions),
    }));
  }

  /** The first day with a free place, within the service's booking window. */
  nextAvailableDate(
    centreId: string,
    serviceId: string,
    conditions: OccupancyConditions,
  ): string | null {
    if (conditions.fullyBooked) return null;
    const { centre, service } = this.#requireOffering(centreId, serviceId);
    const today = this.today();
    const last = addDays(today, service.bookingWindowDays);
    for (let date = today; date <= last; date = addDays(date, 1)) {
      const schedule = this.#schedule(centre, service, date);
      if (schedule.closure) continue;
      const slots = this.#plannedSlots(centre, service, date, schedule);
      if (slots.some((slot) => this.remaining(slot, conditions) > 0)) return date;
    }
    return null;
  }

  /** The slot named by an id when it can be booked now (listed, open, not started). */
  bookableSlot(slotId: string): SlotPlan | undefined {
    const address = parseSlotId(slotId);
    if (!address) return undefined;
    const offering = this.offering(address.centreId, address.serviceId);
    if (!offering) return undefined;
    const schedule = this.#schedule(offering.centre, offering.service, address.date);
    if (schedule.closure) return undefined;
    return this.#plannedSlots(offering.centre, offering.service, address.date, schedule).find(
      (slot) => slot.id === slotId,
    );
  }

  /** Places left: capacity less seeded bookings, live holds, bookings and others' takes. */
  remaining(slot: SlotPlan, conditions: OccupancyConditions): number {
    if (conditions.fullyBooked) return 0;
    const preBooked = preBookedSeats(
      this.#seed,
      slot,
      Math.max(0, daysBetween(this.#seededOn, slot.date)),
    );
    const activity = this.#activity.get(slot.id);
    if (!activity) return Math.max(0, slot.capacity - preBooked);
    for (const holdId of activity.holdIds) {
      if (!this.#holdKeepsPlace(holdId)) activity.holdIds.delete(holdId);
    }
    const taken =
      preBooked + activity.takenByOthers + activity.holdIds.size + activity.bookingReferences.size;
    return Math.max(0, slot.capacity - taken);
  }

  /** The activity record of a slot, created on first use. */
  activityOf(slotId: string): SlotActivity {
    let activity = this.#activity.get(slotId);
    if (!activity) {
      activity = { holdIds: new Set(), bookingReferences: new Set(), takenByOthers: 0 };
      this.#activity.set(slotId, activity);
    }
    return activity;
  }

  #requireOffering(centreId: string, serviceId: string): { centre: Centre; service: Service } {
    const offering = this.offering(centreId, serviceId);
    if (!offering) {
      throw new ApiProblem('not-found', 'This centre does not offer this service.');
    }
    return offering;
  }

  #schedule(centre: Centre, service: Service, date: string): DaySchedule {
    const today = this.today();
    return daySchedule(centre, date, {
      today,
      lastBookableDate: addDays(today, service.bookingWindowDays),
      centreClosure: this.#closures.get(`${centre.id}|${date}`) ?? null,
      keepsEveningShiftInRamadan: this.#catalogue.ramadanEveningCentreIds.has(centre.id),
    });
  }

  /** The day's slots that have not started yet. */
  #plannedSlots(centre: Centre, service: Service, date: string, schedule: DaySchedule): SlotPlan[] {
    const now = this.#now();
    const capacity = capacityOf(this.#seed, centre.id, service.id);
    return slotStarts(schedule.hours, service.durationMinutes)
      .map((startMinutes) => ({
        id: slotIdOf({ centreId: centre.id, serviceId: service.id, date, startMinutes }),
        centreId: centre.id,
        serviceId: service.id,
        date,
        startMinutes,
        start: bahrainInstant(date, startMinutes),
        end: bahrainInstant(date, startMinutes + service.durationMinutes),
        capacity,
      }))
      .filter((slot) => slot.start > now);
  }
}

function closedDay(date: string, schedule: DaySchedule): CalendarDay {
  return {
    date,
    open: false,
    closure: schedule.closure,
    ramadan: schedule.ramadan,
    hours: [],
    totalSlots: 0,
    availableSlots: 0,
  };
}
