/**
 * Responses as plain data, so the pipeline can keep them for idempotent replays, add
 * headers, compute ETags and (in the `malformed` scenario) break them before sending.
 */

export interface ApiResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** A JSON value (serialised on the way out) or text; absent for 204 and 304. */
  readonly body?: { readonly json: unknown } | { readonly text: string };
}

export function jsonResponse(
  status: number,
  json: unknown,
  headers: Readonly<Record<string, string>> = {},
): ApiResponse {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, body: { json } };
}

export function textResponse(
  status: number,
  text: string,
  headers: Readonly<Record<string, string>>,
): ApiResponse {
  return { status, headers, body: { text } };
}

export function emptyResponse(
  status: 204 | 304,
  headers: Readonly<Record<string, string>> = {},
): ApiResponse {
  return { status, headers };
}

/** The body as sent on the wire. */
export function serialisedBody(response: ApiResponse): string | null {
  if (!response.body) return null;
  return 'json' in response.body ? JSON.stringify(response.body.json) : response.body.text;
}
