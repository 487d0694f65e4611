/**
 * Turns any failure into words a citizen understands and a way forward. The SDK's error codes
 * are the switch; the title says what happened, the detail what to do next.
 */
import { msg, str } from '@lit/localize';
import { formatNumber } from '../format/number-format.js';
import { plural } from '../format/plural.js';
import { getLocale } from '../localization.js';

/** What the user can do about a failure; the page decides which button that becomes. */
export type Recovery =
  /** Try the same request again (network, timeouts, overload). */
  | 'retry'
  /** Go back to the times of the day: the chosen place was lost. */
  | 'choose-time'
  /** Check what was typed (a form or a search). */
  | 'check-input'
  /** Start again from the service list (the catalogue changed). */
  | 'start-over'
  /** Reload the page: the browser keeps failing to fetch part of the widget. */
  | 'reload'
  /** Nothing to do here; read the message. */
  | 'none';

export interface ErrorDescription {
  /** The SDK error code, or `unknown`: also what the `gov-error` event carries. */
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly recovery: Recovery;
  /** When the server asked us to wait (rate limit, overload). */
  readonly retryAfterSeconds?: number;
  /** To quote when calling for help. */
  readonly requestId?: string;
}

interface ErrorLike {
  code?: unknown;
  requestId?: unknown;
  retryAfterMs?: unknown;
}

function codeOf(error: unknown): string {
  const code = (error as ErrorLike | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** How numbers in messages are written: the reader's language and digits. */
export interface NumberStyle {
  readonly language: string;
  readonly numberingSystem: string;
}

/** "Please wait 1 second" or "… 5 seconds", by the plural rules of the language shown. */
function waitMessage(seconds: number, style: NumberStyle | undefined): string {
  const count = style
    ? formatNumber(seconds, style.language, style.numberingSystem)
    : String(seconds);
  return plural(seconds, style?.language ?? getLocale(), {
    zero: () => msg('Please try again now.', { id: 'retry-wait.zero' }),
    exactlyOne: () =>
      msg('Please wait one second, then try again.', { id: 'retry-wait.exactly-one' }),
    two: () => msg('Please wait two seconds, then try again.', { id: 'retry-wait.two' }),
    few: () => msg(str`Please wait ${count} seconds, then try again.`, { id: 'retry-wait.few' }),
    many: () => msg(str`Please wait ${count} seconds, then try again.`, { id: 'retry-wait.many' }),
    other: () =>
      msg(str`Please wait ${count} seconds, then try again.`, { id: 'retry-wait.other' }),
  });
}

/** A message for any failure of the SDK (or anything else thrown). */
/**
 * Part of the widget (the later pages' file) could not be fetched. The first time it reads as
 * any network failure, with "Try again"; when trying again failed too, the page must be
 * reloaded, as some browsers (Firefox) keep a failed module fetch failed until then.
 */
export function describeLoadFailure(retried: boolean, style?: NumberStyle): ErrorDescription {
  if (!retried) return describeError({ code: 'network' }, style);
  return {
    code: 'network',
    title: msg('This part of the booking could not be loaded'),
    detail: msg('Reload the page to carry on. You will need to choose a time again.'),
    recovery: 'reload',
  };
}

export function describeError(error: unknown, style?: NumberStyle): ErrorDescription {
  const code = codeOf(error);
  const details = error as ErrorLike | null;
  const requestId = typeof details?.requestId === 'string' ? details.requestId : undefined;
  const retryAfterMs = typeof details?.retryAfterMs === 'number' ? details.retryAfterMs : undefined;
  const retryAfterSeconds =
    retryAfterMs === undefined ? undefined : Math.max(1, Math.ceil(retryAfterMs / 1000));
  const base = { code, ...(requestId ? { requestId } : {}) };

  switch (code) {
    case 'slot-full':
      return {
        ...base,
        title: msg('Someone else has just taken that time'),
        detail: msg('Please choose another time. Everything you typed is kept.'),
        recovery: 'choose-time',
      };
    case 'hold-expired':
    case 'hold-not-found':
      return {
        ...base,
        title: msg('The time we kept for you has run out'),
        detail: msg('Please choose a time again. Everything you typed is kept.'),
        recovery: 'choose-time',
      };
    case 'hold-extension-limit':
      return {
        ...base,
        title: msg('The time cannot be extended again'),
        detail: msg('Please finish your booking before the time runs out.'),
        recovery: 'none',
      };
    case 'rate-limited':
      return {
        ...base,
        ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
        title: msg('Too many people are booking right now'),
        detail: retryAfterSeconds
          ? waitMessage(retryAfterSeconds, style)
          : msg('Please wait a moment, then try again.'),
        recovery: 'retry',
      };
    case 'unavailable':
    case 'internal-error':
      return {
        ...base,
        ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
        title: msg('The booking service is not working right now'),
        detail: msg('This is not your fault. Please try again in a moment.'),
        recovery: 'retry',
      };
    case 'network':
      return isOffline()
        ? {
            ...base,
            title: msg('You seem to be offline'),
            detail: msg('Check your internet connection, then try again.'),
            recovery: 'retry',
          }
        : {
            ...base,
            title: msg('We could not reach the booking service'),
            detail: msg('Check your internet connection, then try again.'),
            recovery: 'retry',
          };
    case 'timeout':
      return {
        ...base,
        title: msg('The booking service is taking too long to answer'),
        detail: msg('Please try again.'),
        recovery: 'retry',
      };
    case 'invalid-response':
      return {
        ...base,
        title: msg('The booking service sent an answer we could not read'),
        detail: msg('Please try again. If this keeps happening, call the centre.'),
        recovery: 'retry',
      };
    case 'booking-not-found':
    case 'verification-failed':
      // One message for both, so that the page never confirms which references exist.
      return {
        ...base,
        title: msg('We could not find that booking'),
        detail: msg('Check the booking reference and the national ID, then try again.'),
        recovery: 'check-input',
      };
    case 'booking-not-modifiable':
      return {
        ...base,
        title: msg('This booking can no longer be changed'),
        detail: msg('It has been cancelled, or its time has passed.'),
        recovery: 'none',
      };
    case 'version-conflict':
      return {
        ...base,
        title: msg('This booking was changed somewhere else'),
        detail: msg('We have loaded the latest version. Please check it, then try again.'),
        recovery: 'retry',
      };
    case 'validation-failed':
      return {
        ...base,
        title: msg('Some details need to be corrected'),
        detail: msg('Check the highlighted answers, then try again.'),
        recovery: 'check-input',
      };
    case 'not-found':
      return {
        ...base,
        title: msg('This service or centre is no longer offered'),
        detail: msg('Please start again and choose another one.'),
        recovery: 'start-over',
      };
    case 'unauthorized':
      return {
        ...base,
        title: msg('Your sign-in has ended'),
        detail: msg('Sign in again on this website, then try again.'),
        recovery: 'retry',
      };
    default:
      return {
        ...base,
        title: msg('Something went wrong'),
        detail: msg('Please try again. If this keeps happening, call the centre.'),
        recovery: 'retry',
      };
  }
}
