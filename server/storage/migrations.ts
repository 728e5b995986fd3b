// The database schema as numbered steps, one list for both engines. `schema_migrations` records
// the versions applied; at start each engine applies the missing ones in order, under a lock, so
// several instances starting at once apply each step once. Never edit a step that has shipped:
// add the next one.

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'comments and idempotency keys',
    // IF NOT EXISTS: a SQLite file made before migrations were versioned has these already.
    sqlite: `
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
      -- The duplicate check of every post: without it, a scan of the article's comments (41 ms a
      -- post at 100,000 comments, inside the write lock).
      CREATE INDEX IF NOT EXISTS comments_by_author ON comments (article_id, author_name, lower(author_email));
      CREATE TABLE IF NOT EXISTS idempotency_keys (
        key         TEXT    PRIMARY KEY,
        fingerprint TEXT    NOT NULL,
        status      INTEGER NOT NULL,
        body        TEXT    NOT NULL,
        created_at  INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS idempotency_keys_by_age ON idempotency_keys (created_at);`,
    postgres: `
      CREATE TABLE comments (
        id           BIGSERIAL PRIMARY KEY,
        article_id   TEXT   NOT NULL,
        parent_id    BIGINT REFERENCES comments(id),
        author_name  TEXT   NOT NULL,
        author_email TEXT   NOT NULL,
        author_url   TEXT   NOT NULL DEFAULT '',
        content      TEXT   NOT NULL,
        created_at   TEXT   NOT NULL,
        status       TEXT   NOT NULL CHECK (status IN ('pending', 'approved'))
      );
      CREATE INDEX comments_by_article ON comments (article_id, status, id);
      CREATE INDEX comments_by_author ON comments (article_id, author_name, lower(author_email));
      CREATE TABLE idempotency_keys (
        key         TEXT    PRIMARY KEY,
        fingerprint TEXT    NOT NULL,
        status      INTEGER NOT NULL,
        body        TEXT    NOT NULL,
        created_at  BIGINT  NOT NULL
      );
      CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);`,
  },
  {
    version: 2,
    name: 'rate limit hits, shared by every instance',
    sqlite: `
      CREATE TABLE rate_hits (address TEXT NOT NULL, at INTEGER NOT NULL);
      CREATE INDEX rate_hits_by_address ON rate_hits (address, at);
      CREATE INDEX rate_hits_by_age ON rate_hits (at);`,
    postgres: `
      CREATE TABLE rate_hits (address TEXT NOT NULL, at BIGINT NOT NULL);
      CREATE INDEX rate_hits_by_address ON rate_hits (address, at);
      CREATE INDEX rate_hits_by_age ON rate_hits (at);`,
  },
  {
    version: 3,
    name: 'the flood check: comments by email and time',
    sqlite: `CREATE INDEX comments_by_email ON comments (lower(author_email), created_at);`,
    postgres: `CREATE INDEX comments_by_email ON comments (lower(author_email), created_at);`,
  },
  {
    version: 4,
    name: 'moderation (spam, trash), imports, and the event log of the live thread',
    // SQLite cannot change a CHECK constraint in place: the table is rebuilt (its documented
    // procedure). The new table refers to itself by its new name, and the rename rewrites that.
    sqlite: `
      CREATE TABLE comments_v4 (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id    TEXT    NOT NULL,
        parent_id     INTEGER REFERENCES comments_v4(id),
        author_name   TEXT    NOT NULL,
        author_email  TEXT    NOT NULL,
        author_url    TEXT    NOT NULL DEFAULT '',
        content       TEXT    NOT NULL,
        created_at    TEXT    NOT NULL,
        status        TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'trash')),
        status_before TEXT,
        address_hash  TEXT,
        import_source TEXT    UNIQUE
      );
      INSERT INTO comments_v4 (id, article_id, parent_id, author_name, author_email, author_url, content, created_at, status)
        SELECT id, article_id, parent_id, author_name, author_email, author_url, content, created_at, status FROM comments ORDER BY id;
      -- Ids are never reused: the new table continues the old one's sequence.
      DELETE FROM sqlite_sequence WHERE name = 'comments_v4';
      INSERT INTO sqlite_sequence (name, seq) SELECT 'comments_v4', seq FROM sqlite_sequence WHERE name = 'comments';
      DROP TABLE comments;
      ALTER TABLE comments_v4 RENAME TO comments;
      CREATE INDEX comments_by_article ON comments (article_id, status, id);
      CREATE INDEX comments_by_author ON comments (article_id, author_name, lower(author_email));
      CREATE INDEX comments_by_email ON comments (lower(author_email), created_at);
      CREATE INDEX comments_by_status ON comments (status, id);
      CREATE TABLE comment_events (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id TEXT    NOT NULL,
        comment_id INTEGER NOT NULL,
        kind       TEXT    NOT NULL,
        at         INTEGER NOT NULL
      );
      CREATE INDEX comment_events_by_article ON comment_events (article_id, id);
      CREATE INDEX comment_events_by_age ON comment_events (at);`,
    postgres: `
      ALTER TABLE comments DROP CONSTRAINT comments_status_check;
      ALTER TABLE comments ADD CONSTRAINT comments_status_check CHECK (status IN ('pending', 'approved', 'spam', 'trash'));
      ALTER TABLE comments ADD COLUMN status_before TEXT, ADD COLUMN address_hash TEXT, ADD COLUMN import_source TEXT UNIQUE;
      CREATE INDEX comments_by_status ON comments (status, id);
      CREATE TABLE comment_events (
        id         BIGSERIAL PRIMARY KEY,
        article_id TEXT   NOT NULL,
        comment_id BIGINT NOT NULL,
        kind       TEXT   NOT NULL,
        at         BIGINT NOT NULL
      );
      CREATE INDEX comment_events_by_article ON comment_events (article_id, id);
      CREATE INDEX comment_events_by_age ON comment_events (at);`,
  },
];

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;
