// Idempotency-Key across processes: two servers (two node processes) on one database file, many
// requests with the same keys sent to both at once. The key is looked up and claimed inside the
// write transaction that stores the comment, so exactly one comment is stored per key, whichever
// process gets there first; the others are replays (same body) or 422 (different body).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { jsonComment, postJson, startChildServer, storedRows, tempDir } from './helpers.js';

const KEYS = 60; // per case; each key is sent 4 times, twice to each process, all at once

describe('Idempotency-Key with two processes on one database file', () => {
  const tmp = tempDir();
  const dbPath = join(tmp.dir, 'race.db');
  let servers: Array<{ url: string; stop(): Promise<void> }> = [];
  before(async () => {
    const started = await Promise.allSettled([startChildServer(dbPath), startChildServer(dbPath)]);
    servers = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed = started.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason; // after() stops the one that did start
  });
  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    tmp.remove();
  });

  const race = (key: string, bodyFor: (attempt: number) => unknown) =>
    Promise.all([0, 1, 2, 3].map((attempt) => postJson(servers[attempt % 2]!.url, bodyFor(attempt), { 'Idempotency-Key': key })));

  it('the same key with the same comment: stored once, the other three are replays of it', { timeout: 60_000 }, async () => {
    const results = await Promise.all(
      Array.from({ length: KEYS }, (_, i) => race(`same-${i}`, () => jsonComment({ content: `Same body, key ${i}.` }, { email: `same${i}@example.com` }))),
    );
    for (const [i, replies] of results.entries()) {
      assert.deepEqual(replies.map((r) => r.status), [201, 201, 201, 201], `key ${i}: ${replies.map((r) => `${r.status} ${r.json?.code ?? ''}`).join(', ')}`);
      assert.equal(replies.filter((r) => r.headers.get('idempotent-replayed') === 'true').length, 3, `key ${i}`);
      assert.equal(new Set(replies.map((r) => r.text)).size, 1, `key ${i}: one answer`);
    }
    const rows = storedRows(dbPath).filter((r) => r.content.startsWith('Same body'));
    assert.equal(rows.length, KEYS);
    assert.equal(new Set(rows.map((r) => r.content)).size, KEYS, 'one comment per key');
  });

  it('the same key with different comments: one stored, the other three refused with 422', { timeout: 60_000 }, async () => {
    const results = await Promise.all(
      Array.from({ length: KEYS }, (_, i) => race(`diff-${i}`, (attempt) => jsonComment({ content: `Different body ${attempt}, key ${i}.` }))),
    );
    for (const [i, replies] of results.entries()) {
      const statuses = replies.map((r) => r.status).sort();
      assert.deepEqual(statuses, [201, 422, 422, 422], `key ${i}`);
      assert.ok(replies.filter((r) => r.status === 422).every((r) => r.json.code === 'idempotency_key_reused'), `key ${i}`);
    }
    const rows = storedRows(dbPath).filter((r) => r.content.startsWith('Different body'));
    for (let i = 0; i < KEYS; i++) {
      assert.equal(rows.filter((r) => r.content.endsWith(`, key ${i}.`)).length, 1, `exactly one comment for key ${i}`);
    }
  });
});
