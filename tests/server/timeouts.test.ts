// Every HTTP server of the project (server/http.ts) drops a client that trickles its request:
// headers not complete in time, a body that stops, an idle keep-alive connection. Small limits
// here so the test takes about a second; the real ones are HTTP_TIMEOUTS.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createHttpServer, HTTP_TIMEOUTS } from '../../server/http.js';
import { ARTICLE, get, NODE_TS_ARGS, stall, startServer, tempDir, type TestServer } from './helpers.js';

const SMALL = { headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 200, checkIntervalMs: 50 };

describe('HTTP timeouts', () => {
  const tmp = tempDir();
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'timeouts.db'), timeouts: SMALL });
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('are bounded by default: headers 10 s, request 30 s, keep-alive 5 s, checked every second', () => {
    assert.deepEqual(HTTP_TIMEOUTS, { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 5_000, checkIntervalMs: 1_000 });
    const server = createHttpServer(() => {});
    assert.equal(server.headersTimeout, 10_000);
    assert.equal(server.requestTimeout, 30_000);
    assert.equal(server.keepAliveTimeout, 5_000);
  });

  it('disconnects a client that sends only part of its headers', async () => {
    const r = await stall(s.url, `GET /api/articles/${ARTICLE}/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: appl`);
    assert.ok(r.closed, 'the server closed the connection');
    assert.ok(r.ms >= SMALL.headersTimeoutMs - 50 && r.ms < 1_500, `closed after ${Math.round(r.ms)} ms`);
    assert.match(r.received, /^HTTP\/1\.1 408 /);
  });

  it('disconnects a client whose body stops before Content-Length', async () => {
    const head = 'POST /api/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n';
    const r = await stall(s.url, `${head}{"content":`);
    assert.ok(r.closed, 'the server closed the connection');
    assert.ok(r.ms >= SMALL.requestTimeoutMs - 50 && r.ms < 2_000, `closed after ${Math.round(r.ms)} ms`);
    assert.doesNotMatch(r.received, /^HTTP\/1\.1 20/, 'nothing was accepted');
  });

  it('closes an idle keep-alive connection after its response', async () => {
    const r = await stall(s.url, `GET /api/articles/${ARTICLE}/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n`);
    assert.ok(r.closed);
    assert.match(r.received, /^HTTP\/1\.1 200 /);
    assert.ok(r.ms < 1_500, `closed after ${Math.round(r.ms)} ms`);
  });

  it('a complete request is still answered', async () => {
    assert.equal((await get(`${s.url}/api/articles/${ARTICLE}/comments`)).status, 200);
  });
});

describe('server/main.ts (the standalone endpoint)', () => {
  const tmp = tempDir();
  after(() => tmp.remove());

  it('starts on PORT=0, answers the API, 404s the rest, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [...NODE_TS_ARGS, 'server/main.ts'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', COMMENTS_DB: join(tmp.dir, 'main.db') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no start line within 15 s')), 15_000);
        let out = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => {
          out += chunk;
          const match = /Comments endpoint: (http:\/\/127\.0\.0\.1:\d+\/)api\//.exec(out);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
      });
      assert.equal((await get(`${url}api/articles/${ARTICLE}/comments`)).status, 200);
      const other = await get(`${url}data/comments.db`);
      assert.equal(other.status, 404);
      assert.equal(other.headers.get('content-type'), 'application/json; charset=utf-8');
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });
});
