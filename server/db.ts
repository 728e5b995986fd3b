// SQLite storage for the reference comments endpoint (better-sqlite3 12.x; 13 needs Node 22).
//
// Every statement is prepared once here; nothing else in server/ writes SQL. The database file
// and its directory are created on first start, with the schema and (unless `seed: false`) a few
// approved comments on the demo article. WAL mode lets `npm start` and a standalone server share
// one file; writes that must be atomic (idempotency lookup + duplicate check + insert + claiming
// the key) run in `BEGIN IMMEDIATE` transactions, which take the write lock at BEGIN, so they stay
// atomic across processes too.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MIGRATIONS, MIGRATIONS_TABLE } from './storage/migrations.js';
import { seedComments } from './storage/seed.js';
import { retryAfterSeconds, type CommentRow, type CommentStatus, type ModerationQuery, type NewComment, type RateDecision, type RateLimit } from './storage/store.js';

export type { CommentRow, CommentStatus, NewComment } from './storage/store.js';

export interface StoredResponse {
  fingerprint: string;
  status: number;
  body: string;
  createdAt: number;
}

export interface CommentsDb {
  /** True when this open created the database (schema written, seed inserted if asked). */
  readonly created: boolean;
  readonly path: string;
  getComment(id: number): CommentRow | undefined;
  listComments(articleId: string, statuses: readonly CommentStatus[], afterId: number, limit: number): CommentRow[];
  countComments(articleId: string, statuses: readonly CommentStatus[]): number;
  /** Same article, same author name and (case-insensitive) email, same text. */
  findDuplicate(c: Pick<NewComment, 'articleId' | 'name' | 'email' | 'content'>): CommentRow | undefined;
  insertComment(c: NewComment, importSource?: string): CommentRow;
  getComments(ids: readonly number[]): CommentRow[];
  listForModeration(query: ModerationQuery): CommentRow[];
  countByStatus(articleId: string | undefined): { status: CommentStatus; n: number }[];
  setComment(id: number, fields: Pick<CommentRow, 'status' | 'status_before' | 'content'>): void;
  /** Deletes one comment; its replies move up to `parentId` (its own parent), as WordPress does. */
  deleteComment(id: number, parentId: number | null): void;
  importedId(source: string): number | undefined;
  exportComments(articleId: string): CommentRow[];
  insertEvent(articleId: string, commentId: number, kind: string, at: number): void;
  eventsAfter(afterId: number, limit: number, articleId: string | undefined): { id: number; article_id: string; comment_id: number; kind: string }[];
  lastEventId(): number;
  deleteEventsBefore(at: number): void;
  getStoredResponse(key: string): StoredResponse | undefined;
  /**
   * A plain INSERT, never a replace: a key already stored throws SQLITE_CONSTRAINT_PRIMARYKEY (and
   * so rolls back the transaction it runs in).
   */
  insertStoredResponse(key: string, r: StoredResponse): void;
  /** Deletes the records created at or before `time` (all of them, or only `key`'s). */
  deleteStoredResponsesBefore(time: number, key?: string): void;
  /** The versions of `MIGRATIONS` applied, in order. */
  appliedMigrations(): number[];
  /** When the email (any case) last commented, on any article: for the flood check. */
  lastCommentTimeByEmail(email: string): string | undefined;
  /** Counts one post from `address` in `limit`'s window, or says when it may post again (one transaction). */
  hitRate(address: string, limit: RateLimit, now: number): RateDecision;
  /** Runs `fn` in a BEGIN IMMEDIATE transaction (rolled back if it throws). */
  transaction<T>(fn: () => T): T;
  close(): void;
}


export { SEED_ARTICLE_ID } from './storage/seed.js';

/** How often (in hits) the rate-limit hits that left every window are cleared. */
const PRUNE_HITS_EVERY = 200;

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * Runs `step`, again after a short pause while SQLite says the file is busy, for up to 5 s.
 * Switching a new file to WAL answers SQLITE_BUSY at once, without the busy timeout, when another
 * process is switching it at the same moment (seen with four processes opening one new file).
 */
function whileBusy<T>(step: () => T): T {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const deadline = Date.now() + 5000; ; ) {
    try {
      return step();
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      Atomics.wait(pause, 0, 0, 10); // a synchronous 10 ms sleep: opening the database is synchronous
    }
  }
}

export function openDb(path: string, options: { seed?: boolean; now?: () => number } = {}): CommentsDb {
  const memory = path === ':memory:';
  const file = memory ? path : resolve(path);
  if (!memory) mkdirSync(dirname(file), { recursive: true });

  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  whileBusy(() => db.pragma('journal_mode = WAL'));
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');

  // Looked up and written under the write lock: of several processes opening a new file at once,
  // exactly one finds no schema, and only that one seeds. (Checked before the lock, all of them
  // did, and the seed was stored once per process.)
  const created = db
    .transaction(() => {
      const hasSchema = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'comments'").get() !== undefined;
      db.exec(MIGRATIONS_TABLE);
      const applied = new Set(db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((row) => row.version));
      const record = db.prepare<[number, string, string]>('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        db.exec(migration.sqlite);
        record.run(migration.version, migration.name, new Date().toISOString());
      }
      return !hasSchema;
    })
    .immediate();

  const stmt = {
    get: db.prepare<[number], CommentRow>('SELECT * FROM comments WHERE id = ?'),
    insert: db.prepare<[string, number | null, string, string, string, string, string, CommentStatus, string | null, string | null]>(
      `INSERT INTO comments (article_id, parent_id, author_name, author_email, author_url, content, created_at, status, address_hash, import_source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    // Lists of ids and statuses are passed as one JSON array: one statement for any length.
    getMany: db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE id IN (SELECT value FROM json_each(?))'),
    moderation: db.prepare<[{ statuses: string; article: string | null; before: number; limit: number }], CommentRow>(
      `SELECT * FROM comments
       WHERE status IN (SELECT value FROM json_each(@statuses)) AND (@article IS NULL OR article_id = @article) AND id < @before
       ORDER BY id DESC LIMIT @limit`,
    ),
    countByStatus: db.prepare<[{ article: string | null }], { status: CommentStatus; n: number }>(
      'SELECT status, count(*) AS n FROM comments WHERE (@article IS NULL OR article_id = @article) GROUP BY status',
    ),
    set: db.prepare<[CommentStatus, CommentStatus | null, string, number]>('UPDATE comments SET status = ?, status_before = ?, content = ? WHERE id = ?'),
    reparent: db.prepare<[number | null, number]>('UPDATE comments SET parent_id = ? WHERE parent_id = ?'),
    delete: db.prepare<[number]>('DELETE FROM comments WHERE id = ?'),
    imported: db.prepare<[string], { id: number }>('SELECT id FROM comments WHERE import_source = ?'),
    export: db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE article_id = ? ORDER BY id'),
    insertEvent: db.prepare<[string, number, string, number]>('INSERT INTO comment_events (article_id, comment_id, kind, at) VALUES (?, ?, ?, ?)'),
    eventsAfter: db.prepare<[{ after: number; article: string | null; limit: number }], { id: number; article_id: string; comment_id: number; kind: string }>(
      'SELECT id, article_id, comment_id, kind FROM comment_events WHERE id > @after AND (@article IS NULL OR article_id = @article) ORDER BY id LIMIT @limit',
    ),
    lastEvent: db.prepare<[], { id: number }>('SELECT coalesce(max(id), 0) AS id FROM comment_events'),
    purgeEvents: db.prepare<[number]>('DELETE FROM comment_events WHERE at <= ?'),
    duplicate: db.prepare<[string, string, string, string], CommentRow>(
      `SELECT * FROM comments
       WHERE article_id = ? AND author_name = ? AND lower(author_email) = lower(?) AND content = ?
       LIMIT 1`,
    ),
    getResponse: db.prepare<[string], { fingerprint: string; status: number; body: string; created_at: number }>(
      'SELECT fingerprint, status, body, created_at FROM idempotency_keys WHERE key = ?',
    ),
    insertResponse: db.prepare<[string, string, number, string, number]>(
      'INSERT INTO idempotency_keys (key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    purgeResponses: db.prepare<[number]>('DELETE FROM idempotency_keys WHERE created_at <= ?'),
    purgeResponse: db.prepare<[string, number]>('DELETE FROM idempotency_keys WHERE key = ? AND created_at <= ?'),
    lastByEmail: db.prepare<[string], { last: string | null }>('SELECT max(created_at) AS last FROM comments WHERE lower(author_email) = lower(?)'),
    versions: db.prepare<[], { version: number }>('SELECT version FROM schema_migrations ORDER BY version'),
    expireHits: db.prepare<[string, number]>('DELETE FROM rate_hits WHERE address = ? AND at <= ?'),
    countHits: db.prepare<[string], { n: number; oldest: number | null }>('SELECT count(*) AS n, min(at) AS oldest FROM rate_hits WHERE address = ?'),
    insertHit: db.prepare<[string, number]>('INSERT INTO rate_hits (address, at) VALUES (?, ?)'),
    pruneHits: db.prepare<[number]>('DELETE FROM rate_hits WHERE at <= ?'),
  };
  let hits = 0;

  // The status list is one of a few fixed sets; prepare each shape once, lazily.
  const listStmts = new Map<string, Database.Statement<unknown[], CommentRow>>();
  const countStmts = new Map<string, Database.Statement<unknown[], { n: number }>>();
  const listStmt = (n: number) => {
    const key = String(n);
    let s = listStmts.get(key);
    if (!s) {
      s = db.prepare<unknown[], CommentRow>(
        `SELECT * FROM comments WHERE article_id = ? AND status IN (${placeholders(n)}) AND id > ? ORDER BY id LIMIT ?`,
      );
      listStmts.set(key, s);
    }
    return s;
  };
  const countStmt = (n: number) => {
    const key = String(n);
    let s = countStmts.get(key);
    if (!s) {
      s = db.prepare<unknown[], { n: number }>(
        `SELECT count(*) AS n FROM comments WHERE article_id = ? AND status IN (${placeholders(n)})`,
      );
      countStmts.set(key, s);
    }
    return s;
  };

  const insertComment = (c: NewComment, importSource?: string): CommentRow => {
    const info = stmt.insert.run(c.articleId, c.parentId, c.name, c.email, c.url, c.content, c.date, c.status, c.addressHash ?? null, importSource ?? null);
    return stmt.get.get(Number(info.lastInsertRowid))!;
  };

  if (created && options.seed !== false) {
    const now = (options.now ?? Date.now)();
    db.transaction(() => {
      const ids = new Map<string, number>();
      for (const { ref, comment } of seedComments(now)) ids.set(ref, insertComment(comment(ids)).id);
    }).immediate();
  }

  return {
    created,
    path: file,
    getComment: (id) => stmt.get.get(id),
    listComments: (articleId, statuses, afterId, limit) =>
      listStmt(statuses.length).all(articleId, ...statuses, afterId, limit),
    countComments: (articleId, statuses) => countStmt(statuses.length).get(articleId, ...statuses)!.n,
    findDuplicate: (c) => stmt.duplicate.get(c.articleId, c.name, c.email, c.content),
    insertComment,
    getComments: (ids) => stmt.getMany.all(JSON.stringify(ids)),
    listForModeration: (q) =>
      stmt.moderation.all({ statuses: JSON.stringify(q.statuses), article: q.articleId ?? null, before: q.beforeId ?? Number.MAX_SAFE_INTEGER, limit: q.limit }),
    countByStatus: (articleId) => stmt.countByStatus.all({ article: articleId ?? null }),
    setComment: (id, f) => {
      stmt.set.run(f.status, f.status_before, f.content, id);
    },
    deleteComment: (id, parentId) => {
      stmt.reparent.run(parentId, id);
      stmt.delete.run(id);
    },
    importedId: (source) => stmt.imported.get(source)?.id,
    exportComments: (articleId) => stmt.export.all(articleId),
    insertEvent: (articleId, commentId, kind, at) => {
      stmt.insertEvent.run(articleId, commentId, kind, at);
    },
    eventsAfter: (afterId, limit, articleId) => stmt.eventsAfter.all({ after: afterId, article: articleId ?? null, limit }),
    lastEventId: () => stmt.lastEvent.get()!.id,
    deleteEventsBefore: (at) => {
      stmt.purgeEvents.run(at);
    },
    getStoredResponse: (key) => {
      const r = stmt.getResponse.get(key);
      return r && { fingerprint: r.fingerprint, status: r.status, body: r.body, createdAt: r.created_at };
    },
    insertStoredResponse: (key, r) => {
      stmt.insertResponse.run(key, r.fingerprint, r.status, r.body, r.createdAt);
    },
    deleteStoredResponsesBefore: (time, key) => {
      if (key === undefined) stmt.purgeResponses.run(time);
      else stmt.purgeResponse.run(key, time);
    },
    appliedMigrations: () => stmt.versions.all().map((row) => row.version),
    lastCommentTimeByEmail: (email) => stmt.lastByEmail.get(email)?.last ?? undefined,
    hitRate: (address, limit, at) =>
      db
        .transaction((): RateDecision => {
          if (++hits % PRUNE_HITS_EVERY === 0) stmt.pruneHits.run(at - limit.windowMs);
          stmt.expireHits.run(address, at - limit.windowMs);
          const { n, oldest } = stmt.countHits.get(address)!;
          if (n >= limit.max) return { allowed: false, retryAfterSeconds: retryAfterSeconds(oldest!, limit, at) };
          stmt.insertHit.run(address, at);
          return { allowed: true };
        })
        .immediate(),
    transaction: (fn) => db.transaction(fn).immediate(),
    close: () => {
      if (db.open) db.close();
    },
  };
}
