/**
 * Events for the host page. Each is an `Event` subclass that bubbles and crosses shadow roots,
 * with its data in `detail`. None carries personal data: the booking reference is the only
 * identifier a host ever receives.
 */

/** The pages of the widget, in booking order, then the manage pages. */
export type BookingStep =
  | 'service'
  | 'centre'
  | 'date'
  | 'time'
  | 'details'
  | 'review'
  | 'confirmation'
  | 'manage-find'
  | 'manage-booking'
  | 'manage-cancelled';

abstract class GovEvent<Detail> extends Event {
  readonly detail: Readonly<Detail>;
  constructor(type: string, detail: Detail) {
    super(type, { bubbles: true, composed: true });
    this.detail = Object.freeze(detail);
  }
}

/** A new page of the flow opened. */
export class GovStepChangeEvent extends GovEvent<{ step: BookingStep }> {
  static readonly type = 'gov-step-change';
  constructor(detail: { step: BookingStep }) {
    super(GovStepChangeEvent.type, detail);
  }
}

/** A place in a slot is held for the user until `expiresAt`. */
export class GovHoldPlacedEvent extends GovEvent<{
  serviceId: string;
  centreId: string;
  start: string;
  expiresAt: string;
}> {
  static readonly type = 'gov-hold-placed';
  constructor(detail: GovHoldPlacedEvent['detail']) {
    super(GovHoldPlacedEvent.type, detail);
  }
}

/** The held place was released because time ran out. */
export class GovHoldExpiredEvent extends GovEvent<{ serviceId: string; centreId: string }> {
  static readonly type = 'gov-hold-expired';
  constructor(detail: GovHoldExpiredEvent['detail']) {
    super(GovHoldExpiredEvent.type, detail);
  }
}

/** A booking was made. */
export class GovBookedEvent extends GovEvent<{
  reference: string;
  serviceId: string;
  centreId: string;
  start: string;
}> {
  static readonly type = 'gov-booked';
  constructor(detail: GovBookedEvent['detail']) {
    super(GovBookedEvent.type, detail);
  }
}

/** A booking was cancelled. */
export class GovCancelledEvent extends GovEvent<{ reference: string }> {
  static readonly type = 'gov-cancelled';
  constructor(detail: GovCancelledEvent['detail']) {
    super(GovCancelledEvent.type, detail);
  }
}

/** A booking moved to a new time. */
export class GovRescheduledEvent extends GovEvent<{
  reference: string;
  centreId: string;
  start: string;
}> {
  static readonly type = 'gov-rescheduled';
  constructor(detail: GovRescheduledEvent['detail']) {
    super(GovRescheduledEvent.type, detail);
  }
}

/** Something failed; `code` is the SDK error code (e.g. `slot-full`, `network`). */
export class GovErrorEvent extends GovEvent<{ code: string; step: BookingStep }> {
  static readonly type = 'gov-error';
  constructor(detail: GovErrorEvent['detail']) {
    super(GovErrorEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-step-change': GovStepChangeEvent;
    'gov-hold-placed': GovHoldPlacedEvent;
    'gov-hold-expired': GovHoldExpiredEvent;
    'gov-booked': GovBookedEvent;
    'gov-cancelled': GovCancelledEvent;
    'gov-rescheduled': GovRescheduledEvent;
    'gov-error': GovErrorEvent;
  }
}
