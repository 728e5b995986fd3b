// Rate limit (per client address) and Idempotency-Key, through HTTP. The storage suite
// (storage.test.ts) checks both in the database, on SQLite and PostgreSQL, across instances.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { jsonComment, postJson, startServer, storedRows, tempDir, type TestServer } from './helpers.js';

describe('rate limit: more than 5 posts a minute from one address → 429 with Retry-After', () => {
  const tmp = tempDir();
  let s: TestServer;
  let clock = Date.parse('2026-01-15T12:00:00Z');
  before(async () => {
    // The default limit (5 per 60 s), with a clock the test moves.
    s = await startServer({ dbPath: join(tmp.dir, 'rate.db'), rateLimit: undefined, now: () => clock });
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('allows 5, refuses the 6th until the window has passed', async () => {
    for (let i = 1; i <= 5; i++) {
      const r = await postJson(s.url, jsonComment({ content: `Post ${i} in a minute.` }));
      assert.equal(r.status, 201, `post ${i}`);
      clock += 1000;
    }
    // 5 s after the first post.
    const refused = await postJson(s.url, jsonComment({ content: 'Post 6 in a minute.' }));
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '55');
    assert.equal(refused.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(refused.json.code, 'comment_flood');
    assert.match(refused.json.message, /55 seconds/);
    assert.equal(storedRows(s.dbPath).length, 5);

    clock += 30_000;
    const stillRefused = await postJson(s.url, jsonComment({ content: 'Post 6 in a minute.' }));
    assert.equal(stillRefused.status, 429);
    assert.equal(stillRefused.headers.get('retry-after'), '25');

    clock += 25_000; // the first post is now a minute old
    const allowed = await postJson(s.url, jsonComment({ content: 'Post 6 in a minute.' }));
    assert.equal(allowed.status, 201);
    const next = await postJson(s.url, jsonComment({ content: 'Post 7 in a minute.' }));
    assert.equal(next.status, 429);
    assert.equal(next.headers.get('retry-after'), '1');
  });
});

describe('Idempotency-Key', () => {
  const tmp = tempDir();
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'idem.db'), rateLimit: { max: 3, windowMs: 60_000 } });
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('answers the same key with the first response again, one stored comment, without counting as a post', async () => {
    const body = jsonComment({ content: 'Sent once, retried three times.' });
    const headers = { 'Idempotency-Key': 'key-retry-1' };
    const first = await postJson(s.url, body, headers);
    assert.equal(first.status, 201);
    assert.equal(first.headers.get('idempotent-replayed'), null);
    // max is 3 a minute: these replays must not be refused as a flood.
    for (let i = 0; i < 3; i++) {
      const again = await postJson(s.url, body, headers);
      assert.equal(again.status, 201);
      assert.equal(again.text, first.text, 'the very same body');
      assert.equal(again.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.equal(again.headers.get('cache-control'), 'no-store');
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
    }
    assert.equal(storedRows(s.dbPath).filter((r) => r.content === body.content).length, 1);
  });

  it('does not store failures: a fixed retry with the same key is answered afresh', async () => {
    const headers = { 'Idempotency-Key': 'key-fix-and-retry' };
    const bad = await postJson(s.url, jsonComment({ content: 'Fixing my email.' }, { email: 'nope' }), headers);
    assert.equal(bad.status, 422);
    const good = await postJson(s.url, jsonComment({ content: 'Fixing my email.' }), headers);
    assert.equal(good.status, 201);
  });

  it('refuses the same key for a different comment with 422', async () => {
    const r = await postJson(s.url, jsonComment({ content: 'Something else entirely.' }), { 'Idempotency-Key': 'key-retry-1' });
    assert.equal(r.status, 422);
    assert.equal(r.json.code, 'idempotency_key_reused');
  });

  it('refuses a malformed key with 400', async () => {
    const r = await postJson(s.url, jsonComment(), { 'Idempotency-Key': 'x'.repeat(300) });
    assert.equal(r.status, 400);
  });
});

describe('Idempotency-Key under concurrency and across a restart', () => {
  const tmp = tempDir();
  const dbPath = join(tmp.dir, 'idem-concurrent.db');
  after(() => tmp.remove());

  it('20 simultaneous requests with one key store one comment and all get the same answer', async () => {
    const s = await startServer({ dbPath });
    try {
      const body = jsonComment({ content: 'Double-clicked twenty times.' });
      const replies = await Promise.all(
        Array.from({ length: 20 }, () => postJson(s.url, body, { 'Idempotency-Key': 'same-key-20' })),
      );
      assert.deepEqual(new Set(replies.map((r) => r.status)), new Set([201]));
      assert.equal(new Set(replies.map((r) => r.text)).size, 1);
      assert.equal(storedRows(dbPath).filter((r) => r.content === body.content).length, 1);
    } finally {
      await s.stop();
    }

    const restarted = await startServer({ dbPath });
    try {
      const again = await postJson(restarted.url, jsonComment({ content: 'Double-clicked twenty times.' }), {
        'Idempotency-Key': 'same-key-20',
      });
      assert.equal(again.status, 201, 'still replayed after a restart');
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(storedRows(dbPath).length, 1);
    } finally {
      await restarted.stop();
    }
  });
});

describe('the flood check: two comments from one email within 15 s → 429 with Retry-After', () => {
  const tmp = tempDir();
  after(() => tmp.remove());

  it('refuses the second until the interval has passed, whatever the address', async () => {
    let clock = Date.parse('2026-01-15T12:00:00Z');
    const s = await startServer({ dbPath: join(tmp.dir, 'flood.db'), floodIntervalMs: 15_000, now: () => clock });
    try {
      assert.equal((await postJson(s.url, jsonComment({ content: 'A first thought.' }))).status, 201);
      clock += 4_000;
      const refused = await postJson(s.url, jsonComment({ content: 'A second thought.' }, { email: 'ADA@example.com' }));
      assert.equal(refused.status, 429);
      assert.equal(refused.json.code, 'comment_flood');
      assert.equal(refused.headers.get('retry-after'), '11');
      assert.equal((await postJson(s.url, jsonComment({ content: 'Someone else.' }, { name: 'Grace', email: 'grace@example.com' }))).status, 201);
      clock += 11_000;
      assert.equal((await postJson(s.url, jsonComment({ content: 'A second thought.' }))).status, 201);
    } finally {
      await s.stop();
    }
  });
});
