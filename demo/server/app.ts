// PLACEHOLDER until the reference endpoint lands (issue 4): the contract vite.config.ts relies on.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface CommentsAppOptions {
  dbPath?: string;
  autoApprove?: boolean;
}

export interface CommentsApp {
  /** Connect-style middleware: answers `/api/…`, calls `next()` for anything else. */
  handle(req: IncomingMessage, res: ServerResponse, next: () => void): void;
  close(): void;
}

export function createCommentsApp(_options: CommentsAppOptions = {}): CommentsApp {
  return {
    handle(req, res, next) {
      if (!req.url?.startsWith('/api/')) return next();
      res.statusCode = 501;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ message: 'Not implemented yet' }));
    },
    close() {},
  };
}
