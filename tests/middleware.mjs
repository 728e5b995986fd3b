// Test-only endpoints served by @web/test-runner's dev server (Koa middleware).
//
//   /test-api/respond?status=404&type=text/html&body=...&delay=ms&header.Retry-After=120&cors=1
//       any response a test needs (bodies given as query text). With `cors=1` any origin may read it
//       and preflights (OPTIONS) are answered 204, so a page on the other host name can post to it.
//   /test-api/big?bytes=20000000&status=201&fill=x&id=…&pace=ms
//       a JSON body of about `bytes` bytes, made while it is sent: {"status":"approved","message":"xxx…"}
//       (`fill`, ASCII, repeated). With `id`, /test-api/big-sent?id=… then answers { sent, done }:
//       the bytes handed to the connection so far, and whether the body went out whole. With `pace`,
//       a pause of that many ms after each 64 KB: the body then takes a known time to go out, where
//       on loopback it could be in the connection's buffers before a reader that stops had stopped.
//   /test-api/record?id=…    keeps the method, headers and body of every request it gets (preflights
//       too) and answers 201 {"status":"approved"}, readable from any origin.
//   /test-api/recorded?id=…  what /test-api/record?id=… got: JSON [{ method, headers, body }, …].
//       The test server answers as `localhost` and as `127.0.0.1` on one port: two origins, one store.
//   /test-api/page?body=<html>&csp=strict|strict-tt|none
//       a page that loads the built bundle (/dist/news-elements.js) under a Content-Security-Policy,
//       for iframes in CSP / Trusted Types tests. `strict` = script-src 'self'; style-src 'self';
//       `strict-tt` adds require-trusted-types-for 'script'.
//       The page first loads /test-api/csp-probe.js, which records every CSP violation in
//       `window.__violations` (strings), so a test can assert there were none.
//   /test-api/echo   answers 200 with JSON { method, headers, body } of the request it got.
//   /test-api/wp/<key>/wp-json/wp/v2/posts/6   the recorded WordPress post (fixtures/formats/wordpress/post-embedded.json)
//   /test-api/wp/<key>/wp-json/wp/v2/comments  GET: one approved comment in WordPress's REST shape; POST: 201
//       with the comment "held". Both record the request as /test-api/record?id=<key> does (read it back
//       with /test-api/recorded?id=<key>): a REST root under which the elements' own URLs can be checked.
//   /test-moderation/<key>/api/…   the real comments server (lib/server, which `npm test` builds first;
//       by hand: `npx tsc -p tsconfig.build.json && npx tsc -p tsconfig.server.json`), one per key, on an in-memory SQLite database with the
//       moderation token `test-token`, nothing approved at once and no rate or flood limits. A key
//       that starts with `off-` has no moderation token (moderation disabled).
//   /test-moderation/<key>/seed    POST [{ articleId, content, author: { name, email, url }, parentId }, …]:
//       each posted in order through the public POST /api/comments of that server; answers the
//       created comments' ids as JSON [id, …].
//   /test-moderation/<key>/close   POST: closes that server (it then answers 503, as one shutting
//       down does); /test-moderation/<key>/reopen forgets it, and the next request starts a new one.

import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

const CSP = {
  strict: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:",
  'strict-tt': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'",
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Requests /test-api/record got, by id. */
const recorded = new Map();
/** Progress of /test-api/big bodies, by id. */
const bigBodies = new Map();

/** Lets any origin read the answer; answers a preflight (and returns true) when it is one. */
function allowAnyOrigin(ctx) {
  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin') || '*');
  ctx.set('Vary', 'Origin');
  if (ctx.method !== 'OPTIONS') return false;
  ctx.set('Access-Control-Allow-Methods', 'POST');
  ctx.set('Access-Control-Allow-Headers', ctx.get('Access-Control-Request-Headers') || '*');
  ctx.status = 204;
  return true;
}

/** About `total` bytes of JSON, made chunk by chunk as the connection takes them. */
async function* bigJson(total, fill, progress, paceMs) {
  const head = '{"status":"approved","message":"';
  const tail = '"}';
  const chunk = fill.repeat(Math.ceil(65536 / fill.length));
  yield head;
  progress.sent += head.length;
  while (progress.sent + tail.length < total) {
    const piece = chunk.slice(0, total - tail.length - progress.sent);
    yield piece;
    progress.sent += piece.length;
    if (paceMs) await sleep(paceMs);
  }
  yield tail;
  progress.sent += tail.length;
  progress.done = true;
}

function readBody(req) {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });
}

/** The comments servers of /test-moderation/<key>/, by key. */
const moderationServers = new Map();

async function moderationServer(key) {
  let server = moderationServers.get(key);
  if (!server) {
    const { createCommentsServer } = await import(new URL('../lib/server/index.js', import.meta.url).href);
    server = createCommentsServer({
      dbPath: ':memory:',
      seed: false,
      moderationToken: key.startsWith('off-') ? undefined : 'test-token',
      autoApprove: false,
      rateLimit: { max: 10000, windowMs: 60000 },
      floodIntervalMs: 0,
    });
    moderationServers.set(key, server);
  }
  return server;
}

async function moderationMiddleware(ctx) {
  const [, key, rest] = /^\/test-moderation\/([\w-]+)(\/.*)$/.exec(ctx.path) ?? [];
  if (!key) {
    ctx.status = 404;
    return;
  }
  if (rest === '/reopen') {
    moderationServers.delete(key);
    ctx.status = 204;
    return;
  }
  const server = await moderationServer(key);
  if (rest === '/close') {
    await server.close();
    ctx.status = 204;
    return;
  }
  if (rest === '/seed') {
    const comments = JSON.parse(await readBody(ctx.req));
    const ids = [];
    for (const comment of comments) {
      const response = await fetch(`${ctx.origin}/test-moderation/${key}/api/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ parentId: null, honeypot: '', ...comment }),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(`seeding ${JSON.stringify(comment)}: ${response.status} ${JSON.stringify(body)}`);
      ids.push(body.id);
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(ids);
    return;
  }
  // The server's own handler answers, with the URL it would see at its root.
  ctx.req.url = ctx.url.slice(`/test-moderation/${key}`.length);
  ctx.respond = false;
  await new Promise((resolve) => {
    ctx.res.on('close', resolve);
    server.handler(ctx.req, ctx.res);
  });
}

export async function testMiddleware(ctx, next) {
  if (ctx.path.startsWith('/test-moderation/')) return moderationMiddleware(ctx);
  if (!ctx.path.startsWith('/test-api/')) return next();
  const q = ctx.query;
  const delay = Number(q.delay) || 0;
  if (delay) await sleep(delay);

  if (ctx.path === '/test-api/respond') {
    if (q.cors && allowAnyOrigin(ctx)) return;
    ctx.status = Number(q.status) || 200;
    ctx.type = q.type || 'application/json';
    for (const [key, value] of Object.entries(q)) {
      if (key.startsWith('header.')) ctx.set(key.slice(7), String(value));
    }
    ctx.body = q.body ?? '';
    return;
  }

  if (ctx.path === '/test-api/big') {
    const progress = { sent: 0, done: false };
    if (q.id) bigBodies.set(String(q.id), progress);
    ctx.status = Number(q.status) || 200;
    ctx.type = 'application/json';
    ctx.body = Readable.from(bigJson(Math.min(Number(q.bytes) || 0, 100 * 1024 * 1024), String(q.fill || 'x'), progress, Math.min(Number(q.pace) || 0, 100)));
    return;
  }

  if (ctx.path === '/test-api/big-sent') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(bigBodies.get(String(q.id)) ?? null);
    return;
  }

  if (ctx.path === '/test-api/record') {
    const requests = recorded.get(String(q.id)) ?? [];
    recorded.set(String(q.id), requests);
    requests.push({ method: ctx.method, headers: ctx.headers, body: await readBody(ctx.req) });
    if (allowAnyOrigin(ctx)) return;
    ctx.status = 201;
    ctx.type = 'application/json';
    ctx.body = '{"status":"approved"}';
    return;
  }

  if (ctx.path === '/test-api/recorded') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(recorded.get(String(q.id)) ?? []);
    return;
  }

  if (ctx.path === '/test-api/echo') {
    const body = await readBody(ctx.req);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ method: ctx.method, headers: ctx.headers, body });
    return;
  }

  const wordpress = /^\/test-api\/wp\/([\w-]+)\/wp-json\/wp\/v2\/(posts\/6|comments)$/.exec(ctx.path);
  if (wordpress) {
    const [, key, route] = wordpress;
    const requests = recorded.get(key) ?? [];
    recorded.set(key, requests);
    requests.push({ method: ctx.method, url: ctx.url, headers: ctx.headers, body: await readBody(ctx.req) });
    ctx.type = 'application/json';
    if (route === 'posts/6') {
      ctx.body = await readFile(new URL('./fixtures/formats/wordpress/post-embedded.json', import.meta.url), 'utf8');
      return;
    }
    const comment = (id, status, text) => ({
      id, post: 6, parent: 0, author: 0, author_name: 'Reader One', author_url: '', date: '2026-01-14T10:00:00',
      date_gmt: '2026-01-14T10:00:00', content: { rendered: `<p>${text}</p>\n` }, link: `http://127.0.0.1/?p=6#comment-${id}`,
      status, type: 'comment', author_avatar_urls: {},
    });
    ctx.status = ctx.method === 'POST' ? 201 : 200;
    ctx.body = JSON.stringify(ctx.method === 'POST' ? comment(99, 'hold', 'Posted') : [comment(21, 'approved', 'First from WordPress')]);
    return;
  }

  if (ctx.path === '/test-api/csp-probe.js') {
    ctx.type = 'text/javascript';
    ctx.body = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));`;
    return;
  }

  if (ctx.path === '/test-api/page') {
    const csp = CSP[q.csp ?? 'strict'];
    if (csp) ctx.set('Content-Security-Policy', csp);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html lang="${q.lang ?? 'en'}"><head><meta charset="utf-8"><title>test page</title>
<script src="/test-api/csp-probe.js"></script>
<script type="module" src="/dist/news-elements.js"></script></head><body>${q.body ?? ''}</body></html>`;
    return;
  }
  return next();
}
