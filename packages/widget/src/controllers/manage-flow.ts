/**
 * Managing a booking: find it by reference and national ID, then cancel it or move it to
 * another time at the same centre. The national ID stays in memory only, for the requests
 * that need it, and is forgotten when the user leaves.
 */
import type { AppointmentsClient } from '@gov-appointment/sdk';
import type { Booking, CancellationReason, Hold, Slot } from '@gov-appointment/sdk/schemas';
import { normaliseNationalId } from '../applicant/applicant-validation.js';
import { normaliseDigits } from '../applicant/digits.js';
import {
  describeError,
  type ErrorDescription,
  type NumberStyle,
} from '../errors/error-messages.js';
import type { BookingStep } from '../events.js';
import { SlotPicker } from './slot-picker.js';

/** Holds what the user must correct in the find form. */
export interface FindErrors {
  readonly reference?: 'required' | 'format';
  readonly nationalId?: 'required' | 'format';
}

export interface ManageFlowHost {
  readonly client: AppointmentsClient;
  /** How numbers in messages are written. */
  readonly numberStyle: NumberStyle;
  changed(): void;
  failed(description: ErrorDescription, step: BookingStep): void;
  /** A place at the new time is held: its time left must be shown, with a way to extend it. */
  holdPlaced(hold: Hold): void;
  cancelled(booking: Booking): void;
  rescheduled(booking: Booking): void;
}

/** `ga 7k3m 9q2p`, `GA-7K3M-9Q2P` and Arabic-Indic digits all read as one reference. */
export function normaliseReference(input: string): string {
  const compact = normaliseDigits(input)
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '');
  const body = compact.startsWith('GA') ? compact.slice(2) : compact;
  return body.length === 8 ? `GA-${body.slice(0, 4)}-${body.slice(4)}` : input.trim();
}

const REFERENCE = /^GA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export type ManageMode =
  | 'view'
  | 'confirm-cancel'
  | 'reschedule-date'
  | 'reschedule-time'
  | 'reschedule-confirm';

export class ManageFlow {
  step: BookingStep = 'manage-find';
  mode: ManageMode = 'view';
  notice: ErrorDescription | null = null;
  referenceInput = '';
  nationalIdInput = '';
  findErrors: FindErrors = {};
  busy = false;
  booking: Booking | null = null;
  cancellationReason: CancellationReason | '' = '';
  picker: SlotPicker | null = null;
  private nationalId = '';
  private rescheduleKey: string | null = null;

  constructor(private readonly host: ManageFlowHost) {}

  setInput(field: 'reference' | 'nationalId', value: string): void {
    if (field === 'reference') this.referenceInput = value;
    else this.nationalIdInput = value;
    this.host.changed();
  }

  async find(): Promise<void> {
    const reference = normaliseReference(this.referenceInput);
    const nationalId = normaliseNationalId(this.nationalIdInput);
    const errors: { -readonly [K in keyof FindErrors]: FindErrors[K] } = {};
    if (!this.referenceInput.trim()) errors.reference = 'required';
    else if (!REFERENCE.test(reference)) errors.reference = 'format';
    if (!this.nationalIdInput.trim()) errors.nationalId = 'required';
    else if (!/^\d{9}$/.test(nationalId)) errors.nationalId = 'format';
    this.findErrors = errors;
    if (errors.reference || errors.nationalId) {
      this.host.changed();
      return;
    }
    await this.run(async () => {
      this.booking = await this.host.client.getBooking({ reference, nationalId });
      this.nationalId = nationalId;
      this.mode = 'view';
      this.go(this.booking.status === 'cancelled' ? 'manage-cancelled' : 'manage-booking');
    });
  }

  askToCancel(): void {
    this.mode = 'confirm-cancel';
    this.notice = null;
    this.host.changed();
  }

  setCancellationReason(reason: CancellationReason | ''): void {
    this.cancellationReason = reason;
    this.host.changed();
  }

  keep(): void {
    this.mode = 'view';
    this.host.changed();
  }

  async cancel(): Promise<void> {
    const booking = this.booking;
    if (!booking) return;
    await this.run(async () => {
      const cancelled = await this.host.client.cancelBooking({
        reference: booking.reference,
        nationalId: this.nationalId,
        version: booking.version,
        ...(this.cancellationReason ? { reason: this.cancellationReason } : {}),
      });
      this.booking = cancelled;
      this.mode = 'view';
      this.go('manage-cancelled');
      this.host.cancelled(cancelled);
    });
  }

  async startReschedule(now?: Date): Promise<void> {
    const booking = this.booking;
    if (!booking) return;
    const service = await this.host.client.getService(booking.service.id).catch((error) => {
      this.fail(error);
      return null;
    });
    if (!service) return;
    this.picker?.dispose();
    this.picker = new SlotPicker(
      this.host.client,
      {
        centreId: booking.centre.id,
        serviceId: booking.service.id,
        bookingWindowDays: service.bookingWindowDays,
        currentBookingStart: booking.start,
      },
      () => this.host.changed(),
      now,
    );
    this.mode = 'reschedule-date';
    this.notice = null;
    this.host.changed();
    await this.picker.showMonth(this.picker.month);
  }

  async chooseDate(date: string): Promise<void> {
    if (!this.picker) return;
    this.mode = 'reschedule-time';
    this.host.changed();
    await this.picker.chooseDate(date);
  }

  async chooseSlot(slot: Slot): Promise<void> {
    const picker = this.picker;
    if (!picker || picker.isCurrentBooking(slot)) return;
    this.notice = null;
    const hold = await picker.holdSlot(slot);
    if (!hold) {
      if (picker.holdRequest.status === 'failed') this.fail(picker.holdRequest.error);
      await picker.loadSlots();
      return;
    }
    this.rescheduleKey = crypto.randomUUID();
    this.mode = 'reschedule-confirm';
    this.host.holdPlaced(hold);
    this.host.changed();
  }

  async confirmReschedule(): Promise<void> {
    const booking = this.booking;
    const hold = this.picker?.hold;
    if (!booking || !hold) return;
    this.rescheduleKey ??= crypto.randomUUID();
    const key = this.rescheduleKey;
    await this.run(async () => {
      const moved = await this.host.client.rescheduleBooking(
        {
          reference: booking.reference,
          nationalId: this.nationalId,
          version: booking.version,
          holdId: hold.id,
        },
        { idempotencyKey: key },
      );
      this.booking = moved;
      this.picker?.forgetHold();
      this.rescheduleKey = null;
      this.mode = 'view';
      this.go('manage-booking');
      this.host.rescheduled(moved);
    });
  }

  /** Back to the booking without moving it; the held place is given back. */
  async abandonReschedule(): Promise<void> {
    await this.picker?.release();
    this.picker?.dispose();
    this.picker = null;
    this.mode = 'view';
    this.notice = null;
    this.host.changed();
  }

  async holdExpired(): Promise<void> {
    this.picker?.forgetHold();
    this.rescheduleKey = null;
    this.notice = describeError({ code: 'hold-expired' }, this.host.numberStyle);
    this.mode = 'reschedule-time';
    this.host.changed();
    await this.picker?.loadSlots();
  }

  /** Forgets the booking and the national ID. */
  async findAnother(): Promise<void> {
    await this.abandonReschedule();
    this.booking = null;
    this.nationalId = '';
    this.nationalIdInput = '';
    this.referenceInput = '';
    this.go('manage-find');
  }

  async dispose(): Promise<void> {
    await this.picker?.release();
    this.picker?.dispose();
    this.nationalId = '';
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.notice = null;
    this.host.changed();
    try {
      await action();
    } catch (error) {
      const description = this.fail(error);
      if (description.code === 'version-conflict' && this.booking) {
        // Show the booking as it is now, so the next attempt starts from the truth.
        const reference = this.booking.reference;
        this.booking = await this.host.client
          .getBooking({ reference, nationalId: this.nationalId })
          .catch(() => this.booking);
        this.mode = 'view';
      }
      if (description.recovery === 'choose-time' && this.picker) {
        this.picker.forgetHold();
        this.mode = 'reschedule-time';
        await this.picker.loadSlots();
      }
    } finally {
      this.busy = false;
      this.host.changed();
    }
  }

  private go(step: BookingStep): void {
    this.step = step;
    this.host.changed();
  }

  private fail(error: unknown): ErrorDescription {
    const description = describeError(error, this.host.numberStyle);
    this.notice = description;
    this.host.failed(description, this.step);
    return description;
  }
}
