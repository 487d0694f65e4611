/** Every check of the kit, in the order a run takes them. */
import type { CheckDefinition } from '../check.js';
import { conditionalChanges } from './booking-versions.js';
import { changeCutoff } from './change-cutoff.js';
import { corsPreflight } from './cors-preflight.js';
import {
  concurrentReplay,
  idempotentReplay,
  keyRequired,
  keyReusedWithAnotherBody,
} from './idempotency.js';
import { unguessableIdentifiers } from './identifiers.js';
import { requestBodyLimit } from './request-body-limit.js';
import { concurrentHolds, holdExpiry } from './slot-capacity.js';
import { verificationThrottle } from './verification-throttle.js';
import {
  corsExposedHeaders,
  personalDataNotCached,
  problemDetails,
  responsesMatchDocument,
  retryAfter,
} from './whole-run-checks.js';

export const CHECKS: readonly CheckDefinition[] = [
  holdExpiry,
  idempotentReplay,
  concurrentReplay,
  keyReusedWithAnotherBody,
  keyRequired,
  concurrentHolds,
  conditionalChanges,
  changeCutoff,
  corsPreflight,
  unguessableIdentifiers,
  requestBodyLimit,
  verificationThrottle,
  responsesMatchDocument,
  problemDetails,
  personalDataNotCached,
  retryAfter,
  corsExposedHeaders,
];
