// The comments server's storage, one interface with two engines: SQLite (sqlite.ts, one process, a
// file) and PostgreSQL (postgres.ts, any number of instances on one database). Every operation
// that must hold across instances is one call here, atomic in the engine — the idempotency record
// with the comment it answers for, the duplicate check with the insert, a rate-limit hit with its
// count — never a read in the server followed by a write.

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
  approveComment(id: number): Promise<CommentRow | undefined>;
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
    approveComment: guard(store.approveComment),
    createComment: guard(store.createComment),
    peekIdempotency: guard(store.peekIdempotency),
    hitRateLimit: guard(store.hitRateLimit),
  };
}
