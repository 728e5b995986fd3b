// The limits a request meets before the routes: its address's length (414) and its header block's
// size (431); and, on PostgreSQL, a post whose Idempotency-Key another transaction holds (409).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join } from 'node:path';
import pg from 'pg';
import { postgresUnavailable, startPostgres, type PostgresCluster } from '../../scripts/postgres.mjs';
import { MAX_HEADER_BYTES } from '../../server/http.js';
import { MAX_URL_LENGTH } from '../../server/routes.js';
import { openPostgresStore } from '../../server/storage/postgres.js';
import { ARTICLE, get, jsonComment, postJson, startServer, tempDir, type TestServer } from './helpers.js';

describe('request limits', () => {
  const tmp = tempDir();
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'limits.db') });
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it(`answers 414 to an address longer than ${MAX_URL_LENGTH} characters`, async () => {
    const long = await get(`${s.url}/api/articles/${ARTICLE}/comments?after=${'1'.repeat(MAX_URL_LENGTH)}`);
    assert.equal(long.status, 414);
    assert.equal(long.json.code, 'uri_too_long');
    assert.equal((await get(`${s.url}/api/articles/${'a'.repeat(255)}/comments`)).status, 200, 'a long article id is fine');
  });

  it(`answers 431 to a header block over ${MAX_HEADER_BYTES / 1024} KB`, async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${s.url}/api/articles/${ARTICLE}/comments`, { headers: { 'X-Padding': 'x'.repeat(MAX_HEADER_BYTES) } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(status, 431);
  });
});

describe('an Idempotency-Key in flight (PostgreSQL)', { skip: postgresUnavailable() ?? false }, () => {
  let cluster: PostgresCluster;
  let s: TestServer;
  before(async () => {
    cluster = await startPostgres();
    // A short lock timeout, so the wait for the other transaction ends quickly.
    const store = await openPostgresStore(cluster.url, { seed: false, lockTimeoutMs: 200 });
    s = await startServer({ dbPath: 'postgres', store });
  });
  after(async () => {
    await s?.stop();
    cluster?.stop();
  });

  it('answers 409 idempotency_key_in_flight with Retry-After while another transaction holds the key, then stores the retry', async () => {
    const holder = new pg.Client(cluster.url);
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query("INSERT INTO idempotency_keys (key, fingerprint, status, body, created_at) VALUES ('held-key', 'x', 0, '', 0)");
      const busy = await postJson(s.url, jsonComment(), { 'Idempotency-Key': 'held-key' });
      assert.equal(busy.status, 409);
      assert.equal(busy.json.code, 'idempotency_key_in_flight');
      assert.equal(busy.headers.get('retry-after'), '1');
      await holder.query('ROLLBACK');
    } finally {
      await holder.end();
    }
    assert.equal((await postJson(s.url, jsonComment(), { 'Idempotency-Key': 'held-key' })).status, 201);
  });
});
