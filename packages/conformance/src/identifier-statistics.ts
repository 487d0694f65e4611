/**
 * Whether a sample of identifiers, in the order a server issued them, looks guessable: a
 * counter, a clock, or too few random characters. A statistical judgement over a small
 * sample, tuned so that uniformly random identifiers of the contract's size pass and
 * sequential or time-ordered ones fail.
 */

/**
 * The least estimated randomness per identifier. A booking reference has 8 random base-32
 * characters (40 bits); with sampling noise the estimate for a truly random sample stays above
 * this, and at this size a guess succeeds less than once in a billion tries, while the
 * verification throttle allows only a handful per reference.
 */
export const MIN_ESTIMATED_BITS = 30;
/**
 * Consecutive random identifiers differ in most random positions; a counter changes one or
 * two. Half is far from both.
 */
const MIN_CHANGED_SHARE = 0.5;

export interface IdentifierStatistics {
  readonly sampleSize: number;
  readonly distinct: number;
  /** Positions where the sample differs (fixed prefixes and separators left out). */
  readonly variablePositions: number;
  /** Distinct characters seen in those positions. */
  readonly alphabet: number;
  /** Estimated random bits per identifier. */
  readonly estimatedBits: number;
  /** Mean share of variable positions that change from one identifier to the next. */
  readonly changedShare: number;
  /** Whether the identifiers were issued in sorted order (a counter or a clock). */
  readonly ordered: boolean;
  /** Why the sample looks guessable; empty when it does not. */
  readonly weaknesses: readonly string[];
}

/** Expected distinct values among `draws` uniform draws from `size` values. */
function expectedDistinct(draws: number, size: number): number {
  return size * (1 - (1 - 1 / size) ** draws);
}

export function identifierStatistics(sample: readonly string[]): IdentifierStatistics {
  const length = Math.max(...sample.map((id) => id.length));
  const padded = sample.map((id) => id.padEnd(length, '\u0000'));
  const positions = Array.from({ length }, (_, index) => index).filter(
    (index) => new Set(padded.map((id) => id[index])).size > 1,
  );
  const alphabet = new Set(positions.flatMap((index) => padded.map((id) => id[index]))).size;
  const expected = expectedDistinct(sample.length, Math.max(alphabet, 2));
  // Each position counts as fully random when it shows as many distinct characters as
  // uniform draws from the observed alphabet would, and proportionally less otherwise.
  const estimatedBits = positions.reduce((bits, index) => {
    const seen = new Set(padded.map((id) => id[index])).size;
    return bits + Math.log2(Math.max(alphabet, 2)) * Math.min(1, seen / expected);
  }, 0);
  let changed = 0;
  for (let index = 1; index < padded.length; index++) {
    const previous = padded[index - 1] as string;
    const current = padded[index] as string;
    changed +=
      positions.filter((position) => previous[position] !== current[position]).length /
      Math.max(positions.length, 1);
  }
  const changedShare = padded.length > 1 ? changed / (padded.length - 1) : 0;
  const ascending = sample.every((id, index) => index === 0 || (sample[index - 1] as string) < id);
  const descending = sample.every((id, index) => index === 0 || (sample[index - 1] as string) > id);
  const ordered = sample.length > 2 && (ascending || descending);
  const distinct = new Set(sample).size;
  const weaknesses: string[] = [];
  if (distinct < sample.length) weaknesses.push(`${sample.length - distinct} repeated`);
  if (ordered) weaknesses.push('issued in sorted order (a counter or a clock)');
  if (changedShare < MIN_CHANGED_SHARE) {
    weaknesses.push(
      `consecutive ones differ in ${Math.round(changedShare * 100)}% of their varying characters`,
    );
  }
  if (estimatedBits < MIN_ESTIMATED_BITS) {
    weaknesses.push(
      `about ${Math.round(estimatedBits)} random bits each, fewer than ${MIN_ESTIMATED_BITS}`,
    );
  }
  return {
    sampleSize: sample.length,
    distinct,
    variablePositions: positions.length,
    alphabet,
    estimatedBits,
    changedShare,
    ordered,
    weaknesses,
  };
}
