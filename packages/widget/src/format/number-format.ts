/**
 * Counts, durations, money and distances in the reader's language and chosen digits.
 */
import type { Money } from '@gov-appointment/sdk/schemas';
import { cachedNumberFormat } from './intl-cache.js';
import { inPageDigits } from './page-digits.js';

/** A whole number or decimal with the locale's separators, e.g. "1,250" or "١٬٢٥٠". */
export function formatNumber(value: number, locale: string, numberingSystem: string): string {
  return cachedNumberFormat(locale, { numberingSystem }).format(value);
}

/** A length of time in minutes, spelt out: "15 minutes", "١٥ دقيقة". */
export function formatDuration(minutes: number, locale: string, numberingSystem: string): string {
  return cachedNumberFormat(locale, {
    numberingSystem,
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(minutes);
}

/** The ISO 4217 exponent of a currency: 3 for BHD (1000 fils), 2 for USD. */
function minorUnitDigits(currency: string): number {
  return (
    cachedNumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/**
 * An amount of money from its minor units, with all of the currency's decimals:
 * 5000 fils is "BHD 5.000" in English, "٥٫٠٠٠ د.ب." in Arabic. Where the locale data has
 * only the Latin code for the currency (Urdu, Hindi, Bengali and Farsi write "BHD"), the
 * currency is named in the reader's language instead: "5.000 بحرینی دینار".
 */
export function formatMoney(money: Money, locale: string, numberingSystem: string): string {
  const digits = minorUnitDigits(money.currency);
  const options = {
    numberingSystem,
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  } as const;
  const amount = money.amountMinor / 10 ** digits;
  const withSymbol = cachedNumberFormat(locale, options);
  const symbol = withSymbol.formatToParts(amount).find((part) => part.type === 'currency');
  if (locale === 'en' || !symbol || !/[A-Za-z]/.test(symbol.value))
    return withSymbol.format(amount);
  return cachedNumberFormat(locale, { ...options, currencyDisplay: 'name' }).format(amount);
}

/**
 * A distance in kilometres, e.g. "2.4 km". One decimal below 10 km, where it tells nearby
 * centres apart; whole kilometres beyond, where a decimal is noise.
 */
export function formatDistance(km: number, locale: string, numberingSystem: string): string {
  return cachedNumberFormat(locale, {
    numberingSystem,
    style: 'unit',
    unit: 'kilometer',
    unitDisplay: 'short',
    maximumFractionDigits: km < 10 ? 1 : 0,
  }).format(km);
}

/**
 * A phone number for reading, in the page's digits: `+97336001234` as `+973 3600 1234` (or
 * `+٩٧٣ ٣٦٠٠ ١٢٣٤`). Other numbers keep their grouping. Always shown left to right (the
 * caller isolates it in right-to-left text).
 */
export function formatPhoneNumber(e164: string, numberingSystem: string): string {
  const match = /^\+973(\d{4})(\d{4})$/.exec(e164);
  return inPageDigits(match ? `+973 ${match[1]} ${match[2]}` : e164, numberingSystem);
}
