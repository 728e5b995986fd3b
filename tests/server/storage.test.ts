// The storage suite, run against both engines: SQLite (a temporary file) and a real PostgreSQL 15
// (a throwaway cluster from scripts/postgres.mjs; skipped with the reason when none can be started).
// "Two instances" are two stores opened on one database, as two server processes would.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { postgresUnavailable, startPostgres } from '../../scripts/postgres.mjs';
import { MIGRATIONS } from '../../server/storage/migrations.js';
import { SEED, SEED_ARTICLE_ID } from '../../server/storage/seed.js';
import { openPostgresStore } from '../../server/storage/postgres.js';
import { openSqliteStore } from '../../server/storage/sqlite.js';
import { IDEMPOTENCY_TTL_MS, type CommentsStore, type NewComment } from '../../server/storage/store.js';

interface Engine {
  name: 'sqlite' | 'postgres';
  skip: string | false;
  /** A fresh database; `open` opens one more instance on it. */
  fresh(): Promise<{ open(options?: { seed?: boolean; lockTimeoutMs?: number }): Promise<CommentsStore>; url?: string }>;
}

const T0 = Date.UTC(2026, 0, 14, 9, 30);
const comment = (overrides: Partial<NewComment> = {}): NewComment => ({
  articleId: 'a1',
  parentId: null,
  name: 'Ada',
  email: 'ada@example.com',
  url: '',
  content: 'First!',
  date: new Date(T0).toISOString(),
  status: 'pending',
  ...overrides,
});
const bodyOf = (row: { id: number }) => JSON.stringify({ id: row.id });

const sqliteDir = mkdtempSync(join(tmpdir(), 'news-elements-storage-'));
let sqliteCount = 0;
let cluster: Awaited<ReturnType<typeof startPostgres>> | undefined;
let pgCount = 0;

const engines: Engine[] = [
  {
    name: 'sqlite',
    skip: false,
    async fresh() {
      const path = join(sqliteDir, `db-${++sqliteCount}.sqlite`);
      return { open: (options) => openSqliteStore(path, { seed: false, now: () => T0, ...options }) };
    },
  },
  {
    name: 'postgres',
    skip: postgresUnavailable() ?? false,
    async fresh() {
      const admin = new pg.Client(cluster!.url);
      await admin.connect();
      const database = `storage_${++pgCount}`;
      await admin.query(`CREATE DATABASE ${database}`);
      await admin.end();
      const url = cluster!.url.replace(/\/postgres$/, `/${database}`);
      return { url, open: (options) => openPostgresStore(url, { seed: false, now: () => T0, poolSize: 4, ...options }) };
    },
  },
];

before(async () => {
  if (!engines[1]!.skip) cluster = await startPostgres();
});
after(() => {
  cluster?.stop();
  rmSync(sqliteDir, { recursive: true, force: true });
});

for (const engine of engines) {
  describe(`storage: ${engine.name}`, { skip: engine.skip }, () => {
    const opened: CommentsStore[] = [];
    after(async () => {
      for (const store of opened) await store.close().catch(() => {});
    });
    const fresh = async () => {
      const db = await engine.fresh();
      return {
        ...db,
        open: async (options?: { seed?: boolean; lockTimeoutMs?: number }) => {
          const store = await db.open(options);
          opened.push(store);
          return store;
        },
      };
    };

    test('migrations: every version applied once, in order; the demo thread seeded once', async () => {
      const db = await fresh();
      const first = await db.open({ seed: true });
      assert.equal(first.created, true);
      assert.deepEqual(await first.appliedMigrations(), MIGRATIONS.map((migration) => migration.version));
      const again = await db.open({ seed: true });
      assert.equal(again.created, false);
      assert.deepEqual(await again.appliedMigrations(), MIGRATIONS.map((migration) => migration.version));
      assert.equal(await again.countComments(SEED_ARTICLE_ID, ['approved']), SEED.length);
    });

    test('comments: stored, read back, listed oldest first in pages, counted by status, approved', async () => {
      const store = await (await fresh()).open();
      const ids: number[] = [];
      for (let i = 0; i < 5; i++) {
        const outcome = await store.createComment(comment({ content: `Comment ${i}`, status: i % 2 ? 'approved' : 'pending' }), undefined, T0, bodyOf);
        assert.equal(outcome.kind, 'created');
        if (outcome.kind === 'created') ids.push(outcome.row.id);
      }
      const reply = await store.createComment(comment({ parentId: ids[0]!, content: 'A reply' }), undefined, T0, bodyOf);
      assert.equal(reply.kind === 'created' && reply.row.parent_id, ids[0]);
      assert.equal((await store.getComment(ids[1]!))?.content, 'Comment 1');
      assert.equal(await store.getComment(999_999), undefined);
      assert.equal(await store.countComments('a1', ['approved']), 2);
      assert.equal(await store.countComments('a1', ['pending', 'approved']), 6);
      const page1 = await store.listComments('a1', ['pending', 'approved'], 0, 4);
      const page2 = await store.listComments('a1', ['pending', 'approved'], page1.at(-1)!.id, 4);
      assert.deepEqual([...page1, ...page2].map((row) => row.content), ['Comment 0', 'Comment 1', 'Comment 2', 'Comment 3', 'Comment 4', 'A reply']);
      assert.equal((await store.approveComment(ids[0]!))?.status, 'approved');
      assert.equal(await store.approveComment(999_999), undefined);
      assert.equal(await store.countComments('other', ['approved', 'pending']), 0);
    });

    test('a duplicate (same article, name, email in any case, text) is refused, and does not keep its key', async () => {
      const store = await (await fresh()).open();
      assert.equal((await store.createComment(comment(), undefined, T0, bodyOf)).kind, 'created');
      assert.equal((await store.createComment(comment({ email: 'ADA@example.com' }), { key: 'k1', fingerprint: 'f' }, T0, bodyOf)).kind, 'duplicate');
      assert.equal(await store.peekIdempotency({ key: 'k1', fingerprint: 'f' }, T0), undefined);
      assert.equal((await store.createComment(comment({ articleId: 'a2' }), undefined, T0, bodyOf)).kind, 'created');
    });

    test('idempotency: the same key and body replay the first answer; another body is refused; keys expire after 24 h', async () => {
      const store = await (await fresh()).open();
      const request = { key: 'key-1', fingerprint: 'body-1' };
      const first = await store.createComment(comment(), request, T0, bodyOf);
      assert.equal(first.kind, 'created');
      const replay = await store.createComment(comment(), request, T0 + 1000, bodyOf);
      assert.deepEqual(replay, { kind: 'replay', status: 201, body: first.kind === 'created' ? first.body : '' });
      assert.deepEqual(await store.peekIdempotency(request, T0 + 1000), replay);
      assert.deepEqual(await store.createComment(comment({ content: 'Other' }), { key: 'key-1', fingerprint: 'body-2' }, T0 + 1000, bodyOf), { kind: 'mismatch' });
      assert.equal(await store.countComments('a1', ['pending']), 1);
      // A day later the key is free again.
      const later = T0 + IDEMPOTENCY_TTL_MS + 1;
      assert.equal(await store.peekIdempotency(request, later), undefined);
      assert.equal((await store.createComment(comment({ content: 'A day later' }), request, later, bodyOf)).kind, 'created');
    });

    test('two instances on one database: a key stored by one replays on the other; one rate limit for both', async () => {
      const db = await fresh();
      const [a, b] = [await db.open(), await db.open()];
      const request = { key: 'shared-key', fingerprint: 'same' };
      const created = await a.createComment(comment(), request, T0, bodyOf);
      assert.equal((await b.createComment(comment(), request, T0, bodyOf)).kind, 'replay');
      assert.equal(created.kind, 'created');

      const limit = { max: 3, windowMs: 60_000 };
      const decisions = [];
      for (const [i, store] of [a, b, a, b].entries()) decisions.push(await store.hitRateLimit('203.0.113.9', limit, T0 + i * 1000));
      assert.deepEqual(decisions.slice(0, 3), [{ allowed: true }, { allowed: true }, { allowed: true }]);
      assert.deepEqual(decisions[3], { allowed: false, retryAfterSeconds: 57 }); // the first hit leaves the window 57 s later
      assert.deepEqual(await a.hitRateLimit('198.51.100.1', limit, T0 + 3000), { allowed: true }, 'another address has its own count');
      assert.deepEqual(await b.hitRateLimit('203.0.113.9', limit, T0 + 60_001), { allowed: true }, 'the window moved on');
    });

    test('the flood check: one email (any case, any article) waits the interval between two comments; 0 turns it off', async () => {
      const store = await (await fresh()).open();
      const at = (seconds: number) => T0 + seconds * 1000;
      const dated = (seconds: number, overrides: Partial<NewComment>) => comment({ date: new Date(at(seconds)).toISOString(), ...overrides });
      assert.equal((await store.createComment(dated(0, { content: 'One' }), undefined, at(0), bodyOf, 15_000)).kind, 'created');
      assert.deepEqual(await store.createComment(dated(5, { content: 'Two', articleId: 'a2', email: 'ADA@example.com' }), undefined, at(5), bodyOf, 15_000), {
        kind: 'flood',
        retryAfterSeconds: 10,
      });
      assert.equal((await store.createComment(dated(5, { content: 'Two', email: 'grace@example.com' }), undefined, at(5), bodyOf, 15_000)).kind, 'created', 'another email');
      assert.equal((await store.createComment(dated(6, { content: 'Three' }), undefined, at(6), bodyOf, 0)).kind, 'created', 'no interval');
      assert.equal((await store.createComment(dated(22, { content: 'Four' }), undefined, at(22), bodyOf, 15_000)).kind, 'created', 'the interval has passed');
    });

    test('two posts from one email at once, across two instances: one stored, one told to wait', async () => {
      const db = await fresh();
      const [a, b] = [await db.open(), await db.open()];
      const outcomes = await Promise.all([a, b, a, b].map((store, i) => store.createComment(comment({ content: `At once ${i}` }), undefined, T0, bodyOf, 15_000)));
      assert.deepEqual(outcomes.map((outcome) => outcome.kind).sort(), ['created', 'flood', 'flood', 'flood']);
    });

    test('forty posts from one address at once, across two instances: exactly the limit gets through', async () => {
      const db = await fresh();
      const [a, b] = [await db.open(), await db.open()];
      const limit = { max: 3, windowMs: 60_000 };
      const decisions = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).hitRateLimit('192.0.2.1', limit, T0)));
      assert.equal(decisions.filter((decision) => decision.allowed).length, 3);
    });

    test('ten requests with one key at once, across two instances: one comment stored, every other answer a replay or in flight', async () => {
      const db = await fresh();
      const [a, b] = [await db.open(), await db.open()];
      const request = { key: 'race', fingerprint: 'same' };
      const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).createComment(comment(), request, T0, bodyOf)));
      const kinds = outcomes.map((outcome) => outcome.kind);
      assert.equal(kinds.filter((kind) => kind === 'created').length, 1, kinds.join(', '));
      assert.ok(kinds.every((kind) => kind === 'created' || kind === 'replay' || kind === 'in-flight'), kinds.join(', '));
      assert.equal(await a.countComments('a1', ['pending']), 1);
    });

    test('ten different comments at once with no key, across two instances: every one stored once', async () => {
      const db = await fresh();
      const [a, b] = [await db.open(), await db.open()];
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).createComment(comment({ content: `Comment ${i % 5}` }), undefined, T0, bodyOf)),
      );
      assert.deepEqual(outcomes.map((outcome) => outcome.kind).sort(), [...Array(5).fill('created'), ...Array(5).fill('duplicate')]);
      assert.equal(await b.countComments('a1', ['pending']), 5);
    });

    if (engine.name === 'postgres') {
      test('a key held by another open transaction is in flight; once that one rolls back, the key is free', async () => {
        const db = await fresh();
        const store = await db.open({ lockTimeoutMs: 200 });
        const other = new pg.Client(db.url);
        await other.connect();
        try {
          await other.query('BEGIN');
          await other.query("INSERT INTO idempotency_keys (key, fingerprint, status, body, created_at) VALUES ('held', 'f', 0, '', $1)", [T0]);
          assert.deepEqual(await store.createComment(comment(), { key: 'held', fingerprint: 'f' }, T0, bodyOf), { kind: 'in-flight' });
          await other.query('ROLLBACK');
          assert.equal((await store.createComment(comment(), { key: 'held', fingerprint: 'f' }, T0, bodyOf)).kind, 'created');
        } finally {
          await other.end();
        }
      });

      test('with a read replica (a real hot standby): the thread is read there, and still read while the primary is down', async () => {
        const db = await fresh();
        const standby = await cluster!.startStandby();
        const readUrl = standby.url.replace(/\/postgres$/, new URL(db.url!).pathname);
        const store = await openPostgresStore(db.url!, { seed: false, now: () => T0, poolSize: 2, readUrl });
        opened.push(store);
        const replica = new pg.Client(readUrl);
        await replica.connect();
        try {
          assert.equal((await replica.query('SELECT pg_is_in_recovery() AS standby')).rows[0].standby, true, 'the reader is a standby');
          assert.equal((await store.createComment(comment(), undefined, T0, bodyOf)).kind, 'created');
          // Replication takes a moment: until then the replica may not even have the tables.
          let listed = 0;
          for (let tries = 0; tries < 50 && listed === 0; tries++) {
            listed = (await store.listComments('a1', ['pending'], 0, 10).catch(() => [])).length;
            if (!listed) await new Promise((resolve) => setTimeout(resolve, 100));
          }
          assert.equal(listed, 1, 'the comment reached the replica');
          cluster!.pause();
          try {
            assert.equal(await store.countComments('a1', ['pending']), 1, 'read from the replica with the primary down');
            assert.equal((await store.listComments('a1', ['pending'], 0, 10)).length, 1);
          } finally {
            cluster!.resume();
          }
        } finally {
          await replica.end();
        }
      });

      test('the database stops and starts again: calls fail meanwhile, then work with the same store', async () => {
        const db = await fresh();
        const store = await db.open();
        assert.equal((await store.createComment(comment(), undefined, T0, bodyOf)).kind, 'created');
        cluster!.pause();
        try {
          await assert.rejects(store.countComments('a1', ['pending']));
        } finally {
          cluster!.resume();
        }
        assert.equal(await store.countComments('a1', ['pending']), 1);
        assert.equal((await store.createComment(comment({ content: 'After the restart' }), undefined, T0, bodyOf)).kind, 'created');
      });
    }
  });
}
