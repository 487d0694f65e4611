/**
 * The mock API as a standalone HTTP server, for clients that are not JavaScript tests: the
 * demo in another tab, curl, a mobile app in development.
 *
 * `npm run mock-server` (or `tsx src/http-server.ts --port 4010 --seed 1`) serves the API
 * under `/v1` on 127.0.0.1, with control endpoints to switch scenarios:
 * `POST /__mock/scenario` with `{ "name": "slow", "options": { "latencyMs": 2000 } }` and
 * `POST /__mock/reset`. One line is logged per request (method, path, status, time), never
 * bodies or headers, so no personal data reaches the log.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { ApiProblem } from './api-problem.js';
import { serialisedBody } from './handlers/api-response.js';
import { CORS_HEADERS, PREFLIGHT_HEADERS } from './handlers/http-headers.js';
import { answerUnknownRoute } from './handlers/operation-pipeline.js';
import { problemResponse } from './handlers/problem-response.js';
import { createMockApi, type MockApi, type MockApiOptions } from './mock-api.js';
import { parseScenarioSelection, SCENARIO_NAMES } from './scenarios.js';

/** The path the API is served under. */
export const API_PATH = '/v1';
export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';
const CONTROL_PATH = '/__mock';

/** Request headers that describe one hop, not the request. */
const HOP_HEADERS = new Set([
  'connection',
  'content-length',
  'host',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
]);

export interface HttpServerOptions extends Omit<MockApiOptions, 'baseUrl'> {
  /** 0 picks a free port. Default 4010. */
  readonly port?: number;
  /** Default 127.0.0.1 (reachable from this machine only). */
  readonly host?: string;
  /** Where request lines go (default `console.log`). */
  readonly log?: (line: string) => void;
}

export interface RunningHttpServer {
  /** The API's base URL, e.g. `http://127.0.0.1:4010/v1`. */
  readonly url: string;
  readonly port: number;
  readonly api: MockApi;
  close(): Promise<void>;
}

export async function startHttpServer(options: HttpServerOptions = {}): Promise<RunningHttpServer> {
  const api = createMockApi({ ...options, baseUrl: API_PATH });
  const host = options.host ?? DEFAULT_HOST;
  const log = options.log ?? ((line: string) => console.log(line));
  const server = createServer((incoming, outgoing) => {
    const started = performance.now();
    const method = incoming.method ?? 'GET';
    const path = new URL(incoming.url ?? '/', 'http://mock.invalid').pathname;
    outgoing.on('close', () => {
      const status = outgoing.writableFinished ? String(outgoing.statusCode) : 'aborted';
      log(`${method} ${path} ${status} ${Math.round(performance.now() - started)}ms`);
    });
    const origin = `http://${incoming.headers.host ?? `${host}:${port()}`}`;
    const answer = path.startsWith(`${CONTROL_PATH}/`)
      ? answerControl(api, incoming, path)
      : answerApi(api, incoming, outgoing, origin);
    answer.then(
      (response) => send(outgoing, response),
      (error: unknown) => {
        console.error('Mock API server: unexpected error', error);
        outgoing.destroy();
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  function port(): number {
    return (server.address() as AddressInfo).port;
  }
  return {
    url: `http://${host}:${port()}${API_PATH}`,
    port: port(),
    api,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function answerApi(
  api: MockApi,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  origin: string,
): Promise<Response> {
  // Ends a pending answer (the `timeout` scenario) when the client goes away.
  const abort = new AbortController();
  outgoing.on('close', () => abort.abort());
  const method = incoming.method ?? 'GET';
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined || HOP_HEADERS.has(name)) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(incoming);
  const request = new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    body,
    signal: abort.signal,
  });
  return (
    (await getResponse(api.handlers, request)) ?? answerUnknownRoute(request, `req-${randomUUID()}`)
  );
}

async function answerControl(
  api: MockApi,
  incoming: IncomingMessage,
  path: string,
): Promise<Response> {
  const method = incoming.method ?? 'GET';
  if (method === 'OPTIONS') return new Response(null, { status: 204, headers: PREFLIGHT_HEADERS });
  const json = (value: unknown) =>
    new Response(JSON.stringify(value), {
      status: 200,
      headers: { ...CORS_HEADERS, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
    });
  const problem = (error: ApiProblem) => {
    const requestId = `req-${randomUUID()}`;
    const response = problemResponse(error, { requestId, instance: path });
    return new Response(serialisedBody(response), {
      status: response.status,
      headers: { ...CORS_HEADERS, ...response.headers, 'X-Request-Id': requestId },
    });
  };
  if (path === `${CONTROL_PATH}/scenario` && method === 'GET') {
    return json({ active: api.scenarios.active, available: SCENARIO_NAMES });
  }
  if (path === `${CONTROL_PATH}/scenario` && method === 'POST') {
    const text = new TextDecoder().decode(await readBody(incoming));
    let selection: ReturnType<typeof parseScenarioSelection> = null;
    try {
      selection = parseScenarioSelection(JSON.parse(text));
    } catch {
      selection = null;
    }
    if (!selection) {
      return problem(
        new ApiProblem('validation-failed', 'Expected { "name": <scenario>, "options"?: {...} }.', {
          errors: [
            {
              pointer: '/name',
              code: 'invalid',
              detail: `Must be one of: ${SCENARIO_NAMES.join(', ')}; options must suit it.`,
            },
          ],
        }),
      );
    }
    api.scenarios.use(selection.name, selection.options);
    return json({ active: api.scenarios.active });
  }
  if (path === `${CONTROL_PATH}/reset` && method === 'POST') {
    api.reset();
    return new Response(null, { status: 204, headers: CORS_HEADERS });
  }
  return problem(new ApiProblem('not-found', 'No control endpoint is served here.'));
}

async function readBody(incoming: IncomingMessage): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

async function send(outgoing: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    outgoing.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  outgoing.writeHead(response.status, headers);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

/** `--port 4010` or `--port=4010` wins over `PORT`. */
function optionValue(name: string): string | undefined {
  const args = process.argv.slice(2);
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === `--${name}`) return args[index + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

function integerOption(name: string, environment: string | undefined): number | undefined {
  const text = optionValue(name) ?? environment;
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`--${name} must be a whole number, got "${text}".`);
  }
  return value;
}

async function main(): Promise<void> {
  const running = await startHttpServer({
    port: integerOption('port', process.env.PORT) ?? DEFAULT_PORT,
    seed: integerOption('seed', process.env.SEED),
  });
  const origin = running.url.slice(0, -API_PATH.length);
  console.log(`Mock appointments API listening on ${running.url}`);
  console.log(
    `Scenarios: POST ${origin}${CONTROL_PATH}/scenario, reset: POST ${origin}${CONTROL_PATH}/reset`,
  );
  const stop = () => {
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
