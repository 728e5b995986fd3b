// Shared helpers for the endpoint tests: a real HTTP server on 127.0.0.1 (port 0) around the app,
// a temporary SQLite file under os.tmpdir(), and small request helpers.
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { createCommentsApp, type CommentsApp, type CommentsAppOptions } from '../../server/app.js';
import { createHttpServer, type HttpTimeouts } from '../../server/http.js';

export const ARTICLE = 'carney-beijing-visit';
export const TOKEN = 'test-moderation-token';

export interface TestServer {
  url: string;
  app: CommentsApp;
  server: Server;
  dbPath: string;
  /** Stops the HTTP server and closes the app (the db file stays). */
  stop(): Promise<void>;
}

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'news-elements-comments-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Starts the app in the project's HTTP server (server/http.ts); by default unseeded, with a rate
 * limit high enough not to get in the way and no flood interval.
 */
export async function startServer(options: CommentsAppOptions & { dbPath: string; timeouts?: Partial<HttpTimeouts> }): Promise<TestServer> {
  const { timeouts, ...appOptions } = options;
  const app = createCommentsApp({ seed: false, rateLimit: { max: 10_000, windowMs: 60_000 }, floodIntervalMs: 0, ...appOptions });
  await app.ready(); // the database created and migrated, as a server does at start
  const server = createHttpServer(
    (req, res) =>
      app.handle(req, res, () => {
        res.statusCode = 418;
        res.end('next() was called');
      }),
    timeouts,
  );
  return listening(server, app, options.dbPath);
}

/** Listens on 127.0.0.1, any free port; `stop()` closes the server, its connections, then the app. */
export async function listening(server: Server, app: CommentsApp, dbPath: string): Promise<TestServer> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    server,
    dbPath,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      app.close();
    },
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

async function reply(response: Response): Promise<Reply> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export async function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return reply(await fetch(url, { headers }));
}

export async function postJson(base: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return reply(
    await fetch(`${base}/api/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

export async function postForm(base: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Reply> {
  return reply(
    await fetch(`${base}/api/comments`, {
      method: 'POST',
      headers: { Accept: 'application/json', ...headers },
      body: new URLSearchParams(fields), // fetch sets application/x-www-form-urlencoded;charset=UTF-8
    }),
  );
}

/** A valid `format="json"` payload of <comment-form>. */
export function jsonComment(overrides: Record<string, unknown> = {}, author: Record<string, unknown> = {}) {
  return {
    articleId: ARTICLE,
    parentId: null,
    content: 'Canola farmers will be watching the fine print closely.',
    author: { name: 'Ada Reader', email: 'ada@example.com', url: '', ...author },
    ...overrides,
  };
}

/** Every stored row, read straight from the file (read-only connection). */
export function storedRows(dbPath: string): Array<Record<string, any>> {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT * FROM comments ORDER BY id').all() as Array<Record<string, any>>;
  } finally {
    db.close();
  }
}

/** Follows `next` until null (bounded), returning every comment of the listing. */
export async function listAll(base: string, firstPath: string, maxPages = 50): Promise<any[]> {
  const all: any[] = [];
  let path: string | null = firstPath;
  for (let i = 0; path !== null && i < maxPages; i++) {
    const page = await get(`${base}${path}`);
    if (page.status !== 200) throw new Error(`GET ${path} → ${page.status} ${page.text}`);
    all.push(...page.json.comments);
    path = page.json.next;
  }
  if (path !== null) throw new Error(`more than ${maxPages} pages`);
  return all;
}

/**
 * Opens a raw TCP connection, writes `bytes` and then nothing more; resolves when the server
 * closes the connection (with what it sent and after how long) or after `giveUpMs`.
 */
export function stall(url: string, bytes: string, giveUpMs = 5_000): Promise<{ closed: boolean; ms: number; received: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const started = performance.now();
    let received = '';
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.write(bytes));
    const done = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ closed, ms: performance.now() - started, received });
    };
    const timer = setTimeout(() => done(false), giveUpMs);
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', () => {}); // a reset is a close too
    socket.on('close', () => done(true));
  });
}

/**
 * A request with the target sent exactly as given (fetch would resolve `..` and `%2e%2e` itself
 * before sending, so traversal attempts need this), and the body as it came over the wire (fetch
 * would decode gzip and br).
 */
export function rawRequest(
  url: string,
  target: string,
  method = 'GET',
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port: Number(port), path: target, method, headers: { Accept: '*/*', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Node's arguments for a child process that runs the server from its TypeScript sources, as
 * `npm run serve:comments` does: tsx, and the condition under which `news-elements/rules` (imported
 * by server/validate.ts) resolves to src/comment-form/rules.ts instead of the built lib/.
 */
export const NODE_TS_ARGS: readonly string[] = ['--conditions=news-elements:source', '--import', 'tsx'];

/** startServer in a child process (tests/server/child-server.ts) on `dbPath`; `stop()` ends it. */
export async function startChildServer(dbPath: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [...NODE_TS_ARGS, join(import.meta.dirname, 'child-server.ts'), dbPath], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // never left running behind a failed start
      reject(new Error('the child server did not start within 15 s'));
    }, 15_000);
    child.once('exit', (code) => reject(new Error(`the child server exited with ${code}`)));
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      resolve(JSON.parse(out.slice(0, out.indexOf('\n'))).url);
    });
  });
  return {
    url,
    async stop() {
      child.stdin.end();
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
