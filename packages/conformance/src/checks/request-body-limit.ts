/**
 * Request bodies over `CONTRACT_RULES.maxRequestBodyBytes` are refused with 413 before the
 * server spends memory on them.
 */
import { CONTRACT_RULES } from '@gov-appointment/sdk/contract';
import { describeAnswer, problemCodeOf } from '../api-client.js';
import type { CheckDefinition } from '../check.js';

/** `{"slotId":"…","padding":"xxx…"}` of exactly `bytes` bytes (ASCII, so bytes = characters). */
function paddedHoldRequest(slotId: string, bytes: number): string {
  const empty = JSON.stringify({ slotId, padding: '' });
  return JSON.stringify({ slotId, padding: 'x'.repeat(Math.max(0, bytes - empty.length)) });
}

export const requestBodyLimit: CheckDefinition = {
  id: 'requests.body-limit',
  title: 'Oversized request bodies are refused with 413',
  explanation: `A request body of ${CONTRACT_RULES.maxRequestBodyBytes + 1} bytes (one over the contract's ${CONTRACT_RULES.maxRequestBodyBytes / 1024} KiB) is answered 413 payload-too-large, and one of exactly ${CONTRACT_RULES.maxRequestBodyBytes} bytes is not, so one client cannot exhaust the server's memory with large bodies.`,
  contract: 'CONTRACT_RULES.maxRequestBodyBytes; problem code payload-too-large',
  phase: 'journey',
  async run(run, findings) {
    const limit = CONTRACT_RULES.maxRequestBodyBytes;
    // A slot id that does not exist: whatever the server does with the body, nothing is held.
    const slotId = 'conformance-unknown';
    const over = await run.client.send({
      operationId: 'createHold',
      method: 'POST',
      path: '/holds',
      body: paddedHoldRequest(slotId, limit + 1),
    });
    findings.expect(
      over.status === 413 && problemCodeOf(over) === 'payload-too-large',
      `A body of ${limit + 1} bytes answered ${describeAnswer(over)}, not 413 payload-too-large.`,
    );
    const atLimit = await run.client.send({
      operationId: 'createHold',
      method: 'POST',
      path: '/holds',
      body: paddedHoldRequest(slotId, limit),
    });
    run.noteHold(atLimit);
    findings.expect(
      atLimit.status !== 413 && atLimit.status < 500,
      `A body of exactly ${limit} bytes answered ${describeAnswer(atLimit)}; it is within the limit.`,
    );
  },
};
