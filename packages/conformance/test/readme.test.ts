/** The README is what a ministry's backend team reads: it must list every check the kit runs. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { CHECKS, RUSH_HOUR_CHECK } from '@gov-appointment/conformance';

it('lists every check of the kit in its table', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const listed = [...readme.matchAll(/^\| `([a-z.-]+)` +\|/gm)].map((match) => match[1]);
  assert.deepEqual(listed.sort(), [...CHECKS, RUSH_HOUR_CHECK].map((check) => check.id).sort());
});
