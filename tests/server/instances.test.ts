// Two server instances on one real PostgreSQL 15 (scripts/postgres.mjs), through HTTP, as two
// processes behind one load balancer would run: one rate limit and one set of idempotency keys for
// both; and a database that goes away answers 503 with Retry-After, then works again without a
// restart. Skipped with the reason when no PostgreSQL can be started here.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { postgresUnavailable, startPostgres, type PostgresCluster } from '../../scripts/postgres.mjs';
import { ARTICLE, get, jsonComment, postJson, startServer, type TestServer } from './helpers.js';

const skip = postgresUnavailable() ?? false;

describe('two instances on one PostgreSQL', { skip }, () => {
  let cluster: PostgresCluster;
  let a: TestServer;
  let b: TestServer;
  let clock = Date.parse('2026-01-15T12:00:00Z');

  before(async () => {
    cluster = await startPostgres();
    const admin = new pg.Client(cluster.url);
    await admin.connect();
    await admin.query('CREATE DATABASE instances');
    await admin.end();
    const databaseUrl = cluster.url.replace(/\/postgres$/, '/instances');
    // dbPath is only the helpers' label here: the data is in PostgreSQL.
    const options = { databaseUrl, dbPath: 'postgres', rateLimit: { max: 3, windowMs: 60_000 }, now: () => clock };
    [a, b] = [await startServer(options), await startServer(options)];
  });
  after(async () => {
    await a?.stop();
    await b?.stop();
    cluster?.stop();
  });

  it('counts one rate limit for both: the 4th post in a minute is refused by whichever instance gets it', async () => {
    const statuses = [];
    for (const [i, server] of [a, b, a, b].entries()) {
      statuses.push((await postJson(server.url, jsonComment({ content: `Rate ${i}` }))).status);
      clock += 1000;
    }
    assert.deepEqual(statuses, [201, 201, 201, 429]);
    const refused = await postJson(a.url, jsonComment({ content: 'Rate 5' }));
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '56');
    clock += 60_000; // every hit has left the window
  });

  it('honours an Idempotency-Key across instances: replayed by the other, refused there for another body', async () => {
    const body = jsonComment({ content: 'Posted once, retried on the other instance.' });
    const first = await postJson(a.url, body, { 'Idempotency-Key': 'across-instances' });
    assert.equal(first.status, 201);
    const replay = await postJson(b.url, body, { 'Idempotency-Key': 'across-instances' });
    assert.equal(replay.status, 201);
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.text, first.text);
    const reused = await postJson(b.url, jsonComment({ content: 'Another comment, same key.' }), { 'Idempotency-Key': 'across-instances' });
    assert.equal(reused.status, 422);
    assert.equal(reused.json.code, 'idempotency_key_reused');
    clock += 60_000;
  });

  it('answers 503 with Retry-After while the database is down, and works again once it is back, without a restart', async () => {
    const list = `${a.url}/api/articles/${ARTICLE}/comments`;
    assert.equal((await get(list)).status, 200);
    cluster.pause();
    try {
      const down = await get(list);
      assert.equal(down.status, 503);
      assert.equal(down.headers.get('retry-after'), '5');
      assert.equal(down.json.code, 'unavailable');
      const post = await postJson(b.url, jsonComment({ content: 'While the database is down.' }));
      assert.equal(post.status, 503);
    } finally {
      cluster.resume();
    }
    assert.equal((await get(list)).status, 200);
    const after = await postJson(b.url, jsonComment({ content: 'Once the database is back.' }));
    assert.equal(after.status, 201);
  });
});
