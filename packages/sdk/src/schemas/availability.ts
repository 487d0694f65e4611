/**
 * Availability: which days a centre can see people for a service, and the bookable slots of
 * one day. Every date is a Bahrain calendar date; every instant carries `+03:00`.
 */
import * as z from 'zod/mini';
import {
  endsAfterStart,
  LocalDate,
  LocalizedText,
  OffsetDateTime,
  ResourceId,
  Shift,
} from './common.js';

export const ClosureReason = z
  .enum(['weekend', 'public-holiday', 'centre-closure', 'past', 'outside-booking-window'])
  .register(z.globalRegistry, {
    id: 'ClosureReason',
    description:
      'Why a day cannot be booked. `past` and `outside-booking-window` let a calendar mark every day of a month.',
  });
export type ClosureReason = z.infer<typeof ClosureReason>;

export const CalendarDay = z
  .object({
    date: LocalDate,
    open: z.boolean(),
    /** Null when open. `name` is the holiday's or closure's name where it has one. */
    closure: z.nullable(z.object({ reason: ClosureReason, name: z.nullable(LocalizedText) })),
    /** True during Ramadan, when hours are shorter. */
    ramadan: z.boolean(),
    /** The day's opening hours (empty when closed). */
    hours: z.array(Shift),
    totalSlots: z.int().check(z.nonnegative()),
    /** Slots with at least one place left; 0 on an open day means fully booked. */
    availableSlots: z.int().check(z.nonnegative()),
  })
  .check(
    z.refine((day) => day.availableSlots <= day.totalSlots, {
      message: 'More slots available than the day has',
      path: ['availableSlots'],
    }),
  )
  .register(z.globalRegistry, {
    id: 'CalendarDay',
    description: 'One day of the availability calendar.',
  });
export type CalendarDay = z.infer<typeof CalendarDay>;

export const AvailabilityCalendar = z
  .object({
    centreId: ResourceId,
    serviceId: ResourceId,
    timeZone: z.literal('Asia/Bahrain'),
    from: LocalDate,
    to: LocalDate,
    days: z.array(CalendarDay),
  })
  // ISO dates compare as text.
  .check(
    z.refine((calendar) => calendar.from <= calendar.to, {
      message: 'The range ends before it starts',
      path: ['to'],
    }),
  )
  .register(z.globalRegistry, {
    id: 'AvailabilityCalendar',
    description: 'Every day from `from` to `to` inclusive, in order.',
  });
export type AvailabilityCalendar = z.infer<typeof AvailabilityCalendar>;

export const Slot = z
  .object({
    id: z.string().check(z.minLength(1)),
    start: OffsetDateTime,
    end: OffsetDateTime,
    /** Counters serving this slot: how many people it can take. */
    capacity: z.int().check(z.positive()),
    /** Places not yet booked or held. */
    remaining: z.int().check(z.nonnegative()),
  })
  .check(
    z.refine((slot) => slot.remaining <= slot.capacity, {
      message: 'More places left than the slot has',
      path: ['remaining'],
    }),
    endsAfterStart(),
  )
  .register(z.globalRegistry, { id: 'Slot', description: 'A bookable time with its capacity.' });
export type Slot = z.infer<typeof Slot>;

export const DaySlots = z
  .object({
    centreId: ResourceId,
    serviceId: ResourceId,
    date: LocalDate,
    timeZone: z.literal('Asia/Bahrain'),
    slots: z.array(Slot),
  })
  .register(z.globalRegistry, {
    id: 'DaySlots',
    description: 'The slots of one day in start order, full ones included (remaining 0).',
  });
export type DaySlots = z.infer<typeof DaySlots>;
