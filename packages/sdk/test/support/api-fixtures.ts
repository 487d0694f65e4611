/** Valid bodies of the contract, one per kind, as a server would send them. */
import type {
  AvailabilityCalendar,
  Booking,
  BookingRequest,
  Centre,
  CentreListItem,
  DaySlots,
  Hold,
  Provider,
  Service,
} from '../../src/index.js';

export const provider: Provider = {
  id: 'nationality-passports',
  name: {
    ar: 'شؤون الجنسية والجوازات والإقامة',
    en: 'Nationality, Passports and Residence Affairs',
  },
  shortName: { ar: 'الجوازات', en: 'NPRA' },
  website: 'https://www.npra.gov.bh',
};

export const service: Service = {
  id: 'passport-renewal',
  providerId: 'nationality-passports',
  category: 'passports-residence',
  name: { ar: 'تجديد جواز السفر', en: 'Passport renewal' },
  description: { ar: 'تجديد جواز السفر البحريني', en: 'Renew a Bahraini passport' },
  durationMinutes: 15,
  fee: { amountMinor: 12000, currency: 'BHD' },
  eligibility: { ar: 'المواطنون البحرينيون', en: 'Bahraini citizens' },
  requiredDocuments: [{ ar: 'البطاقة الذكية', en: 'Smart card (CPR)' }],
  bookingWindowDays: 30,
  changeCutoffMinutes: 60,
  allowsBookingForOthers: true,
};

export const centre: Centre = {
  id: 'muharraq-passports',
  providerId: 'nationality-passports',
  name: { ar: 'مركز جوازات المحرق', en: 'Muharraq Passports Centre' },
  address: { ar: 'شارع الشيخ حمد، المحرق', en: 'Shaikh Hamad Road, Muharraq' },
  town: { ar: 'المحرق', en: 'Muharraq' },
  governorate: 'muharraq',
  coordinates: { lat: 26.2572, lng: 50.6119 },
  phone: '+97317000001',
  openingHours: [
    { day: 'sunday', shifts: [{ opens: '07:00', closes: '14:00' }] },
    { day: 'friday', shifts: [] },
  ],
  facilities: ['step-free-access', 'parking'],
  serviceIds: ['passport-renewal'],
};

export const centreListItem: CentreListItem = {
  ...centre,
  distanceKm: 2.4,
  nextAvailableDate: '2026-12-06',
};

export const availability: AvailabilityCalendar = {
  centreId: 'muharraq-passports',
  serviceId: 'passport-renewal',
  timeZone: 'Asia/Bahrain',
  from: '2026-12-04',
  to: '2026-12-06',
  days: [
    {
      date: '2026-12-04',
      open: false,
      closure: { reason: 'weekend', name: null },
      ramadan: false,
      hours: [],
      totalSlots: 0,
      availableSlots: 0,
    },
    {
      date: '2026-12-06',
      open: true,
      closure: null,
      ramadan: false,
      hours: [{ opens: '07:00', closes: '14:00' }],
      totalSlots: 28,
      availableSlots: 5,
    },
  ],
};

export const daySlots: DaySlots = {
  centreId: 'muharraq-passports',
  serviceId: 'passport-renewal',
  date: '2026-12-06',
  timeZone: 'Asia/Bahrain',
  slots: [
    {
      id: 'slot-20261206-0930',
      start: '2026-12-06T09:30:00+03:00',
      end: '2026-12-06T09:45:00+03:00',
      capacity: 3,
      remaining: 1,
    },
  ],
};

export const hold: Hold = {
  id: 'hold-5f2c',
  slotId: 'slot-20261206-0930',
  centreId: 'muharraq-passports',
  serviceId: 'passport-renewal',
  start: '2026-12-06T09:30:00+03:00',
  end: '2026-12-06T09:45:00+03:00',
  expiresAt: '2026-12-05T10:10:00+03:00',
  expiresInSeconds: 600,
  extensionsRemaining: 2,
};

/** A national ID used only in request headers; tests check it never leaks elsewhere. */
export const NATIONAL_ID = '880512345';

export const bookingRequest: BookingRequest = {
  holdId: 'hold-5f2c',
  applicant: { name: 'Fatima Ali', nationalId: NATIONAL_ID, mobile: '+97336001234' },
  accessibilityNeeds: ['wheelchair-access'],
  notificationLanguage: 'ar',
};

export const booking: Booking = {
  reference: 'GA-7K3M-Q9TX',
  status: 'confirmed',
  version: 3,
  service: {
    id: 'passport-renewal',
    name: service.name,
    durationMinutes: 15,
    requiredDocuments: service.requiredDocuments,
  },
  centre: {
    id: 'muharraq-passports',
    name: centre.name,
    address: centre.address,
    phone: centre.phone,
    coordinates: centre.coordinates,
  },
  start: '2026-12-06T09:30:00+03:00',
  end: '2026-12-06T09:45:00+03:00',
  changeableUntil: '2026-12-06T08:30:00+03:00',
  applicant: {
    name: 'Fatima Ali',
    maskedNationalId: '*****2345',
    maskedMobile: '+973****1234',
    bookingFor: null,
  },
  accessibilityNeeds: ['wheelchair-access'],
  notificationLanguage: 'ar',
  checkInCode: 'GA7K3MQ9TX',
  createdAt: '2026-12-05T10:02:11+03:00',
  updatedAt: '2026-12-05T10:02:11+03:00',
};

export const calendarText = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//appointments.gov.bh//EN',
  'BEGIN:VEVENT',
  'UID:GA-7K3M-Q9TX@appointments.gov.bh',
  'DTSTART:20261206T063000Z',
  'DTEND:20261206T064500Z',
  'SUMMARY:Passport renewal',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');
