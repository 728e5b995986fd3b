// SQLite storage (better-sqlite3 over one file, WAL) behind the `CommentsStore` interface: the
// statements and transactions of ../db.ts, whose BEGIN IMMEDIATE takes the write lock for the
// whole of each atomic operation, across processes too. better-sqlite3 is synchronous; the
// promises only give it the interface PostgreSQL needs.
import { openDb, type CommentsDb } from '../db.js';
import { floodOutcome, IDEMPOTENCY_TTL_MS, PURGE_KEYS_EVERY, reportingUnavailable, storedAnswer, type CommentsStore, type CreateOutcome, type IdempotentRequest } from './store.js';

export interface SqliteStoreOptions {
  /** Writes the demo thread when this open creates the database (default true). */
  seed?: boolean;
  now?: () => number;
}

/** The key's record, unless it has expired. */
function liveRecord(db: CommentsDb, request: IdempotentRequest, now: number) {
  const record = db.getStoredResponse(request.key);
  return record && record.createdAt > now - IDEMPOTENCY_TTL_MS ? record : undefined;
}

export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<CommentsStore> {
  const db = openDb(path, options);
  let keyed = 0;
  return reportingUnavailable({
    created: db.created,
    appliedMigrations: async () => db.appliedMigrations(),
    getComment: async (id) => db.getComment(id),
    listComments: async (articleId, statuses, afterId, limit) => db.listComments(articleId, statuses, afterId, limit),
    countComments: async (articleId, statuses) => db.countComments(articleId, statuses),
    approveComment: async (id) => db.approveComment(id),
    peekIdempotency: async (request, now) => storedAnswer(liveRecord(db, request, now), request),
    createComment: async (comment, request, now, bodyOf, floodMs = 0) =>
      db.transaction((): CreateOutcome => {
        if (request && ++keyed % PURGE_KEYS_EVERY === 0) db.deleteStoredResponsesBefore(now - IDEMPOTENCY_TTL_MS);
        const answered = request && storedAnswer(liveRecord(db, request, now), request);
        if (answered) return answered;
        if (db.findDuplicate(comment)) return { kind: 'duplicate' };
        const flood = floodOutcome(db.lastCommentTimeByEmail(comment.email), floodMs, now);
        if (flood) return flood;
        const row = db.insertComment(comment);
        const body = bodyOf(row);
        if (request) {
          db.deleteStoredResponsesBefore(now - IDEMPOTENCY_TTL_MS, request.key); // an expired record would block the insert
          db.insertStoredResponse(request.key, { fingerprint: request.fingerprint, status: 201, body, createdAt: now });
        }
        return { kind: 'created', row, body };
      }),
    hitRateLimit: async (address, limit, now) => db.hitRate(address, limit, now),
    close: async () => db.close(),
  }, isBusy);
}

/** Another process has held the write lock past the busy timeout (5 s). */
const isBusy = (error: unknown): boolean => /^SQLITE_BUSY/.test(String((error as { code?: unknown })?.code));
