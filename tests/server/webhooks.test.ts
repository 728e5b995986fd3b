// Webhook notifications (server/webhooks.ts) against a real receiver on 127.0.0.1: what is sent and
// signed, retries and their bounds, and that a dead or hanging receiver never slows a post.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createWebhookNotifier, verifyWebhookSignature, type WebhookEvent, type WebhookNotifierOptions } from '../../server/webhooks.js';
import { ARTICLE, NODE_TS_ARGS, TOKEN, jsonComment, postJson, startServer, storedRows, tempDir, type TestServer } from './helpers.js';

const SECRET = 'whsec-test-secret';
const NOW = Date.UTC(2030, 0, 2, 3, 4, 5, 678);

/** How the receiver answers one request: a status, a status with headers, a dropped connection, or never. */
type Answer = number | { status: number; headers: Record<string, string> } | 'drop' | 'hold';

interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the request had arrived whole. */
  at: number;
  req: IncomingMessage;
  res: ServerResponse;
}

interface Receiver {
  url: string;
  received: Received[];
  /** Resolves once `count` requests have arrived (rejects after 5 s). */
  waitFor(count: number): Promise<void>;
  close(): Promise<void>;
}

async function startReceiver(answer: (index: number) => Answer = () => 204): Promise<Receiver> {
  const received: Received[] = [];
  let waiters: Array<{ count: number; resolve: () => void }> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const reply = answer(received.length);
      received.push({ method: req.method!, path: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: performance.now(), req, res });
      if (reply === 'drop') req.socket.destroy();
      else if (typeof reply === 'number') res.writeHead(reply).end();
      else if (reply !== 'hold') res.writeHead(reply.status, reply.headers).end();
      const [ready, waiting] = [waiters.filter((w) => received.length >= w.count), waiters.filter((w) => received.length < w.count)];
      waiters = waiting;
      for (const w of ready) w.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    waitFor(count) {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the receiver got ${received.length} of ${count} requests within 5 s`)), 5_000);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

/** A port nothing listens on (just closed). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function event(overrides: Partial<WebhookEvent> = {}): WebhookEvent {
  return {
    id: randomUUID(),
    type: 'comment.created',
    occurredAt: new Date(NOW).toISOString(),
    comment: {
      id: 7,
      articleId: ARTICLE,
      parentId: null,
      author: { name: 'Zoë Reader', email: 'zoe@example.com', url: null },
      content: 'Les agriculteurs liront les petits caractères — de près.',
      date: new Date(NOW).toISOString(),
      status: 'pending',
    },
    ...overrides,
  };
}

/** A notifier on `receiver` whose log lines land in `logs`; small delays unless overridden. */
function notifierFor(receiver: Receiver, options: Partial<WebhookNotifierOptions> = {}) {
  const logs: string[] = [];
  const notifier = createWebhookNotifier({ url: `${receiver.url}/hook`, secret: SECRET, backoffMs: 5, now: () => NOW, log: (m) => logs.push(m), ...options });
  return { notifier, logs };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const gaps = (received: Received[]) => received.slice(1).map((r, i) => r.at - received[i]!.at);

describe('createWebhookNotifier', () => {
  const receivers: Receiver[] = [];
  const receiver = async (answer?: (index: number) => Answer) => {
    const r = await startReceiver(answer);
    receivers.push(r);
    return r;
  };
  after(() => Promise.all(receivers.map((r) => r.close())));

  it('POSTs the event as JSON with its headers and a signature over the timestamp and the raw body', async () => {
    const r = await receiver();
    const { notifier, logs } = notifierFor(r);
    const e = event();
    assert.equal(notifier.notify(e), undefined, 'notify returns nothing to await');
    await notifier.idle();

    assert.equal(r.received.length, 1);
    const [got] = r.received as [Received];
    assert.equal(got.method, 'POST');
    assert.equal(got.path, '/hook');
    assert.deepEqual(JSON.parse(got.body), e);
    const timestamp = String(Math.floor(NOW / 1000));
    assert.equal(got.headers['content-type'], 'application/json');
    assert.equal(got.headers['user-agent'], 'news-elements-webhook/1');
    assert.equal(got.headers['x-news-elements-event'], 'comment.created');
    assert.equal(got.headers['x-news-elements-delivery'], e.id);
    assert.equal(got.headers['x-news-elements-timestamp'], timestamp);
    const signature = got.headers['x-news-elements-signature'];
    assert.equal(signature, `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${got.body}`).digest('hex')}`);

    const at = (ms: number) => ({ now: () => ms });
    assert.equal(verifyWebhookSignature(SECRET, timestamp, got.body, signature, at(NOW)), true);
    assert.equal(verifyWebhookSignature(SECRET, timestamp, Buffer.from(got.body), signature, at(NOW)), true, 'the raw bytes verify too');
    assert.equal(verifyWebhookSignature(SECRET, timestamp, got.body.replace('de près', 'de loin'), signature, at(NOW)), false, 'a tampered body');
    assert.equal(verifyWebhookSignature('another-secret', timestamp, got.body, signature, at(NOW)), false, 'another secret');
    assert.equal(verifyWebhookSignature(SECRET, String(Number(timestamp) + 1), got.body, signature, at(NOW)), false, 'another timestamp');
    assert.equal(verifyWebhookSignature(SECRET, timestamp, got.body, signature, at(NOW + 299_000)), true, 'within the 300 s tolerance');
    assert.equal(verifyWebhookSignature(SECRET, timestamp, got.body, signature, at(NOW + 301_000)), false, 'an old request replayed');
    assert.equal(verifyWebhookSignature(SECRET, timestamp, got.body, signature, { ...at(NOW + 301_000), toleranceSeconds: 600 }), true);
    for (const header of [undefined, '', 'sha256=', 'sha256=abc', (signature as string).replace('sha256=', 'sha1='), [signature as string]]) {
      assert.equal(verifyWebhookSignature(SECRET, timestamp, got.body, header, at(NOW)), false, JSON.stringify(header));
    }
    assert.deepEqual(logs, []);
  });

  it('sends no signature without a secret', async () => {
    const r = await receiver();
    const { notifier } = notifierFor(r, { secret: undefined });
    notifier.notify(event());
    await notifier.idle();
    assert.equal(r.received.length, 1);
    assert.equal(r.received[0]!.headers['x-news-elements-signature'], undefined);
    assert.equal(r.received[0]!.headers['x-news-elements-timestamp'], String(Math.floor(NOW / 1000)));
  });

  it('retries after 500, a dropped connection and 503, with the same delivery id and a doubling backoff, until a 2xx', async () => {
    const answers: Answer[] = [500, 'drop', 503, 202];
    const r = await receiver((i) => answers[i] ?? 500);
    const { notifier, logs } = notifierFor(r, { backoffMs: 30 });
    const e = event();
    notifier.notify(e);
    await notifier.idle();

    assert.equal(r.received.length, 4);
    assert.deepEqual(new Set(r.received.map((got) => got.headers['x-news-elements-delivery'])), new Set([e.id]));
    assert.deepEqual(new Set(r.received.map((got) => got.body)), new Set([JSON.stringify(e)]));
    const [first, second, third] = gaps(r.received) as [number, number, number];
    // At least the backoff (30, 60, 120 ms; a few ms of timer slack): a constant delay could not reach the third.
    assert.ok(first >= 25, `first retry after ${first} ms`);
    assert.ok(second >= 55, `second retry after ${second} ms`);
    assert.ok(third >= 115, `third retry after ${third} ms`);
    assert.deepEqual(logs, [], 'a delivery that got through logs nothing');
  });

  it('retries 408 and 429, honouring Retry-After over a shorter backoff', async () => {
    const answers: Answer[] = [408, { status: 429, headers: { 'Retry-After': '1' } }, 200];
    const r = await receiver((i) => answers[i] ?? 500);
    const { notifier } = notifierFor(r, { backoffMs: 1 });
    notifier.notify(event());
    await notifier.idle();
    assert.equal(r.received.length, 3);
    const [, afterRetryAfter] = gaps(r.received) as [number, number];
    assert.ok(afterRetryAfter >= 990, `retried ${afterRetryAfter} ms after "Retry-After: 1"`);
  });

  it('does not retry a 4xx refusal or a redirect, and logs it once', async () => {
    for (const answer of [400, 404, { status: 301, headers: { Location: '/elsewhere' } }] as Answer[]) {
      const r = await receiver(() => answer);
      const { notifier, logs } = notifierFor(r);
      const e = event();
      notifier.notify(e);
      await notifier.idle();
      const status = typeof answer === 'number' ? answer : (answer as { status: number }).status;
      assert.equal(r.received.length, 1, `one request for ${status}`);
      assert.deepEqual(r.received.map((got) => got.path), ['/hook'], 'the redirect is not followed');
      assert.equal(logs.length, 1, logs.join('\n'));
      assert.match(logs[0]!, new RegExp(`comment\\.created ${e.id} refused with HTTP ${status}`));
    }
  });

  it('stops after maxAttempts and logs the drop with the type, the id and the last status', async () => {
    const r = await receiver(() => 503);
    const { notifier, logs } = notifierFor(r, { maxAttempts: 3 });
    const e = event({ type: 'comment.status_changed', previousStatus: 'pending' });
    notifier.notify(e);
    await notifier.idle();
    await delay(50); // a fourth attempt would have come by now (backoff 20–30 ms)
    assert.equal(r.received.length, 3);
    assert.deepEqual(logs, [`webhook comment.status_changed ${e.id} dropped after 3 attempts (last: HTTP 503)`]);
  });

  it('gives up on an attempt the receiver does not answer within timeoutMs, and retries it', async () => {
    const r = await receiver(() => 'hold');
    const { notifier, logs } = notifierFor(r, { timeoutMs: 100, maxAttempts: 2 });
    const e = event();
    notifier.notify(e);
    await notifier.idle();
    assert.equal(r.received.length, 2);
    assert.deepEqual(logs, [`webhook comment.created ${e.id} dropped after 2 attempts (last: no answer within 100 ms)`]);
  });

  it('keeps at most maxQueued events: the oldest waiting one is dropped and logged', async () => {
    const r = await receiver();
    const { notifier, logs } = notifierFor(r, { maxQueued: 2 });
    const events = [event(), event(), event(), event()];
    for (const e of events) notifier.notify(e);
    await notifier.idle();
    assert.deepEqual(
      r.received.map((got) => got.headers['x-news-elements-delivery']),
      events.slice(2).map((e) => e.id),
    );
    assert.deepEqual(
      logs,
      events.slice(0, 2).map((e) => `webhook comment.created ${e.id} dropped: more than 2 deliveries waiting`),
    );
  });

  it('sends at most `concurrency` requests at once', async () => {
    const r = await receiver(() => 'hold');
    const { notifier } = notifierFor(r, { concurrency: 2 });
    for (let i = 0; i < 5; i++) notifier.notify(event());
    await r.waitFor(2);
    await delay(100);
    assert.equal(r.received.length, 2, 'two in flight, three waiting');
    for (const got of r.received.splice(0)) got.res.writeHead(204).end();
    await r.waitFor(2);
    await delay(100);
    assert.equal(r.received.length, 2, 'the next two');
    for (const got of r.received.splice(0)) got.res.writeHead(204).end();
    await r.waitFor(1);
    r.received[0]!.res.writeHead(204).end();
    await notifier.idle();
  });

  it('notify never throws: an event that cannot be sent is logged', () => {
    const logs: string[] = [];
    const notifier = createWebhookNotifier({ url: 'http://127.0.0.1:9/hook', log: (m) => logs.push(m) });
    const circular = event() as WebhookEvent & { self?: unknown };
    circular.self = circular;
    assert.doesNotThrow(() => notifier.notify(circular));
    assert.equal(logs.length, 1);
    assert.match(logs[0]!, /^webhook comment\.created not sent: /);
  });

  it('refuses a URL that is not http(s) at creation, not at the first comment', () => {
    assert.throws(() => createWebhookNotifier({ url: 'not a url' }));
    assert.throws(() => createWebhookNotifier({ url: 'ftp://127.0.0.1/hook' }), /http: or https:/);
  });

  it('close() stops the retries at once and sends nothing more', async () => {
    const r = await receiver(() => 500);
    const { notifier, logs } = notifierFor(r, { backoffMs: 10_000 });
    const e = event();
    notifier.notify(e);
    await r.waitFor(1);
    await delay(50); // the 500 is in: the retry waits 10 s
    const started = performance.now();
    await notifier.close();
    assert.ok(performance.now() - started < 500, 'close does not wait for the retry');
    notifier.notify(event());
    await delay(50);
    assert.equal(r.received.length, 1);
    assert.equal(logs.length, 2, logs.join('\n'));
    assert.equal(logs[0], '1 webhook delivery not sent: shutting down');
    assert.match(logs[1]!, /^webhook comment\.created \S+ not sent: shutting down$/);
  });

  it('close() waits at most a moment for a request in flight, then aborts it', async () => {
    const r = await receiver(() => 'hold');
    const { notifier, logs } = notifierFor(r);
    notifier.notify(event());
    await r.waitFor(1);
    const started = performance.now();
    await notifier.close();
    const ms = performance.now() - started;
    assert.ok(ms < 3_000, `closed after ${ms} ms`);
    assert.match(logs.join('\n'), /not delivered \(aborted at shutdown\): shutting down/);
    await delay(20);
    assert.ok(r.received[0]!.req.socket.destroyed, 'the request was aborted');
  });
});

describe('webhooks from the comments app', () => {
  const tmp = tempDir();
  after(() => tmp.remove());

  /** The app over HTTP with its webhook on `url`; the receiver (if any) is closed first at the end. */
  async function withApp(url: string, test: (s: TestServer) => Promise<void>, receiver?: Receiver): Promise<void> {
    const s = await startServer({ dbPath: join(tmp.dir, `${randomUUID()}.db`), webhookUrl: url, webhookSecret: SECRET, moderationToken: TOKEN });
    try {
      await test(s);
    } finally {
      await receiver?.close(); // requests in flight fail at once, so the app closes without waiting
      await s.stop();
    }
  }

  it('a dead receiver (nothing listening) does not fail or slow a post', async () => {
    await withApp(`http://127.0.0.1:${await closedPort()}/hook`, async (s) => {
      for (const content of ['First, with nobody listening.', 'Second, while the first is retried.']) {
        const started = performance.now();
        const posted = await postJson(s.url, jsonComment({ content }));
        const ms = performance.now() - started;
        assert.equal(posted.status, 201);
        // The first retry would come a second or more later (the app's backoff): the post waits for none.
        assert.ok(ms < 1_000, `answered in ${ms} ms`);
      }
      assert.deepEqual(
        storedRows(s.dbPath).map((row) => row.content),
        ['First, with nobody listening.', 'Second, while the first is retried.'],
      );
    });
  });

  it('a receiver that never answers does not hold the post: the answer comes while it still holds the request', async () => {
    const r = await startReceiver(() => 'hold');
    await withApp(
      r.url,
      async (s) => {
        const posted = await postJson(s.url, jsonComment({ content: 'Answered before the webhook is.' }));
        assert.equal(posted.status, 201);
        assert.equal(storedRows(s.dbPath).length, 1);
        await r.waitFor(1);
        const [held] = r.received as [Received];
        assert.equal(held.res.writableEnded, false);
        assert.equal(held.req.socket.destroyed, false, 'the webhook request is still open: the post did not wait for it');

        const e = JSON.parse(held.body) as WebhookEvent;
        assert.equal(e.type, 'comment.created');
        assert.deepEqual(e.comment, { ...posted.json, author: { ...posted.json.author, email: 'ada@example.com' } });
        assert.equal(held.headers['x-news-elements-delivery'], e.id);
        assert.ok(verifyWebhookSignature(SECRET, held.headers['x-news-elements-timestamp'], held.body, held.headers['x-news-elements-signature']));

        const second = await postJson(s.url, jsonComment({ content: 'And another, the first still hanging.' }));
        assert.equal(second.status, 201);
      },
      r,
    );
  });

  it('moderation sends what each action did: status_changed, edited, deleted, and the site\'s reply as created', async () => {
    const r = await startReceiver();
    await withApp(
      r.url,
      async (s) => {
        const moderate = (method: string, path: string, body?: unknown) =>
          fetch(`${s.url}/api/moderation/comments${path}`, {
            method,
            headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
          }).then((response) => response.arrayBuffer());
        const posted = await postJson(s.url, jsonComment({ content: 'For the moderators.' }));
        await moderate('POST', '/bulk', { action: 'spam', ids: [posted.json.id] });
        await moderate('PATCH', `/${posted.json.id}`, { content: 'Cleaned up.' });
        await moderate('POST', `/${posted.json.id}/reply`, { content: 'The site answers.' });
        await moderate('DELETE', `/${posted.json.id}`);
        await r.waitFor(5);
        const events = r.received.map((got) => JSON.parse(got.body) as WebhookEvent);
        assert.deepEqual(
          events.map((e) => [e.type, e.comment.content, e.previousStatus ?? null]),
          [
            ['comment.created', 'For the moderators.', null],
            ['comment.status_changed', 'For the moderators.', 'pending'],
            ['comment.edited', 'Cleaned up.', null],
            ['comment.created', 'The site answers.', null],
            ['comment.deleted', 'Cleaned up.', null],
          ],
        );
      },
      r,
    );
  });

  it('approving a comment sends comment.status_changed with the previous status; approving it again sends nothing', async () => {
    const r = await startReceiver();
    await withApp(
      r.url,
      async (s) => {
        const approve = (id: number) => fetch(`${s.url}/api/comments/${id}/approve`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` } });
        const posted = await postJson(s.url, jsonComment({ content: 'Waiting for a moderator.' }));
        assert.equal(posted.json.status, 'pending');
        await r.waitFor(1);

        const approved = await approve(posted.json.id);
        assert.equal(approved.status, 200);
        await approved.arrayBuffer();
        await r.waitFor(2);
        const e = JSON.parse(r.received[1]!.body) as WebhookEvent;
        assert.equal(r.received[1]!.headers['x-news-elements-event'], 'comment.status_changed');
        assert.equal(e.type, 'comment.status_changed');
        assert.equal(e.previousStatus, 'pending');
        assert.deepEqual(e.comment, { ...posted.json, status: 'approved', author: { ...posted.json.author, email: 'ada@example.com' } });
        assert.notEqual(e.id, JSON.parse(r.received[0]!.body).id, 'each event has its own delivery id');

        const again = await approve(posted.json.id);
        assert.equal(again.status, 200);
        await again.arrayBuffer();
        await postJson(s.url, jsonComment({ content: 'The next comment.' }));
        await r.waitFor(3);
        await delay(100);
        assert.deepEqual(
          r.received.map((got) => got.headers['x-news-elements-event']),
          ['comment.created', 'comment.status_changed', 'comment.created'],
        );
      },
      r,
    );
  });
});

describe('examples/webhook-email.mjs', () => {
  const tmp = tempDir();
  const mailbox = join(tmp.dir, 'mailbox');
  let url: string;
  let child: ReturnType<typeof spawn>;
  before(async () => {
    // A sendmail that appends what it is given, and how it was called, to a file.
    const sendmail = join(tmp.dir, 'sendmail');
    writeFileSync(sendmail, '#!/bin/sh\n{ echo "ARGS: $*"; cat; echo "--END--"; } >> "$MAILBOX"\n');
    chmodSync(sendmail, 0o755);
    child = spawn(process.execPath, [...NODE_TS_ARGS, join(import.meta.dirname, '../../examples/webhook-email.mjs')], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WEBHOOK_SECRET: SECRET, MAIL_TO: 'editor@news.example', MAIL_FROM: 'comments@news.example', SENDMAIL: sendmail, MAILBOX: mailbox, COMMENTS_URL: 'https://news.example' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk;
        const match = /Webhook receiver: (\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`the recipe exited with ${code}`)));
    });
  });
  after(() => {
    child.kill();
    tmp.remove();
  });

  const mails = () => (existsSync(mailbox) ? readFileSync(mailbox, 'utf8').split('--END--\n').filter(Boolean) : []);

  it('mails a new comment through `sendmail -t -i`, its subject RFC 2047-encoded; a retry of it is not mailed twice', async () => {
    const logs: string[] = [];
    const notifier = createWebhookNotifier({ url, secret: SECRET, log: (m) => logs.push(m) });
    const e = event({ comment: { ...event().comment, articleId: 'élections-2030', author: { name: 'Zoë Reader', email: 'zoe@example.com', url: 'https://zoe.example' } } });
    notifier.notify(e);
    notifier.notify({ ...e, type: 'comment.status_changed', previousStatus: 'pending' }); // not mailed
    await notifier.idle();
    notifier.notify(e); // the same delivery again, as a retry whose answer was lost
    await notifier.idle();
    await notifier.close();
    assert.deepEqual(logs, []);

    const sent = mails();
    assert.equal(sent.length, 1);
    const [head, body] = sent[0]!.replace(/^ARGS: (.*)\n/, '').split('\n\n') as [string, string];
    assert.match(sent[0]!, /^ARGS: -t -i\n/);
    const headers = new Map(
      head
        .replace(/\n /g, ' ') // unfold
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)] as const),
    );
    assert.equal(headers.get('To'), 'editor@news.example');
    assert.equal(headers.get('From'), 'comments@news.example');
    assert.equal(headers.get('Reply-To'), '<zoe@example.com>');
    assert.equal(headers.get('Content-Type'), 'text/plain; charset=UTF-8');
    assert.equal(headers.get('Content-Transfer-Encoding'), 'base64');
    assert.equal(headers.get('MIME-Version'), '1.0');
    assert.ok(!Number.isNaN(Date.parse(headers.get('Date')!)));
    const subject = headers.get('Subject')!;
    assert.ok(head.split('\n').every((line) => line.length <= 76), 'every header line within 76 characters');
    assert.match(subject, /^(=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=)( =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=)*$/);
    // Adjacent encoded words join without the space between them (RFC 2047 §6.2); each decodes whole.
    const decoded = [...subject.matchAll(/=\?UTF-8\?B\?([^?]+)\?=/g)].map((m) => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(m[1]!, 'base64'))).join('');
    assert.equal(decoded, 'New comment by Zoë Reader on élections-2030');

    const text = Buffer.from(body.replace(/\n/g, ''), 'base64').toString('utf8');
    assert.ok(body.split('\n').every((line) => line.length <= 76));
    assert.match(text, /^Zoë Reader <zoe@example\.com> wrote on élections-2030:\n\nLes agriculteurs liront les petits caractères — de près\.\n/);
    assert.match(text, /Website: https:\/\/zoe\.example\n/);
    assert.match(text, /curl -X POST -H "Authorization: Bearer \$MODERATION_TOKEN" https:\/\/news\.example\/api\/comments\/7\/approve/);
  });

  it('refuses a request whose signature does not verify (401), and mails nothing', async () => {
    const before = mails().length;
    const e = event();
    const body = JSON.stringify(e);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
    const tampered = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-News-Elements-Timestamp': timestamp, 'X-News-Elements-Signature': signature },
      body: body.replace('de près', 'de loin'),
    });
    assert.equal(tampered.status, 401);
    const unsigned = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    assert.equal(unsigned.status, 401);
    assert.equal(mails().length, before);
  });
});
