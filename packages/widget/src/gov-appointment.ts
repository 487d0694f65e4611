/**
 * @tag gov-appointment
 * @summary Book, find, cancel and move a visit to a government service centre.
 *
 * @event {GovStepChangeEvent} gov-step-change - A page of the flow opened: `detail.step`.
 * @event {GovHoldPlacedEvent} gov-hold-placed - A place is held: `detail.{serviceId, centreId, start, expiresAt}`.
 * @event {GovHoldExpiredEvent} gov-hold-expired - The held place lapsed: `detail.{serviceId, centreId}`.
 * @event {GovBookedEvent} gov-booked - Booked: `detail.{reference, serviceId, centreId, start}`.
 * @event {GovCancelledEvent} gov-cancelled - Cancelled: `detail.reference`.
 * @event {GovRescheduledEvent} gov-rescheduled - Moved: `detail.{reference, centreId, start}`.
 * @event {GovErrorEvent} gov-error - A step failed: `detail.{code, step}`.
 *
 * @csspart services - The list of services.
 * @csspart service - One service.
 * @csspart centres - The list of centres.
 * @csspart centre - One centre.
 * @csspart calendar - The month calendar.
 * @csspart day - One day of the calendar.
 * @csspart available-dates - The list of the next free dates.
 * @csspart slots - A list of times.
 * @csspart slot - One time.
 * @csspart hold - The time left on the held place.
 * @csspart summary - The review of the booking.
 * @csspart submit - The main action of a page.
 * @csspart confirmation - The confirmation panel.
 * @csspart reference - The booking reference.
 * @csspart qr - The check-in QR code.
 * @csspart notice - A failure with what to do about it.
 * @csspart error-summary - The list of answers to correct in the details form.
 *
 * @cssproperty [--gov-color-primary=#0b5d4a] - Buttons, links and the selected day.
 * @cssproperty [--gov-color-on-primary=#ffffff] - Text on the primary colour.
 * @cssproperty [--gov-color-surface=#ffffff] - Background.
 * @cssproperty [--gov-color-surface-raised=#f4f6f5] - Panels and skeletons.
 * @cssproperty [--gov-color-text=#1b1f1e] - Text.
 * @cssproperty [--gov-color-text-muted=#4a5350] - Hints and secondary text.
 * @cssproperty [--gov-color-border=#767f7c] - Borders of fields and cards (3:1 at least).
 * @cssproperty [--gov-color-error=#b3261e] - Errors.
 * @cssproperty [--gov-color-warning-surface=#fff4d6] - Background of the hold warning.
 * @cssproperty [--gov-color-success=#1e6b34] - The confirmation border.
 * @cssproperty [--gov-color-focus=#1a4fd6] - The focus ring.
 * @cssproperty [--gov-font-family=system-ui] - The site's font stack; each script's own font follows it (for Urdu, Nastaliq comes first).
 * @cssproperty [--gov-font-size=1rem] - Base text size.
 * @cssproperty [--gov-radius=0.5rem] - Corner radius.
 * @cssproperty [--gov-space=0.5rem] - Base spacing unit.
 * @cssproperty [--gov-max-width=42rem] - Widest the widget grows.
 */
import { type AppointmentsClient, createClient } from '@gov-appointment/sdk';
import type { Booking, CentreListItem, Hold, Service, Slot } from '@gov-appointment/sdk/schemas';
import { msg, str } from '@lit/localize';
import {
  adoptStyles,
  html,
  LitElement,
  nothing,
  type PropertyValues,
  supportsAdoptingStyleSheets,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  type ApplicantPrefill,
  draftFromPrefill,
  emptyDraft,
  lockedFields,
} from './applicant/applicant-prefill.js';
import { validateField } from './applicant/applicant-validation.js';
import { dateGridStyles, focusGridCell } from './calendar/date-grid.js';
import { downloadCalendarFile } from './confirmation/calendar-file.js';
import { importQrCode } from './confirmation/qr-code-import.js';
import { BOOKING_STEPS, BookingFlow } from './controllers/booking-flow.js';
import { HoldTimerController } from './controllers/hold-timer.js';
import { type LaterSteps, LaterStepsLoader } from './controllers/later-steps-loader.js';
import { LazyPart } from './controllers/lazy-part.js';
import { LocaleController } from './controllers/locale-controller.js';
import type { ManageFlow } from './controllers/manage-flow.js';
import type { Remote } from './controllers/remote.js';
import type { SlotPicker } from './controllers/slot-picker.js';
import {
  describeError,
  describeLoadFailure,
  type ErrorDescription,
} from './errors/error-messages.js';
import {
  type BookingStep,
  GovBookedEvent,
  GovCancelledEvent,
  GovErrorEvent,
  GovHoldExpiredEvent,
  GovHoldPlacedEvent,
  GovRescheduledEvent,
  GovStepChangeEvent,
} from './events.js';
import { formatNumber } from './format/number-format.js';
import { type Digits, defaultDigitsFor, numberingSystemFor } from './format/numbering.js';
import { plural } from './format/plural.js';
import { renderCentreStep } from './steps/centre-step.js';
import { type DateView, renderDateStep } from './steps/date-step.js';
import { holdExtendedMessage } from './steps/hold-messages.js';
import { languageName } from './steps/names.js';
import { renderServiceStep } from './steps/service-step.js';
import {
  CHECK_IN_HEADING_SELECTOR,
  EXTEND_HOLD_SELECTOR,
  HOLD_TIME_SELECTOR,
  NOTICE_TITLE_SELECTOR,
  type NoticeActions,
  renderHoldBanner,
  renderNotice,
  renderSkeleton,
  renderStepFrame,
  STEP_HEADING_SELECTOR,
} from './steps/step-frame.js';
import { renderTimeStep } from './steps/time-step.js';
import { renderDate, text, type ViewContext } from './steps/view-context.js';
import { baseStyles } from './styles/gov-appointment.styles.js';
import { tokens } from './styles/tokens.js';

/** A page change this soon after a key or pointer press in the widget is the person's doing. */
const RECENT_INTERACTION_MS = 30_000;

function isPending(remote: Remote<unknown>): boolean {
  return remote.status === 'loading' || remote.status === 'idle';
}

/** The booking steps a person moves through, numbered for "Step 2 of 6". */
const NUMBERED_STEPS = BOOKING_STEPS.filter((step) => step !== 'confirmation');

export class GovAppointment extends LitElement {
  static override styles = [tokens, baseStyles, dateGridStyles];

  /** Base URL of the appointments API, e.g. `https://api.appointments.example.bh/v1`. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Limit the services to one provider (ministry or authority) id. */
  @property() provider: string | null = null;
  /** Preselect a service by id. */
  @property() service: string | null = null;
  /** Preselect a centre by id (used once a service is chosen). */
  @property() centre: string | null = null;
  /** Keep the preselected service: the user cannot change it. */
  @property({ type: Boolean, attribute: 'lock-service' }) lockService = false;
  /** Keep the preselected centre: the user cannot change it. */
  @property({ type: Boolean, attribute: 'lock-centre' }) lockCentre = false;
  /** `book` (default) or `manage` (find, cancel or move a booking). */
  @property() mode: 'book' | 'manage' = 'book';
  /** `light` (default), `dark`, or `auto` to follow the device. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** Native digits (e.g. Arabic-Indic) or Latin ones; by default what each language usually prints. */
  @property() digits: Digits | null = null;
  /** Also show each date in the Hijri (Umm al-Qura) calendar, on a second line. */
  @property({ type: Boolean }) hijri = false;
  /**
   * Details of the signed-in person from the host portal. With `lock-applicant`, the fields
   * given here cannot be edited (they came from a verified login).
   */
  @property({ attribute: false }) applicant: ApplicantPrefill | null = null;
  /** Make the fields given in `applicant` read-only (they came from a verified sign-in). */
  @property({ type: Boolean, attribute: 'lock-applicant' }) lockApplicant = false;
  /** Returns a bearer token for APIs that need sign-in. */
  @property({ attribute: false }) getToken: (() => string | null | Promise<string | null>) | null =
    null;
  /** An SDK client to use instead of one made from `api-base` (custom fetch, hooks, tests). */
  @property({ attribute: false }) client: AppointmentsClient | null = null;

  @state() private dateView: DateView = 'calendar';
  @state() private announcement = '';
  @state() private extending = false;
  @state() private downloading = false;
  /** Seconds left before a retry is allowed, after a rate limit or overload. */
  @state() private retryWait = 0;
  private retryTimer: ReturnType<typeof setInterval> | null = null;

  private readonly locale = new LocaleController(this, {
    failed: () => this.reportFailure(this.loadFailure(this.locale), this.flowStep),
    recovered: () => this.partRecovered(STEP_HEADING_SELECTOR),
  });
  private readonly laterSteps = new LaterStepsLoader(this, {
    arrived: (laterSteps) => this.addLaterStepsStyles(laterSteps),
    failed: () => this.reportFailure(this.loadFailure(this.laterSteps), this.flowStep),
    recovered: () => this.partRecovered(STEP_HEADING_SELECTOR),
  });
  /** Reloading would lose the confirmation: its failure only ever offers "Try again". */
  private readonly checkInCode = new LazyPart(this, importQrCode, {
    failed: () => this.reportFailure(this.loadFailure({ failedAgain: false }), this.flowStep),
    recovered: () => this.partRecovered(CHECK_IN_HEADING_SELECTOR),
  });
  private readonly holdTimer = new HoldTimerController(this, {
    onWarning: (secondsLeft) => this.warnHold(secondsLeft),
    onExpired: () => void this.holdLapsed(),
  });
  private booking: BookingFlow | null = null;
  private manage: ManageFlow | null = null;
  private activeClient: AppointmentsClient | null = null;
  private renderedStep: BookingStep | null = null;
  private renderedPage: string | null = null;
  private focusPending = false;
  private lastInteraction = Number.NEGATIVE_INFINITY;
  private gridFocusPending = false;
  private summaryFocusPending = false;
  /** Something the widget changed under the person that focus must follow, e.g. a failure. */
  private focusTarget: string | null = null;

  /**
   * The page of the flow open now, as the last `gov-step-change` reported it. The first page
   * opens as soon as the element is defined and connected, often before the host page's own
   * scripts run: read this to know it, then listen for the changes.
   */
  get step(): BookingStep {
    return this.renderedStep ?? this.flowStep;
  }

  /** The page the flows are on, which the next render shows. */
  private get flowStep(): BookingStep {
    return this.mode === 'manage'
      ? (this.manage?.step ?? 'manage-find')
      : (this.booking?.step ?? 'service');
  }

  private get context(): ViewContext {
    const language = this.locale.language;
    return {
      language,
      direction: this.locale.direction,
      numberingSystem: numberingSystemFor(language, this.digits ?? defaultDigitsFor(language)),
      hijri: this.hijri,
    };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.defaultView?.removeEventListener('pagehide', this.pageClosing);
    // Give back any held place: the user has left.
    void this.booking?.dispose();
    void this.manage?.dispose();
    this.booking = null;
    this.manage = null;
    this.holdTimer.stop();
    this.waitBeforeRetry(0);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.defaultView?.addEventListener('pagehide', this.pageClosing);
    this.addEventListener('pointerdown', this.noteInteraction);
    this.addEventListener('keydown', this.noteInteraction);
    if (this.activeClient && !this.booking && !this.manage) this.startFlows();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang' as keyof GovAppointment)) this.locale.resolve();
    this.booking?.followLanguage(this.locale.language);
    const clientChanged =
      changed.has('apiBase') || changed.has('client') || changed.has('getToken');
    const targetChanged =
      changed.has('provider') ||
      changed.has('service') ||
      changed.has('centre') ||
      changed.has('lockService') ||
      changed.has('lockCentre');
    if (clientChanged) this.activeClient = this.makeClient();
    if ((clientChanged || targetChanged) && this.activeClient) this.startFlows();
    if (changed.has('applicant') && this.booking && changed.get('applicant') !== undefined) {
      this.booking.draft = draftFromPrefill(this.booking.draft, this.applicant);
    }
  }

  private makeClient(): AppointmentsClient | null {
    if (this.client) return this.client;
    if (!this.apiBase) return null;
    const getToken = this.getToken;
    return createClient({
      baseUrl: this.apiBase,
      language: this.locale.language,
      ...(getToken ? { getToken: async () => (await getToken()) ?? undefined } : {}),
    });
  }

  private startFlows(): void {
    const client = this.activeClient;
    if (!client) return;
    void this.booking?.dispose();
    void this.manage?.dispose();
    this.holdTimer.stop();
    const host = this;
    const draft = draftFromPrefill(emptyDraft(this.locale.language), this.applicant);
    this.booking = new BookingFlow(
      {
        client,
        get providerId() {
          return host.provider;
        },
        get language() {
          return host.locale.language;
        },
        get numberStyle() {
          return host.context;
        },
        changed: () => this.requestUpdate(),
        announce: (message) => this.announce(message),
        failed: (description, step) => this.reportFailure(description, step),
        holdPlaced: (hold) => this.onHoldPlaced(hold),
        booked: (booking) => this.onBooked(booking),
      },
      draft,
    );
    // Made again with the new client once the manage pages are opened (see manageFlow).
    this.manage = null;
    void this.booking.start({
      serviceId: this.service,
      centreId: this.centre,
      lockService: this.lockService,
      lockCentre: this.lockCentre,
    });
  }

  /**
   * The manage pages' flow. It comes in the later pages' module, so it is made once that is
   * here; null until then, while the page shows its heading and the placeholder.
   */
  private manageFlow(): ManageFlow | null {
    if (this.manage) return this.manage;
    const client = this.activeClient;
    const laterSteps = this.laterSteps.need();
    if (!client || !laterSteps) return null;
    const host = this;
    this.manage = new laterSteps.ManageFlow({
      client,
      get numberStyle() {
        return host.context;
      },
      changed: () => this.requestUpdate(),
      failed: (description, step) => this.reportFailure(description, step),
      holdPlaced: (hold) => this.onHoldPlaced(hold),
      cancelled: (booking) =>
        this.dispatchEvent(new GovCancelledEvent({ reference: booking.reference })),
      rescheduled: (booking) => this.onRescheduled(booking),
    });
    return this.manage;
  }

  /**
   * The later pages' styles join the element's own when their module arrives: added to the
   * adopted style sheets (or, where a browser has none, as one more `<style>` with the page's
   * nonce, as Lit does for the element's own styles).
   */
  private addLaterStepsStyles(laterSteps: LaterSteps): void {
    const styles = [laterSteps.laterStepsStyles];
    adoptStyles(
      this.renderRoot as ShadowRoot,
      supportsAdoptingStyleSheets ? [...GovAppointment.elementStyles, ...styles] : styles,
    );
  }

  protected override updated(): void {
    const step = this.flowStep;
    if (step !== this.renderedStep) {
      this.renderedStep = step;
      this.dispatchEvent(new GovStepChangeEvent({ step }));
    }
    // Manage has several pages within one step (cancel, new day, new time): each is a page.
    // The flow is made when the manage pages' module arrives: that is no new page.
    const page = this.mode === 'manage' ? `${step}:${this.manage?.mode ?? 'view'}` : step;
    if (page !== this.renderedPage) {
      // Move focus to the new page's heading when the person is using the widget; never when
      // it first loads or when the host page changes its settings.
      if (this.renderedPage !== null && this.personIsHere()) this.focusPending = true;
      this.renderedPage = page;
    }
    // Focus moves once this update is over: the field it leaves may validate on blur, and
    // that must start a fresh update rather than change this one.
    queueMicrotask(() => this.moveFocus());
  }

  private moveFocus(): void {
    const root = this.renderRoot as ShadowRoot;
    const target = this.focusTarget ? root.querySelector<HTMLElement>(this.focusTarget) : null;
    if (target) {
      // It says why the page changed; the new page's heading comes right after it.
      this.focusTarget = null;
      this.focusPending = false;
      target.focus();
    }
    if (this.focusPending) {
      const heading = root.querySelector<HTMLElement>('#step-heading');
      if (heading) {
        this.focusPending = false;
        heading.focus();
      }
    }
    if (this.gridFocusPending) {
      this.gridFocusPending = false;
      const picker = this.activePicker;
      if (picker) focusGridCell(root, picker.focused);
    }
    if (this.summaryFocusPending) {
      this.summaryFocusPending = false;
      this.laterSteps.value?.focusErrorSummary(root);
    }
  }

  /**
   * Whether focus belongs in the widget: it is inside, or it was lost (the button pressed was
   * replaced by the next page) soon after the person pressed a key or pointer in the widget.
   */
  private personIsHere(): boolean {
    if (this.matches(':focus-within')) return true;
    const active = this.ownerDocument.activeElement;
    const focusLost = active === null || active === this.ownerDocument.body;
    return focusLost && performance.now() - this.lastInteraction < RECENT_INTERACTION_MS;
  }

  /**
   * Whether the person is busy elsewhere on the host page: then a change in the widget is
   * announced but does not take their focus away.
   */
  private focusIsElsewhere(): boolean {
    const active = this.ownerDocument.activeElement;
    return active !== null && active !== this.ownerDocument.body && active !== this;
  }

  /**
   * The page is going away (closed, reloaded, or left without a way back): a held place is given
   * back at once instead of staying blocked until it expires. A page kept for "back"
   * (`persisted`) keeps its hold, as the person may return to it.
   */
  private readonly pageClosing = (event: PageTransitionEvent) => {
    if (event.persisted) return;
    this.booking?.picker?.releaseAsPageCloses();
    this.manage?.picker?.releaseAsPageCloses();
  };

  /**
   * A part that had failed to load arrived (by "Try again" or once back online): say so once,
   * and when the notice the person was on went away with it, focus what took its place.
   */
  private partRecovered(focusSelector: string): void {
    const root = this.renderRoot as ShadowRoot;
    const onNotice = root.activeElement?.closest('[part="notice"]') != null;
    const lost = !this.matches(':focus-within') && this.personIsHere();
    if (onNotice || lost) this.focusTarget = focusSelector;
    this.announce(msg('You are back online. This page is now complete.'));
  }

  private readonly noteInteraction = () => {
    this.lastInteraction = performance.now();
  };

  private get activePicker() {
    return this.mode === 'manage' ? this.manage?.picker : this.booking?.picker;
  }

  // Event handlers ---------------------------------------------------------------------------

  private announce(message: string): void {
    // Clearing first makes a repeated message be spoken again.
    this.announcement = '';
    requestAnimationFrame(() => {
      this.announcement = message;
    });
  }

  private reportFailure(description: ErrorDescription, step: BookingStep): void {
    this.announceNotice(description);
    this.dispatchEvent(new GovErrorEvent({ code: description.code, step }));
    this.waitBeforeRetry(description.retryAfterSeconds ?? 0);
  }

  private announceNotice(description: ErrorDescription): void {
    this.announce(`${description.title}. ${description.detail}`);
  }

  /** Counts down the wait the server asked for; "Try again" stays unavailable until then. */
  private waitBeforeRetry(seconds: number): void {
    if (this.retryTimer !== null) clearInterval(this.retryTimer);
    this.retryTimer = null;
    this.retryWait = seconds;
    if (seconds <= 0) return;
    this.retryTimer = setInterval(() => {
      this.retryWait -= 1;
      if (this.retryWait <= 0 && this.retryTimer !== null) {
        clearInterval(this.retryTimer);
        this.retryTimer = null;
      }
    }, 1000);
  }

  private renderFailure(description: ErrorDescription | null, actions: NoticeActions = {}) {
    return renderNotice(description, {
      ...actions,
      waitSeconds: this.retryWait,
      numberStyle: this.context,
    });
  }

  private onHoldPlaced(hold: Hold): void {
    this.holdTimer.start(hold.expiresInSeconds);
    this.dispatchEvent(
      new GovHoldPlacedEvent({
        serviceId: hold.serviceId,
        centreId: hold.centreId,
        start: hold.start,
        expiresAt: hold.expiresAt,
      }),
    );
  }

  private onBooked(booking: Booking): void {
    this.holdTimer.stop();
    this.dispatchEvent(
      new GovBookedEvent({
        reference: booking.reference,
        serviceId: booking.service.id,
        centreId: booking.centre.id,
        start: booking.start,
      }),
    );
  }

  private onRescheduled(booking: Booking): void {
    this.holdTimer.stop();
    this.announce(msg('Your booking has been moved.'));
    this.dispatchEvent(
      new GovRescheduledEvent({
        reference: booking.reference,
        centreId: booking.centre.id,
        start: booking.start,
      }),
    );
  }

  private warnHold(secondsLeft: number): void {
    // A place given back (the person went back to change it) needs no warning.
    if (!this.activePicker?.hold) return;
    if (secondsLeft <= 60) {
      this.announce(
        msg(
          'Less than a minute left to finish your booking. Choose “I need more time” to keep your place.',
        ),
      );
      return;
    }
    const minutes = Math.round(secondsLeft / 60);
    const { language, numberingSystem } = this.context;
    const count = formatNumber(minutes, language, numberingSystem);
    this.announce(
      plural(minutes, language, {
        exactlyOne: () =>
          msg(
            'About one minute left to finish your booking. Choose “I need more time” to keep your place.',
            { id: 'hold-minutes-left.exactly-one' },
          ),
        two: () =>
          msg(
            'About two minutes left to finish your booking. Choose “I need more time” to keep your place.',
            { id: 'hold-minutes-left.two' },
          ),
        few: () =>
          msg(
            str`About ${count} minutes left to finish your booking. Choose “I need more time” to keep your place.`,
            { id: 'hold-minutes-left.few' },
          ),
        many: () =>
          msg(
            str`About ${count} minutes left to finish your booking. Choose “I need more time” to keep your place.`,
            { id: 'hold-minutes-left.many' },
          ),
        other: () =>
          msg(
            str`About ${count} minutes left to finish your booking. Choose “I need more time” to keep your place.`,
            { id: 'hold-minutes-left.other' },
          ),
      }),
    );
  }

  private async holdLapsed(): Promise<void> {
    const picker = this.activePicker;
    const hold = picker?.hold;
    if (!hold) return;
    this.dispatchEvent(
      new GovHoldExpiredEvent({ serviceId: hold.serviceId, centreId: hold.centreId }),
    );
    const flow = this.mode === 'manage' ? this.manage : this.booking;
    // The page the person was reading is gone, whatever they last pressed and however long ago:
    // focus goes to what happened and what to do next.
    if (!this.focusIsElsewhere()) this.focusTarget = NOTICE_TITLE_SELECTOR;
    await flow?.holdExpired();
    // The page changed without the person asking: say why, as for any failure.
    if (flow?.notice) this.announceNotice(flow.notice);
  }

  private async extendHold(): Promise<void> {
    const picker = this.activePicker;
    if (!picker?.hold || this.extending) return;
    const root = this.renderRoot as ShadowRoot;
    const buttonFocused = root.activeElement?.matches(EXTEND_HOLD_SELECTOR) ?? false;
    this.extending = true;
    try {
      const hold = await picker.extend();
      this.holdTimer.start(hold.expiresInSeconds);
      // The last extension takes the button away: its focus goes to the time it gave.
      if (hold.extensionsRemaining === 0 && buttonFocused) this.focusTarget = HOLD_TIME_SELECTOR;
      this.announce(
        holdExtendedMessage(hold.expiresInSeconds, hold.extensionsRemaining, this.context),
      );
    } catch (error) {
      const flow = this.mode === 'manage' ? this.manage : this.booking;
      if (flow) {
        flow.notice = describeError(error, this.context);
        this.reportFailure(flow.notice, this.flowStep);
      }
    } finally {
      this.extending = false;
    }
  }

  private async downloadCalendar(booking: Booking, nationalId: string): Promise<void> {
    if (!this.activeClient) return;
    this.downloading = true;
    try {
      const ics = await this.activeClient.getBookingCalendar({
        reference: booking.reference,
        nationalId,
      });
      downloadCalendarFile(ics, booking.reference, this.ownerDocument);
    } catch (error) {
      this.reportFailure(describeError(error, this.context), this.flowStep);
    } finally {
      this.downloading = false;
    }
  }

  private switchMode(mode: 'book' | 'manage'): void {
    this.mode = mode;
  }

  // Rendering --------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`
      <div
        class="visually-hidden"
        role="status"
        aria-live="polite"
        aria-atomic="true"
        lang=${this.locale.language}
      >
        ${this.announcement}
      </div>
      <div lang=${this.locale.language}>
        ${this.locale.failed ? this.renderLoadFailure(this.locale) : nothing}
        ${this.renderPage()}
        ${
          this.mode === 'book' && this.flowStep === 'service'
            ? html`<p class="no-print">
              <button type="button" class="link" @click=${() => this.switchMode('manage')}>
                ${msg('Already booked? Cancel or change your booking')}
              </button>
            </p>`
            : nothing
        }
      </div>
    `;
  }

  private renderPage(): TemplateResult {
    if (!this.activeClient) {
      return renderStepFrame({
        heading: msg('Booking is not available'),
        body: html`<p>${msg('This page is not set up to take bookings. Please try again later.')}</p>`,
      });
    }
    return this.mode === 'manage' ? this.renderManage() : this.renderBooking();
  }

  private progress(step: BookingStep) {
    const index = (NUMBERED_STEPS as readonly BookingStep[]).indexOf(step);
    if (index < 0) return undefined;
    const { language, numberingSystem } = this.context;
    return {
      current: formatNumber(index + 1, language, numberingSystem),
      total: formatNumber(NUMBERED_STEPS.length, language, numberingSystem),
    };
  }

  private renderBooking(): TemplateResult {
    const flow = this.booking;
    if (!flow) return html``;
    switch (flow.step) {
      case 'service':
        return this.renderServiceStep(flow);
      case 'centre':
        return this.renderCentreStep(flow);
      case 'date':
        return this.renderDateStep(flow);
      case 'time':
        return this.renderTimeStep(flow);
      case 'details':
        return this.renderDetailsStep(flow);
      case 'review':
        return this.renderReviewStep(flow);
      default:
        return this.renderConfirmationStep(flow);
    }
  }

  private renderServiceStep(flow: BookingFlow): TemplateResult {
    return renderStepFrame({
      heading: msg('Which service do you need?'),
      progress: this.progress('service'),
      notice: this.renderFailure(flow.notice, { onRetry: () => void flow.loadCatalogue() }),
      // After a failure the notice says what happened; an empty list would blame the search.
      body:
        flow.services.status === 'failed'
          ? nothing
          : renderServiceStep({
              context: this.context,
              loading: isPending(flow.services),
              query: flow.serviceQuery,
              groups: flow.serviceGroups,
              selectedId: flow.service?.id ?? null,
              onQuery: (query) => flow.setServiceQuery(query),
              onChoose: (service: Service) => void flow.chooseService(service),
              openGroups: flow.openGroups,
              onToggleGroup: (id) => flow.toggleGroup(id),
            }),
    });
  }

  private renderCentreStep(flow: BookingFlow): TemplateResult {
    return renderStepFrame({
      heading: msg('Where would you like to go?'),
      progress: this.progress('centre'),
      ...(flow.lockService
        ? {}
        : { back: { label: msg('Change service'), onClick: () => void flow.back('service') } }),
      notice: this.renderFailure(flow.notice, {
        onRetry: () => void flow.loadCentres(),
        onStartOver: () => void flow.back('service'),
      }),
      body: html`<p>${flow.service ? text(this.context, flow.service.name) : ''}</p>
        ${
          flow.centres.status === 'failed'
            ? nothing
            : renderCentreStep({
                context: this.context,
                loading: isPending(flow.centres),
                query: flow.centreQuery,
                centres: flow.visibleCentres,
                location: flow.location,
                canLocate: 'geolocation' in navigator,
                onQuery: (query) => flow.setCentreQuery(query),
                onLocate: () => void flow.useLocation(navigator.geolocation),
                onChoose: (centre: CentreListItem) => void flow.chooseCentre(centre),
              })
        }`,
    });
  }

  private renderDateStep(flow: BookingFlow): TemplateResult {
    const picker = flow.picker;
    return renderStepFrame({
      heading: msg('Choose a day'),
      progress: this.progress('date'),
      ...(flow.lockCentre
        ? {}
        : { back: { label: msg('Change centre'), onClick: () => void flow.back('centre') } }),
      notice: this.renderFailure(flow.notice, {
        onRetry: () => {
          flow.notice = null;
          void picker?.reload();
        },
      }),
      body: picker
        ? html`<p>${flow.centre ? text(this.context, flow.centre.name) : ''}</p>
          ${this.renderDays(picker, (date) => void flow.chooseDate(date))}`
        : nothing,
    });
  }

  /** The calendar or list of days, for booking and for moving a booking alike. */
  private renderDays(picker: SlotPicker, onSelect: (date: string) => void): TemplateResult {
    return renderDateStep({
      context: this.context,
      picker,
      view: this.dateView,
      onView: (view) => {
        this.dateView = view;
      },
      onSelect,
      onFocus: (date) => {
        picker.focused = date;
        this.gridFocusPending = true;
        this.requestUpdate();
      },
      onMonthChange: (month) => void picker.showMonth(month),
    });
  }

  private renderTimeStep(flow: BookingFlow): TemplateResult {
    const picker = flow.picker;
    return renderStepFrame({
      heading: msg('Choose a time'),
      progress: this.progress('time'),
      back: { label: msg('Change day'), onClick: () => void flow.back('date') },
      notice: this.renderFailure(flow.notice, {
        onRetry: () => {
          flow.notice = null;
          const unanswered = picker?.unansweredSlot;
          void (unanswered ? flow.chooseSlot(unanswered) : picker?.loadSlots());
        },
        onChooseTime: () => {
          flow.notice = null;
          void picker?.loadSlots();
        },
      }),
      body: picker
        ? html`${this.renderChosenDay(picker.date)}
          ${renderTimeStep({
            context: this.context,
            picker,
            onChoose: (slot: Slot) => void flow.chooseSlot(slot),
          })}`
        : nothing,
    });
  }

  private renderChosenDay(date: string | null): TemplateResult | typeof nothing {
    if (!date) return nothing;
    return html`<p>${renderDate(this.context, date)}</p>`;
  }

  /** Why a lazily loaded part is missing: the connection, or (after a retry) the page. */
  private loadFailure(part: { readonly failedAgain: boolean }): ErrorDescription {
    return describeLoadFailure(part.failedAgain, this.context);
  }

  /** A lazily loaded part that could not be fetched, with the ways to get it. */
  private renderLoadFailure(part: {
    readonly failedAgain: boolean;
    retry(): void;
  }): TemplateResult | typeof nothing {
    return this.renderFailure(this.loadFailure(part), {
      onRetry: () => part.retry(),
      onReload: () => this.ownerDocument.location.reload(),
    });
  }

  /** The body of a later page while its module loads, or why it could not be fetched. */
  private renderLaterStepsMissing(): TemplateResult | typeof nothing {
    if (!this.laterSteps.failed) return renderSkeleton();
    return this.renderLoadFailure(this.laterSteps);
  }

  private renderHold(): TemplateResult | typeof nothing {
    const hold = this.activePicker?.hold;
    if (!hold || !this.holdTimer.running) return nothing;
    return renderHoldBanner({
      secondsLeft: this.holdTimer.secondsLeft,
      extensionsRemaining: hold.extensionsRemaining,
      extending: this.extending,
      numberingSystem: this.context.numberingSystem,
      language: this.context.language,
      onExtend: () => void this.extendHold(),
    });
  }

  private renderDetailsStep(flow: BookingFlow): TemplateResult {
    // A locked field whose value from the portal is invalid stays editable, so it can be fixed.
    const locked = new Set(
      [...(this.lockApplicant ? lockedFields(this.applicant) : [])].filter(
        (field) => validateField(field, flow.draft) === null,
      ),
    );
    return renderStepFrame({
      heading: msg('Your details'),
      progress: this.progress('details'),
      back: { label: msg('Change time'), onClick: () => void flow.back('time') },
      notice: html`${this.renderHold()}${this.renderFailure(flow.notice)}`,
      body:
        this.laterSteps.need()?.renderDetailsForm({
          context: this.context,
          draft: flow.draft,
          errors: flow.fieldErrors,
          showSummary: flow.showErrorSummary,
          locked,
          allowsBookingForOthers: flow.service?.allowsBookingForOthers ?? true,
          languages: (['ar', 'en', 'ur', 'hi', 'bn', 'fa'] as const).map((code) => ({
            code,
            label: languageName(code),
          })),
          onInput: (field, value) => flow.updateDraft(field, value as never),
          onBlur: (field) => flow.validate(field),
          onSubmit: () => {
            if (!flow.submitDetails()) this.summaryFocusPending = true;
          },
        }) ?? this.renderLaterStepsMissing(),
    });
  }

  private renderReviewStep(flow: BookingFlow): TemplateResult {
    const slot = flow.picker?.slot;
    if (!flow.service || !flow.centre || !slot) return html``;
    return renderStepFrame({
      heading: msg('Check your booking'),
      progress: this.progress('review'),
      back: { label: msg('Change your details'), onClick: () => void flow.back('details') },
      notice: html`${this.renderHold()}${this.renderFailure(flow.notice, {
        onRetry: () => void flow.confirm(),
        onChooseTime: () => void flow.back('time'),
      })}`,
      body:
        this.laterSteps.need()?.renderReviewStep({
          context: this.context,
          service: flow.service,
          centre: flow.centre,
          slot,
          draft: flow.draft,
          submitting: flow.submitting,
          fixedSteps: new Set([
            ...(flow.lockService ? (['service'] as const) : []),
            ...(flow.lockCentre ? (['centre'] as const) : []),
          ]),
          onChange: (step) => void flow.back(step),
          onConfirm: () => void flow.confirm(),
        }) ?? this.renderLaterStepsMissing(),
    });
  }

  private renderConfirmationStep(flow: BookingFlow): TemplateResult {
    const booking = flow.booking;
    if (!booking) return html``;
    return renderStepFrame({
      heading: msg('Booking confirmed'),
      body:
        this.laterSteps.need()?.renderConfirmationStep({
          context: this.context,
          booking,
          openingHours: flow.centre?.openingHours ?? null,
          downloading: this.downloading,
          checkInCode: this.checkInCode.need()?.renderQrCode ?? null,
          checkInCodeFailure: this.checkInCode.failed
            ? this.renderLoadFailure({ failedAgain: false, retry: () => this.checkInCode.retry() })
            : nothing,
          onCalendar: () => void this.downloadCalendar(booking, flow.draft.nationalId),
          onPrint: () => window.print(),
          onManage: () => {
            const manage = this.manageFlow();
            if (manage) {
              manage.setInput('reference', booking.reference);
              manage.setInput('nationalId', flow.draft.nationalId);
            }
            this.switchMode('manage');
          },
          onBookAnother: () => void flow.restart(),
        }) ?? this.renderLaterStepsMissing(),
    });
  }

  private renderManage(): TemplateResult {
    const flow = this.manageFlow();
    const toBooking = () => {
      this.switchMode('book');
    };
    if (!flow || flow.step === 'manage-find') {
      return renderStepFrame({
        heading: msg('Find your booking'),
        back: { label: msg('Book a visit instead'), onClick: toBooking },
        notice: flow
          ? this.renderFailure(flow.notice, { onRetry: () => void flow.find() })
          : nothing,
        body:
          (flow &&
            this.laterSteps.value?.renderManageFind({ flow, onSubmit: () => void flow.find() })) ??
          this.renderLaterStepsMissing(),
      });
    }
    if (flow.step === 'manage-cancelled') {
      return renderStepFrame({
        heading: msg('Booking cancelled'),
        body:
          this.laterSteps.need()?.renderManageCancelled(this.context, flow, toBooking) ??
          this.renderLaterStepsMissing(),
      });
    }
    return this.renderManageBooking(flow);
  }

  private renderManageBooking(flow: ManageFlow): TemplateResult {
    const picker = flow.picker;
    const unanswered = flow.mode === 'reschedule-time' ? picker?.unansweredSlot : null;
    const notice = this.renderFailure(flow.notice, {
      onRetry: () =>
        void (unanswered
          ? flow.chooseSlot(unanswered)
          : flow.mode === 'reschedule-confirm'
            ? flow.confirmReschedule()
            : flow.find()),
      onChooseTime: () => {
        flow.notice = null;
        void picker?.loadSlots();
      },
    });
    const backToBooking = {
      label: msg('Back to your booking'),
      onClick: () => void flow.abandonReschedule(),
    };
    switch (flow.mode) {
      case 'reschedule-date':
        return renderStepFrame({
          heading: msg('Choose a new day'),
          back: backToBooking,
          notice,
          body: picker ? this.renderDays(picker, (date) => void flow.chooseDate(date)) : nothing,
        });
      case 'reschedule-time':
        return renderStepFrame({
          heading: msg('Choose a new time'),
          back: {
            label: msg('Change day'),
            onClick: () => {
              flow.mode = 'reschedule-date';
              this.requestUpdate();
            },
          },
          notice,
          body: picker
            ? html`${this.renderChosenDay(picker.date)}
              ${renderTimeStep({
                context: this.context,
                picker,
                onChoose: (slot) => void flow.chooseSlot(slot),
              })}`
            : nothing,
        });
      case 'reschedule-confirm':
        return renderStepFrame({
          heading: msg('Move your booking?'),
          back: backToBooking,
          notice: html`${this.renderHold()}${notice}`,
          body:
            this.laterSteps.need()?.renderRescheduleConfirm({
              context: this.context,
              flow,
              onConfirm: () => void flow.confirmReschedule(),
              onChooseAgain: () => {
                void picker?.release();
                flow.mode = 'reschedule-time';
                void picker?.loadSlots();
              },
            }) ?? this.renderLaterStepsMissing(),
        });
      default:
        return renderStepFrame({
          heading:
            flow.mode === 'confirm-cancel' ? msg('Cancel this booking?') : msg('Your booking'),
          notice,
          body:
            this.laterSteps.need()?.renderManageBooking({
              context: this.context,
              flow,
              onReschedule: () => void flow.startReschedule(),
              onCancel: () => void flow.cancel(),
              onFindAnother: () => void flow.findAnother(),
            }) ?? this.renderLaterStepsMissing(),
        });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gov-appointment': GovAppointment;
  }
}
