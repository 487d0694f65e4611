/** What the live region says when the held place is given more time. */
import { msg, str } from '@lit/localize';
import { formatNumber } from '../format/number-format.js';
import { plural } from '../format/plural.js';
import type { ViewContext } from './view-context.js';

/**
 * "We will keep this time for you for another 10 minutes.", with the time the API gave (whole
 * minutes, rounded up so that it never promises more than there is), and, when that was the
 * last extension the API allows, that no more can be asked for.
 */
export function holdExtendedMessage(
  secondsLeft: number,
  extensionsRemaining: number,
  context: Pick<ViewContext, 'language' | 'numberingSystem'>,
): string {
  const minutes = Math.max(1, Math.ceil(secondsLeft / 60));
  const count = formatNumber(minutes, context.language, context.numberingSystem);
  const extended = plural(minutes, context.language, {
    exactlyOne: () =>
      msg('We will keep this time for you for another minute.', {
        id: 'hold-extended.exactly-one',
      }),
    two: () =>
      msg('We will keep this time for you for another two minutes.', {
        id: 'hold-extended.two',
      }),
    few: () =>
      msg(str`We will keep this time for you for another ${count} minutes.`, {
        id: 'hold-extended.few',
      }),
    many: () =>
      msg(str`We will keep this time for you for another ${count} minutes.`, {
        id: 'hold-extended.many',
      }),
    other: () =>
      msg(str`We will keep this time for you for another ${count} minutes.`, {
        id: 'hold-extended.other',
      }),
  });
  if (extensionsRemaining > 0) return extended;
  return `${extended} ${msg('This was the last time we can give you more time.')}`;
}
