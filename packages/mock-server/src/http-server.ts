/**
 * The mock API as a standalone HTTP server, for clients that are not JavaScript tests: the
 * demo in another tab, curl, a mobile app in development.
 *
 * `npm run mock-server` (or `tsx src/http-server.ts --port 4010 --seed 1`) serves the API
 * under `/v1` on 127.0.0.1, with control endpoints to switch scenarios:
 * `POST /__mock/scenario` with `{ "name": "slow", "options": { "latencyMs": 2000 } }` and
 * `POST /__mock/reset`. One line is logged per request (method, path, status, time), never
 * bodies or headers, so no personal data reaches the log.
 *
 * It runs on developers' machines next to their browser, so it defends itself against the web
 * pages they visit: it answers only the host names it is reached by locally (a page cannot
 * rebind its own name to 127.0.0.1 and read the answers), its control endpoints take only
 * JSON requests from local origins (a cross-site page cannot switch scenarios or wipe the
 * state), and it refuses request bodies over the contract's limit without reading them.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { CONTRACT_RULES } from '@gov-appointment/sdk/contract';
import { getResponse } from 'msw';
import { ApiProblem } from './api-problem.js';
import {
  type AnswerApi,
  type DeliberateDefect,
  requestBodyLimit,
  withDeliberateDefects,
} from './deliberate-defects.js';
import { serialisedBody } from './handlers/api-response.js';
import { CORS_HEADERS } from './handlers/http-headers.js';
import { answerUnknownRoute } from './handlers/operation-pipeline.js';
import { problemResponse } from './handlers/problem-response.js';
import { createMockApi, type MockApi, type MockApiOptions } from './mock-api.js';
import { parseScenarioSelection, SCENARIO_NAMES } from './scenarios.js';

/** The path the API is served under. */
export const API_PATH = '/v1';
export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';
const CONTROL_PATH = '/__mock';
/** Host names a process on this machine reaches the server by, whatever it listens on. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/** Request headers that describe one hop, not the request. */
const HOP_HEADERS = new Set([
  'connection',
  'content-length',
  'host',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
]);

export interface HttpServerOptions extends Omit<MockApiOptions, 'baseUrl' | 'maxRequestBodyBytes'> {
  /** 0 picks a free port. Default 4010. */
  readonly port?: number;
  /** Default 127.0.0.1 (reachable from this machine only). */
  readonly host?: string;
  /** Where request lines go (default `console.log`). */
  readonly log?: (line: string) => void;
  /**
   * Host names answered besides localhost, 127.0.0.1, [::1] and `host`, e.g. a name in a
   * local network or a tunnel. Requests with any other `Host` are refused with 421, so a web
   * page cannot point its own domain at this machine (DNS rebinding) and read the API.
   */
  readonly allowedHosts?: readonly string[];
  /**
   * Deliberately broken behaviours, for the conformance kit's own tests only (never from the
   * command line): see `deliberate-defects.ts`.
   */
  readonly defects?: readonly DeliberateDefect[];
}

export interface RunningHttpServer {
  /** The API's base URL, e.g. `http://127.0.0.1:4010/v1`. */
  readonly url: string;
  readonly port: number;
  readonly api: MockApi;
  close(): Promise<void>;
}

export async function startHttpServer(options: HttpServerOptions = {}): Promise<RunningHttpServer> {
  const bodyLimit = requestBodyLimit(options.defects ?? []);
  const api = createMockApi({ ...options, baseUrl: API_PATH, maxRequestBodyBytes: bodyLimit });
  const answerRequest = withDeliberateDefects(
    api,
    options.defects ?? [],
    async (request) =>
      (await getResponse(api.handlers, request)) ??
      answerUnknownRoute(request, `req-${randomUUID()}`),
  );
  const host = options.host ?? DEFAULT_HOST;
  const log = options.log ?? ((line: string) => console.log(line));
  const knownHosts = new Set(
    [...LOOPBACK_HOSTS, host, ...(options.allowedHosts ?? [])].map(hostKey),
  );
  const server = createServer((incoming, outgoing) => {
    const started = performance.now();
    const method = incoming.method ?? 'GET';
    const path = new URL(incoming.url ?? '/', 'http://mock.invalid').pathname;
    outgoing.on('close', () => {
      const status = outgoing.writableFinished ? String(outgoing.statusCode) : 'aborted';
      log(`${method} ${path} ${status} ${Math.round(performance.now() - started)}ms`);
    });
    const origin = `http://${incoming.headers.host ?? `${host}:${port()}`}`;
    const answer = !knownHosts.has(hostKey(hostNameOf(incoming.headers.host)))
      ? Promise.resolve(unknownHostResponse())
      : path.startsWith(`${CONTROL_PATH}/`)
        ? answerControl(api, incoming, path, knownHosts)
        : answerApi(answerRequest, incoming, outgoing, origin, bodyLimit);
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
  answer: AnswerApi,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  origin: string,
  bodyLimit: number,
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
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    body = await readBody(incoming, bodyLimit);
    if (body === undefined) return payloadTooLarge(incoming, outgoing);
  }
  const request = new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    body,
    signal: abort.signal,
  });
  return answer(request);
}

/**
 * The control endpoints answer local pages and tools only. A request from another origin is
 * refused before anything changes; a POST must be JSON, which a cross-site page can only send
 * after a preflight, and the preflight is refused to every origin that is not local.
 */
async function answerControl(
  api: MockApi,
  incoming: IncomingMessage,
  path: string,
  knownHosts: ReadonlySet<string>,
): Promise<Response> {
  const method = incoming.method ?? 'GET';
  const origin = incoming.headers.origin;
  if (origin !== undefined && !isLocalOrigin(origin, knownHosts)) {
    return refusal(403, 'The mock’s control endpoints answer pages served from this machine only.');
  }
  // Only a local page's own origin is named, never `*`.
  const cors: Record<string, string> =
    origin === undefined ? {} : { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  if (method === 'OPTIONS') {
    return new Response(null, {
      status: 204,
      headers: {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Allow-Headers': 'Content-Type',
        'Access-Control-Max-Age': '600',
      },
    });
  }
  if (method === 'POST' && !isJson(incoming.headers['content-type'])) {
    return refusal(415, 'Send control requests with Content-Type: application/json.', cors);
  }
  const json = (value: unknown) =>
    new Response(JSON.stringify(value), {
      status: 200,
      headers: { ...cors, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
    });
  const problem = (error: ApiProblem) => {
    const requestId = `req-${randomUUID()}`;
    const response = problemResponse(error, { requestId, instance: path });
    return new Response(serialisedBody(response), {
      status: response.status,
      headers: { ...cors, ...response.headers, 'X-Request-Id': requestId },
    });
  };
  if (path === `${CONTROL_PATH}/scenario` && method === 'GET') {
    return json({ active: api.scenarios.active, available: SCENARIO_NAMES });
  }
  if (path === `${CONTROL_PATH}/scenario` && method === 'POST') {
    const body = await readBody(incoming);
    if (body === undefined) return problem(tooLargeProblem());
    const text = new TextDecoder().decode(body);
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
    return new Response(null, { status: 204, headers: cors });
  }
  return problem(new ApiProblem('not-found', 'No control endpoint is served here.'));
}

/**
 * The body, or `undefined` as soon as it is known to be over the contract's limit: from
 * `Content-Length` before reading anything, else while counting the bytes as they arrive
 * (chunked bodies declare no length). The rest is never read, so a huge body costs nothing.
 */
async function readBody(
  incoming: IncomingMessage,
  limit: number = CONTRACT_RULES.maxRequestBodyBytes,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (Number(incoming.headers['content-length'] ?? 0) > limit) return undefined;
  // Not `for await`: leaving that loop early destroys the socket before the 413 is sent.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      incoming.off('data', onData);
      incoming.pause();
      resolve(undefined);
    };
    incoming.on('data', onData);
    incoming.once('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    incoming.once('error', reject);
  });
}

function tooLargeProblem(): ApiProblem {
  return new ApiProblem(
    'payload-too-large',
    `Request bodies are limited to ${CONTRACT_RULES.maxRequestBodyBytes} bytes.`,
  );
}

/**
 * 413 for a body over the limit. The connection closes once the answer is sent, so the
 * unread rest of the body is dropped with it instead of being read and thrown away.
 */
function payloadTooLarge(incoming: IncomingMessage, outgoing: ServerResponse): Response {
  const { socket } = incoming;
  outgoing.once('finish', () => socket?.destroy());
  const requestId = `req-${randomUUID()}`;
  const response = problemResponse(tooLargeProblem(), {
    requestId,
    instance: new URL(incoming.url ?? '/', 'http://mock.invalid').pathname,
  });
  return new Response(serialisedBody(response), {
    status: response.status,
    headers: {
      ...CORS_HEADERS,
      ...response.headers,
      'X-Request-Id': requestId,
      'Cache-Control': 'no-cache',
      Connection: 'close',
    },
  });
}

/** `Host` without its port, e.g. `localhost` or `[::1]`; empty when absent. */
function hostNameOf(hostHeader: string | undefined): string {
  if (hostHeader === undefined) return '';
  try {
    return new URL(`http://${hostHeader}`).hostname;
  } catch {
    return '';
  }
}

/** Host names compare without case and without a trailing dot (`localhost.` is `localhost`). */
function hostKey(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function isLocalOrigin(origin: string, knownHosts: ReadonlySet<string>): boolean {
  try {
    const url = new URL(origin);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      knownHosts.has(hostKey(url.hostname))
    );
  } catch {
    return false;
  }
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

function refusal(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: {
      ...headers,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    },
  });
}

/** 421 Misdirected Request: this server is not the one that name points to. */
function unknownHostResponse(): Response {
  return refusal(
    421,
    'This mock answers localhost, 127.0.0.1 and [::1] only; start it with --allowed-hosts to add a name.',
  );
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

/** `--allowed-hosts a.test,b.test` or `MOCK_ALLOWED_HOSTS`, comma-separated. */
function listOption(name: string, environment: string | undefined): string[] {
  const text = optionValue(name) ?? environment ?? '';
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

async function main(): Promise<void> {
  const running = await startHttpServer({
    port: integerOption('port', process.env.PORT) ?? DEFAULT_PORT,
    seed: integerOption('seed', process.env.SEED),
    allowedHosts: listOption('allowed-hosts', process.env.MOCK_ALLOWED_HOSTS),
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
