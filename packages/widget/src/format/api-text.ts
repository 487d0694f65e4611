/**
 * Text that comes from the API (names, addresses, holiday names) goes into sentences in any
 * of six languages, three of them right to left. Each piece is isolated for direction, so that
 * its own letters cannot reorder the sentence around it (a trailing right-to-left mark moving
 * the comma after an address), and its explicit direction controls are dropped, so that a
 * name cannot disguise itself (a right-to-left override showing "gnp.exe" as "exe.png").
 */

/**
 * The explicit direction controls: embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and
 * isolates (LRI, RLI, FSI, PDI). The implicit marks (LRM, RLM, ALM) stay: they only nudge
 * neutral characters, and Arabic text uses them legitimately; isolation contains them.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** First strong isolate and pop directional isolate. */
const FSI = '\u2068';
const PDI = '\u2069';

/** `text` without explicit direction controls (embeddings, overrides, isolates). */
export function withoutDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}

/**
 * `text` between FSI and PDI: its direction is found from its own first strong letter and it
 * cannot affect the text around it. For strings that cannot hold markup (attribute values such
 * as `aria-label`); in markup, use `<bdi>`.
 */
export function isolated(text: string): string {
  return `${FSI}${withoutDirectionControls(text)}${PDI}`;
}
