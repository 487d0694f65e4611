/**
 * Cursor pagination. A cursor is opaque to clients; it records the position and the search
 * it belongs to, so a cursor replayed against a different search is refused rather than
 * silently skipping results.
 */
import { ApiProblem } from '../api-problem.js';
import { hashText } from '../seed/random.js';

export const DEFAULT_PAGE_SIZE = 50;

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export function paginate<T>(
  items: readonly T[],
  request: { readonly limit?: string; readonly cursor?: string; readonly search: string },
): Page<T> {
  const limit = request.limit ? Number(request.limit) : DEFAULT_PAGE_SIZE;
  const searchTag = hashText(request.search).toString(36);
  const offset = request.cursor ? offsetOf(request.cursor, searchTag) : 0;
  const end = offset + limit;
  return {
    items: items.slice(offset, end),
    nextCursor: end < items.length ? encodeCursor(`${searchTag}:${end}`) : null,
  };
}

function offsetOf(cursor: string, searchTag: string): number {
  const match = /^([0-9a-z]+):(\d+)$/.exec(decodeCursor(cursor) ?? '');
  if (!match || match[1] !== searchTag) {
    throw new ApiProblem('validation-failed', 'The cursor is not valid for this search.', {
      errors: [
        {
          pointer: '/query/cursor',
          code: 'invalid',
          detail: 'Use a cursor from the previous page of the same search, or none to start again.',
        },
      ],
    });
  }
  return Number(match[2]);
}

function encodeCursor(text: string): string {
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function decodeCursor(cursor: string): string | null {
  try {
    return atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
}
