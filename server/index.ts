/**
 * `news-elements/server` (Node ≥ 20): the comments server a publisher deploys — the API only
 * (`/api/…`), on SQLite (`better-sqlite3`, a file) or PostgreSQL (`pg`, with a `postgres://` URL),
 * whichever of the two optional peer dependencies is installed.
 *
 *   import { createServer } from 'node:http';
 *   import { createCommentsServer } from 'news-elements/server';
 *   const comments = createCommentsServer({ databaseUrl: process.env.DATABASE_URL, corsOrigins: ['https://news.example'] });
 *   await comments.ready();                       // the database opened and migrated
 *   createServer(comments.handler).listen(8787);  // …and comments.close() on shutdown
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { appOptionsFromEnv, createCommentsApp, DEFAULT_DB_PATH, type CommentsAppOptions } from './app.js';
import { send } from './respond.js';
import type { CommentsStore } from './storage/store.js';

export type CommentsServerOptions = CommentsAppOptions;

export interface CommentsServer {
  /** An `http` request handler: answers `/api/…`, and 404 (JSON) for anything else. */
  handler(req: IncomingMessage, res: ServerResponse): void;
  /** The database, opened and migrated; rejects when it cannot be reached (requests meanwhile get 503). */
  ready(): Promise<CommentsStore>;
  close(): Promise<void>;
}

export function createCommentsServer(options: CommentsServerOptions = {}): CommentsServer {
  const app = createCommentsApp(options);
  return {
    handler: (req, res) =>
      app.handle(req, res, () => {
        req.resume();
        send(res, 404, { code: 'not_found', message: 'Not found. The comments API lives under /api/.' });
      }),
    ready: () => app.ready(),
    close: () => app.close(),
  };
}

/**
 * The options from the environment: PORT and HOST aside, COMMENTS_DB, DATABASE_URL, AUTO_APPROVE,
 * MODERATION_TOKEN, TRUST_PROXY, CORS_ORIGINS, WEBHOOK_URL, WEBHOOK_SECRET.
 */
export const commentsServerOptionsFromEnv = (env: NodeJS.ProcessEnv): CommentsServerOptions =>
  appOptionsFromEnv(env, { dbPath: DEFAULT_DB_PATH, autoApproveByDefault: false });

export { DEFAULT_DB_PATH };
export type { CommentRow, CommentStatus, CommentsStore, RateLimit } from './storage/store.js';
export { createWebhookNotifier, verifyWebhookSignature } from './webhooks.js';
export type { WebhookComment, WebhookEvent, WebhookEventType, WebhookNotifier, WebhookNotifierOptions } from './webhooks.js';
