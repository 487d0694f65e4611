/** The widget's public API, without side effects: import `define` to register the tag. */
export type { ApplicantPrefill } from './applicant/applicant-prefill.js';
export {
  type BookingStep,
  GovBookedEvent,
  GovCancelledEvent,
  GovErrorEvent,
  GovHoldExpiredEvent,
  GovHoldPlacedEvent,
  GovRescheduledEvent,
  GovStepChangeEvent,
} from './events.js';
export type { Digits } from './format/numbering.js';
export { GovAppointment } from './gov-appointment.js';
