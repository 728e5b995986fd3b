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

export type CommentStatus = 'pending' | 'approved';

export interface CommentRow {
  id: number;
  article_id: string;
  parent_id: number | null;
  author_name: string;
  author_email: string;
  author_url: string;
  content: string;
  created_at: string;
  status: CommentStatus;
}

export interface NewComment {
  articleId: string;
  parentId: number | null;
  name: string;
  email: string;
  url: string;
  content: string;
  date: string;
  status: CommentStatus;
}

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
  insertComment(c: NewComment): CommentRow;
  approveComment(id: number): CommentRow | undefined;
  getStoredResponse(key: string): StoredResponse | undefined;
  /**
   * A plain INSERT, never a replace: a key already stored throws SQLITE_CONSTRAINT_PRIMARYKEY (and
   * so rolls back the transaction it runs in).
   */
  insertStoredResponse(key: string, r: StoredResponse): void;
  /** Deletes the records created at or before `time` (all of them, or only `key`'s). */
  deleteStoredResponsesBefore(time: number, key?: string): void;
  /** Runs `fn` in a BEGIN IMMEDIATE transaction (rolled back if it throws). */
  transaction<T>(fn: () => T): T;
  close(): void;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS comments (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id   TEXT    NOT NULL,
  parent_id    INTEGER REFERENCES comments(id),
  author_name  TEXT    NOT NULL,
  author_email TEXT    NOT NULL,
  author_url   TEXT    NOT NULL DEFAULT '',
  content      TEXT    NOT NULL,
  created_at   TEXT    NOT NULL,
  status       TEXT    NOT NULL CHECK (status IN ('pending', 'approved'))
);
CREATE INDEX IF NOT EXISTS comments_by_article ON comments (article_id, status, id);
-- The duplicate check of every post: without it, a scan of the article's comments (41 ms a post
-- at 100,000 comments, inside the write lock).
CREATE INDEX IF NOT EXISTS comments_by_author ON comments (article_id, author_name, lower(author_email));
CREATE TABLE IF NOT EXISTS idempotency_keys (
  key         TEXT    PRIMARY KEY,
  fingerprint TEXT    NOT NULL,
  status      INTEGER NOT NULL,
  body        TEXT    NOT NULL,
  created_at  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS idempotency_keys_by_age ON idempotency_keys (created_at);
`;

export const SEED_ARTICLE_ID = 'carney-beijing-visit';

/** Seed thread: offsets in minutes before "now", so the demo shows recent, relative times. */
const SEED: ReadonlyArray<{ ref: string; parent?: string; minutesAgo: number; name: string; email: string; url: string; content: string }> = [
  {
    ref: 'canola',
    minutesAgo: 185,
    name: 'Marie Tremblay',
    email: 'marie.tremblay@example.com',
    url: '',
    content:
      'Good to see Ottawa and Beijing talking again. Canola growers here in Saskatchewan have been waiting for this since the tariffs hit last year.',
  },
  {
    ref: 'ev',
    minutesAgo: 142,
    name: 'Daniel Okafor',
    email: 'd.okafor@example.com',
    url: 'https://example.com/daniel',
    content:
      'Easing the 100% tariff on Chinese EVs in exchange for relief on canola and seafood sounds fair on paper.\nThe details will matter: quotas, timelines, and what Washington says about it.',
  },
  {
    ref: 'reply',
    parent: 'ev',
    minutesAgo: 97,
    name: 'Sophie Lavoie',
    email: 'sophie.lavoie@example.com',
    url: '',
    content: "Agreed. I'd like to see it in writing before anyone celebrates. We've had \"constructive talks\" before.",
  },
  {
    ref: 'diversify',
    minutesAgo: 41,
    name: 'Kevin Cheng',
    email: 'kevin.cheng@example.com',
    url: '',
    content:
      'Diversifying away from a single export market makes sense, but not at any price. Hoping the next trip report says more about the steel and aluminum side.',
  },
];

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
      db.exec(SCHEMA);
      return !hasSchema;
    })
    .immediate();

  const stmt = {
    get: db.prepare<[number], CommentRow>('SELECT * FROM comments WHERE id = ?'),
    insert: db.prepare<[string, number | null, string, string, string, string, string, CommentStatus]>(
      `INSERT INTO comments (article_id, parent_id, author_name, author_email, author_url, content, created_at, status)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    duplicate: db.prepare<[string, string, string, string], CommentRow>(
      `SELECT * FROM comments
       WHERE article_id = ? AND author_name = ? AND lower(author_email) = lower(?) AND content = ?
       LIMIT 1`,
    ),
    approve: db.prepare<[number]>("UPDATE comments SET status = 'approved' WHERE id = ?"),
    getResponse: db.prepare<[string], { fingerprint: string; status: number; body: string; created_at: number }>(
      'SELECT fingerprint, status, body, created_at FROM idempotency_keys WHERE key = ?',
    ),
    insertResponse: db.prepare<[string, string, number, string, number]>(
      'INSERT INTO idempotency_keys (key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    purgeResponses: db.prepare<[number]>('DELETE FROM idempotency_keys WHERE created_at <= ?'),
    purgeResponse: db.prepare<[string, number]>('DELETE FROM idempotency_keys WHERE key = ? AND created_at <= ?'),
  };

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

  const insertComment = (c: NewComment): CommentRow => {
    const info = stmt.insert.run(c.articleId, c.parentId, c.name, c.email, c.url, c.content, c.date, c.status);
    return stmt.get.get(Number(info.lastInsertRowid))!;
  };

  if (created && options.seed !== false) {
    const now = (options.now ?? Date.now)();
    db.transaction(() => {
      const ids = new Map<string, number>();
      for (const s of SEED) {
        const row = insertComment({
          articleId: SEED_ARTICLE_ID,
          parentId: s.parent ? ids.get(s.parent)! : null,
          name: s.name,
          email: s.email,
          url: s.url,
          content: s.content,
          date: new Date(now - s.minutesAgo * 60_000).toISOString(),
          status: 'approved',
        });
        ids.set(s.ref, row.id);
      }
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
    approveComment: (id) => {
      stmt.approve.run(id);
      return stmt.get.get(id);
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
    transaction: (fn) => db.transaction(fn).immediate(),
    close: () => {
      if (db.open) db.close();
    },
  };
}
