/**
 * Towns where centres are placed, with their governorate and approximate centre point
 * (WGS 84). All points lie within lat 25.80 to 26.33 and lng 50.38 to 50.66.
 */
import type { Coordinates, Governorate, LocalizedText } from '@gov-appointment/sdk/schemas';

export interface Town {
  readonly slug: string;
  readonly name: LocalizedText;
  readonly governorate: Governorate;
  readonly coordinates: Coordinates;
}

export const TOWNS: readonly Town[] = [
  {
    slug: 'manama',
    name: { ar: 'المنامة', en: 'Manama' },
    governorate: 'capital',
    coordinates: { lat: 26.2235, lng: 50.5876 },
  },
  {
    slug: 'seef',
    name: { ar: 'السيف', en: 'Seef' },
    governorate: 'capital',
    coordinates: { lat: 26.2361, lng: 50.5336 },
  },
  {
    slug: 'juffair',
    name: { ar: 'الجفير', en: 'Juffair' },
    governorate: 'capital',
    coordinates: { lat: 26.211, lng: 50.604 },
  },
  {
    slug: 'sanabis',
    name: { ar: 'السنابس', en: 'Sanabis' },
    governorate: 'capital',
    coordinates: { lat: 26.224, lng: 50.547 },
  },
  {
    slug: 'tubli',
    name: { ar: 'توبلي', en: 'Tubli' },
    governorate: 'capital',
    coordinates: { lat: 26.195, lng: 50.565 },
  },
  {
    slug: 'jid-ali',
    name: { ar: 'جد علي', en: 'Jid Ali' },
    governorate: 'capital',
    coordinates: { lat: 26.183, lng: 50.575 },
  },
  {
    slug: 'sitra',
    name: { ar: 'سترة', en: 'Sitra' },
    governorate: 'capital',
    coordinates: { lat: 26.1547, lng: 50.6204 },
  },
  {
    slug: 'muharraq',
    name: { ar: 'المحرق', en: 'Muharraq' },
    governorate: 'muharraq',
    coordinates: { lat: 26.2572, lng: 50.6119 },
  },
  {
    slug: 'hidd',
    name: { ar: 'الحد', en: 'Hidd' },
    governorate: 'muharraq',
    coordinates: { lat: 26.246, lng: 50.654 },
  },
  {
    slug: 'arad',
    name: { ar: 'عراد', en: 'Arad' },
    governorate: 'muharraq',
    coordinates: { lat: 26.2437, lng: 50.6306 },
  },
  {
    slug: 'busaiteen',
    name: { ar: 'البسيتين', en: 'Busaiteen' },
    governorate: 'muharraq',
    coordinates: { lat: 26.2678, lng: 50.6064 },
  },
  {
    slug: 'galali',
    name: { ar: 'قلالي', en: 'Galali' },
    governorate: 'muharraq',
    coordinates: { lat: 26.276, lng: 50.643 },
  },
  {
    slug: 'jidhafs',
    name: { ar: 'جدحفص', en: 'Jidhafs' },
    governorate: 'northern',
    coordinates: { lat: 26.218, lng: 50.548 },
  },
  {
    slug: 'budaiya',
    name: { ar: 'البديع', en: 'Budaiya' },
    governorate: 'northern',
    coordinates: { lat: 26.22, lng: 50.448 },
  },
  {
    slug: 'diraz',
    name: { ar: 'الدراز', en: 'Diraz' },
    governorate: 'northern',
    coordinates: { lat: 26.223, lng: 50.469 },
  },
  {
    slug: 'saar',
    name: { ar: 'سار', en: 'Saar' },
    governorate: 'northern',
    coordinates: { lat: 26.193, lng: 50.489 },
  },
  {
    slug: 'salmabad',
    name: { ar: 'سلماباد', en: 'Salmabad' },
    governorate: 'northern',
    coordinates: { lat: 26.181, lng: 50.527 },
  },
  {
    slug: 'aali',
    name: { ar: 'عالي', en: "A'ali" },
    governorate: 'northern',
    coordinates: { lat: 26.157, lng: 50.526 },
  },
  {
    slug: 'hamad-town',
    name: { ar: 'مدينة حمد', en: 'Hamad Town' },
    governorate: 'northern',
    coordinates: { lat: 26.1126, lng: 50.5128 },
  },
  {
    slug: 'malkiya',
    name: { ar: 'المالكية', en: 'Malkiya' },
    governorate: 'northern',
    coordinates: { lat: 26.099, lng: 50.486 },
  },
  {
    slug: 'isa-town',
    name: { ar: 'مدينة عيسى', en: 'Isa Town' },
    governorate: 'southern',
    coordinates: { lat: 26.1736, lng: 50.5478 },
  },
  {
    slug: 'riffa',
    name: { ar: 'الرفاع', en: 'Riffa' },
    governorate: 'southern',
    coordinates: { lat: 26.13, lng: 50.555 },
  },
  {
    slug: 'awali',
    name: { ar: 'عوالي', en: 'Awali' },
    governorate: 'southern',
    coordinates: { lat: 26.086, lng: 50.55 },
  },
  {
    slug: 'zallaq',
    name: { ar: 'الزلاق', en: 'Zallaq' },
    governorate: 'southern',
    coordinates: { lat: 26.046, lng: 50.487 },
  },
  {
    slug: 'askar',
    name: { ar: 'عسكر', en: 'Askar' },
    governorate: 'southern',
    coordinates: { lat: 26.055, lng: 50.615 },
  },
];
