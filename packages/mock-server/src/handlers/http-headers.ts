/**
 * Headers every answer carries: CORS (any origin; the API uses no cookies), caching per
 * operation, entity tags.
 */
import {
  ALLOWED_REQUEST_HEADERS,
  EXPOSED_HEADERS,
  type Operation,
  PREFLIGHT_MAX_AGE_SECONDS,
  PREFLIGHT_METHODS,
} from '@gov-appointment/sdk/contract';
import { hashText } from '../seed/random.js';

export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
};

export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': PREFLIGHT_METHODS.join(', '),
  'Access-Control-Allow-Headers': ALLOWED_REQUEST_HEADERS.join(', '),
  'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE_SECONDS),
};

/** Catalogue reads may be cached for five minutes; personal data never. */
export function cacheControlFor(operation: Operation, success: boolean): string {
  if (operation.personalData) return 'no-store';
  if (operation.cacheable && success) return 'public, max-age=300';
  return 'no-cache';
}

/** A strong entity tag for a representation. */
export function entityTagOf(body: string): string {
  const high = hashText(body, 0x9e3779b9).toString(16).padStart(8, '0');
  const low = hashText(body, 0x85ebca6b).toString(16).padStart(8, '0');
  return `"${high}${low}"`;
}

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(ifNoneMatch: string | null, entityTag: string): boolean {
  if (ifNoneMatch === null) return false;
  const weakless = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .some((tag) => tag.trim() === '*' || weakless(tag) === weakless(entityTag));
}

/** `If-Match` uses the strong comparison (RFC 9110 §13.1.1). */
export function ifMatchSatisfied(ifMatch: string, entityTag: string): boolean {
  return ifMatch.split(',').some((tag) => tag.trim() === '*' || tag.trim() === entityTag);
}
