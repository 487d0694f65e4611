/**
 * A booking as an iCalendar file (RFC 5545) for "add to calendar": CRLF line ends, lines
 * folded at 75 octets, text escaped, times in Asia/Bahrain with the zone defined inline so
 * calendars without a time-zone database place the visit correctly.
 */
import type { Booking, Language, LocalizedText } from '@gov-appointment/sdk/schemas';
import { formatBahrainBasic, formatUtcBasic } from '../calendar/bahrain-time.js';

const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

const LABELS = {
  en: { reference: 'Reference', bring: 'Bring', phone: 'Phone', checkIn: 'Check-in code' },
  ar: {
    reference: 'رقم الحجز',
    bring: 'المستندات المطلوبة',
    phone: 'الهاتف',
    checkIn: 'رمز تسجيل الحضور',
  },
} as const;

/** The `.ics` text of a booking, stamped at `now` (ms since the epoch). */
export function bookingCalendar(booking: Booking, now: number): string {
  const language = booking.notificationLanguage;
  const text = (value: LocalizedText) => localized(value, language);
  const labels = language === 'ar' ? LABELS.ar : LABELS.en;
  const description = [
    `${labels.reference}: ${booking.reference}`,
    `${labels.checkIn}: ${booking.checkInCode}`,
    `${labels.phone}: ${booking.centre.phone}`,
    `${labels.bring}: ${booking.service.requiredDocuments.map(text).join('; ')}`,
  ].join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kingdom of Bahrain//Government Appointments//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    'TZID:Asia/Bahrain',
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0300',
    'TZOFFSETTO:+0300',
    'TZNAME:+03',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${booking.reference}@appointments.gov.bh`,
    `DTSTAMP:${formatUtcBasic(now)}`,
    `DTSTART;TZID=Asia/Bahrain:${formatBahrainBasic(Date.parse(booking.start))}`,
    `DTEND;TZID=Asia/Bahrain:${formatBahrainBasic(Date.parse(booking.end))}`,
    `SEQUENCE:${booking.version - 1}`,
    `STATUS:${booking.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(text(booking.service.name))}`,
    `LOCATION:${escapeText(`${text(booking.centre.name)}, ${text(booking.centre.address)}`)}`,
    `GEO:${booking.centre.coordinates.lat};${booking.centre.coordinates.lng}`,
    `DESCRIPTION:${escapeText(description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

function localized(value: LocalizedText, language: Language): string {
  return value[language] ?? value.en;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped. */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r?\n/g, '\\n');
}

/**
 * RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space.
 * Splits between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
