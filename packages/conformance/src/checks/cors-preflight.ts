/**
 * Browsers ask before sending the contract's own headers across origins: the preflight must
 * allow the ministry's origin, the method and every header the widget sends.
 */
import { HEADER } from '@gov-appointment/sdk/contract';
import type { Exchange } from '../api-client.js';
import type { CheckDefinition, Findings } from '../check.js';

interface Preflight {
  readonly what: string;
  readonly path: string;
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly headers: readonly string[];
}

function listed(value: string | null): string[] {
  return (value ?? '').split(',').map((item) => item.trim().toLowerCase());
}

function judge(findings: Findings, preflight: Preflight, answer: Exchange, origin: string): void {
  const where = `Preflight for ${preflight.what}`;
  if (answer.status < 200 || answer.status >= 300) {
    findings.fail(`${where} answered ${answer.status}, not 2xx.`);
    return;
  }
  const allowedOrigin = answer.headers.get('Access-Control-Allow-Origin');
  findings.expect(
    allowedOrigin === '*' || allowedOrigin === origin,
    `${where}: Access-Control-Allow-Origin is ${allowedOrigin ?? 'missing'}, not ${origin}.`,
  );
  const methods = listed(answer.headers.get('Access-Control-Allow-Methods'));
  findings.expect(
    methods.includes(preflight.method.toLowerCase()) || methods.includes('*'),
    `${where}: Access-Control-Allow-Methods does not include ${preflight.method}.`,
  );
  const headers = listed(answer.headers.get('Access-Control-Allow-Headers'));
  const missing = preflight.headers.filter(
    (name) => !headers.includes(name.toLowerCase()) && !headers.includes('*'),
  );
  findings.expect(
    missing.length === 0,
    `${where}: Access-Control-Allow-Headers does not include ${missing.join(', ')}.`,
  );
}

export const corsPreflight: CheckDefinition = {
  id: 'cors.preflight',
  title: 'Browsers may send the contract’s headers from the ministry’s page',
  explanation:
    'CORS preflights from the configured Origin are allowed for reading a booking with the Applicant-National-Id header, for a hold and a booking with Idempotency-Key and Content-Type, and for a cancellation with If-Match. Without them the widget on a ministry’s site cannot book or manage a booking at all.',
  contract: 'HEADER (Applicant-National-Id, Idempotency-Key, If-Match); Fetch standard CORS',
  phase: 'journey',
  async run(run, findings) {
    const origin = run.options.origin;
    const auth = run.options.bearerToken ? ['authorization'] : [];
    const national = HEADER.nationalId.toLowerCase();
    const key = HEADER.idempotencyKey.toLowerCase();
    const preflights: Preflight[] = [
      {
        what: 'reading a booking',
        path: '/bookings/GA-0000-0000',
        method: 'GET',
        headers: [national, ...auth],
      },
      {
        what: 'a hold',
        path: '/holds',
        method: 'POST',
        headers: ['content-type', key, ...auth],
      },
      {
        what: 'cancelling a booking',
        path: '/bookings/GA-0000-0000/cancel',
        method: 'POST',
        headers: ['content-type', key, national, HEADER.ifMatch.toLowerCase(), ...auth],
      },
    ];
    for (const preflight of preflights) {
      const answer = await run.client.send({
        operationId: null,
        method: 'OPTIONS',
        path: preflight.path,
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': preflight.method,
          'Access-Control-Request-Headers': preflight.headers.join(','),
        },
        idempotencyKey: false,
        withoutCredentials: true,
      });
      judge(findings, preflight, answer, origin);
    }
  },
};
