/**
 * An integrator's code, written only against the package's public entry points. The test
 * published-types.test.ts compiles it against the packed package (with `node16` and with
 * `bundler` module resolution) and runs it in Node against the mock API's HTTP server.
 */
import {
  type AppointmentsClient,
  AppointmentsError,
  BookingNotFoundError,
  type CentreListItem,
  createClient,
} from '@gov-appointment/sdk';
import { HEADER, operations } from '@gov-appointment/sdk/contract';
import { Booking, type Service } from '@gov-appointment/sdk/schemas';

/** What one run of the consumer saw, for the test to check. */
export interface ConsumerRun {
  readonly serviceId: string;
  readonly reference: string;
  readonly status: Booking['status'];
  /** Whether the booking passes the published schema as the consumer received it. */
  readonly bookingMatchesSchema: boolean;
  readonly missingBooking: {
    readonly isAppointmentsError: boolean;
    readonly isBookingNotFound: boolean;
    readonly code: string;
    readonly status: number;
  };
  /** The header that carries the national ID, from the contract entry point. */
  readonly nationalIdHeader: string;
  readonly operationCount: number;
}

const APPLICANT = { name: 'Fatima Ali', nationalId: '850101234', mobile: '+97336001234' };

async function firstBookableCentre(
  client: AppointmentsClient,
  service: Service,
): Promise<CentreListItem & { nextAvailableDate: string }> {
  for await (const centre of client.paginate('listCentres', { service: service.id })) {
    if (centre.nextAvailableDate !== null) {
      return { ...centre, nextAvailableDate: centre.nextAvailableDate };
    }
  }
  throw new Error(`No centre has a free day for ${service.id}.`);
}

/** Books the first free time of the first service, then looks up a booking that is not there. */
export async function runConsumer(baseUrl: string): Promise<ConsumerRun> {
  const client = createClient({ baseUrl, language: 'en', retry: false });
  const [service] = (await client.listServices({ limit: 1 })).items;
  if (!service) throw new Error('The catalogue has no service.');
  const centre = await firstBookableCentre(client, service);
  const day = await client.getSlots({
    centreId: centre.id,
    serviceId: service.id,
    date: centre.nextAvailableDate,
  });
  const slot = day.slots.find((candidate) => candidate.remaining > 0);
  if (!slot) throw new Error(`${centre.id} has no free time on ${centre.nextAvailableDate}.`);
  const hold = await client.createHold({ slotId: slot.id });
  const booking = await client.createBooking({
    holdId: hold.id,
    applicant: APPLICANT,
    accessibilityNeeds: [],
    notificationLanguage: 'en',
  });

  const missing: unknown = await client
    .getBooking({ reference: 'GA-0000-0000', nationalId: APPLICANT.nationalId })
    .then(
      () => undefined,
      (reason: unknown) => reason,
    );

  return {
    serviceId: service.id,
    reference: booking.reference,
    status: booking.status,
    bookingMatchesSchema: Booking.safeParse(booking).success,
    missingBooking: {
      isAppointmentsError: missing instanceof AppointmentsError,
      isBookingNotFound: missing instanceof BookingNotFoundError,
      code: missing instanceof AppointmentsError ? missing.code : String(missing),
      status: missing instanceof BookingNotFoundError ? missing.status : 0,
    },
    nationalIdHeader: HEADER.nationalId,
    operationCount: operations.length,
  };
}

/**
 * Misuse the published declarations must reject: each line fails to compile, so a
 * declaration that degraded to `any` makes its `@ts-expect-error` unused, which fails too.
 * Never called.
 */
export function misuseTheTypesReject(client: AppointmentsClient, booking: Booking): void {
  // @ts-expect-error: a client needs the API's base URL.
  createClient({ language: 'en' });
  // @ts-expect-error: the slots of a day need the centre, the service and the date.
  void client.getSlots({ centreId: 'muharraq-passports' });
  // @ts-expect-error: a reference is text, not a number.
  booking.reference.toFixed();
  // @ts-expect-error: the booking statuses are a fixed set.
  booking.status satisfies 'pending';
}
