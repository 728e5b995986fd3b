// The comments server's storage, one interface with two engines: SQLite (sqlite.ts, one process, a
// file) and PostgreSQL (postgres.ts, any number of instances on one database). Every operation
// that must hold across instances is one call here, atomic in the engine — the idempotency record
// with the comment it answers for, the duplicate check with the insert, a rate-limit hit with its
// count — never a read in the server followed by a write.

export type CommentStatus = 'pending' | 'approved' | 'spam' | 'trash';
export const COMMENT_STATUSES: readonly CommentStatus[] = ['pending', 'approved', 'spam', 'trash'];

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
  /** What it was before it went to spam or trash: where "restore" takes it back. */
  status_before: CommentStatus | null;
  /** A keyed hash of the poster's address (moderators tell posters apart without seeing addresses). */
  address_hash: string | null;
  /** For an imported comment, its key at the source (`wordpress:…`, `disqus:…`). */
  import_source: string | null;
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
  addressHash?: string | null;
}

/** A comment from another system (import/): inserted once, whatever the number of runs. */
export interface ImportedComment extends Omit<NewComment, 'parentId' | 'addressHash'> {
  /** A stable key of the comment at its source, e.g. `wordpress:https://site.example:123`: a re-run skips what it already imported. */
  source: string;
  /** The source key of the comment it replies to (imported in the same batch or earlier), or null. */
  parentSource: string | null;
}

/** A moderator's change to one comment. */
export interface CommentChange {
  id: number;
  status?: CommentStatus;
  content?: string;
}

/** A comment as it was and as it is after a change. */
export interface ChangedComment {
  before: CommentRow;
  after: CommentRow;
}

/**
 * What the public thread of an article saw change, in order (`id`): a comment became visible
 * (`approved`), a visible one was edited (`edited`), or one left it (`hidden`: unapproved, spam,
 * trash, deleted). The live thread (server/live.ts) streams these; a reader who reconnects with the
 * last id they had gets what they missed.
 */
export interface CommentEvent {
  id: number;
  articleId: string;
  commentId: number;
  kind: 'approved' | 'edited' | 'hidden';
  /** The comment now, if it still exists. */
  row: CommentRow | undefined;
}

export interface ModerationQuery {
  statuses: readonly CommentStatus[];
  articleId?: string;
  /** Newest first: ids below this one. */
  beforeId?: number;
  limit: number;
}

/** How long the event log keeps an event: a reader away longer reloads the thread instead. */
export const EVENT_TTL_MS = 24 * 60 * 60 * 1000;

/** The event a change makes in the public thread, if any. */
export function eventKind(before: Pick<CommentRow, 'status' | 'content'> | undefined, after: Pick<CommentRow, 'status' | 'content'> | undefined): CommentEvent['kind'] | undefined {
  const wasPublic = before?.status === 'approved';
  const isPublic = after?.status === 'approved';
  if (isPublic && !wasPublic) return 'approved';
  if (wasPublic && !isPublic) return 'hidden';
  if (isPublic && before!.content !== after!.content) return 'edited';
  return undefined;
}

/** `status_before` after a change of status: kept while in spam/trash, the old status when going there. */
export function statusBefore(before: CommentRow, status: CommentStatus): CommentStatus | null {
  const away = (s: CommentStatus) => s === 'spam' || s === 'trash';
  if (!away(status)) return null;
  return away(before.status) ? before.status_before : before.status;
}

/** The fields a change leaves a comment with. */
export function changedFields(before: CommentRow, change: CommentChange): Pick<CommentRow, 'status' | 'status_before' | 'content'> {
  const status = change.status ?? before.status;
  return {
    status,
    status_before: status === before.status ? before.status_before : statusBefore(before, status),
    content: change.content ?? before.content,
  };
}

/** Counts per status, every status present (0 when none). */
export function statusCounts(rows: readonly { status: CommentStatus; n: number }[]): Record<CommentStatus, number> {
  const counts = Object.fromEntries(COMMENT_STATUSES.map((status) => [status, 0])) as Record<CommentStatus, number>;
  for (const { status, n } of rows) counts[status] = Number(n);
  return counts;
}

/** Imported comments with every parent before its replies (sources given in any order). */
export function parentsFirst(items: readonly ImportedComment[]): ImportedComment[] {
  const bySource = new Map(items.map((item) => [item.source, item]));
  const ordered: ImportedComment[] = [];
  const placed = new Set<string>();
  const place = (item: ImportedComment, path: Set<string>) => {
    if (placed.has(item.source) || path.has(item.source)) return; // a cycle at the source: left as it comes
    path.add(item.source);
    const parent = item.parentSource === null ? undefined : bySource.get(item.parentSource);
    if (parent) place(parent, path);
    placed.add(item.source);
    ordered.push(item);
  };
  for (const item of items) place(item, new Set());
  return ordered;
}

/** The request an `Idempotency-Key` came with: a retry with the same key and fingerprint is answered as the first was. */
export interface IdempotentRequest {
  key: string;
  /** A hash of what was posted (path, media type, body): the same key with another body is refused. */
  fingerprint: string;
}

export type CreateOutcome =
  | { kind: 'created'; row: CommentRow; body: string }
  | { kind: 'duplicate' }
  /** The key already answered this request: the stored answer, to send again. */
  | { kind: 'replay'; status: number; body: string }
  /** The key already answered another request. */
  | { kind: 'mismatch' }
  /** Another request with the key is being stored right now (another instance, its transaction open). */
  | { kind: 'in-flight' }
  /** The same email posted less than the flood interval ago (WordPress's flood check). */
  | { kind: 'flood'; retryAfterSeconds: number };

export interface RateLimit {
  max: number;
  windowMs: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** How long an idempotency key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** How often (in posts with a key, per instance) the expired idempotency records are cleared. */
export const PURGE_KEYS_EVERY = 100;

export interface CommentsStore {
  /** True when this open created the schema (and, unless `seed: false`, seeded the demo thread). */
  readonly created: boolean;
  /** The versions of `MIGRATIONS` applied, in order. */
  appliedMigrations(): Promise<number[]>;
  getComment(id: number): Promise<CommentRow | undefined>;
  /** Oldest first, after `afterId`, at most `limit`. */
  listComments(articleId: string, statuses: readonly CommentStatus[], afterId: number, limit: number): Promise<CommentRow[]>;
  countComments(articleId: string, statuses: readonly CommentStatus[]): Promise<number>;
  /** Several at once, in any order; missing ids are left out. */
  getComments(ids: readonly number[]): Promise<CommentRow[]>;
  /** The moderation queue: newest first. */
  listForModeration(query: ModerationQuery): Promise<CommentRow[]>;
  /** Comments per status, of one article or all. */
  countByStatus(articleId?: string): Promise<Record<CommentStatus, number>>;
  /** In one transaction: each change applied (missing ids left out) and its event logged. */
  updateComments(changes: readonly CommentChange[], now: number): Promise<ChangedComment[]>;
  /** In one transaction: deletes them for good (their replies move up to their parent), events logged. */
  deleteComments(ids: readonly number[], now: number): Promise<CommentRow[]>;
  /** The event log after `afterId` (of one article, or all), oldest first. */
  eventsAfter(afterId: number, limit: number, articleId?: string): Promise<CommentEvent[]>;
  /** The newest event's id (0 when none). */
  lastEventId(): Promise<number>;
  /**
   * Calls `onEvent` (without arguments; read `eventsAfter`) soon after any instance logs an event:
   * PostgreSQL's LISTEN/NOTIFY, SQLite's file polled. Returns the unsubscribe.
   */
  watchEvents(onEvent: () => void): () => void;
  /** Inserts in order (parents before replies), skipping sources already stored; one transaction. */
  importComments(items: readonly ImportedComment[]): Promise<{ inserted: number; skipped: number }>;
  /** Every comment of the article, any status, oldest first. */
  exportComments(articleId: string): Promise<CommentRow[]>;
  /**
   * In one transaction: the key's stored answer when it has one (younger than
   * `IDEMPOTENCY_TTL_MS`), else the duplicate check (same article, name, email ignoring case and
   * text), else the flood check (a comment from the same email, any article, less than `floodMs`
   * ago; 0 turns it off), else the insert, with the key claimed for `bodyOf(row)` answered with 201.
   */
  createComment(
    comment: NewComment,
    request: IdempotentRequest | undefined,
    now: number,
    bodyOf: (row: CommentRow) => string,
    floodMs?: number,
  ): Promise<CreateOutcome>;
  /** What the key holds, without a transaction: a hint that spares a retry the rate limit; `createComment` decides. */
  peekIdempotency(request: IdempotentRequest, now: number): Promise<Extract<CreateOutcome, { kind: 'replay' | 'mismatch' }> | undefined>;
  /** Counts one post from `address`, or says when it may post again: the same count for every instance. */
  hitRateLimit(address: string, limit: RateLimit, now: number): Promise<RateDecision>;
  close(): Promise<void>;
}

/** The stored answer for `request`, if the record is its own; `mismatch` when it answered another body. */
export function storedAnswer(
  record: { fingerprint: string; status: number; body: string } | undefined,
  request: IdempotentRequest,
): Extract<CreateOutcome, { kind: 'replay' | 'mismatch' }> | undefined {
  if (!record) return undefined;
  return record.fingerprint === request.fingerprint ? { kind: 'replay', status: record.status, body: record.body } : { kind: 'mismatch' };
}

/** The flood check's answer for the email's last comment (an ISO date), or undefined when it may post. */
export function floodOutcome(last: string | null | undefined, floodMs: number, now: number): Extract<CreateOutcome, { kind: 'flood' }> | undefined {
  if (!floodMs || !last) return undefined;
  const wait = Date.parse(last) + floodMs - now;
  return wait > 0 ? { kind: 'flood', retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) } : undefined;
}

/** Seconds until the oldest hit in the window leaves it (at least 1). */
export function retryAfterSeconds(oldestHit: number, limit: RateLimit, now: number): number {
  return Math.max(1, Math.ceil((oldestHit + limit.windowMs - now) / 1000));
}

/**
 * The database cannot be reached right now (PostgreSQL down or restarting, SQLite's file locked
 * past its timeout): the server answers 503 with Retry-After, and the next request tries again.
 */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`the comments database is unavailable: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'StorageUnavailableError';
  }
}

/** `store` with every rejection that `isUnavailable` recognises turned into a `StorageUnavailableError`. */
export function reportingUnavailable(store: CommentsStore, isUnavailable: (error: unknown) => boolean): CommentsStore {
  const guard =
    <A extends unknown[], R>(operation: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await operation(...args);
      } catch (error) {
        throw isUnavailable(error) ? new StorageUnavailableError(error) : error;
      }
    };
  return {
    ...store,
    appliedMigrations: guard(store.appliedMigrations),
    getComment: guard(store.getComment),
    listComments: guard(store.listComments),
    countComments: guard(store.countComments),
    getComments: guard(store.getComments),
    listForModeration: guard(store.listForModeration),
    countByStatus: guard(store.countByStatus),
    updateComments: guard(store.updateComments),
    deleteComments: guard(store.deleteComments),
    eventsAfter: guard(store.eventsAfter),
    lastEventId: guard(store.lastEventId),
    importComments: guard(store.importComments),
    exportComments: guard(store.exportComments),
    createComment: guard(store.createComment),
    peekIdempotency: guard(store.peekIdempotency),
    hitRateLimit: guard(store.hitRateLimit),
  };
}
