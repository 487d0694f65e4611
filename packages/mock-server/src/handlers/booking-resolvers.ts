/** Booking, finding, cancelling and rescheduling, and the booking as a calendar file. */
import { HEADER } from '@gov-appointment/sdk/contract';
import type { BookingRecord } from '../store/booking-record.js';
import type { MockStore } from '../store/mock-store.js';
import { jsonResponse, textResponse } from './api-response.js';
import { bookingEntityTag, requireCurrentVersion, verifiedBooking } from './booking-access.js';
import { bookingCalendar } from './icalendar.js';
import type { OperationResolvers } from './operation-resolver.js';

type BookingResolvers = Pick<
  OperationResolvers,
  'createBooking' | 'getBooking' | 'getBookingCalendar' | 'cancelBooking' | 'rescheduleBooking'
>;

export const bookingResolvers: BookingResolvers = {
  createBooking: ({ store, body, plan, baseUrl }) => {
    const record = store.createBooking(body, { slotTakenByOthers: plan.slotTaken });
    return bookingResponse(store, record, 201, {
      Location: `${baseUrl}/bookings/${record.reference}`,
    });
  },

  getBooking: ({ store, request, path }) =>
    bookingResponse(store, verifiedBooking(store, request, path.reference), 200),

  getBookingCalendar: ({ store, request, path }) => {
    const record = verifiedBooking(store, request, path.reference);
    return textResponse(200, bookingCalendar(store.bookingView(record), store.now()), {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${record.reference}.ics"`,
    });
  },

  cancelBooking: ({ store, request, path, body }) => {
    const record = verifiedBooking(store, request, path.reference);
    requireCurrentVersion(request, record);
    return bookingResponse(store, store.cancelBooking(record.reference, body.reason ?? null), 200);
  },

  rescheduleBooking: ({ store, request, path, body }) => {
    const record = verifiedBooking(store, request, path.reference);
    requireCurrentVersion(request, record);
    return bookingResponse(store, store.rescheduleBooking(record.reference, body.holdId), 200);
  },
};

function bookingResponse(
  store: MockStore,
  record: BookingRecord,
  status: 200 | 201,
  headers: Record<string, string> = {},
) {
  return jsonResponse(status, store.bookingView(record), {
    [HEADER.etag]: bookingEntityTag(record),
    ...headers,
  });
}
