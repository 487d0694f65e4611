/**
 * Bahrain's public holidays as data. Fixed-date holidays repeat every year; Islamic
 * holidays follow moon sighting, so their Gregorian dates are listed per year as announced
 * (approximate until announced), never computed.
 */
import type { LocalizedText } from '@gov-appointment/sdk/schemas';

const NAME = {
  newYear: {
    ar: 'رأس السنة الميلادية',
    en: "New Year's Day",
    ur: 'نئے سال کا دن',
    hi: 'नव वर्ष दिवस',
    bn: 'ইংরেজি নববর্ষ',
    fa: 'آغاز سال نو میلادی',
  },
  labourDay: {
    ar: 'عيد العمال',
    en: 'Labour Day',
    ur: 'یوم مزدور',
    hi: 'मज़दूर दिवस',
    bn: 'মে দিবস',
    fa: 'روز جهانی کارگر',
  },
  nationalDay: {
    ar: 'العيد الوطني',
    en: 'National Day',
    ur: 'قومی دن',
    hi: 'राष्ट्रीय दिवस',
    bn: 'জাতীয় দিবস',
    fa: 'روز ملی',
  },
  eidAlFitr: {
    ar: 'عيد الفطر',
    en: 'Eid al-Fitr',
    ur: 'عید الفطر',
    hi: 'ईद-उल-फ़ित्र',
    bn: 'ঈদুল ফিতর',
    fa: 'عید فطر',
  },
  arafatDay: {
    ar: 'يوم عرفة',
    en: 'Arafat Day',
    ur: 'یوم عرفہ',
    hi: 'अरफ़ा का दिन',
    bn: 'আরাফাত দিবস',
    fa: 'روز عرفه',
  },
  eidAlAdha: {
    ar: 'عيد الأضحى',
    en: 'Eid al-Adha',
    ur: 'عید الاضحیٰ',
    hi: 'ईद-उल-अज़हा',
    bn: 'ঈদুল আজহা',
    fa: 'عید قربان',
  },
  islamicNewYear: {
    ar: 'رأس السنة الهجرية',
    en: 'Islamic New Year',
    ur: 'اسلامی نیا سال',
    hi: 'इस्लामी नव वर्ष',
    bn: 'হিজরি নববর্ষ',
    fa: 'آغاز سال نو هجری قمری',
  },
  ashura: {
    ar: 'عاشوراء',
    en: 'Ashura',
    ur: 'عاشورہ',
    hi: 'आशूरा',
    bn: 'আশুরা',
    fa: 'عاشورا',
  },
  prophetsBirthday: {
    ar: 'المولد النبوي الشريف',
    en: "Prophet's Birthday",
    ur: 'عید میلاد النبی',
    hi: 'ईद-ए-मिलाद-उन-नबी',
    bn: 'ঈদে মিলাদুন্নবী',
    fa: 'میلاد پیامبر',
  },
} as const satisfies Record<string, Required<LocalizedText>>;

/** Holidays on the same Gregorian day every year, keyed `MM-DD`. */
const FIXED_DATE_HOLIDAYS: ReadonlyMap<string, LocalizedText> = new Map<string, LocalizedText>([
  ['01-01', NAME.newYear],
  ['05-01', NAME.labourDay],
  ['12-16', NAME.nationalDay],
  ['12-17', NAME.nationalDay],
]);

/** Islamic holidays by year: first and last day (inclusive). */
const ISLAMIC_HOLIDAYS: readonly { from: string; to: string; name: LocalizedText }[] = [
  { from: '2026-03-20', to: '2026-03-22', name: NAME.eidAlFitr },
  { from: '2026-05-26', to: '2026-05-26', name: NAME.arafatDay },
  { from: '2026-05-27', to: '2026-05-29', name: NAME.eidAlAdha },
  { from: '2026-06-16', to: '2026-06-16', name: NAME.islamicNewYear },
  { from: '2026-06-24', to: '2026-06-25', name: NAME.ashura },
  { from: '2026-08-25', to: '2026-08-25', name: NAME.prophetsBirthday },
  { from: '2027-03-10', to: '2027-03-12', name: NAME.eidAlFitr },
  { from: '2027-05-16', to: '2027-05-16', name: NAME.arafatDay },
  { from: '2027-05-17', to: '2027-05-19', name: NAME.eidAlAdha },
  { from: '2027-06-06', to: '2027-06-06', name: NAME.islamicNewYear },
  { from: '2027-06-14', to: '2027-06-15', name: NAME.ashura },
  { from: '2027-08-15', to: '2027-08-15', name: NAME.prophetsBirthday },
  { from: '2028-02-26', to: '2028-02-28', name: NAME.eidAlFitr },
  { from: '2028-05-04', to: '2028-05-04', name: NAME.arafatDay },
  { from: '2028-05-05', to: '2028-05-07', name: NAME.eidAlAdha },
  { from: '2028-05-25', to: '2028-05-25', name: NAME.islamicNewYear },
  { from: '2028-06-02', to: '2028-06-03', name: NAME.ashura },
  { from: '2028-08-03', to: '2028-08-03', name: NAME.prophetsBirthday },
];

/** The name of the public holiday on a Bahrain date, or null on a normal day. */
export function publicHolidayOn(date: string): LocalizedText | null {
  const islamic = ISLAMIC_HOLIDAYS.find((holiday) => holiday.from <= date && date <= holiday.to);
  return islamic?.name ?? FIXED_DATE_HOLIDAYS.get(date.slice(5)) ?? null;
}
