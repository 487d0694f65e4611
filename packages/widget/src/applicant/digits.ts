/**
 * People type numbers in the digits of their own script: Arabic-Indic in Arabic, Extended
 * Arabic-Indic in Farsi and Urdu, Devanagari in Hindi, Bengali in Bengali. The API takes Latin
 * digits only, so everything a person types is passed through here before it is checked or sent.
 */

/** The zero of each digit system accepted besides Latin; its nine successors follow it. */
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic ٠
  0x06f0, // Extended Arabic-Indic (Persian, Urdu) ۰
  0x0966, // Devanagari ०
  0x09e6, // Bengali ০
] as const;

const NON_LATIN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF]/g;

/**
 * Invisible direction marks that phones and messaging apps wrap around pasted numbers:
 * the Arabic letter mark, LRM/RLM, the embeddings and overrides, and the isolates.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

function latinDigit(digit: string): string {
  const codePoint = digit.codePointAt(0) ?? 0;
  const zero = DIGIT_ZEROS.find((start) => codePoint >= start && codePoint <= start + 9) ?? 0;
  return String(codePoint - zero);
}

/** Returns `text` without invisible bidirectional control marks. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * Returns `text` with Arabic-Indic, Extended Arabic-Indic (Persian), Devanagari and Bengali
 * digits replaced by Latin `0`–`9`, and invisible bidirectional control marks removed.
 * Everything else is kept as it was.
 *
 * @example normaliseDigits('\u200F٣٦٠٠ ١٢٣٤') // '3600 1234'
 */
export function normaliseDigits(text: string): string {
  return stripBidiControls(text).replace(NON_LATIN_DIGIT, latinDigit);
}
