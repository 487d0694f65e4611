/**
 * Shared Intl formatter instances. Building an Intl formatter costs far more than using one,
 * and a calendar month formats dozens of dates per render, so each distinct
 * locale-and-options pair is built once.
 */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();
const collators = new Map<string, Intl.Collator>();

/**
 * The Intl locale for a widget language. English in Bahrain writes the day before the month
 * ("Sunday, 6 December 2026") with a 12-hour clock: international English (`en-001`), not
 * the American form that plain `en` gives.
 */
export function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-001' : locale;
}

function keyOf(locale: string, options: object): string {
  return `${locale}\u0000${JSON.stringify(options)}`;
}

/** An `Intl.DateTimeFormat` for `locale` and `options`, built on first use. */
export function cachedDateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = keyOf(locale, options);
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** An `Intl.NumberFormat` for `locale` and `options`, built on first use. */
export function cachedNumberFormat(
  locale: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = keyOf(locale, options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, format);
  }
  return format;
}

/** The cardinal `Intl.PluralRules` of `locale`, built on first use. */
export function cachedPluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale(locale));
    pluralRules.set(locale, rules);
  }
  return rules;
}

/**
 * An `Intl.ListFormat` for `locale` and `options`, built on first use: lists are joined by the
 * language's own separators and conjunction ("a, b and c", "أ وب وج").
 */
export function cachedListFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  const key = keyOf(locale, options);
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(intlLocale(locale), options);
    listFormats.set(key, format);
  }
  return format;
}

/** The `Intl.Collator` of `locale`: the alphabetical order its readers expect. */
export function cachedCollator(locale: string): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(intlLocale(locale));
    collators.set(locale, collator);
  }
  return collator;
}
