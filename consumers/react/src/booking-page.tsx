/**
 * A ministry's booking page in React: the widget through its React wrapper, and the booking
 * reference it reports shown on the page.
 */
import { GovAppointment } from '@gov-appointment/widget/react';
import { useState } from 'react';

export function BookingPage({ apiBase }: { readonly apiBase: string }) {
  const [reference, setReference] = useState('');
  return (
    <main>
      <h1>Book a visit</h1>
      <GovAppointment
        apiBase={apiBase}
        onGovBooked={(event) => setReference(event.detail.reference)}
      />
      <p>
        Booking reference: <output id="booked">{reference}</output>
      </p>
    </main>
  );
}
