/**
 * A React app's use of the wrapper, written only against `@gov-appointment/widget/react`.
 * Compiled by published-package.test.ts against the packed package with React's types.
 */
import { GovAppointment } from '@gov-appointment/widget/react';

export function BookingPage({ onBooked }: { onBooked: (reference: string) => void }) {
  return (
    <GovAppointment
      apiBase="https://api.example.gov.bh/appointments/v1"
      lang="ar"
      service="passport-renewal"
      hijri
      onGovBooked={(event) => onBooked(event.detail.reference)}
      onGovError={(event) => console.info(event.detail.code, event.detail.step)}
    />
  );
}

/** Props the wrapper's declarations must reject. Never rendered. */
export function MisusedBookingPage() {
  // @ts-expect-error: the mode is `book` or `manage`.
  const wrongMode = <GovAppointment mode="edit" />;
  // @ts-expect-error: a booked event's data has no national ID.
  const leaking = <GovAppointment onGovBooked={(event) => event.detail.nationalId} />;
  return [wrongMode, leaking];
}
