/**
 * The booking path as a state machine: which page is open, what has been chosen, what is
 * loading, and what went wrong. The element renders it; the step templates read it and call
 * its actions. Nothing here touches the DOM.
 */
import type { AppointmentsClient } from '@gov-appointment/sdk';
import type {
  Booking,
  Centre,
  CentreListItem,
  Coordinates,
  FieldError,
  Hold,
  Language,
  Provider,
  Service,
  Slot,
} from '@gov-appointment/sdk/schemas';
import {
  type ApplicantDraft,
  type FieldName,
  type FieldProblem,
  fieldProblemFromServer,
  toApplicantRequest,
  validateDraft,
  validateField,
} from '../applicant/applicant-validation.js';
import { normaliseDigits } from '../applicant/digits.js';
import {
  describeError,
  type ErrorDescription,
  type NumberStyle,
} from '../errors/error-messages.js';
import type { BookingStep } from '../events.js';
import { currentValue, IDLE, LatestRequest, type Remote } from './remote.js';
import { SlotPicker } from './slot-picker.js';

/** The steps of a booking, in order. */
export const BOOKING_STEPS = [
  'service',
  'centre',
  'date',
  'time',
  'details',
  'review',
  'confirmation',
] as const satisfies readonly BookingStep[];

export type LocationState =
  | { readonly status: 'off' }
  | { readonly status: 'locating' }
  | { readonly status: 'on'; readonly coordinates: Coordinates }
  | { readonly status: 'refused' };

export interface Prefill {
  readonly serviceId: string | null;
  readonly centreId: string | null;
  readonly lockService: boolean;
  readonly lockCentre: boolean;
}

export interface BookingFlowHost {
  readonly client: AppointmentsClient;
  /** How numbers in messages are written. */
  readonly numberStyle: NumberStyle;
  readonly providerId: string | null;
  readonly language: Language;
  /** The state changed: render again. */
  changed(): void;
  /** The user should hear this (a polite live region). */
  announce(message: string): void;
  /** A step's work failed: tell the host page (no personal data). */
  failed(description: ErrorDescription, step: BookingStep): void;
  holdPlaced(hold: Hold): void;
  booked(booking: Booking): void;
}

/**
 * Marks that do not change what a word is: Arabic vowel marks and hamza carriers and Latin
 * accents (all "inherited" script once decomposed), and the tatweel that stretches Arabic words.
 */
const IGNORED_MARKS = /\p{Script=Inherited}|\u0640/gu;

/**
 * Lower-case text without Arabic diacritics or tatweel, and with Latin digits, for forgiving
 * search: an address shown as "مبنى ٩٦٤" is found by typing ٩٦٤ or 964.
 */
export function searchable(text: string): string {
  return normaliseDigits(text)
    .normalize('NFKD')
    .replace(IGNORED_MARKS, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase();
}

/** The API's largest page: the whole national catalogue usually fits in one request. */
const PAGE_SIZE = 200;

export class BookingFlow {
  step: BookingStep = 'service';
  /** A failure shown at the top of the current step. */
  notice: ErrorDescription | null = null;

  providers: Remote<readonly Provider[]> = IDLE;
  services: Remote<readonly Service[]> = IDLE;
  serviceQuery = '';
  /** Ministries opened in the service list. */
  openGroups: ReadonlySet<string> = new Set();
  service: Service | null = null;
  lockService = false;

  centres: Remote<readonly CentreListItem[]> = IDLE;
  centreQuery = '';
  location: LocationState = { status: 'off' };
  centre: Centre | null = null;
  lockCentre = false;

  picker: SlotPicker | null = null;

  draft: ApplicantDraft;
  fieldErrors: ReadonlyMap<FieldName, FieldProblem> = new Map();
  showErrorSummary = false;

  submitting = false;
  booking: Booking | null = null;
  private notificationLanguageChosen = false;
  /** One idempotency key per hold: a retried confirmation can never book twice. */
  private submissionKey: string | null = null;

  private readonly catalogueRequest = new LatestRequest();
  private readonly centresRequest = new LatestRequest();
  private preselectedCentreId: string | null = null;

  constructor(
    private readonly host: BookingFlowHost,
    draft: ApplicantDraft,
  ) {
    this.draft = draft;
  }

  /** Loads the catalogue and applies any preselected service and centre. */
  async start(prefill: Prefill): Promise<void> {
    this.lockService = prefill.lockService && prefill.serviceId !== null;
    this.lockCentre = prefill.lockCentre && prefill.centreId !== null;
    this.preselectedCentreId = prefill.centreId;
    if (prefill.serviceId) {
      const service = await this.loadPreselectedService(prefill.serviceId);
      if (service) {
        await this.chooseService(service);
        return;
      }
    }
    await this.loadCatalogue();
  }

  private async loadPreselectedService(serviceId: string): Promise<Service | undefined> {
    let service: Service | undefined;
    await this.catalogueRequest.run(
      (signal) => this.host.client.getService(serviceId, { signal }),
      (state) => {
        if (state.status === 'ready') service = state.value;
        if (state.status === 'failed') this.fail(state.error);
        this.host.changed();
      },
    );
    return service;
  }

  async loadCatalogue(): Promise<void> {
    this.notice = null;
    const providerId = this.host.providerId ?? undefined;
    await this.catalogueRequest.run(
      async (signal) => {
        const [providers, services] = await Promise.all([
          collect(this.host.client.paginate('listProviders', { limit: PAGE_SIZE }, { signal })),
          collect(
            this.host.client.paginate(
              'listServices',
              providerId ? { provider: providerId, limit: PAGE_SIZE } : { limit: PAGE_SIZE },
              {
                signal,
              },
            ),
          ),
        ]);
        return { providers, services };
      },
      (state) => {
        if (state.status === 'ready') {
          this.providers = { status: 'ready', value: state.value.providers };
          this.services = { status: 'ready', value: state.value.services };
        } else {
          this.services = state.status === 'loading' ? { status: 'loading' } : state;
          if (state.status === 'failed') this.fail(state.error);
        }
        this.host.changed();
      },
    );
  }

  /** Services matching the search, grouped by provider in catalogue order. */
  get serviceGroups(): { provider: Provider | null; services: Service[] }[] {
    const services = currentValue(this.services) ?? [];
    const providers = currentValue(this.providers) ?? [];
    const query = searchable(this.serviceQuery.trim());
    const groups = new Map<string, Service[]>();
    for (const service of services) {
      if (query && !this.serviceMatches(service, query)) continue;
      groups.set(service.providerId, [...(groups.get(service.providerId) ?? []), service]);
    }
    return [...groups].map(([providerId, list]) => ({
      provider: providers.find((provider) => provider.id === providerId) ?? null,
      services: list,
    }));
  }

  private serviceMatches(service: Service, query: string): boolean {
    return [service.name, service.description]
      .flatMap((text) => Object.values(text))
      .some((value) => typeof value === 'string' && searchable(value).includes(query));
  }

  toggleGroup(id: string): void {
    const open = new Set(this.openGroups);
    if (!open.delete(id)) open.add(id);
    this.openGroups = open;
    this.host.changed();
  }

  setServiceQuery(query: string): void {
    this.serviceQuery = query;
    this.host.changed();
  }

  async chooseService(service: Service): Promise<void> {
    if (this.service?.id !== service.id) {
      await this.resetFrom('centre');
      this.service = service;
      this.centre = null;
    }
    this.go('centre');
    await this.loadCentres();
  }

  async loadCentres(): Promise<void> {
    const service = this.service;
    if (!service) return;
    this.notice = null;
    const near = this.location.status === 'on' ? this.location.coordinates : undefined;
    const items = await this.centresRequest.run(
      (signal) =>
        collect(
          this.host.client.paginate(
            'listCentres',
            { service: service.id, limit: PAGE_SIZE, ...(near ? { near } : {}) },
            { signal },
          ),
        ),
      (state) => {
        this.centres = state;
        if (state.status === 'failed') this.fail(state.error);
        this.host.changed();
      },
      currentValue(this.centres),
    );
    const preselected = items?.find((centre) => centre.id === this.preselectedCentreId);
    // A locked centre is chosen again each time the centres load (e.g. for another booking).
    if (!this.lockCentre) this.preselectedCentreId = null;
    if (preselected) await this.chooseCentre(preselected);
  }

  /** Centres matching the text filter, in the order the API gave (distance or governorate). */
  get visibleCentres(): readonly CentreListItem[] {
    const centres = currentValue(this.centres) ?? [];
    const query = searchable(this.centreQuery.trim());
    if (!query) return centres;
    return centres.filter((centre) =>
      [centre.name, centre.address, centre.town]
        .flatMap((text) => Object.values(text))
        .some((value) => typeof value === 'string' && searchable(value).includes(query)),
    );
  }

  setCentreQuery(query: string): void {
    this.centreQuery = query;
    this.host.changed();
  }

  /** Asks the device for its position (only when the user chose to share it). */
  async useLocation(geolocation: Geolocation | undefined): Promise<void> {
    if (!geolocation) {
      this.location = { status: 'refused' };
      this.host.changed();
      return;
    }
    this.location = { status: 'locating' };
    this.host.changed();
    try {
      const position = await new Promise<GeolocationPosition>((resolve, reject) =>
        geolocation.getCurrentPosition(resolve, reject, { maximumAge: 300_000, timeout: 15_000 }),
      );
      this.location = {
        status: 'on',
        coordinates: { lat: position.coords.latitude, lng: position.coords.longitude },
      };
    } catch {
      this.location = { status: 'refused' };
    }
    this.host.changed();
    if (this.location.status === 'on') await this.loadCentres();
  }

  async chooseCentre(centre: Centre): Promise<void> {
    const service = this.service;
    if (!service) return;
    if (this.centre?.id !== centre.id || !this.picker) {
      await this.resetFrom('date');
      this.centre = centre;
      this.picker = new SlotPicker(
        this.host.client,
        {
          centreId: centre.id,
          serviceId: service.id,
          bookingWindowDays: service.bookingWindowDays,
        },
        () => this.onPickerChanged(),
      );
    }
    this.go('date');
    await this.picker.showMonth(this.picker.month);
  }

  private onPickerChanged(): void {
    const failure = this.picker?.calendar.status === 'failed' ? this.picker.calendar.error : null;
    const slotsFailure = this.picker?.slots.status === 'failed' ? this.picker.slots.error : null;
    if (failure ?? slotsFailure) this.fail(failure ?? slotsFailure);
    this.host.changed();
  }

  async chooseDate(date: string): Promise<void> {
    if (!this.picker) return;
    this.notice = null;
    this.go('time');
    await this.picker.chooseDate(date);
  }

  async chooseSlot(slot: Slot): Promise<void> {
    const picker = this.picker;
    if (!picker) return;
    this.notice = null;
    const previousHold = picker.hold?.id;
    const hold = await picker.holdSlot(slot);
    if (!hold) {
      if (picker.holdRequest.status === 'failed') {
        this.fail(picker.holdRequest.error);
        // Someone else may have taken the last place: show the times as they are now.
        await picker.loadSlots();
      }
      return;
    }
    if (hold.id !== previousHold) {
      this.submissionKey = crypto.randomUUID();
      this.host.holdPlaced(hold);
    }
    // A hold that lapsed at once has already sent the person back to the times.
    if (picker.hold?.id !== hold.id) return;
    this.go('details');
  }

  /** The hold ran out while the user was filling in details or reviewing. */
  async holdExpired(): Promise<void> {
    this.picker?.forgetHold();
    this.submissionKey = null;
    this.notice = describeError({ code: 'hold-expired' }, this.host.numberStyle);
    this.go('time');
    await this.picker?.loadSlots();
  }

  /** Messages go in the widget's language until the person picks another one. */
  followLanguage(language: Language): void {
    if (this.notificationLanguageChosen || this.draft.notificationLanguage === language) return;
    this.draft = { ...this.draft, notificationLanguage: language };
    this.host.changed();
  }

  updateDraft<K extends keyof ApplicantDraft>(field: K, value: ApplicantDraft[K]): void {
    if (field === 'notificationLanguage') this.notificationLanguageChosen = true;
    this.draft = { ...this.draft, [field]: value };
    if (this.fieldErrors.has(field as FieldName)) this.validate(field as FieldName);
    this.host.changed();
  }

  /**
   * Checks one field as the user leaves it. Not when it leaves because the page changed (some
   * browsers fire `blur` on a focused field as it is removed, in the middle of the render), and
   * without a render when the answer is the same.
   */
  validate(field: FieldName): void {
    if (this.step !== 'details') return;
    const problem = validateField(field, this.draft);
    if ((this.fieldErrors.get(field) ?? null) === problem) return;
    const errors = new Map(this.fieldErrors);
    if (problem) errors.set(field, problem);
    else errors.delete(field);
    this.fieldErrors = errors;
    this.host.changed();
  }

  /** Checks everything; moves on to the review when all is well. */
  submitDetails(): boolean {
    this.fieldErrors = validateDraft(this.draft);
    this.showErrorSummary = this.fieldErrors.size > 0;
    if (this.showErrorSummary) {
      this.host.changed();
      return false;
    }
    this.go('review');
    return true;
  }

  async confirm(): Promise<void> {
    const hold = this.picker?.hold;
    if (!hold || this.submitting) return;
    this.submissionKey ??= crypto.randomUUID();
    this.submitting = true;
    this.notice = null;
    this.host.changed();
    try {
      const booking = await this.host.client.createBooking(
        { holdId: hold.id, ...toApplicantRequest(this.draft) },
        { idempotencyKey: this.submissionKey },
      );
      this.booking = booking;
      this.picker?.forgetHold();
      this.submissionKey = null;
      this.go('confirmation');
      this.host.booked(booking);
    } catch (error) {
      await this.bookingFailed(error);
    } finally {
      this.submitting = false;
      this.host.changed();
    }
  }

  private async bookingFailed(error: unknown): Promise<void> {
    const description = this.fail(error);
    if (description.recovery === 'choose-time') {
      this.picker?.forgetHold();
      this.submissionKey = null;
      this.go('time');
      await this.picker?.loadSlots();
    } else if (description.code === 'validation-failed') {
      const errors = new Map<FieldName, FieldProblem>();
      const fieldErrors = (error as { fieldErrors?: FieldError[] }).fieldErrors ?? [];
      for (const fieldError of fieldErrors) {
        const found = fieldProblemFromServer(fieldError);
        if (found) errors.set(found.field, found.problem);
      }
      this.fieldErrors = errors;
      this.showErrorSummary = errors.size > 0;
      this.go('details');
    }
  }

  /** Goes to an earlier step to change something, keeping everything else. */
  async back(step: BookingStep): Promise<void> {
    this.notice = null;
    if (step === 'service' || step === 'centre' || step === 'date' || step === 'time') {
      // Changing the time gives the held place back for others.
      if (step !== 'time' || this.picker?.hold) await this.picker?.release();
      this.submissionKey = null;
    }
    if (step === 'service' && this.services.status === 'idle') void this.loadCatalogue();
    if (step === 'centre' && this.centres.status === 'idle') void this.loadCentres();
    this.go(step);
    if (step === 'time') await this.picker?.loadSlots();
  }

  /** Starts a new booking after a confirmation. */
  async restart(): Promise<void> {
    this.booking = null;
    this.fieldErrors = new Map();
    this.showErrorSummary = false;
    await this.resetFrom('centre');
    this.service = this.lockService ? this.service : null;
    if (this.lockService && this.service) {
      await this.chooseService(this.service);
    } else {
      this.go('service');
      if (this.services.status !== 'ready') await this.loadCatalogue();
    }
  }

  /** Releases what is held (the element is leaving the page). */
  async dispose(): Promise<void> {
    this.catalogueRequest.abort();
    this.centresRequest.abort();
    await this.picker?.release();
    this.picker?.dispose();
  }

  private async resetFrom(step: 'centre' | 'date'): Promise<void> {
    await this.picker?.release();
    this.picker?.dispose();
    this.picker = null;
    if (step === 'centre') {
      this.centres = IDLE;
      this.centreQuery = '';
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

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) result.push(item);
  return result;
}
