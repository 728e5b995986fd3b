// The reference comments endpoint as Connect-style middleware: `npm start` serves it with the
// demo (server/demo.ts), `npm run dev` inside Vite (vite.config.ts), server/main.ts standalone.
// Answers `/api/…`, calls `next()` for everything else. Routes: routes.ts; storage: storage/
// (SQLite by default, PostgreSQL with a `postgres://` URL); limits: limits.ts; who may post
// (cross-site, CORS): origin.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES } from './limits.js';
import { StorageUnavailableError, type CommentsStore } from './storage/store.js';
import { parseOrigins } from './origin.js';
import { parseTrustProxy } from './proxy.js';
import { send } from './respond.js';
import { route, type RouteContext } from './routes.js';
import { createLiveThreads } from './live.js';
import { createWebhookNotifier, webhookComment, webhookEvent } from './webhooks.js';

export interface CommentsAppOptions {
  /** SQLite file (created with its directory on first start). Default `data/comments.db`. */
  dbPath?: string;
  /** `postgres://…`: PostgreSQL instead of the SQLite file, for one or several instances. */
  databaseUrl?: string;
  /** `postgres://…` of a read replica of `databaseUrl`: the public thread is read there. */
  databaseReadUrl?: string;
  /** A store already open (`openSqliteStore`, `openPostgresStore`), used instead of `dbPath`/`databaseUrl`; `close()` closes it. */
  store?: CommentsStore;
  /** New comments are `approved` instead of `pending`. Default false. */
  autoApprove?: boolean;
  /** Bearer token of the moderation API (`/api/moderation/…`, `POST /api/comments/:id/approve`); without one moderation is off. */
  moderationToken?: string;
  /** The name the site's own replies are signed with (moderation's "reply as the site"). Default "The editors". */
  siteName?: string;
  /** Posts allowed per client address per window. Default 5 per 60 s. */
  rateLimit?: { max: number; windowMs: number };
  /** The least time between two comments from one email address, as WordPress's flood check. Default 15 s; 0 turns it off. */
  floodIntervalMs?: number;
  /** Clock (ms since epoch) for dates, the rate window and idempotency records. Default Date.now. */
  now?: () => number;
  /** Insert the demo thread when the database is created. Default true. */
  seed?: boolean;
  /** Largest accepted request body in bytes. Default 64 KB (65536). */
  maxBodyBytes?: number;
  /**
   * Origins of other sites allowed to post and to read answers (CORS), such as
   * `https://news.example`. Default none: only same-origin pages and non-browser clients post.
   */
  corsOrigins?: readonly string[];
  /**
   * Behind a reverse proxy: `1` (one proxy hop) or the proxies' addresses and CIDRs, comma-separated;
   * the client's address then comes from X-Forwarded-For (server/proxy.ts). Default: the socket's peer.
   */
  trustProxy?: string;
  /** Receives a signed JSON POST for each new comment and each status change (server/webhooks.ts). Default none. */
  webhookUrl?: string;
  /** Signs the webhook's requests (X-News-Elements-Signature); without it they go unsigned. */
  webhookSecret?: string;
}

export interface CommentsApp {
  /** Connect-style middleware: answers `/api/…`, calls `next()` for anything else. */
  handle(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  /** The storage, opened (and migrated) on first use; for a server that wants to fail at start rather than on a request. */
  ready(): Promise<CommentsStore>;
  close(): Promise<void>;
}

export const DEFAULT_DB_PATH = 'data/comments.db';

/**
 * Options from the environment: COMMENTS_DB, DATABASE_URL (PostgreSQL, instead of COMMENTS_DB) and
 * DATABASE_READ_URL (its read replica),
 * AUTO_APPROVE (`1` approves; with `autoApproveByDefault`, anything but `0` does),
 * MODERATION_TOKEN, SITE_NAME, CORS_ORIGINS (comma-separated), TRUST_PROXY, WEBHOOK_URL and WEBHOOK_SECRET.
 */
export function appOptionsFromEnv(env: NodeJS.ProcessEnv, defaults: { dbPath: string; autoApproveByDefault: boolean }): CommentsAppOptions {
  return {
    dbPath: env.COMMENTS_DB || defaults.dbPath,
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    autoApprove: defaults.autoApproveByDefault ? env.AUTO_APPROVE !== '0' : env.AUTO_APPROVE === '1',
    moderationToken: env.MODERATION_TOKEN || undefined,
    siteName: env.SITE_NAME || undefined,
    corsOrigins: parseOrigins(env.CORS_ORIGINS ?? ''),
    trustProxy: env.TRUST_PROXY || undefined,
    webhookUrl: env.WEBHOOK_URL || undefined,
    webhookSecret: env.WEBHOOK_SECRET || undefined,
  };
}

/** Seconds a client is told to wait when the database is unavailable. */
const UNAVAILABLE_RETRY_SECONDS = 5;

/**
 * The engine's module is imported only when it is used: an installation needs only the driver it
 * runs on (`pg` or `better-sqlite3`, both optional peer dependencies of the package).
 */
async function openStore(options: CommentsAppOptions, now: () => number): Promise<CommentsStore> {
  if (options.store) return options.store;
  const seed = options.seed ?? true;
  if (options.databaseUrl) {
    const { openPostgresStore } = await import('./storage/postgres.js');
    return openPostgresStore(options.databaseUrl, { seed, now, ...(options.databaseReadUrl ? { readUrl: options.databaseReadUrl } : {}) });
  }
  return (await import('./storage/sqlite.js')).openSqliteStore(options.dbPath ?? DEFAULT_DB_PATH, { seed, now });
}

export function createCommentsApp(options: CommentsAppOptions = {}): CommentsApp {
  const now = options.now ?? Date.now;
  // Opened once; an open that fails (PostgreSQL not up yet) is tried again by the next request.
  let opening: Promise<CommentsStore> | undefined;
  const store = () =>
    (opening ??= openStore(options, now).catch((error: unknown) => {
      opening = undefined;
      throw error instanceof StorageUnavailableError ? error : new StorageUnavailableError(error);
    }));
  let toldModerationOff = false;
  const live = createLiveThreads(store);
  const webhooks = options.webhookUrl ? createWebhookNotifier({ url: options.webhookUrl, secret: options.webhookSecret, now }) : undefined;
  const notify: RouteContext['notify'] = (event) => webhooks?.notify(webhookEvent(event, now()));
  const ctx: RouteContext = {
    store,
    live,
    siteName: options.siteName || 'The editors',
    // What a moderator changed, for the webhook (the live thread reads the store's event log instead).
    changed: (changes, deleted, created) => {
      if (!webhooks) return;
      for (const { before, after } of changes) {
        if (before.status !== after.status) notify({ type: 'comment.status_changed', comment: webhookComment(after), previousStatus: before.status });
        else if (before.content !== after.content) notify({ type: 'comment.edited', comment: webhookComment(after) });
      }
      for (const row of deleted) notify({ type: 'comment.deleted', comment: webhookComment(row) });
      for (const row of created) notify({ type: 'comment.created', comment: webhookComment(row) });
    },
    disabled: () => {
      if (toldModerationOff) return;
      toldModerationOff = true;
      console.info('[comments] moderation is off: /api/moderation answers 404 until the server is given a MODERATION_TOKEN.');
    },
    autoApprove: options.autoApprove ?? false,
    moderationToken: options.moderationToken || undefined,
    rateLimit: options.rateLimit ?? { max: 5, windowMs: 60_000 },
    floodIntervalMs: options.floodIntervalMs ?? 15_000,
    trustProxy: parseTrustProxy(options.trustProxy),
    maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
    corsOrigins: new Set((options.corsOrigins ?? []).flatMap((origin) => parseOrigins(origin))),
    now,
    notify,
  };
  let closed = false;

  return {
    handle(req, res, next) {
      const url = req.url ?? '/';
      if (!(url === '/api' || url.startsWith('/api/') || url.startsWith('/api?'))) return next();
      if (closed) {
        req.resume();
        send(res, 503, { message: 'The comments service is shutting down.' });
        return;
      }
      route(ctx, req, res).catch((error: unknown) => {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (!req.readableEnded) req.resume();
        if (error instanceof StorageUnavailableError) {
          console.error(`[comments] ${error.message}`);
          const message = 'Comments are unavailable for a moment. Please try again shortly.';
          send(res, 503, { code: 'unavailable', message, retryAfter: UNAVAILABLE_RETRY_SECONDS }, { 'Retry-After': String(UNAVAILABLE_RETRY_SECONDS) });
          return;
        }
        console.error('[comments] request failed:', error);
        send(res, 500, { message: 'Something went wrong on our side. Please try again.' });
      });
    },
    ready: store,
    async close() {
      if (closed) return;
      closed = true;
      live.close();
      const open = opening;
      opening = undefined;
      await Promise.all([open?.then((s) => s.close(), () => {}), webhooks?.close()]);
    },
  };
}
