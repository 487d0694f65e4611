/**
 * One digit system per screen: numbers inside text the widget did not format itself (an
 * address from the API, a phone number, what a person typed) are written in the page's digits,
 * like every number Intl formats for it. Only what is shown changes: what is sent to the API
 * stays in Latin digits.
 */

/** The zero of each Intl numbering system the widget shows; its nine successors follow it. */
const ZERO_OF: Readonly<Record<string, number>> = {
  arab: 0x0660, // Arabic-Indic ٠
  arabext: 0x06f0, // Extended Arabic-Indic (Farsi, Urdu) ۰
  deva: 0x0966, // Devanagari ०
  beng: 0x09e6, // Bengali ০
};

/**
 * `text` with its Latin digits written in `numberingSystem` (an Intl numbering system such
 * as `arab`); unchanged for `latn` or a system the widget does not use.
 *
 * @example inPageDigits('Building 964, Road 484', 'arab') // 'Building ٩٦٤, Road ٤٨٤'
 */
export function inPageDigits(text: string, numberingSystem: string): string {
  const zero = ZERO_OF[numberingSystem];
  if (zero === undefined) return text;
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(zero + Number(digit)));
}
