/**
 * A ministry web team's code, written only against the package's public entry points. The test
 * published-package.test.ts compiles it against the packed package under TypeScript's default
 * settings (`tsc --init`) and with `bundler` resolution, and bundles it with esbuild.
 */
import '@gov-appointment/widget/define';
import {
  type ApplicantPrefill,
  type BookingStep,
  type GovAppointment,
  GovBookedEvent,
} from '@gov-appointment/widget';

/** What the host page keeps from the widget: never personal data, only these. */
export interface HostRecord {
  readonly references: string[];
  readonly steps: BookingStep[];
  readonly failures: string[];
}

/** Puts the widget on the page the way a portal does after its own sign-in. */
export function embedBookingWidget(host: HTMLElement, record: HostRecord): GovAppointment {
  const widget = document.createElement('gov-appointment');
  widget.apiBase = 'https://api.example.gov.bh/appointments/v1';
  widget.lang = 'ar';
  widget.provider = 'nationality-passports';
  widget.theme = 'auto';
  widget.digits = 'native';
  widget.hijri = true;
  const applicant: ApplicantPrefill = { name: 'Fatima Ali', mobile: '+97336001234' };
  widget.applicant = applicant;
  widget.lockApplicant = true;
  widget.getToken = async () => 'portal-session-token';

  widget.addEventListener('gov-booked', (event) => record.references.push(event.detail.reference));
  widget.addEventListener('gov-step-change', (event) => record.steps.push(event.detail.step));
  host.append(widget);
  return widget;
}

/** Listens on the whole page, as an analytics or a support script does. */
export function listenOnThePage(record: HostRecord): void {
  document.addEventListener('gov-error', (event) => record.failures.push(event.detail.code));
  const onThePage: GovAppointment | null = document.querySelector('gov-appointment');
  onThePage?.addEventListener(GovBookedEvent.type, (event) => {
    const booked: GovBookedEvent = event;
    record.references.push(booked.detail.reference);
  });
}

/**
 * Misuse the published declarations must reject: each line fails to compile, so a declaration
 * that degraded to `any` makes its `@ts-expect-error` unused, which fails too. Never called.
 */
export function misuseTheTypesReject(widget: GovAppointment): void {
  // @ts-expect-error: the mode is `book` or `manage`.
  widget.mode = 'edit';
  // @ts-expect-error: the tag gives the element's own type, whose API base is text.
  document.createElement('gov-appointment').apiBase = 3;
  // @ts-expect-error: events carry no personal data.
  widget.addEventListener('gov-booked', (event) => event.detail.nationalId);
  // @ts-expect-error: an event's data cannot be changed by a listener.
  widget.addEventListener('gov-cancelled', (event) => (event.detail.reference = ''));
}
