/**
 * Checks of what a caller passed, before anything is sent. TypeScript rules most mistakes
 * out, but the SDK is also called from plain JavaScript and with data straight from forms and
 * storage, where `null` and `undefined` turn up. Every failure becomes an
 * `InvalidArgumentError` that the method returns as a rejected promise, like every other
 * failure, instead of a raw `TypeError` thrown from the call itself.
 */
import type { OperationId } from '../contract/operations.js';
import { AppointmentsError, InvalidArgumentError } from '../errors/appointments-error.js';

/** Throws unless `value` is an object (not `null`, not an array). */
export function requireObject(operationId: OperationId, name: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(operationId, `${name} must be an object`);
  }
}

/** Throws unless `value` is absent or an object: the optional query of list operations. */
export function requireOptionalObject(
  operationId: OperationId,
  name: string,
  value: unknown,
): void {
  if (value !== undefined) requireObject(operationId, name, value);
}

/** Throws unless `value` is a non-empty string. Never names the value: it may be personal. */
export function requireText(operationId: OperationId, name: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidArgumentError(operationId, `${name} must be a non-empty string`);
  }
}

/** Throws unless `value` is a whole number from 0: a booking's `version`. */
export function requireVersion(operationId: OperationId, value: unknown): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError(operationId, 'version must be a whole number from 0');
  }
}

/**
 * Runs a method's own code, turning whatever it throws into a rejected promise: an
 * `AppointmentsError` as it is, anything else (a `TypeError` from reading a property of
 * `null`, say) as an `InvalidArgumentError` with the original as its `cause`.
 */
export function rejectingCall<T>(operationId: OperationId, call: () => Promise<T>): Promise<T> {
  try {
    return call();
  } catch (error) {
    return Promise.reject(asArgumentError(operationId, error));
  }
}

/** An error thrown while preparing a request, as the error the caller sees. */
export function asArgumentError(operationId: OperationId, error: unknown): AppointmentsError {
  if (error instanceof AppointmentsError) return error;
  const reason = error instanceof Error ? error.message : 'invalid input';
  return new InvalidArgumentError(operationId, `the arguments cannot be sent: ${reason}`, error);
}
