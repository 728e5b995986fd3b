// Webhook notifications (WEBHOOK_URL): a JSON POST for each new comment and each status change,
// signed with WEBHOOK_SECRET, sent after the comment's answer, retried with backoff a bounded
// number of times, and never in the way of a post: `notify` only queues, a receiver that is down
// or hangs costs a bounded queue and a few sockets, nothing else.
//
//   POST <url>
//   Content-Type: application/json
//   User-Agent: news-elements-webhook/1
//   X-News-Elements-Event: comment.created
//   X-News-Elements-Delivery: <uuid, the same on every retry>
//   X-News-Elements-Timestamp: <unix seconds of this attempt>
//   X-News-Elements-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">   (with a secret)
//
// The timestamp is signed with the body, so a receiver can refuse an old request replayed:
// `verifyWebhookSignature` checks both.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { CommentRow, CommentStatus } from './storage/store.js';

export type WebhookEventType = 'comment.created' | 'comment.status_changed' | 'comment.edited' | 'comment.deleted';

/** The comment as its publisher sees it: with the author's email (the public API never shows it). */
export interface WebhookComment {
  id: number;
  articleId: string;
  parentId: number | null;
  author: { name: string; email: string; url: string | null };
  content: string;
  date: string;
  status: CommentStatus;
}

export interface WebhookEvent {
  /** The delivery id (a UUID): the same on every retry, so a receiver can skip one it has handled. */
  id: string;
  type: WebhookEventType;
  /** When it happened (ISO 8601). */
  occurredAt: string;
  comment: WebhookComment;
  /** For `comment.status_changed`: the status before. */
  previousStatus?: CommentStatus;
}

export interface WebhookNotifierOptions {
  url: string;
  /** Signs every request (X-News-Elements-Signature); without one, requests go unsigned. */
  secret?: string;
  /** Attempts per event, the first included. Default 5. */
  maxAttempts?: number;
  /** The delay before the first retry, doubled for each next one, plus up to half of it as jitter. Default 1000. */
  backoffMs?: number;
  /** How long one attempt may wait for the receiver's answer. Default 5000. */
  timeoutMs?: number;
  /** Events held (waiting, sending or between retries); beyond that the oldest waiting one is dropped. Default 1000. */
  maxQueued?: number;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  /** Where deliveries that fail for good are reported. Default console.error. */
  log?: (message: string) => void;
  /** Clock (ms since epoch) for the signed timestamp and Retry-After dates. Default Date.now. */
  now?: () => number;
}

export interface WebhookNotifier {
  /** Queues the event and returns at once; never throws. */
  notify(event: WebhookEvent): void;
  /** Resolves when nothing is queued, sending or waiting to be retried. */
  idle(): Promise<void>;
  /** Stops retries and drops what is queued, waits at most a moment for requests in flight, then aborts them. */
  close(): Promise<void>;
}

export const WEBHOOK_USER_AGENT = 'news-elements-webhook/1';
/** The longest Retry-After honoured; a receiver asking for more is retried after this. */
export const MAX_RETRY_AFTER_MS = 60_000;
/** How long `close()` lets requests in flight finish. */
const CLOSE_GRACE_MS = 1_000;

export function webhookComment(row: CommentRow): WebhookComment {
  return {
    id: row.id,
    articleId: row.article_id,
    parentId: row.parent_id,
    author: { name: row.author_name, email: row.author_email, url: row.author_url || null },
    content: row.content,
    date: row.created_at,
    status: row.status,
  };
}

/** The event with its delivery id and date. */
export function webhookEvent({ type, ...rest }: Omit<WebhookEvent, 'id' | 'occurredAt'>, now: number): WebhookEvent {
  return { id: randomUUID(), type, occurredAt: new Date(now).toISOString(), ...rest };
}

const hmac = (secret: string, timestamp: string, rawBody: string | Uint8Array) => createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest();

/** The X-News-Elements-Signature header for a body sent at `timestamp` (unix seconds, as sent). */
export function signWebhook(secret: string, timestamp: string, rawBody: string | Uint8Array): string {
  return `sha256=${hmac(secret, timestamp, rawBody).toString('hex')}`;
}

/**
 * For receivers: whether `header` (X-News-Elements-Signature) signs `rawBody` (the bytes received,
 * before any parsing) at `timestamp` (X-News-Elements-Timestamp) with `secret`, and the timestamp
 * is within `toleranceSeconds` of `now` (an old request replayed is refused). Constant-time.
 */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string | string[] | undefined | null,
  rawBody: string | Uint8Array,
  header: string | string[] | undefined | null,
  { toleranceSeconds = 300, now = Date.now }: { toleranceSeconds?: number; now?: () => number } = {},
): boolean {
  if (typeof timestamp !== 'string' || typeof header !== 'string' || !secret) return false;
  if (!/^\d{1,15}$/.test(timestamp) || Math.abs(now() / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header.trim());
  if (!match) return false;
  return timingSafeEqual(Buffer.from(match[1]!, 'hex'), hmac(secret, timestamp, rawBody));
}

/** What one attempt came to. */
type Attempt =
  | { kind: 'delivered' }
  /** A 4xx other than 408 and 429 (or a redirect): the receiver will not take it, retrying would not help. */
  | { kind: 'refused'; status: number }
  | { kind: 'failed'; reason: string; retryAfterMs?: number };

interface Delivery {
  event: WebhookEvent;
  body: string;
  attempts: number;
  state: 'queued' | 'sending' | 'waiting';
  timer?: NodeJS.Timeout;
}

const RETRIED_STATUSES = new Set([408, 429]);

/** Retry-After in seconds or as an HTTP date, in ms from `now`; undefined when absent or unreadable. */
function retryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Why a request failed, in a few words: the timeout, or the network's code (ECONNREFUSED, UND_ERR_SOCKET…). */
function failure(error: unknown, timeoutMs: number): string {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  if (e?.name === 'AbortError') return 'aborted at shutdown';
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(error);
}

export function createWebhookNotifier(options: WebhookNotifierOptions): WebhookNotifier {
  const url = new URL(options.url); // a wrong WEBHOOK_URL fails at start, not at the first comment
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`The webhook URL must be http: or https: (got ${url.protocol}).`);
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const backoffMs = options.backoffMs ?? 1_000;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxQueued = Math.max(1, options.maxQueued ?? 1_000);
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const log = options.log ?? ((message: string) => console.error(`[comments] ${message}`));
  const now = options.now ?? Date.now;

  /** Every event not yet done with, oldest first (a Set keeps insertion order). */
  const deliveries = new Set<Delivery>();
  let sending = 0;
  let pumpScheduled = false;
  let closed = false;
  const stopping = new AbortController();
  let idleWaiters: Array<() => void> = [];

  const name = (d: Delivery) => `webhook ${d.event.type} ${d.event.id}`;

  function done(d: Delivery): void {
    deliveries.delete(d);
    if (deliveries.size > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Starts queued deliveries while there is room; on a later turn, so `notify` never does network work. */
  function schedulePump(): void {
    if (pumpScheduled || closed) return;
    pumpScheduled = true;
    setImmediate(() => {
      pumpScheduled = false;
      for (const d of deliveries) {
        if (sending >= concurrency || closed) return;
        if (d.state === 'queued') void send(d);
      }
    });
  }

  async function attempt(d: Delivery): Promise<Attempt> {
    const timestamp = String(Math.floor(now() / 1000));
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'User-Agent': WEBHOOK_USER_AGENT,
      'X-News-Elements-Event': d.event.type,
      'X-News-Elements-Delivery': d.event.id,
      'X-News-Elements-Timestamp': timestamp,
    };
    if (options.secret) headers['X-News-Elements-Signature'] = signWebhook(options.secret, timestamp, d.body);
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers,
        body: d.body,
        redirect: 'manual', // a redirected POST would arrive as a GET, unsigned: the URL must answer itself
        signal: AbortSignal.any([AbortSignal.timeout(timeoutMs), stopping.signal]),
      });
    } catch (error) {
      return { kind: 'failed', reason: failure(error, timeoutMs) };
    }
    await response.body?.cancel().catch(() => {}); // the answer's body is not read; its socket is freed
    const { status } = response;
    if (status >= 200 && status < 300) return { kind: 'delivered' };
    if (status >= 500 || RETRIED_STATUSES.has(status)) {
      const wait = retryAfterMs(response.headers.get('retry-after'), now());
      return { kind: 'failed', reason: `HTTP ${status}`, ...(wait === undefined ? {} : { retryAfterMs: Math.min(wait, MAX_RETRY_AFTER_MS) }) };
    }
    return { kind: 'refused', status };
  }

  async function send(d: Delivery): Promise<void> {
    d.state = 'sending';
    sending++;
    // `attempt` settles with its outcome; anything it did not foresee is a failed attempt, never an unhandled rejection.
    const outcome = await attempt(d).catch((error: unknown): Attempt => ({ kind: 'failed', reason: failure(error, timeoutMs) }));
    d.attempts++;
    sending--;
    if (outcome.kind === 'delivered') {
      done(d);
    } else if (outcome.kind === 'refused') {
      log(`${name(d)} refused with HTTP ${outcome.status}; not retried`);
      done(d);
    } else if (closed) {
      log(`${name(d)} not delivered (${outcome.reason}): shutting down`);
      done(d);
    } else if (d.attempts >= maxAttempts) {
      log(`${name(d)} dropped after ${d.attempts} attempt${d.attempts === 1 ? '' : 's'} (last: ${outcome.reason})`);
      done(d);
    } else {
      const backoff = backoffMs * 2 ** (d.attempts - 1) * (1 + Math.random() / 2);
      d.state = 'waiting';
      d.timer = setTimeout(() => {
        d.state = 'queued';
        schedulePump();
      }, Math.max(backoff, outcome.retryAfterMs ?? 0));
      d.timer.unref(); // a retry alone does not keep a process alive
    }
    schedulePump();
  }

  function idle(): Promise<void> {
    return deliveries.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => idleWaiters.push(resolve));
  }

  return {
    notify(event) {
      try {
        if (closed) {
          log(`webhook ${event.type} ${event.id} not sent: shutting down`);
          return;
        }
        const delivery: Delivery = { event, body: JSON.stringify(event), attempts: 0, state: 'queued' };
        if (deliveries.size >= maxQueued) {
          // A receiver that is down must not grow memory: the oldest event not in flight makes room.
          const oldest = [...deliveries].find((d) => d.state !== 'sending');
          if (!oldest) {
            log(`${name(delivery)} dropped: ${maxQueued} deliveries are in flight`);
            return;
          }
          clearTimeout(oldest.timer);
          log(`${name(oldest)} dropped: more than ${maxQueued} deliveries waiting`);
          done(oldest);
        }
        deliveries.add(delivery);
        schedulePump();
      } catch (error) {
        log(`webhook ${event?.type} not sent: ${(error as Error)?.message ?? String(error)}`);
      }
    },
    idle,
    async close() {
      if (closed) return idle();
      closed = true;
      let dropped = 0;
      for (const d of deliveries) {
        if (d.state === 'sending') continue;
        clearTimeout(d.timer);
        done(d);
        dropped++;
      }
      if (dropped > 0) log(`${dropped} webhook deliver${dropped === 1 ? 'y' : 'ies'} not sent: shutting down`);
      if (deliveries.size === 0) return;
      const grace = setTimeout(() => stopping.abort(), CLOSE_GRACE_MS);
      await idle();
      clearTimeout(grace);
    },
  };
}
