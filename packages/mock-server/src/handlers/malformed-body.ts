/**
 * Bodies that break the contract, for the `malformed` scenario: the real answer with one
 * required field removed (a centre without its name), so clients prove they validate.
 */
import type { ApiResponse } from './api-response.js';

export function malformedBody(response: ApiResponse): string {
  if (!response.body) return '{"status":';
  if ('text' in response.body) return response.body.text.slice(0, response.body.text.length >> 1);
  const json = structuredClone(response.body.json);
  if (!removeFirstName(json) && json !== null && typeof json === 'object') {
    const [firstKey] = Object.keys(json);
    if (firstKey !== undefined) delete (json as Record<string, unknown>)[firstKey];
  }
  return JSON.stringify(json);
}

/** Removes the `name` of the first object that has one, breadth first. */
function removeFirstName(root: unknown): boolean {
  const queue: unknown[] = [root];
  for (let value = queue.shift(); value !== undefined; value = queue.shift()) {
    if (value === null || typeof value !== 'object') continue;
    if (!Array.isArray(value) && 'name' in value) {
      delete (value as Record<string, unknown>).name;
      return true;
    }
    queue.push(...Object.values(value));
  }
  return false;
}
