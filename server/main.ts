// Standalone reference comments endpoint:
//
//   node --import tsx server/main.ts
//
// Environment: HOST (default 127.0.0.1), PORT (default 8787; 0 = any free port),
// COMMENTS_DB (default data/comments.db), AUTO_APPROVE=1 (new comments approved at once),
// MODERATION_TOKEN (enables POST /api/comments/:id/approve with `Authorization: Bearer <token>`).
import { createServer } from 'node:http';
import { createCommentsApp, DEFAULT_DB_PATH } from './app.js';

const host = process.env.HOST || '127.0.0.1';
const port = process.env.PORT === undefined || process.env.PORT === '' ? 8787 : Number(process.env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(1);
}

const app = createCommentsApp({
  dbPath: process.env.COMMENTS_DB || DEFAULT_DB_PATH,
  autoApprove: process.env.AUTO_APPROVE === '1',
  moderationToken: process.env.MODERATION_TOKEN || undefined,
});

const server = createServer((req, res) => {
  app.handle(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify({ message: 'Not found. The comments API lives under /api/.' }));
  });
});

server.on('error', (error) => {
  console.error(`Could not start the comments server: ${error.message}`);
  app.close();
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  console.log(`Comments endpoint: http://${shownHost}:${actualPort}/api/`);
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.close(() => {
    app.close();
    process.exit(0);
  });
  server.closeAllConnections();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
