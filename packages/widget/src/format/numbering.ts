/**
 * Which digits numbers are written with. Every Intl formatter in the widget receives an
 * explicit numbering system chosen here, so the digits never depend on the device's settings.
 */
import type { Language } from '@gov-appointment/sdk/schemas';

/** The language's own digits (e.g. Arabic-Indic ٠١٢) or Latin digits (012). */
export type Digits = 'native' | 'latin';

const NATIVE_NUMBERING_SYSTEM: Readonly<Record<Language, string>> = {
  ar: 'arab',
  fa: 'arabext',
  ur: 'arabext',
  bn: 'beng',
  hi: 'deva',
  en: 'latn',
};

/**
 * Common print practice for each language: Arabic, Farsi and Bengali text is usually printed
 * with the language's own digits, while Urdu and Hindi print (newspapers, forms, official
 * notices) mostly uses Latin digits.
 */
const DEFAULT_DIGITS: Readonly<Record<Language, Digits>> = {
  ar: 'native',
  fa: 'native',
  bn: 'native',
  ur: 'latin',
  hi: 'latin',
  en: 'latin',
};

/** The Intl numbering system (`numberingSystem` option) for a language and a choice of digits. */
export function numberingSystemFor(language: Language, digits: Digits): string {
  return digits === 'native' ? NATIVE_NUMBERING_SYSTEM[language] : 'latn';
}

/** The digits a reader of `language` most likely expects when nobody has chosen. */
export function defaultDigitsFor(language: Language): Digits {
  return DEFAULT_DIGITS[language];
}
