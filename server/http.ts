// How the project creates and runs its HTTP servers (server/main.ts, server/demo-main.ts): every
// one with bounded time for a client to send its request, so a connection that trickles its
// headers or body (slowloris) is dropped instead of held open.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HttpTimeouts {
  /** The whole header block must arrive within this, from the request's first byte (then 408). */
  headersTimeoutMs: number;
  /** The whole request, headers and body (then 408). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often Node looks for requests past the two limits above (Node's default is 30 s). */
  checkIntervalMs: number;
}

export const HTTP_TIMEOUTS: Readonly<HttpTimeouts> = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
};

/** The largest header block a client may send. */
export const MAX_HEADER_BYTES = 16 * 1024;

export function createHttpServer(handler: RequestListener, timeouts: Partial<HttpTimeouts> = {}): Server {
  const t = { ...HTTP_TIMEOUTS, ...timeouts };
  return createServer(
    {
      // Said rather than left to Node's default (the same 16 KB): a larger header block gets 431.
      maxHeaderSize: MAX_HEADER_BYTES,
      headersTimeout: t.headersTimeoutMs,
      requestTimeout: t.requestTimeoutMs,
      keepAliveTimeout: t.keepAliveTimeoutMs,
      connectionsCheckingInterval: t.checkIntervalMs,
    },
    handler,
  );
}

/**
 * The same limits on a server someone else created (Vite's dev server). Node reads
 * `connectionsCheckingInterval` only when a server is created, so there the check stays at
 * Node's default of 30 s: a stalled client is dropped within headers timeout + 30 s.
 */
export function applyTimeouts(server: Server, timeouts: Partial<HttpTimeouts> = {}): void {
  const t = { ...HTTP_TIMEOUTS, ...timeouts };
  server.headersTimeout = t.headersTimeoutMs;
  server.requestTimeout = t.requestTimeoutMs;
  server.keepAliveTimeout = t.keepAliveTimeoutMs;
}

/** `http://host:port/` of a listening server (IPv6 hosts in brackets). */
export function serverUrl(server: Server, host: string): string {
  const { port } = server.address() as AddressInfo;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

/** The host and port from HOST and PORT (PORT 0 = any free port); exits with a message on a bad PORT. */
export function listenAddressFromEnv(env: NodeJS.ProcessEnv, defaultPort: number): { host: string; port: number } {
  const host = env.HOST || '127.0.0.1';
  const port = env.PORT === undefined || env.PORT === '' ? defaultPort : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${env.PORT}".`);
    process.exit(1);
  }
  return { host, port };
}

/**
 * Listens, prints `describe(url)`, and on SIGINT/SIGTERM stops taking connections, closes the
 * open ones and calls `close` (the app's database) before exiting.
 */
export function runUntilSignalled(server: Server, options: { host: string; port: number; close(): Promise<void>; describe(url: string): string }): void {
  server.on('error', (error) => {
    console.error(`Could not start the server: ${error.message}`);
    void options.close().finally(() => process.exit(1));
  });
  server.listen(options.port, options.host, () => console.log(options.describe(serverUrl(server, options.host))));

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void options.close().finally(() => process.exit(0));
    });
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
