/**
 * `<gov-appointment>` as a React component (React 17 to 19). Properties are set on the
 * element as properties, so objects and functions (`applicant`, `getToken`, `client`) pass
 * through intact, and each `gov-…` event arrives through its `onGov…` prop with its typed
 * `detail`. Importing this module registers the tag.
 *
 * ```tsx
 * import { GovAppointment } from '@gov-appointment/widget/react';
 *
 * <GovAppointment
 *   apiBase="https://api.example.gov.bh/appointments/v1"
 *   onGovBooked={(event) => showReference(event.detail.reference)}
 * />;
 * ```
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { TAG_NAME } from './define.js';
import {
  GovBookedEvent,
  GovCancelledEvent,
  GovErrorEvent,
  GovHoldExpiredEvent,
  GovHoldPlacedEvent,
  GovRescheduledEvent,
  GovStepChangeEvent,
} from './events.js';
import { GovAppointment as GovAppointmentElement } from './gov-appointment.js';

/** The React component for `<gov-appointment>`; a `ref` gives the element itself. */
export const GovAppointment = createComponent({
  react: React,
  tagName: TAG_NAME,
  elementClass: GovAppointmentElement,
  displayName: 'GovAppointment',
  events: {
    onGovStepChange: GovStepChangeEvent.type as EventName<GovStepChangeEvent>,
    onGovHoldPlaced: GovHoldPlacedEvent.type as EventName<GovHoldPlacedEvent>,
    onGovHoldExpired: GovHoldExpiredEvent.type as EventName<GovHoldExpiredEvent>,
    onGovBooked: GovBookedEvent.type as EventName<GovBookedEvent>,
    onGovCancelled: GovCancelledEvent.type as EventName<GovCancelledEvent>,
    onGovRescheduled: GovRescheduledEvent.type as EventName<GovRescheduledEvent>,
    onGovError: GovErrorEvent.type as EventName<GovErrorEvent>,
  },
});
