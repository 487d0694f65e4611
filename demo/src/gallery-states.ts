/**
 * The states the gallery shows, each as a tile: how its own mock API behaves and how a
 * script takes a real widget there. Every tile has a mock of its own, so a failing API in
 * one never touches another.
 */
import type { MockApi } from '@gov-appointment/mock-server';
import type { Centre, Language, Service, Slot } from '@gov-appointment/sdk/schemas';
import { RATE_LIMIT_RETRY_AFTER_SECONDS } from './scenario-choices.js';
import type { ApplicantEntry, WidgetDriver } from './widget-driver.js';

/** What a tile's driver works with. */
export interface TileWorld {
  readonly api: MockApi;
  readonly language: Language;
  readonly choice: BookableChoice;
  /** Set by `prepare` when the tile starts from an existing booking. */
  reference: string | null;
}

export interface GalleryTile {
  readonly id: string;
  readonly title: string;
  /** How the state is reached, for the caption. */
  readonly note: string;
  readonly mode?: 'manage';
  /** The widget's requests are never answered (a client that waits for ever). */
  readonly neverAnswers?: boolean;
  /** Sets up the tile's mock before the widget starts. */
  readonly prepare?: (world: TileWorld) => void;
  /** Takes the widget to the state. */
  readonly drive: (driver: WidgetDriver, world: TileWorld) => Promise<void>;
}

export interface GalleryGroup {
  readonly id: string;
  readonly heading: string;
  readonly tiles: readonly GalleryTile[];
}

/** A service, a centre offering it and a free time there, found in the mock's data. */
export interface BookableChoice {
  readonly service: Service;
  readonly centre: Centre;
  readonly slot: Slot;
}

/** The service the gallery books when the mock has it: an ID card, the most common visit. */
const PREFERRED_SERVICE_ID = 'id-card-renewal';

/** A hold this short is in its last two minutes at once: the urgent banner shows. */
const NEARLY_EXPIRED_HOLD_SECONDS = 115;

/** Long enough for the details page to open, short enough not to keep the gallery waiting. */
const EXPIRING_HOLD_SECONDS = 3;

/** The first bookable service, centre and time in `api`'s data, preferring an ID card. */
export function findBookableChoice(api: MockApi): BookableChoice {
  const { catalogue } = api.store;
  const services = [
    ...catalogue.services.filter((service) => service.id === PREFERRED_SERVICE_ID),
    ...catalogue.services.filter((service) => service.id !== PREFERRED_SERVICE_ID),
  ];
  const now = api.store.now();
  for (const service of services) {
    for (const centre of catalogue.centres) {
      if (!centre.serviceIds.includes(service.id)) continue;
      const date = api.store.nextAvailableDate(centre.id, service.id);
      if (!date) continue;
      const slot = api.store
        .slots(centre.id, service.id, date)
        .find((candidate) => candidate.remaining > 0 && Date.parse(candidate.start) > now);
      if (slot) return { service, centre, slot };
    }
  }
  throw new Error('The mock has no free time anywhere');
}

/** Someone booking, with a name in the script of the language shown. */
export function applicantFor(language: Language): ApplicantEntry {
  const arabicScript = language === 'ar' || language === 'ur' || language === 'fa';
  return {
    name: arabicScript ? 'مريم يوسف الخليفة' : 'Maryam Yusuf Al-Khalifa',
    nationalId: '880412345',
    mobile: '36001234',
  };
}

/** Books the chosen time straight in the mock's store, as another channel would. */
function bookThroughStore(world: TileWorld): void {
  const applicant = applicantFor(world.language);
  const hold = world.api.store.createHold(world.choice.slot.id);
  const booking = world.api.store.createBooking({
    holdId: hold.id,
    applicant: {
      name: applicant.name,
      nationalId: applicant.nationalId,
      mobile: `+973${applicant.mobile}`,
      email: null,
      bookingFor: null,
    },
    accessibilityNeeds: [],
    accessibilityNotes: null,
    notificationLanguage: world.language,
  });
  world.reference = booking.reference;
}

async function toTime(driver: WidgetDriver, world: TileWorld): Promise<void> {
  await driver.chooseService(world.choice.service.id);
  await driver.chooseCentre(world.choice.centre, world.language);
  await driver.chooseFirstListedDate();
}

async function toDetails(driver: WidgetDriver, world: TileWorld): Promise<void> {
  await toTime(driver, world);
  await driver.chooseFirstFreeTime();
  await driver.waitForStep('details');
}

async function toReview(driver: WidgetDriver, world: TileWorld): Promise<void> {
  await toDetails(driver, world);
  await driver.fillDetails(applicantFor(world.language));
  await driver.submitDetails();
  await driver.waitForStep('review');
}

async function toFoundBooking(driver: WidgetDriver, world: TileWorld): Promise<void> {
  if (!world.reference) throw new Error('The tile made no booking to find');
  await driver.findBooking(world.reference, applicantFor(world.language).nationalId);
}

export const GALLERY_GROUPS: readonly GalleryGroup[] = [
  {
    id: 'booking',
    heading: 'Booking, page by page',
    tiles: [
      {
        id: 'loading',
        title: 'Loading',
        note: 'The API never answers: the page shows placeholders the size of what is to come.',
        neverAnswers: true,
        prepare: (world) => world.api.scenarios.use('timeout'),
        drive: (driver) => driver.element('.skeleton', 'the placeholders').then(() => {}),
      },
      {
        id: 'service',
        title: '1. Service',
        note: 'As it opens: every ministry, each opening on demand.',
        drive: (driver) => driver.waitForStep('service'),
      },
      {
        id: 'centre',
        title: '2. Centre',
        note: 'A service chosen.',
        drive: (driver, world) => driver.chooseService(world.choice.service.id),
      },
      {
        id: 'date',
        title: '3. Date',
        note: 'A centre chosen: the month calendar.',
        drive: async (driver, world) => {
          await driver.chooseService(world.choice.service.id);
          await driver.chooseCentre(world.choice.centre, world.language);
        },
      },
      {
        id: 'time',
        title: '4. Time',
        note: 'The first available date chosen from the list.',
        drive: toTime,
      },
      {
        id: 'details',
        title: '5. Details',
        note: 'A time chosen and held for 10 minutes.',
        drive: toDetails,
      },
      {
        id: 'details-errors',
        title: '5. Details with errors',
        note: 'Continue pressed with nothing filled in.',
        drive: async (driver, world) => {
          await toDetails(driver, world);
          await driver.submitDetails();
          await driver.element('[part="error-summary"]', 'the error summary');
        },
      },
      {
        id: 'review',
        title: '6. Review',
        note: 'Details filled in.',
        drive: toReview,
      },
      {
        id: 'confirmation',
        title: '7. Confirmation',
        note: 'Booked.',
        drive: async (driver, world) => {
          await toReview(driver, world);
          await driver.confirmBooking();
          await driver.waitForStep('confirmation');
        },
      },
    ],
  },
  {
    id: 'failures',
    heading: 'When something goes wrong',
    tiles: [
      {
        id: 'unavailable',
        title: 'Service unavailable',
        note: 'Every request gets 503 (maintenance); the widget retried twice first.',
        prepare: (world) => world.api.scenarios.use('unavailable', { retryAfterSeconds: 1 }),
        drive: (driver) => driver.waitForNotice(),
      },
      {
        id: 'rate-limited',
        title: 'Rate limited',
        note: `Every request gets 429 with Retry-After: ${RATE_LIMIT_RETRY_AFTER_SECONDS} s; "Try again" counts down.`,
        prepare: (world) =>
          world.api.scenarios.use('rate-limited', {
            retryAfterSeconds: RATE_LIMIT_RETRY_AFTER_SECONDS,
          }),
        drive: (driver) => driver.waitForNotice(),
      },
      {
        id: 'malformed',
        title: 'Malformed answer',
        note: 'The answer breaks the API contract; the widget refuses it.',
        prepare: (world) => world.api.scenarios.use('malformed'),
        drive: (driver) => driver.waitForNotice(),
      },
      {
        id: 'slot-taken',
        title: 'Time taken',
        note: 'Someone else booked the last place while this person reviewed.',
        prepare: (world) => world.api.scenarios.use('slot-taken', { times: 1 }),
        drive: async (driver, world) => {
          await toReview(driver, world);
          await driver.confirmBooking();
          await driver.waitForNotice();
        },
      },
      {
        id: 'hold-about-to-expire',
        title: 'Hold about to expire',
        note: `The time is kept for ${NEARLY_EXPIRED_HOLD_SECONDS} s only: the two-minute warning. The countdown is live.`,
        prepare: (world) =>
          world.api.scenarios.use('hold-expiry', { holdSeconds: NEARLY_EXPIRED_HOLD_SECONDS }),
        drive: async (driver, world) => {
          await toDetails(driver, world);
          await driver.element('[part="hold"]', 'the hold countdown');
        },
      },
      {
        id: 'hold-expired',
        title: 'Hold expired',
        note: `The time was kept for ${EXPIRING_HOLD_SECONDS} s, and ran out while the details were filled in.`,
        prepare: (world) =>
          world.api.scenarios.use('hold-expiry', { holdSeconds: EXPIRING_HOLD_SECONDS }),
        drive: async (driver, world) => {
          await toDetails(driver, world);
          await driver.waitFor(
            () =>
              driver.steps.at(-1) === 'time' &&
              driver.root.querySelector('[part="notice"]') !== null,
            'the expiry notice',
          );
        },
      },
    ],
  },
  {
    id: 'manage',
    heading: 'Managing a booking',
    tiles: [
      {
        id: 'manage-find',
        title: 'Find a booking',
        note: 'Opened in manage mode.',
        mode: 'manage',
        drive: (driver) => driver.element('#manage-reference').then(() => {}),
      },
      {
        id: 'manage-booking',
        title: 'The booking found',
        note: 'Reference and national ID entered.',
        mode: 'manage',
        prepare: bookThroughStore,
        drive: toFoundBooking,
      },
      {
        id: 'manage-cancel',
        title: 'Cancel: are you sure?',
        note: '"Cancel booking" pressed.',
        mode: 'manage',
        prepare: bookThroughStore,
        drive: async (driver, world) => {
          await toFoundBooking(driver, world);
          await driver.askToCancel();
        },
      },
      {
        id: 'manage-cancelled',
        title: 'Cancelled',
        note: 'Cancellation confirmed.',
        mode: 'manage',
        prepare: bookThroughStore,
        drive: async (driver, world) => {
          await toFoundBooking(driver, world);
          await driver.askToCancel();
          await driver.confirmCancel();
        },
      },
    ],
  },
];
