/** Where a request goes: the API root, the expanded path and the query string. */
import { normaliseNationalId } from '../schemas/bookings.js';
import type { Coordinates } from '../schemas/common.js';

/**
 * The API root as an absolute URL without a trailing slash. A path such as `/api/v1` is
 * resolved against the page, so that it fails here, once, rather than on every request.
 */
export function resolveBaseUrl(baseUrl: string): string {
  const pageUrl = (globalThis as { document?: { baseURI?: string } }).document?.baseURI;
  let resolved: URL;
  try {
    resolved = new URL(baseUrl, pageUrl);
  } catch (error) {
    throw new TypeError(
      'baseUrl must be an absolute URL, or a path relative to the page in a browser',
      { cause: error },
    );
  }
  return resolved.href.replace(/\/+$/, '');
}

/** A path segment that a URL parser would treat as `.` or `..`, even percent-encoded. */
const DOT_SEGMENT = /^(\.|%2e){1,2}$/i;

/**
 * `/bookings/{reference}` with every parameter percent-encoded as one path segment.
 * Empty and dot-segment values are refused: no encoding stops a URL parser from removing them,
 * which would send the request to another resource.
 */
export function expandPath(
  template: string,
  parameters: Readonly<Record<string, unknown>>,
): string {
  return template.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
    const value = parameters[name];
    if (typeof value !== 'string' || value === '' || DOT_SEGMENT.test(value)) {
      throw new TypeError(`${name} must be a non-empty identifier`);
    }
    return encodeURIComponent(value);
  });
}

/** Query values as the API reads them: `near` as `lat,lng`, numbers in decimal. */
export type QueryValue = string | number | Coordinates | undefined;

/** The query string of the defined values only, in the order given. */
export function buildQuery(values: Readonly<Record<string, QueryValue>>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    query.set(name, typeof value === 'object' ? `${value.lat},${value.lng}` : String(value));
  }
  return query;
}

/**
 * A national ID as a header value: Arabic-Indic and Persian digits become Latin ones (people
 * type all three) and spaces go. A header may only carry Latin-1, so anything else left is
 * refused here instead of failing inside `fetch` as if the network were down.
 */
export function nationalIdHeaderValue(nationalId: string): string {
  const latin = normaliseNationalId(nationalId);
  if (!/^[\x21-\x7e]+$/.test(latin)) {
    throw new TypeError('nationalId must be digits');
  }
  return latin;
}
