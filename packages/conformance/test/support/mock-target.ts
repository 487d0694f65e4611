/**
 * The standalone mock as the server under test: started in-process on a free loopback port,
 * with short holds so the expiry check waits seconds, not minutes, and with deliberate
 * defects where a test asks for them.
 */
import type { ConformanceOptions } from '@gov-appointment/conformance';
import type { DeliberateDefect } from '@gov-appointment/mock-server/deliberate-defects';
import { type RunningHttpServer, startHttpServer } from '@gov-appointment/mock-server/http-server';

export const SERVICE_ID = 'gp-consultation';
/** The test applicant. Reports and output must never show these. */
export const NATIONAL_ID = '880101234';
export const MOBILE = '+97336001234';
/** Holds last three seconds here, so the expiry check waits about five. */
export const TEST_HOLD_MINUTES = 3 / 60;

export interface MockTarget {
  readonly server: RunningHttpServer;
  readonly centreId: string;
  /** Options for `runConformance` against this server. */
  readonly options: ConformanceOptions;
  close(): Promise<void>;
}

export async function startMockTarget(
  settings: { defects?: readonly DeliberateDefect[]; holdMinutes?: number } = {},
): Promise<MockTarget> {
  const server = await startHttpServer({
    port: 0,
    log: () => {},
    holdMinutes: settings.holdMinutes ?? TEST_HOLD_MINUTES,
    defects: settings.defects ?? [],
  });
  const centres = (await (
    await fetch(`${server.url}/centres?service=${SERVICE_ID}&limit=200`)
  ).json()) as { items: { id: string; nextAvailableDate: string | null }[] };
  // The centre with free places soonest: its coming days have the most free slots.
  const centre = centres.items
    .filter((candidate) => candidate.nextAvailableDate !== null)
    .sort((a, b) =>
      (a.nextAvailableDate as string).localeCompare(b.nextAvailableDate as string),
    )[0];
  if (!centre) throw new Error('The mock has no centre with free places for the test service.');
  return {
    server,
    centreId: centre.id,
    options: {
      baseUrl: server.url,
      serviceId: SERVICE_ID,
      centreId: centre.id,
      nationalId: NATIONAL_ID,
      mobile: MOBILE,
      identifierSample: 12,
    },
    close: () => server.close(),
  };
}
