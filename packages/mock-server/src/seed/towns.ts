/**
 * Towns where centres are placed, with their governorate and approximate centre point
 * (WGS 84). All points lie within lat 25.80 to 26.33 and lng 50.38 to 50.66.
 */
import type { Coordinates, Governorate, LocalizedText } from '@gov-appointment/sdk/schemas';

export interface Town {
  readonly slug: string;
  /** In all six languages, so that names composed from it are too. */
  readonly name: Required<LocalizedText>;
  readonly governorate: Governorate;
  readonly coordinates: Coordinates;
}

export const TOWNS: readonly Town[] = [
  {
    slug: 'manama',
    name: { ar: 'المنامة', en: 'Manama', ur: 'منامہ', hi: 'मनामा', bn: 'মানামা', fa: 'منامه' },
    governorate: 'capital',
    coordinates: { lat: 26.2235, lng: 50.5876 },
  },
  {
    slug: 'seef',
    name: { ar: 'السيف', en: 'Seef', ur: 'سیف', hi: 'सीफ़', bn: 'সিফ', fa: 'سیف' },
    governorate: 'capital',
    coordinates: { lat: 26.2361, lng: 50.5336 },
  },
  {
    slug: 'juffair',
    name: { ar: 'الجفير', en: 'Juffair', ur: 'جفیر', hi: 'जुफ़ैर', bn: 'জুফাইর', fa: 'جفیر' },
    governorate: 'capital',
    coordinates: { lat: 26.211, lng: 50.604 },
  },
  {
    slug: 'sanabis',
    name: { ar: 'السنابس', en: 'Sanabis', ur: 'سنابس', hi: 'सनाबिस', bn: 'সানাবিস', fa: 'سنابس' },
    governorate: 'capital',
    coordinates: { lat: 26.224, lng: 50.547 },
  },
  {
    slug: 'tubli',
    name: { ar: 'توبلي', en: 'Tubli', ur: 'توبلی', hi: 'तुबली', bn: 'তুবলি', fa: 'توبلی' },
    governorate: 'capital',
    coordinates: { lat: 26.195, lng: 50.565 },
  },
  {
    slug: 'jid-ali',
    name: { ar: 'جد علي', en: 'Jid Ali', ur: 'جد علی', hi: 'जिद अली', bn: 'জিদ আলী', fa: 'جد علی' },
    governorate: 'capital',
    coordinates: { lat: 26.183, lng: 50.575 },
  },
  {
    slug: 'sitra',
    name: { ar: 'سترة', en: 'Sitra', ur: 'سترہ', hi: 'सित्रा', bn: 'সিত্রা', fa: 'ستره' },
    governorate: 'capital',
    coordinates: { lat: 26.1547, lng: 50.6204 },
  },
  {
    slug: 'muharraq',
    name: { ar: 'المحرق', en: 'Muharraq', ur: 'محرق', hi: 'मुहर्रक़', bn: 'মুহাররাক', fa: 'محرق' },
    governorate: 'muharraq',
    coordinates: { lat: 26.2572, lng: 50.6119 },
  },
  {
    slug: 'hidd',
    name: { ar: 'الحد', en: 'Hidd', ur: 'حد', hi: 'हिद्द', bn: 'হিদ', fa: 'حد' },
    governorate: 'muharraq',
    coordinates: { lat: 26.246, lng: 50.654 },
  },
  {
    slug: 'arad',
    name: { ar: 'عراد', en: 'Arad', ur: 'عراد', hi: 'अराद', bn: 'আরাদ', fa: 'عراد' },
    governorate: 'muharraq',
    coordinates: { lat: 26.2437, lng: 50.6306 },
  },
  {
    slug: 'busaiteen',
    name: {
      ar: 'البسيتين',
      en: 'Busaiteen',
      ur: 'بسیتین',
      hi: 'बुसैतीन',
      bn: 'বুসাইতিন',
      fa: 'بسیتین',
    },
    governorate: 'muharraq',
    coordinates: { lat: 26.2678, lng: 50.6064 },
  },
  {
    slug: 'galali',
    name: { ar: 'قلالي', en: 'Galali', ur: 'قلالی', hi: 'गलाली', bn: 'গালালি', fa: 'قلالی' },
    governorate: 'muharraq',
    coordinates: { lat: 26.276, lng: 50.643 },
  },
  {
    slug: 'jidhafs',
    name: { ar: 'جدحفص', en: 'Jidhafs', ur: 'جدحفص', hi: 'जिदहफ़्स', bn: 'জিদহাফস', fa: 'جدحفص' },
    governorate: 'northern',
    coordinates: { lat: 26.218, lng: 50.548 },
  },
  {
    slug: 'budaiya',
    name: { ar: 'البديع', en: 'Budaiya', ur: 'بدیع', hi: 'बुदैया', bn: 'বুদাইয়া', fa: 'بدیع' },
    governorate: 'northern',
    coordinates: { lat: 26.22, lng: 50.448 },
  },
  {
    slug: 'diraz',
    name: { ar: 'الدراز', en: 'Diraz', ur: 'دراز', hi: 'दिराज़', bn: 'দিরাজ', fa: 'دراز' },
    governorate: 'northern',
    coordinates: { lat: 26.223, lng: 50.469 },
  },
  {
    slug: 'saar',
    name: { ar: 'سار', en: 'Saar', ur: 'سار', hi: 'सार', bn: 'সার', fa: 'سار' },
    governorate: 'northern',
    coordinates: { lat: 26.193, lng: 50.489 },
  },
  {
    slug: 'salmabad',
    name: {
      ar: 'سلماباد',
      en: 'Salmabad',
      ur: 'سلماباد',
      hi: 'सलमाबाद',
      bn: 'সালমাবাদ',
      fa: 'سلماباد',
    },
    governorate: 'northern',
    coordinates: { lat: 26.181, lng: 50.527 },
  },
  {
    slug: 'aali',
    name: { ar: 'عالي', en: "A'ali", ur: 'عالی', hi: 'आली', bn: 'আলি', fa: 'عالی' },
    governorate: 'northern',
    coordinates: { lat: 26.157, lng: 50.526 },
  },
  {
    slug: 'hamad-town',
    name: {
      ar: 'مدينة حمد',
      en: 'Hamad Town',
      ur: 'حمد ٹاؤن',
      hi: 'हमद टाउन',
      bn: 'হামাদ টাউন',
      fa: 'شهر حمد',
    },
    governorate: 'northern',
    coordinates: { lat: 26.1126, lng: 50.5128 },
  },
  {
    slug: 'malkiya',
    name: { ar: 'المالكية', en: 'Malkiya', ur: 'مالکیہ', hi: 'मालकिया', bn: 'মালকিয়া', fa: 'مالکیه' },
    governorate: 'northern',
    coordinates: { lat: 26.099, lng: 50.486 },
  },
  {
    slug: 'isa-town',
    name: {
      ar: 'مدينة عيسى',
      en: 'Isa Town',
      ur: 'عیسیٰ ٹاؤن',
      hi: 'ईसा टाउन',
      bn: 'ঈসা টাউন',
      fa: 'شهر عیسی',
    },
    governorate: 'southern',
    coordinates: { lat: 26.1736, lng: 50.5478 },
  },
  {
    slug: 'riffa',
    name: { ar: 'الرفاع', en: 'Riffa', ur: 'رفاع', hi: 'रिफ़ा', bn: 'রিফা', fa: 'رفاع' },
    governorate: 'southern',
    coordinates: { lat: 26.13, lng: 50.555 },
  },
  {
    slug: 'awali',
    name: { ar: 'عوالي', en: 'Awali', ur: 'عوالی', hi: 'अवाली', bn: 'আওয়ালি', fa: 'عوالی' },
    governorate: 'southern',
    coordinates: { lat: 26.086, lng: 50.55 },
  },
  {
    slug: 'zallaq',
    name: { ar: 'الزلاق', en: 'Zallaq', ur: 'زلاق', hi: 'ज़ल्लाक़', bn: 'জাল্লাক', fa: 'زلاق' },
    governorate: 'southern',
    coordinates: { lat: 26.046, lng: 50.487 },
  },
  {
    slug: 'askar',
    name: { ar: 'عسكر', en: 'Askar', ur: 'عسکر', hi: 'अस्कर', bn: 'আসকার', fa: 'عسکر' },
    governorate: 'southern',
    coordinates: { lat: 26.055, lng: 50.615 },
  },
];
