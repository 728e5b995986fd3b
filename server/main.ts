// Standalone reference comments endpoint (the API only; `npm start` serves it with the demo page):
//
//   node --import tsx server/main.ts
//
// Environment: HOST (default 127.0.0.1), PORT (default 8787; 0 = any free port),
// COMMENTS_DB (default data/comments.db), DATABASE_URL (postgres://…: PostgreSQL instead, for one
// or several instances), AUTO_APPROVE=1 (new comments approved at once),
// MODERATION_TOKEN (enables POST /api/comments/:id/approve with `Authorization: Bearer <token>`),
// CORS_ORIGINS (comma-separated origins of other sites allowed to post: server/origin.ts),
// WEBHOOK_URL and WEBHOOK_SECRET (a signed POST for each new comment and approval: server/webhooks.ts).
import { appOptionsFromEnv, createCommentsApp, DEFAULT_DB_PATH } from './app.js';
import { createHttpServer, listenAddressFromEnv, runUntilSignalled } from './http.js';

const { host, port } = listenAddressFromEnv(process.env, 8787);

const app = createCommentsApp(appOptionsFromEnv(process.env, { dbPath: DEFAULT_DB_PATH, autoApproveByDefault: false }));
// Open (and migrate) the database now: a problem shows at start; requests meanwhile are answered 503 and try again.
app.ready().catch((error: unknown) => console.error(`[comments] ${(error as Error).message}`));

const server = createHttpServer((req, res) => {
  app.handle(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify({ message: 'Not found. The comments API lives under /api/.' }));
  });
});

runUntilSignalled(server, { host, port, close: () => app.close(), describe: (url) => `Comments endpoint: ${url}api/` });
