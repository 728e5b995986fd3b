// PostgreSQL storage (`pg`), for any number of server instances on one database. What must hold
// across instances is decided inside one transaction by the database, never by a read in one
// instance followed by a write:
// - an idempotency key is claimed by its INSERT (the primary key): a second request with the key
//   waits on the first's open transaction, then sees its committed answer — or, when the first
//   takes longer than `lockTimeoutMs`, is told the key is in flight;
// - the duplicate check and the insert run under a transaction-scoped advisory lock on the
//   article and author, so two instances cannot both store the same comment;
// - a rate-limit hit counts and inserts under an advisory lock on the address.
import pg from 'pg';
import { MIGRATIONS, MIGRATIONS_TABLE } from './migrations.js';
import { seedComments } from './seed.js';
import {
  changedFields,
  EVENT_TTL_MS,
  eventKind,
  parentsFirst,
  statusCounts,
  type ChangedComment,
  type CommentEvent,
  floodOutcome,
  IDEMPOTENCY_TTL_MS,
  PURGE_KEYS_EVERY,
  reportingUnavailable,
  retryAfterSeconds,
  storedAnswer,
  type CommentRow,
  type CommentsStore,
  type CreateOutcome,
  type NewComment,
} from './store.js';

export interface PostgresStoreOptions {
  /** Writes the demo thread when this open creates the schema (default true). */
  seed?: boolean;
  now?: () => number;
  /** Connections this instance keeps (default 10). */
  poolSize?: number;
  /** How long a request waits for another holding its idempotency key before `in-flight` (default 2000 ms). */
  lockTimeoutMs?: number;
  /**
   * A read replica (a hot standby of `url`): the public thread — the list and its count — is read
   * there, everything else on the primary. A new comment shows in the list once the replica has it
   * (streaming replication: milliseconds).
   */
  readUrl?: string;
}

/** Any constant: the advisory lock that lets one instance at a time migrate. */
const MIGRATION_LOCK = 7_346_211;
/** PostgreSQL's lock_not_available, raised when `lock_timeout` passes. */
const LOCK_NOT_AVAILABLE = '55P03';
/** How often (in hits) one instance clears rate-limit hits that left every window. */
const PRUNE_EVERY = 200;

// BIGINT comes back as a string by default; ids and times here fit in a double.
const INT8 = 20;
pg.types.setTypeParser(INT8, (value) => Number(value));

type Sql = Pick<pg.PoolClient, 'query'>;

/**
 * The database cannot be reached, rather than a query being wrong: refused or lost connections,
 * and the server shutting down or starting up (SQLSTATE class 08, and 57P01–57P03).
 */
export function isConnectionError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (/^08/.test(code) || ['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code))) return true;
  return typeof message === 'string' && /Connection terminated|connection timeout|timeout exceeded when trying to connect/i.test(message);
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** Applies the missing migrations; true when the comments table was created by this call. */
async function migrate(pool: pg.Pool): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const applied = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => row.version));
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    }
    return !applied.has(1);
  });
}

async function insertComment(sql: Sql, c: NewComment, importSource: string | null = null): Promise<CommentRow> {
  const { rows } = await sql.query<CommentRow>(
    `INSERT INTO comments (article_id, parent_id, author_name, author_email, author_url, content, created_at, status, address_hash, import_source)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
    [c.articleId, c.parentId, c.name, c.email, c.url, c.content, c.date, c.status, c.addressHash ?? null, importSource],
  );
  return rows[0]!;
}

/** The channel every instance LISTENs on: a payload-less wake-up, the log itself is the table. */
const EVENTS_CHANNEL = 'news_elements_comment_events';
/** How often (in events) one instance clears the ones older than `EVENT_TTL_MS`. */
const PURGE_EVENTS_EVERY = 500;
let loggedEvents = 0;

/**
 * Logs the public thread's event for a change, in the caller's transaction; the NOTIFY is
 * delivered to the listeners when that transaction commits (and never, if it rolls back).
 */
async function logEvent(sql: Sql, before: CommentRow | undefined, after: CommentRow | undefined, now: number): Promise<void> {
  const kind = eventKind(before, after);
  if (!kind) return;
  const row = (after ?? before)!;
  if (++loggedEvents % PURGE_EVENTS_EVERY === 0) await sql.query('DELETE FROM comment_events WHERE at <= $1', [now - EVENT_TTL_MS]);
  await sql.query('INSERT INTO comment_events (article_id, comment_id, kind, at) VALUES ($1, $2, $3, $4)', [row.article_id, row.id, kind, now]);
  await sql.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, '']);
}

/**
 * A connection of its own that LISTENs for logged events and calls `wake` on each; when it drops
 * (the database restarted) it connects again, and wakes once then: what was logged meanwhile is
 * read from the table.
 */
function listenForEvents(url: string, wake: () => void): () => void {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = async () => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    client = c;
    const again = () => {
      if (stopped || client !== c) return;
      client = undefined;
      void c.end().catch(() => {});
      retry = setTimeout(() => void connect(), 1000);
      retry.unref();
    };
    c.on('error', again);
    c.on('end', again);
    c.on('notification', () => wake());
    try {
      await c.connect();
      await c.query(`LISTEN ${EVENTS_CHANNEL}`);
      if (stopped) await c.end();
      else wake();
    } catch {
      again();
    }
  };
  void connect();
  return () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    void client?.end().catch(() => {});
    client = undefined;
  };
}

export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<CommentsStore> {
  const now = options.now ?? Date.now;
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 });
  // A connection that breaks while idle (the database restarted) is dropped from the pool; without
  // a listener the pool's 'error' event would end the process.
  pool.on('error', () => {});
  const lockTimeout = `${Math.max(1, Math.round(options.lockTimeoutMs ?? 2000))}ms`;
  const reader = options.readUrl ? new pg.Pool({ connectionString: options.readUrl, max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 }) : pool;
  reader.on('error', () => {});
  let created: boolean;
  try {
    created = await migrate(pool);
    if (created && options.seed !== false) {
      await inTransaction(pool, async (client) => {
        const ids = new Map<string, number>();
        for (const { ref, comment } of seedComments(now())) ids.set(ref, (await insertComment(client, comment(ids))).id);
      });
    }
  } catch (error) {
    await pool.end();
    if (reader !== pool) await reader.end();
    throw error;
  }

  let hits = 0;
  let keyed = 0;
  const watchers = new Set<() => void>();
  let stopListening: (() => void) | undefined;
  const keyRecord = async (sql: Sql, key: string, at: number) =>
    (
      await sql.query<{ fingerprint: string; status: number; body: string }>(
        'SELECT fingerprint, status, body FROM idempotency_keys WHERE key = $1 AND created_at > $2',
        [key, at - IDEMPOTENCY_TTL_MS],
      )
    ).rows[0];

  return reportingUnavailable({
    created,
    appliedMigrations: async () =>
      (await pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((row) => row.version),
    getComment: async (id) => (await pool.query<CommentRow>('SELECT * FROM comments WHERE id = $1', [id])).rows[0],
    listComments: async (articleId, statuses, afterId, limit) =>
      (
        await reader.query<CommentRow>(
          'SELECT * FROM comments WHERE article_id = $1 AND status = ANY($2) AND id > $3 ORDER BY id LIMIT $4',
          [articleId, statuses, afterId, limit],
        )
      ).rows,
    countComments: async (articleId, statuses) =>
      Number(
        (await reader.query<{ n: number }>('SELECT count(*)::int AS n FROM comments WHERE article_id = $1 AND status = ANY($2)', [articleId, statuses]))
          .rows[0]!.n,
      ),
    getComments: async (ids) => (await pool.query<CommentRow>('SELECT * FROM comments WHERE id = ANY($1)', [ids])).rows,
    listForModeration: async (q) =>
      (
        await pool.query<CommentRow>(
          'SELECT * FROM comments WHERE status = ANY($1) AND ($2::text IS NULL OR article_id = $2) AND id < $3 ORDER BY id DESC LIMIT $4',
          [q.statuses, q.articleId ?? null, q.beforeId ?? Number.MAX_SAFE_INTEGER, q.limit],
        )
      ).rows,
    countByStatus: async (articleId) =>
      statusCounts(
        (await pool.query('SELECT status, count(*)::int AS n FROM comments WHERE ($1::text IS NULL OR article_id = $1) GROUP BY status', [articleId ?? null]))
          .rows,
      ),
    updateComments: (changes, at) =>
      inTransaction(pool, async (client) => {
        const changed: ChangedComment[] = [];
        for (const change of changes) {
          const before = (await client.query<CommentRow>('SELECT * FROM comments WHERE id = $1 FOR UPDATE', [change.id])).rows[0];
          if (!before) continue;
          const f = changedFields(before, change);
          const after = (
            await client.query<CommentRow>('UPDATE comments SET status = $2, status_before = $3, content = $4 WHERE id = $1 RETURNING *', [
              change.id,
              f.status,
              f.status_before,
              f.content,
            ])
          ).rows[0]!;
          await logEvent(client, before, after, at);
          changed.push({ before, after });
        }
        return changed;
      }),
    deleteComments: (ids, at) =>
      inTransaction(pool, async (client) => {
        const deleted: CommentRow[] = [];
        for (const id of ids) {
          const row = (await client.query<CommentRow>('SELECT * FROM comments WHERE id = $1 FOR UPDATE', [id])).rows[0];
          if (!row) continue;
          // Its replies move up to its parent, as WordPress does.
          await client.query('UPDATE comments SET parent_id = $2 WHERE parent_id = $1', [id, row.parent_id]);
          await client.query('DELETE FROM comments WHERE id = $1', [id]);
          await logEvent(client, row, undefined, at);
          deleted.push(row);
        }
        return deleted;
      }),
    async eventsAfter(afterId, limit, articleId) {
      const events = (
        await pool.query<{ id: number; article_id: string; comment_id: number; kind: CommentEvent['kind'] }>(
          'SELECT id, article_id, comment_id, kind FROM comment_events WHERE id > $1 AND ($2::text IS NULL OR article_id = $2) ORDER BY id LIMIT $3',
          [afterId, articleId ?? null, limit],
        )
      ).rows;
      const ids = [...new Set(events.map((e) => e.comment_id))];
      const rows = new Map((await pool.query<CommentRow>('SELECT * FROM comments WHERE id = ANY($1)', [ids])).rows.map((row) => [row.id, row]));
      return events.map((e) => ({ id: e.id, articleId: e.article_id, commentId: e.comment_id, kind: e.kind, row: rows.get(e.comment_id) }));
    },
    lastEventId: async () => Number((await pool.query<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM comment_events')).rows[0]!.id),
    watchEvents(onEvent) {
      watchers.add(onEvent);
      stopListening ??= listenForEvents(url, () => {
        for (const watcher of watchers) watcher();
      });
      return () => {
        watchers.delete(onEvent);
        if (!watchers.size) {
          stopListening?.();
          stopListening = undefined;
        }
      };
    },
    importComments: (items) =>
      inTransaction(pool, async (client) => {
        let inserted = 0;
        let skipped = 0;
        const ids = new Map<string, number>();
        const importedId = async (source: string) =>
          (await client.query<{ id: number }>('SELECT id FROM comments WHERE import_source = $1', [source])).rows[0]?.id;
        for (const item of parentsFirst(items)) {
          const existing = await importedId(item.source);
          if (existing !== undefined) {
            ids.set(item.source, existing);
            skipped++;
            continue;
          }
          const parentId = item.parentSource === null ? null : (ids.get(item.parentSource) ?? (await importedId(item.parentSource)) ?? null);
          ids.set(item.source, (await insertComment(client, { ...item, parentId }, item.source)).id);
          inserted++;
        }
        return { inserted, skipped };
      }),
    exportComments: async (articleId) => (await pool.query<CommentRow>('SELECT * FROM comments WHERE article_id = $1 ORDER BY id', [articleId])).rows,

    peekIdempotency: async (request, at) => storedAnswer(await keyRecord(pool, request.key, at), request),

    async createComment(comment, request, at, bodyOf, floodMs = 0): Promise<CreateOutcome> {
      try {
        return await inTransaction(pool, async (client) => {
          await client.query(`SET LOCAL lock_timeout = '${lockTimeout}'`);
          if (request && ++keyed % PURGE_KEYS_EVERY === 0) await client.query('DELETE FROM idempotency_keys WHERE created_at <= $1', [at - IDEMPOTENCY_TTL_MS]);
          if (request) {
            // An expired record no longer holds the key.
            await client.query('DELETE FROM idempotency_keys WHERE key = $1 AND created_at <= $2', [request.key, at - IDEMPOTENCY_TTL_MS]);
            // The claim: waits while another open transaction holds the key, then either inserts
            // (the key is ours) or finds the committed answer.
            const claimed = await client.query(
              "INSERT INTO idempotency_keys (key, fingerprint, status, body, created_at) VALUES ($1, $2, 0, '', $3) ON CONFLICT (key) DO NOTHING",
              [request.key, request.fingerprint, at],
            );
            if (claimed.rowCount === 0) return storedAnswer(await keyRecord(client, request.key, at), request) ?? { kind: 'in-flight' };
          }
          await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${comment.articleId}\n${comment.name}\n${comment.email.toLowerCase()}`]);
          const duplicate = await client.query(
            'SELECT 1 FROM comments WHERE article_id = $1 AND author_name = $2 AND lower(author_email) = lower($3) AND content = $4 LIMIT 1',
            [comment.articleId, comment.name, comment.email, comment.content],
          );
          if (duplicate.rowCount) {
            // Nothing stored, so the key is not kept either: a corrected retry may use it.
            if (request) await client.query('DELETE FROM idempotency_keys WHERE key = $1', [request.key]);
            return { kind: 'duplicate' };
          }
          if (floodMs) {
            // One email at a time, whichever instance: two quick posts cannot both pass.
            await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`flood\n${comment.email.toLowerCase()}`]);
            const { rows } = await client.query<{ last: string | null }>('SELECT max(created_at) AS last FROM comments WHERE lower(author_email) = lower($1)', [comment.email]);
            const flood = floodOutcome(rows[0]?.last, floodMs, at);
            if (flood) {
              if (request) await client.query('DELETE FROM idempotency_keys WHERE key = $1', [request.key]);
              return flood;
            }
          }
          const row = await insertComment(client, comment);
          await logEvent(client, undefined, row, at);
          const body = bodyOf(row);
          if (request) await client.query('UPDATE idempotency_keys SET status = 201, body = $2 WHERE key = $1', [request.key, body]);
          return { kind: 'created', row, body };
        });
      } catch (error) {
        if ((error as { code?: string }).code === LOCK_NOT_AVAILABLE) return { kind: 'in-flight' };
        throw error;
      }
    },

    async hitRateLimit(address, limit, at) {
      if (++hits % PRUNE_EVERY === 0) await pool.query('DELETE FROM rate_hits WHERE at <= $1', [at - limit.windowMs]);
      return inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rate\n${address}`]);
        await client.query('DELETE FROM rate_hits WHERE address = $1 AND at <= $2', [address, at - limit.windowMs]);
        const { rows } = await client.query<{ n: number; oldest: number | null }>(
          'SELECT count(*)::int AS n, min(at) AS oldest FROM rate_hits WHERE address = $1',
          [address],
        );
        const { n, oldest } = rows[0]!;
        if (n >= limit.max) return { allowed: false, retryAfterSeconds: retryAfterSeconds(Number(oldest), limit, at) };
        await client.query('INSERT INTO rate_hits (address, at) VALUES ($1, $2)', [address, at]);
        return { allowed: true };
      });
    },

    close: async () => {
      stopListening?.();
      stopListening = undefined;
      watchers.clear();
      await pool.end();
      if (reader !== pool) await reader.end();
    },
  }, isConnectionError);
}
