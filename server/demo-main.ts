// The demo (`npm start` runs this after building dist/):
//
//   node --import tsx server/demo-main.ts
//
// Environment: HOST (default 127.0.0.1), PORT (default 5173; 0 = any free port), COMMENTS_DB
// (default data/comments.db at the project root; refused inside a served folder), AUTO_APPROVE (new comments approved at
// once; AUTO_APPROVE=0 holds them for moderation), MODERATION_TOKEN (default `demo-moderation-token`,
// for the moderation page at /admin/), SITE_NAME and CORS_ORIGINS (as for server/main.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appOptionsFromEnv } from './app.js';
import { createDemoServer, DEMO_DB_PATH, DEMO_MODERATION_TOKEN, DIST_DIR } from './demo.js';
import { listenAddressFromEnv, runUntilSignalled } from './http.js';

const { host, port } = listenAddressFromEnv(process.env, 5173);
if (!existsSync(join(DIST_DIR, 'news-elements.js'))) {
  console.warn('dist/news-elements.js is missing: run `npm start` (or `npx vite build`) to build it.');
}

const options = appOptionsFromEnv(process.env, { dbPath: DEMO_DB_PATH, autoApproveByDefault: true });
// The demo's moderation page (/admin/) works out of the box on loopback; a real deployment sets its own.
if (!options.moderationToken) options.moderationToken = DEMO_MODERATION_TOKEN;
const { server, app } = createDemoServer({ app: options });
// Open (and migrate) the database now: a problem shows at start; requests meanwhile are answered 503 and try again.
app.ready().catch((error: unknown) => console.error(`[comments] ${(error as Error).message}`));

runUntilSignalled(server, { host, port, close: () => app.close(), describe: (url) =>
    `Demo: ${url} (comments API at ${url}api/; moderation at ${url}admin/${options.moderationToken === DEMO_MODERATION_TOKEN ? `, token ${DEMO_MODERATION_TOKEN}` : ''})`,
});
