/**
 * Counts, durations, money and distances in the reader's language and chosen digits.
 */
import type { Money } from '@gov-appointment/sdk/schemas';
import { cachedNumberFormat } from './intl-cache.js';

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
 * 5000 fils is "BHD 5.000".
 */
export function formatMoney(money: Money, locale: string, numberingSystem: string): string {
  const digits = minorUnitDigits(money.currency);
  return cachedNumberFormat(locale, {
    numberingSystem,
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(money.amountMinor / 10 ** digits);
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
 * A Bahraini number for reading: `+97336001234` as `+973 3600 1234`. Other numbers are
 * returned as they are. Always shown left to right (the caller isolates it in RTL text).
 */
export function formatPhoneNumber(e164: string): string {
  const match = /^\+973(\d{4})(\d{4})$/.exec(e164);
  return match ? `+973 ${match[1]} ${match[2]}` : e164;
}
