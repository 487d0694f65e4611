/**
 * A faulty network between clients and the standalone mock, for chaos runs: a real HTTP proxy
 * on the loopback interface that drops requests and answers, delays, sends POSTs twice,
 * answers 500, 503 or 429 itself, and cuts bodies short. It is bounded: at most `maxFaults`
 * faults in all, never more than `maxConsecutiveFaults` in a row for one client (so a client
 * within its retry policy always gets through), and none after `faultWindowMs`.
 *
 * An overload can open the run: every client's first request is held until all of them have
 * arrived, then all are answered 503 with `Retry-After` in the same instant, the worst case for
 * a retry wave.
 *
 * Every request is recorded with its client (the `X-Chaos-Client` header), its time and what
 * was done to it, so a test can check the run from outside.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROBLEM_TYPE_BASE } from '@gov-appointment/sdk/schemas';

/** The header that names the client a request comes from. */
export const CLIENT_HEADER = 'x-chaos-client';

export type Fault =
  | { readonly kind: 'pass' }
  /** The request never reaches the server: the connection is reset. */
  | { readonly kind: 'drop-request' }
  /** The server acts, then the answer is lost: the connection is reset. */
  | { readonly kind: 'drop-answer' }
  | { readonly kind: 'delay'; readonly ms: number }
  /** The server gets the same request twice (a replaying middlebox); the client the second answer. */
  | { readonly kind: 'duplicate' }
  /** The proxy answers itself, without asking the server. */
  | {
      readonly kind: 'error';
      readonly status: 500 | 503 | 429;
      readonly retryAfterSeconds?: number;
    }
  /** The server acts; the answer arrives with half its body and a matching `Content-Length`. */
  | { readonly kind: 'truncate-body' }
  /** The server acts; half the body arrives, then the connection is reset mid-body. */
  | { readonly kind: 'reset-mid-body' };

export interface ProxiedRequest {
  readonly client: string;
  readonly method: string;
  readonly path: string;
  /** `performance.now()` when the request arrived. */
  readonly at: number;
  readonly fault: Fault['kind'];
  /** What the client was sent, when it was sent a status. */
  status?: number;
  /** `performance.now()` when the answer was sent. */
  answeredAt?: number;
}

export interface FaultContext {
  readonly client: string;
  readonly method: string;
  readonly path: string;
  /** How many requests this client sent before this one. */
  readonly clientRequestIndex: number;
}

export interface FaultProxyOptions {
  /** The origin requests are forwarded to, e.g. `http://127.0.0.1:4010`. */
  readonly upstream: string;
  /** What to do to one request. */
  readonly decide: (context: FaultContext) => Fault;
  readonly maxFaults: number;
  readonly maxConsecutiveFaults: number;
  readonly faultWindowMs: number;
  /** Answer the first request of this many clients together with 503 and `Retry-After`. */
  readonly overload?: { readonly clients: number; readonly retryAfterSeconds: number };
}

export interface RunningFaultProxy {
  /** The proxy's origin, e.g. `http://127.0.0.1:41234`. */
  readonly origin: string;
  readonly requests: readonly ProxiedRequest[];
  /** How many faults were injected. */
  readonly faults: number;
  close(): Promise<void>;
}

interface UpstreamAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<RunningFaultProxy> {
  const upstream = new URL(options.upstream);
  const requests: ProxiedRequest[] = [];
  const perClient = new Map<string, { sent: number; consecutiveFaults: number }>();
  const started = performance.now();
  let faults = 0;
  const overloaded: (() => void)[] = [];

  function choose(context: FaultContext): Fault {
    const state = perClient.get(context.client) ?? { sent: 0, consecutiveFaults: 0 };
    perClient.set(context.client, state);
    const open =
      faults < options.maxFaults &&
      state.consecutiveFaults < options.maxConsecutiveFaults &&
      performance.now() - started < options.faultWindowMs;
    const fault = open ? options.decide(context) : { kind: 'pass' as const };
    // Delays and duplicates do not stop a request from succeeding.
    const failing = fault.kind !== 'pass' && fault.kind !== 'delay' && fault.kind !== 'duplicate';
    state.consecutiveFaults = failing ? state.consecutiveFaults + 1 : 0;
    if (fault.kind !== 'pass') faults += 1;
    return fault;
  }

  function forward(incoming: IncomingMessage, body: Buffer): Promise<UpstreamAnswer> {
    return new Promise((resolve, reject) => {
      const headers: IncomingHttpHeaders = { ...incoming.headers, host: upstream.host };
      delete headers[CLIENT_HEADER];
      const outgoing = httpRequest(
        {
          // A fresh connection each time: a kept-alive one may be closed by the server just as
          // it is reused, a failure of this harness rather than one it means to inject.
          agent: false,
          host: upstream.hostname,
          port: upstream.port,
          method: incoming.method,
          path: incoming.url,
          headers,
        },
        (answer) => {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () =>
            resolve({
              status: answer.statusCode ?? 502,
              headers: answer.headers,
              body: Buffer.concat(chunks),
            }),
          );
          answer.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const client = String(incoming.headers[CLIENT_HEADER] ?? 'unknown');
    const method = incoming.method ?? 'GET';
    const path = new URL(incoming.url ?? '/', 'http://proxy.invalid').pathname;
    const clientRequestIndex = perClient.get(client)?.sent ?? 0;
    const overload = options.overload;
    const fault: Fault =
      overload && clientRequestIndex === 0
        ? { kind: 'error', status: 503, retryAfterSeconds: overload.retryAfterSeconds }
        : choose({ client, method, path, clientRequestIndex });
    if (overload && clientRequestIndex === 0) {
      faults += 1;
      perClient.set(client, { sent: 0, consecutiveFaults: 1 });
    }
    const state = perClient.get(client);
    if (state) state.sent += 1;
    const record: ProxiedRequest = {
      client,
      method,
      path,
      at: performance.now(),
      fault: fault.kind,
    };
    requests.push(record);

    if (overload && clientRequestIndex === 0) {
      await new Promise<void>((release) => {
        overloaded.push(release);
        if (overloaded.length === overload.clients) for (const waiting of overloaded) waiting();
      });
    }
    outgoing.once('finish', () => {
      record.answeredAt = performance.now();
    });
    switch (fault.kind) {
      case 'drop-request':
        outgoing.socket?.destroy();
        return;
      case 'error': {
        record.status = fault.status;
        const code = { 500: 'internal-error', 503: 'unavailable', 429: 'rate-limited' }[
          fault.status
        ];
        const retry = fault.retryAfterSeconds;
        outgoing.writeHead(fault.status, {
          'Content-Type': 'application/problem+json',
          ...(retry === undefined ? {} : { 'Retry-After': String(retry) }),
        });
        outgoing.end(
          JSON.stringify({
            type: `${PROBLEM_TYPE_BASE}${code}`,
            title: 'Injected by the fault proxy',
            status: fault.status,
            code,
            ...(retry === undefined ? {} : { retryAfterSeconds: retry }),
          }),
        );
        return;
      }
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        break;
      default:
        break;
    }

    if (fault.kind === 'duplicate') await forward(incoming, body);
    const answer = await forward(incoming, body);
    const headers = { ...answer.headers };
    delete headers['transfer-encoding'];
    delete headers.connection;
    delete headers['keep-alive'];
    record.status = answer.status;
    switch (fault.kind) {
      case 'drop-answer':
        outgoing.socket?.destroy();
        return;
      case 'truncate-body': {
        const half = answer.body.subarray(0, Math.floor(answer.body.length / 2));
        outgoing.writeHead(answer.status, { ...headers, 'content-length': String(half.length) });
        outgoing.end(half);
        return;
      }
      case 'reset-mid-body': {
        outgoing.writeHead(answer.status, {
          ...headers,
          'content-length': String(answer.body.length),
        });
        outgoing.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () =>
          outgoing.socket?.destroy(),
        );
        return;
      }
      default:
        outgoing.writeHead(answer.status, {
          ...headers,
          'content-length': String(answer.body.length),
        });
        outgoing.end(answer.body);
    }
  }

  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch(() => outgoing.socket?.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    get faults() {
      return faults;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
