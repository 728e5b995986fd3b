// The demo server's static files as HTTP caches and browsers see them (server/static.ts): text in
// brotli or gzip as Accept-Encoding asks (`Vary: Accept-Encoding`), other types as they are;
// `Cache-Control: no-cache` and a strong ETag on every file, `If-None-Match` answered with 304, a
// changed file seen at once; HEAD with GET's headers and no body.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createDemoServer, DEMO_DIR } from '../../server/demo.js';
import { MAX_CACHED_BYTES, negotiateEncoding, type ContentCoding } from '../../server/static.js';
import { listening, rawRequest, tempDir, type TestServer } from './helpers.js';

/** A bundle that compresses well, as a real one does. */
const BUNDLE = Array.from({ length: 400 }, (_, i) => `export const value${i} = 'news-elements ${i}';\n`).join('');
/** The start of a PNG: not text, never compressed. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4096, 0)]);

const decode: Record<ContentCoding, (body: Buffer) => Buffer> = {
  br: brotliDecompressSync,
  gzip: gunzipSync,
  identity: (body) => body,
};

describe('negotiateEncoding (Accept-Encoding)', () => {
  const cases: Array<[string | undefined, ContentCoding]> = [
    [undefined, 'identity'],
    ['', 'identity'],
    ['identity', 'identity'],
    ['deflate', 'identity'],
    ['gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br, zstd', 'br'], // what Chromium sends
    ['GZIP', 'gzip'],
    [' gzip ; q=0.5 , br ; q=0.4', 'gzip'],
    ['br;q=0.5, gzip;q=0.5', 'br'], // a tie goes to the smaller
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['gzip;q=0.8, *;q=0.9', 'br'], // br is covered by *
    ['br;q=abc, gzip', 'gzip'], // an unreadable q-value drops its entry
    ['br;q=1.5', 'identity'],
    ['br;q=', 'identity'],
    [',,;,', 'identity'],
  ];
  for (const [header, expected] of cases) {
    it(`should choose ${expected} for ${JSON.stringify(header)}`, () => assert.equal(negotiateEncoding(header), expected));
  }
});

describe('demo server static files: compression, ETag, 304, HEAD', () => {
  const tmp = tempDir();
  const project = tmp.dir;
  const distFile = join(project, 'dist/news-elements.js');
  let s: TestServer;

  before(async () => {
    cpSync(DEMO_DIR, join(project, 'demo'), { recursive: true });
    mkdirSync(join(project, 'dist'));
    writeFileSync(distFile, BUNDLE);
    writeFileSync(join(project, 'demo/pixel.png'), PNG);
    writeFileSync(join(project, 'demo/large.txt'), 'a'.repeat(MAX_CACHED_BYTES + 1));
    const demo = createDemoServer({
      demoDir: join(project, 'demo'),
      distDir: join(project, 'dist'),
      app: { dbPath: join(project, 'data/comments.db'), seed: false },
    });
    s = await listening(demo.server, demo.app, join(project, 'data/comments.db'));
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('should send text in the coding the client prefers, with a matching length and Vary', async () => {
    for (const path of ['/', '/article.json', '/hero.svg', '/dist/news-elements.js']) {
      const plain = await rawRequest(s.url, path);
      assert.equal(plain.headers['content-encoding'], undefined, path);
      assert.equal(plain.headers.vary, 'Accept-Encoding', `${path}: caches must keep one copy per coding`);
      for (const [acceptEncoding, coding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip', 'gzip'],
        ['br;q=0, gzip', 'gzip'],
        ['identity', 'identity'],
      ] as const) {
        const r = await rawRequest(s.url, path, 'GET', { 'Accept-Encoding': acceptEncoding });
        const label = `${path} (${acceptEncoding})`;
        assert.equal(r.status, 200, label);
        assert.equal(r.headers['content-encoding'], coding === 'identity' ? undefined : coding, label);
        assert.equal(r.headers.vary, 'Accept-Encoding', label);
        assert.equal(r.headers['content-length'], String(r.body.length), label);
        assert.equal(r.headers['content-type'], plain.headers['content-type'], label);
        assert.deepEqual(decode[coding](r.body), plain.body, label);
        if (coding !== 'identity') assert.ok(r.body.length < plain.body.length, `${label}: smaller`);
      }
    }
  });

  it('should compress the server-rendered article page too, made per request (sendGenerated)', async () => {
    const path = '/articles/carney-beijing-visit';
    const plain = await rawRequest(s.url, path);
    assert.equal(plain.status, 200);
    assert.match(plain.body.toString(), /<template shadowroot="open" shadowrootmode="open">/);
    for (const coding of ['br', 'gzip', 'identity'] as const) {
      const r = await rawRequest(s.url, path, 'GET', { 'Accept-Encoding': coding });
      assert.equal(r.headers['content-encoding'], coding === 'identity' ? undefined : coding, coding);
      assert.equal(r.headers.vary, 'Accept-Encoding', coding);
      assert.equal(r.headers['content-length'], String(r.body.length), coding);
      assert.equal(r.headers['content-type'], 'text/html; charset=utf-8', coding);
      // The page is rendered afresh (a new idempotency key each time): compare what it says, not its bytes.
      assert.match(decode[coding](r.body).toString(), /<h1 part="headline">/, coding);
      if (coding !== 'identity') assert.ok(r.body.length * 4 < plain.body.length, `${coding}: ${r.body.length} of ${plain.body.length} bytes`);
    }
    const head = await rawRequest(s.url, path, 'HEAD', { 'Accept-Encoding': 'br' });
    assert.equal(head.body.length, 0);
    assert.equal(head.headers['content-encoding'], 'br');
  });

  it('should send images that are compressed already as they are, without Vary', async () => {
    const r = await rawRequest(s.url, '/pixel.png', 'GET', { 'Accept-Encoding': 'gzip, br' });
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'image/png');
    assert.equal(r.headers['content-encoding'], undefined);
    assert.equal(r.headers.vary, undefined);
    assert.deepEqual(r.body, PNG);
  });

  it('should mark every file no-cache (no name is content-hashed) with a strong ETag per coding', async () => {
    const tags = new Set<string>();
    for (const path of ['/', '/index.html', '/article.json', '/pixel.png', '/dist/news-elements.js']) {
      const r = await rawRequest(s.url, path);
      assert.equal(r.headers['cache-control'], 'no-cache', path);
      assert.match(r.headers.etag ?? '', /^"[\w-]+"$/, `${path}: a strong ETag`);
      assert.equal((await rawRequest(s.url, path)).headers.etag, r.headers.etag, `${path}: the same for the same bytes`);
      tags.add(r.headers.etag!);
    }
    assert.equal(tags.size, 4, '/ and /index.html share one, every other file has its own');
    const byCoding = await Promise.all(
      ['identity', 'gzip', 'br'].map(async (coding) => (await rawRequest(s.url, '/dist/news-elements.js', 'GET', { 'Accept-Encoding': coding })).headers.etag),
    );
    assert.equal(new Set(byCoding).size, 3, `each coding is its own representation: ${byCoding.join(' ')}`);
  });

  it('should answer If-None-Match with 304 and no body while the file is unchanged', async () => {
    const br = { 'Accept-Encoding': 'br' };
    const first = await rawRequest(s.url, '/dist/news-elements.js', 'GET', br);
    const etag = first.headers.etag!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      for (const method of ['GET', 'HEAD']) {
        const r = await rawRequest(s.url, '/dist/news-elements.js', method, { ...br, 'If-None-Match': ifNoneMatch });
        const label = `${method} If-None-Match: ${ifNoneMatch}`;
        assert.equal(r.status, 304, label);
        assert.equal(r.body.length, 0, label);
        assert.equal(r.headers.etag, etag, label);
        assert.equal(r.headers['cache-control'], 'no-cache', label);
        assert.equal(r.headers.vary, 'Accept-Encoding', label);
      }
    }
    const other = await rawRequest(s.url, '/dist/news-elements.js', 'GET', { ...br, 'If-None-Match': '"other"' });
    assert.equal(other.status, 200);
    // The tag of the gzip copy does not validate the br copy.
    const gzipTag = (await rawRequest(s.url, '/dist/news-elements.js', 'GET', { 'Accept-Encoding': 'gzip' })).headers.etag!;
    assert.equal((await rawRequest(s.url, '/dist/news-elements.js', 'GET', { ...br, 'If-None-Match': gzipTag })).status, 200);
  });

  it('should serve a rebuilt file at once: new bytes, new ETag, the old one no longer 304', async () => {
    const br = { 'Accept-Encoding': 'br' };
    const before = await rawRequest(s.url, '/dist/news-elements.js', 'GET', br);
    const rebuilt = `${BUNDLE}export const rebuilt = true;\n`;
    writeFileSync(distFile, rebuilt);
    try {
      const after = await rawRequest(s.url, '/dist/news-elements.js', 'GET', { ...br, 'If-None-Match': before.headers.etag! });
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.etag, before.headers.etag);
      assert.equal(brotliDecompressSync(after.body).toString(), rebuilt);
    } finally {
      writeFileSync(distFile, BUNDLE);
    }
    assert.equal(brotliDecompressSync((await rawRequest(s.url, '/dist/news-elements.js', 'GET', br)).body).toString(), BUNDLE);
  });

  it('should answer HEAD with the headers GET sends for the same coding, and no body', async () => {
    for (const acceptEncoding of ['br', 'gzip', 'identity']) {
      for (const path of ['/', '/dist/news-elements.js', '/pixel.png']) {
        const headers = { 'Accept-Encoding': acceptEncoding };
        const byGet = await rawRequest(s.url, path, 'GET', headers);
        const byHead = await rawRequest(s.url, path, 'HEAD', headers);
        const label = `HEAD ${path} (${acceptEncoding})`;
        assert.equal(byHead.status, 200, label);
        assert.equal(byHead.body.length, 0, label);
        for (const name of ['content-type', 'content-length', 'content-encoding', 'etag', 'vary', 'cache-control', 'x-content-type-options']) {
          assert.equal(byHead.headers[name], byGet.headers[name], `${label}: ${name}`);
        }
      }
    }
  });

  it('should stream a file too large to keep in memory as it is, with a weak ETag that still validates', async () => {
    const r = await rawRequest(s.url, '/large.txt', 'GET', { 'Accept-Encoding': 'br' });
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-encoding'], undefined);
    assert.equal(r.headers['content-length'], String(MAX_CACHED_BYTES + 1));
    assert.equal(r.body.length, MAX_CACHED_BYTES + 1);
    assert.match(r.headers.etag ?? '', /^W\/"[\w-]+"$/);
    const again = await rawRequest(s.url, '/large.txt', 'GET', { 'If-None-Match': r.headers.etag! });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
  });

  it('should keep 404s and 405s free of validators', async () => {
    const missing = await rawRequest(s.url, '/missing.js', 'GET', { 'If-None-Match': '*' });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.etag, undefined);
    const posted = await rawRequest(s.url, '/hero.svg', 'POST');
    assert.equal(posted.status, 405);
    assert.equal(posted.headers.etag, undefined);
  });
});
