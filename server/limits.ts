// Limits of the reference endpoint: posting rate per client address, request body size, and the
// Idempotency-Key store (replays the first response of a key; records live in SQLite, so a
// retry after a restart is still recognised).
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { CommentsDb, StoredResponse } from './db.js';

export const MAX_BODY_BYTES = 64 * 1024;

// ---------------------------------------------------------------------------------------------
// Rate limit: a sliding window per address. `hit` records an attempt and says whether it is allowed.

export interface RateLimit {
  max: number;
  windowMs: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  hit(address: string): RateDecision;
  /** How many addresses are tracked (at most `maxAddresses`; expired ones go when it is reached). */
  readonly size: number;
}

/** Addresses remembered at once; past it, the least recently active one is forgotten. */
export const MAX_TRACKED_ADDRESSES = 50_000;

export function createRateLimiter(limit: RateLimit, now: () => number, maxAddresses = MAX_TRACKED_ADDRESSES): RateLimiter {
  // In least-recently-hit order: a hit moves its address to the end.
  const hits = new Map<string, number[]>();
  // Runs when the map is full: drops the expired addresses, then the least recently active ones
  // down to 90 % of the cap, so it runs again only after a tenth of the cap of new addresses
  // (O(1) per hit on average). The old sweep ran on every hit past 10,000 addresses: 40,000
  // distinct addresses took 30 s of CPU.
  const prune = (since: number) => {
    for (const [address, times] of hits) if (times[times.length - 1]! <= since) hits.delete(address);
    let surplus = hits.size - Math.floor(maxAddresses * 0.9);
    for (const address of hits.keys()) {
      if (surplus-- <= 0) break;
      hits.delete(address);
    }
  };
  return {
    hit(address) {
      const t = now();
      const since = t - limit.windowMs;
      const times = (hits.get(address) ?? []).filter((time) => time > since);
      hits.delete(address);
      if (hits.size >= maxAddresses) prune(since);
      hits.set(address, times);
      if (times.length >= limit.max) {
        const retryAfterMs = times[0]! + limit.windowMs - t;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
      }
      times.push(t);
      return { allowed: true };
    },
    get size() {
      return hits.size;
    },
  };
}

/**
 * The client's address: the socket's peer. X-Forwarded-For is deliberately ignored (anyone can
 * send it); a deployment behind a proxy would read it from the proxy's trusted header instead.
 */
export function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Body size: reads at most `maxBytes`; more (announced or sent) is `too-large`.

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too-large' | 'aborted' };

export function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > maxBytes) return Promise.resolve({ ok: false, reason: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) finish({ ok: false, reason: 'too-large' });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks, size) });
    const onAbort = () => finish({ ok: false, reason: 'aborted' });
    const onClose = () => {
      if (!req.complete) onAbort();
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onClose);
  });
}

// ---------------------------------------------------------------------------------------------
// Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): the first *successful* response to
// a key is stored with a fingerprint of the request; the same key with the same request gets that
// response again, with a different request a 422. Failures (4xx/5xx) are not stored, so a client
// that fixes a field and retries with the same key (as <comment-form> does) is answered afresh.

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export type IdempotencyLookup =
  | { kind: 'none' }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'mismatch' };

export interface IdempotencyStore {
  /**
   * What the key holds for this request. Outside a transaction it is a hint (a replay needs no
   * rate limit or validation); inside the transaction that stores the comment it is the answer.
   */
  lookup(key: string, fingerprint: string): IdempotencyLookup;
  /**
   * Claims the key for this response. Call inside the transaction that stores the comment, after
   * `lookup` said none there: both land or neither does. A key claimed meanwhile is never
   * replaced: the insert fails (SQLITE_CONSTRAINT_PRIMARYKEY) and the transaction rolls back.
   */
  claim(key: string, fingerprint: string, status: number, body: string): void;
}

/** 1 to 255 visible ASCII characters. */
export const isIdempotencyKey = (key: string): boolean => KEY_PATTERN.test(key);

export function requestFingerprint(path: string, contentType: string, body: Buffer): string {
  return createHash('sha256').update(path).update('\n').update(contentType).update('\n').update(body).digest('hex');
}

export function createIdempotencyStore(db: CommentsDb, now: () => number, ttlMs = IDEMPOTENCY_TTL_MS): IdempotencyStore {
  let lastPurge = 0;
  return {
    lookup(key, fingerprint) {
      const stored: StoredResponse | undefined = db.getStoredResponse(key);
      if (!stored || stored.createdAt <= now() - ttlMs) return { kind: 'none' };
      if (stored.fingerprint !== fingerprint) return { kind: 'mismatch' };
      return { kind: 'replay', status: stored.status, body: stored.body };
    },
    claim(key, fingerprint, status, body) {
      const t = now();
      const expired = t - ttlMs; // what lookup already treats as none
      db.deleteStoredResponsesBefore(expired, key); // an expired record of this key would block the insert
      if (t - lastPurge >= 60_000) {
        lastPurge = t;
        db.deleteStoredResponsesBefore(expired);
      }
      db.insertStoredResponse(key, { fingerprint, status, body, createdAt: t });
    },
  };
}
