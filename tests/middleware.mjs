// Test-only endpoints served by @web/test-runner's dev server (Koa middleware).
//
//   /test-api/respond?status=404&type=text/html&body=...&delay=ms&header.Retry-After=120
//       any response a test needs (bodies given as query text).
//   /test-api/big?bytes=20000000&status=201&fill=x&id=…
//       a JSON body of about `bytes` bytes, made while it is sent: {"status":"approved","message":"xxx…"}
//       (`fill`, ASCII, repeated). With `id`, /test-api/big-sent?id=… then answers { sent, done }:
//       the bytes handed to the connection so far, and whether the body went out whole.
//   /test-api/page?body=<html>&csp=strict|strict-tt|none
//       a page that loads the built bundle (/dist/news-elements.js) under a Content-Security-Policy,
//       for iframes in CSP / Trusted Types tests. `strict` = script-src 'self'; style-src 'self';
//       `strict-tt` adds require-trusted-types-for 'script'.
//       The page first loads /test-api/csp-probe.js, which records every CSP violation in
//       `window.__violations` (strings), so a test can assert there were none.
//   /test-api/echo   answers 200 with JSON { method, headers, body } of the request it got.

import { Readable } from 'node:stream';

const CSP = {
  strict: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:",
  'strict-tt': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'",
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Progress of /test-api/big bodies, by id. */
const bigBodies = new Map();

/** About `total` bytes of JSON, made chunk by chunk as the connection takes them. */
async function* bigJson(total, fill, progress) {
  const head = '{"status":"approved","message":"';
  const tail = '"}';
  const chunk = fill.repeat(Math.ceil(65536 / fill.length));
  yield head;
  progress.sent += head.length;
  while (progress.sent + tail.length < total) {
    const piece = chunk.slice(0, total - tail.length - progress.sent);
    yield piece;
    progress.sent += piece.length;
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

export async function testMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const q = ctx.query;
  const delay = Number(q.delay) || 0;
  if (delay) await sleep(delay);

  if (ctx.path === '/test-api/respond') {
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
    ctx.body = Readable.from(bigJson(Math.min(Number(q.bytes) || 0, 100 * 1024 * 1024), String(q.fill || 'x'), progress));
    return;
  }

  if (ctx.path === '/test-api/big-sent') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(bigBodies.get(String(q.id)) ?? null);
    return;
  }

  if (ctx.path === '/test-api/echo') {
    const body = await readBody(ctx.req);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ method: ctx.method, headers: ctx.headers, body });
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
