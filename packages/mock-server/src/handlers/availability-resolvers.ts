/** The availability calendar of a centre for a service, and the slots of one day. */
import type { FieldError } from '@gov-appointment/sdk/schemas';
import { daysBetween, isCalendarDate } from '../calendar/bahrain-time.js';
import { jsonResponse } from './api-response.js';
import type { OperationResolvers } from './operation-resolver.js';
import { validationFailed } from './request-input.js';

/** The longest calendar one request may ask for, in days (three months). */
export const MAX_CALENDAR_DAYS = 93;

type AvailabilityResolvers = Pick<OperationResolvers, 'getAvailability' | 'getSlots'>;

export const availabilityResolvers: AvailabilityResolvers = {
  getAvailability: ({ store, path, query, plan }) => {
    const { centreId = '', serviceId = '' } = path;
    const errors = [...dateErrors('from', query.from), ...dateErrors('to', query.to)];
    if (errors.length === 0 && query.to < query.from) {
      errors.push({ pointer: '/query/to', code: 'invalid', detail: 'Must not be before `from`.' });
    } else if (errors.length === 0 && daysBetween(query.from, query.to) + 1 > MAX_CALENDAR_DAYS) {
      errors.push({
        pointer: '/query/to',
        code: 'invalid',
        detail: `The range may span at most ${MAX_CALENDAR_DAYS} days.`,
      });
    }
    if (errors.length > 0) throw validationFailed(errors);
    return jsonResponse(200, {
      centreId,
      serviceId,
      timeZone: 'Asia/Bahrain',
      from: query.from,
      to: query.to,
      days: store.calendar(centreId, serviceId, query.from, query.to, plan),
    });
  },

  getSlots: ({ store, path, query, plan }) => {
    const { centreId = '', serviceId = '' } = path;
    const errors = dateErrors('date', query.date);
    if (errors.length > 0) throw validationFailed(errors);
    return jsonResponse(200, {
      centreId,
      serviceId,
      date: query.date,
      timeZone: 'Asia/Bahrain',
      slots: store.slots(centreId, serviceId, query.date, plan),
    });
  },
};

function dateErrors(name: string, date: string): FieldError[] {
  return isCalendarDate(date)
    ? []
    : [{ pointer: `/query/${name}`, code: 'invalid', detail: 'This day does not exist.' }];
}
