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
import Database from 'better-sqlite3';
import { MIGRATIONS, MIGRATIONS_TABLE } from '../../server/storage/migrations.js';
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
      assert.equal(await again.countComments(SEED_ARTICLE_ID, ['approved']), SEED.filter((s) => !s.held).length);
      assert.equal(await again.countComments(SEED_ARTICLE_ID, ['pending']), 1, 'one held for the demo moderation page');
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
      const [approved] = await store.updateComments([{ id: ids[0]!, status: 'approved' }], T0);
      assert.equal(approved?.after.status, 'approved');
      assert.deepEqual(await store.updateComments([{ id: 999_999, status: 'approved' }], T0), []);
      assert.equal(await store.countComments('other', ['approved', 'pending']), 0);
    });

    test('moderation: newest first in pages, by status and article, counted; spam and trash remember where a restore goes', async () => {
      const store = await (await fresh()).open();
      const ids: number[] = [];
      for (let i = 0; i < 5; i++) {
        const outcome = await store.createComment(comment({ articleId: i < 3 ? 'a1' : 'a2', content: `C${i}`, status: i === 0 ? 'approved' : 'pending' }), undefined, T0, bodyOf);
        if (outcome.kind === 'created') ids.push(outcome.row.id);
      }
      const page1 = await store.listForModeration({ statuses: ['pending'], limit: 2 });
      const page2 = await store.listForModeration({ statuses: ['pending'], limit: 2, beforeId: page1.at(-1)!.id });
      assert.deepEqual([...page1, ...page2].map((row) => row.content), ['C4', 'C3', 'C2', 'C1']);
      assert.deepEqual((await store.listForModeration({ statuses: ['pending', 'approved'], articleId: 'a1', limit: 10 })).map((row) => row.content), ['C2', 'C1', 'C0']);
      assert.deepEqual(await store.countByStatus('a1'), { pending: 2, approved: 1, spam: 0, trash: 0 });
      assert.deepEqual(await store.countByStatus(), { pending: 4, approved: 1, spam: 0, trash: 0 });

      const [spammed] = await store.updateComments([{ id: ids[0]!, status: 'spam' }], T0);
      assert.deepEqual([spammed!.before.status, spammed!.after.status, spammed!.after.status_before], ['approved', 'spam', 'approved']);
      const [trashed] = await store.updateComments([{ id: ids[0]!, status: 'trash' }], T0);
      assert.equal(trashed!.after.status_before, 'approved', 'from spam to trash it still remembers "approved"');
      const [back] = await store.updateComments([{ id: ids[0]!, status: 'approved', content: 'Edited' }], T0);
      assert.deepEqual([back!.after.status, back!.after.status_before, back!.after.content], ['approved', null, 'Edited']);
      assert.equal((await store.getComments([ids[0]!, ids[1]!, 999_999])).length, 2);
    });

    test('delete for good: replies move up to the deleted comment\'s parent', async () => {
      const store = await (await fresh()).open();
      const create = async (overrides: Partial<NewComment>) => {
        const outcome = await store.createComment(comment(overrides), undefined, T0, bodyOf);
        assert.equal(outcome.kind, 'created');
        return outcome.kind === 'created' ? outcome.row.id : 0;
      };
      const top = await create({ content: 'top', status: 'approved' });
      const middle = await create({ content: 'middle', parentId: top, status: 'approved' });
      const leaf = await create({ content: 'leaf', parentId: middle, status: 'approved' });
      const deleted = await store.deleteComments([middle, 999_999], T0);
      assert.deepEqual(deleted.map((row) => row.id), [middle]);
      assert.equal((await store.getComment(leaf))?.parent_id, top);
      assert.equal(await store.getComment(middle), undefined);
      await store.deleteComments([top, leaf], T0);
      assert.equal(await store.countComments('a1', ['approved']), 0);
    });

    test('the event log: what the public thread saw change, in order, by article; a second instance is woken', async () => {
      const db = await fresh();
      const store = await db.open();
      const other = await db.open();
      const woken = new Promise<void>((resolve) => {
        const stop = other.watchEvents(() => {
          stop();
          resolve();
        });
      });
      // (PostgreSQL: the LISTEN connection needs a moment before it hears anything.)
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(await store.lastEventId(), 0);
      const pending = await store.createComment(comment({ content: 'held' }), undefined, T0, bodyOf);
      const shown = await store.createComment(comment({ content: 'shown', status: 'approved' }), undefined, T0, bodyOf);
      await store.createComment(comment({ articleId: 'a2', content: 'elsewhere', status: 'approved' }), undefined, T0, bodyOf);
      assert.ok(pending.kind === 'created' && shown.kind === 'created');
      await store.updateComments([{ id: pending.row.id, status: 'approved' }], T0);
      await store.updateComments([{ id: shown.row.id, content: 'shown, edited' }], T0);
      await store.updateComments([{ id: pending.row.id, content: 'held, edited', status: 'trash' }], T0);
      await store.deleteComments([shown.row.id], T0);
      await store.updateComments([{ id: pending.row.id, status: 'spam' }], T0); // not public before or after: no event
      const events = await store.eventsAfter(0, 100, 'a1');
      assert.deepEqual(
        events.map((e) => [e.kind, e.commentId]),
        [
          ['approved', shown.row.id],
          ['approved', pending.row.id],
          ['edited', shown.row.id],
          ['hidden', pending.row.id],
          ['hidden', shown.row.id],
        ],
      );
      assert.equal(events[0]!.row, undefined, 'a deleted comment has no row');
      assert.equal(events[1]!.row?.status, 'spam', 'each event carries the comment as it is now');
      assert.deepEqual((await store.eventsAfter(events[2]!.id, 100, 'a1')).map((e) => e.kind), ['hidden', 'hidden']);
      assert.equal((await store.eventsAfter(0, 100)).length, 6);
      assert.equal(await store.lastEventId(), (await store.eventsAfter(0, 100)).at(-1)!.id);
      await Promise.race([woken, new Promise((_, reject) => setTimeout(() => reject(new Error('the other instance was not woken within 2 s')), 2000))]);
    });

    test('import: parents linked by their source keys, any order; a re-run inserts nothing; export lists every status', async () => {
      const db = await fresh();
      const store = await db.open();
      const item = (source: string, parentSource: string | null, status: 'approved' | 'pending' | 'spam' = 'approved') => ({
        source,
        parentSource,
        articleId: 'imported',
        name: `Name ${source}`,
        email: `${source}@example.com`,
        url: '',
        content: `Text of ${source}`,
        date: new Date(T0).toISOString(),
        status,
      });
      const items = [item('wp:3', 'wp:2'), item('wp:1', null), item('wp:2', 'wp:1', 'pending'), item('wp:4', null, 'spam')];
      assert.deepEqual(await store.importComments(items), { inserted: 4, skipped: 0 });
      assert.deepEqual(await (await db.open()).importComments([...items, item('wp:5', 'wp:3')]), { inserted: 1, skipped: 4 });
      const exported = await store.exportComments('imported');
      const bySource = new Map(exported.map((row) => [row.import_source, row]));
      assert.equal(exported.length, 5);
      assert.equal(bySource.get('wp:2')!.parent_id, bySource.get('wp:1')!.id);
      assert.equal(bySource.get('wp:3')!.parent_id, bySource.get('wp:2')!.id);
      assert.equal(bySource.get('wp:5')!.parent_id, bySource.get('wp:3')!.id, 'a reply to a comment imported by an earlier run');
      assert.deepEqual(exported.map((row) => row.status).sort(), ['approved', 'approved', 'approved', 'pending', 'spam']);
      assert.equal(await store.lastEventId(), 0, 'an import is history, not news: nothing is streamed');
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

describe('storage: migration 4 on a SQLite file of version 3', () => {
  test('the comments table is rebuilt with every comment, reply link and id kept; new ids continue the old sequence', async () => {
    const path = join(sqliteDir, 'v3.sqlite');
    const old = new Database(path);
    old.exec(MIGRATIONS_TABLE);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 3)) {
      old.exec(migration.sqlite);
      old.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(migration.version, migration.name, 'then');
    }
    const insert = old.prepare(
      "INSERT INTO comments (article_id, parent_id, author_name, author_email, content, created_at, status) VALUES ('a1', ?, 'Ada', 'ada@example.com', ?, 'then', 'approved')",
    );
    const first = Number(insert.run(null, 'first').lastInsertRowid);
    insert.run(first, 'reply');
    const gone = Number(insert.run(null, 'deleted later').lastInsertRowid);
    old.prepare('DELETE FROM comments WHERE id = ?').run(gone);
    old.close();

    const store = await openSqliteStore(path, { seed: false, now: () => T0 });
    try {
      assert.deepEqual(await store.appliedMigrations(), MIGRATIONS.map((migration) => migration.version));
      const rows = await store.listComments('a1', ['approved'], 0, 10);
      assert.deepEqual(rows.map((row) => [row.content, row.parent_id]), [['first', null], ['reply', first]]);
      const [spam] = await store.updateComments([{ id: first, status: 'spam' }], T0);
      assert.equal(spam?.after.status, 'spam', 'the new statuses pass the rebuilt CHECK');
      const created = await store.createComment(comment({ content: 'new' }), undefined, T0, bodyOf);
      assert.ok(created.kind === 'created' && created.row.id > gone, `a new id (${created.kind === 'created' && created.row.id}) never reuses a deleted one (${gone})`);
    } finally {
      await store.close();
    }
  });
});
