// SQLite storage (better-sqlite3 over one file, WAL) behind the `CommentsStore` interface: the
// statements and transactions of ../db.ts, whose BEGIN IMMEDIATE takes the write lock for the
// whole of each atomic operation, across processes too. better-sqlite3 is synchronous; the
// promises only give it the interface PostgreSQL needs.
import { openDb, type CommentsDb } from '../db.js';
import {
  changedFields,
  EVENT_TTL_MS,
  eventKind,
  floodOutcome,
  IDEMPOTENCY_TTL_MS,
  parentsFirst,
  PURGE_KEYS_EVERY,
  reportingUnavailable,
  statusCounts,
  storedAnswer,
  type ChangedComment,
  type CommentEvent,
  type CommentRow,
  type CommentsStore,
  type CreateOutcome,
  type IdempotentRequest,
} from './store.js';

export interface SqliteStoreOptions {
  /** Writes the demo thread when this open creates the database (default true). */
  seed?: boolean;
  now?: () => number;
  /** How often another process's events are looked for (default 250 ms). */
  pollMs?: number;
}

/** The key's record, unless it has expired. */
function liveRecord(db: CommentsDb, request: IdempotentRequest, now: number) {
  const record = db.getStoredResponse(request.key);
  return record && record.createdAt > now - IDEMPOTENCY_TTL_MS ? record : undefined;
}

/** How often (in events) the ones older than `EVENT_TTL_MS` are cleared. */
const PURGE_EVENTS_EVERY = 500;

export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<CommentsStore> {
  const db = openDb(path, options);
  let keyed = 0;
  let logged = 0;
  const watchers = new Set<() => void>();
  let poll: ReturnType<typeof setInterval> | undefined;
  let seen = 0;
  const wake = () => {
    for (const watcher of watchers) watcher();
  };

  /** Logs the public thread's event for a change (in the caller's transaction). */
  const logEvent = (before: CommentRow | undefined, after: CommentRow | undefined, now: number) => {
    const kind = eventKind(before, after);
    const row = (after ?? before)!;
    if (!kind) return false;
    if (++logged % PURGE_EVENTS_EVERY === 0) db.deleteEventsBefore(now - EVENT_TTL_MS);
    db.insertEvent(row.article_id, row.id, kind, now);
    return true;
  };
  /** Runs a write that may log events, and tells this process's watchers at once after it commits. */
  const writing = <T>(work: () => { result: T; logged: boolean }): T => {
    const { result, logged: any } = db.transaction(work);
    if (any) wake();
    return result;
  };

  return reportingUnavailable({
    created: db.created,
    appliedMigrations: async () => db.appliedMigrations(),
    getComment: async (id) => db.getComment(id),
    getComments: async (ids) => db.getComments(ids),
    listComments: async (articleId, statuses, afterId, limit) => db.listComments(articleId, statuses, afterId, limit),
    countComments: async (articleId, statuses) => db.countComments(articleId, statuses),
    listForModeration: async (query) => db.listForModeration(query),
    countByStatus: async (articleId) => statusCounts(db.countByStatus(articleId)),
    peekIdempotency: async (request, now) => storedAnswer(liveRecord(db, request, now), request),
    createComment: async (comment, request, now, bodyOf, floodMs = 0) =>
      writing((): { result: CreateOutcome; logged: boolean } => {
        const none = (result: CreateOutcome) => ({ result, logged: false });
        if (request && ++keyed % PURGE_KEYS_EVERY === 0) db.deleteStoredResponsesBefore(now - IDEMPOTENCY_TTL_MS);
        const answered = request && storedAnswer(liveRecord(db, request, now), request);
        if (answered) return none(answered);
        if (db.findDuplicate(comment)) return none({ kind: 'duplicate' });
        const flood = floodOutcome(db.lastCommentTimeByEmail(comment.email), floodMs, now);
        if (flood) return none(flood);
        const row = db.insertComment(comment);
        const body = bodyOf(row);
        if (request) {
          db.deleteStoredResponsesBefore(now - IDEMPOTENCY_TTL_MS, request.key); // an expired record would block the insert
          db.insertStoredResponse(request.key, { fingerprint: request.fingerprint, status: 201, body, createdAt: now });
        }
        return { result: { kind: 'created', row, body }, logged: logEvent(undefined, row, now) };
      }),
    updateComments: async (changes, now) =>
      writing(() => {
        const changed: ChangedComment[] = [];
        let any = false;
        for (const change of changes) {
          const before = db.getComment(change.id);
          if (!before) continue;
          db.setComment(change.id, changedFields(before, change));
          const after = db.getComment(change.id)!;
          any = logEvent(before, after, now) || any;
          changed.push({ before, after });
        }
        return { result: changed, logged: any };
      }),
    deleteComments: async (ids, now) =>
      writing(() => {
        const deleted: CommentRow[] = [];
        let any = false;
        for (const id of ids) {
          const row = db.getComment(id);
          if (!row) continue;
          // A reply deleted in the same call has already been moved: read the parent now.
          db.deleteComment(id, row.parent_id);
          any = logEvent(row, undefined, now) || any;
          deleted.push(row);
        }
        return { result: deleted, logged: any };
      }),
    eventsAfter: async (afterId, limit, articleId) => {
      const events = db.eventsAfter(afterId, limit, articleId);
      const rows = new Map(db.getComments([...new Set(events.map((e) => e.comment_id))]).map((row) => [row.id, row]));
      return events.map((e) => ({ id: e.id, articleId: e.article_id, commentId: e.comment_id, kind: e.kind as CommentEvent['kind'], row: rows.get(e.comment_id) }));
    },
    lastEventId: async () => db.lastEventId(),
    watchEvents(onEvent) {
      watchers.add(onEvent);
      // Another process (a second server on the same file) is seen by polling the log's last id.
      if (!poll) {
        seen = db.lastEventId();
        poll = setInterval(() => {
          const last = db.lastEventId();
          if (last !== seen) {
            seen = last;
            wake();
          }
        }, options.pollMs ?? 250);
        poll.unref();
      }
      return () => {
        watchers.delete(onEvent);
        if (!watchers.size && poll) {
          clearInterval(poll);
          poll = undefined;
        }
      };
    },
    importComments: async (items) =>
      db.transaction(() => {
        let inserted = 0;
        let skipped = 0;
        const ids = new Map<string, number>();
        for (const item of parentsFirst(items)) {
          const existing = db.importedId(item.source);
          if (existing !== undefined) {
            ids.set(item.source, existing);
            skipped++;
            continue;
          }
          const parentId = item.parentSource === null ? null : (ids.get(item.parentSource) ?? db.importedId(item.parentSource) ?? null);
          const row = db.insertComment({ ...item, parentId }, item.source);
          ids.set(item.source, row.id);
          inserted++;
        }
        return { inserted, skipped };
      }),
    exportComments: async (articleId) => db.exportComments(articleId),
    hitRateLimit: async (address, limit, now) => db.hitRate(address, limit, now),
    close: async () => {
      if (poll) clearInterval(poll);
      poll = undefined;
      watchers.clear();
      db.close();
    },
  }, isBusy);
}

/** Another process has held the write lock past the busy timeout (5 s). */
const isBusy = (error: unknown): boolean => /^SQLITE_BUSY/.test(String((error as { code?: unknown })?.code));
