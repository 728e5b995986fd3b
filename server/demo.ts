// The production demo server (`npm start`): what a visitor can fetch is exactly
//
//   /        → demo/        the demo page (index.html, its stylesheet inline), article.json, images
//   /dist/   → dist/        the built bundle (news-elements.js)
//   /api/    → the comments endpoint (app.ts)
//   /articles/carney-beijing-visit → the demo article, server-rendered (demo-article-page.ts)
//   /admin/  → demo/admin/  the moderation page (<comment-moderation>)
//
// and nothing else: the project root (sources, tests, node_modules, .git, package.json) and the
// SQLite database (data/comments.db, outside both folders) are never served. Static files
// (compression, ETags, cache headers): static.ts; entry point with the environment: demo-main.ts.
import type { Server } from 'node:http';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCommentsApp, DEFAULT_DB_PATH, type CommentsApp, type CommentsAppOptions } from './app.js';
import { createHttpServer, type HttpTimeouts } from './http.js';
import { createStaticHandler, type StaticMount } from './static.js';
import { createDemoArticlePage, isDemoArticlePage } from './demo-article-page.js';

export const PROJECT_ROOT = resolve(fileURLToPath(import.meta.url), '../..');
export const DEMO_DIR = resolve(PROJECT_ROOT, 'demo');
export const DIST_DIR = resolve(PROJECT_ROOT, 'dist');
/** The demo's database: data/ at the project root, which is not served. */
export const DEMO_DB_PATH = resolve(PROJECT_ROOT, DEFAULT_DB_PATH);

/** The moderation token of `npm start` when the environment names none: the demo's /admin/ signs in with it. */
export const DEMO_MODERATION_TOKEN = 'demo-moderation-token';

/** `path` is `dir` or lies below it. */
const isInside = (dir: string, path: string) => {
  const r = relative(resolve(dir), resolve(path));
  return !r.startsWith('..') && !isAbsolute(r);
};

export interface DemoServerOptions {
  /** The comments endpoint's options (database, moderation …); the database defaults to DEMO_DB_PATH. */
  app?: CommentsAppOptions;
  /** Served at `/`. Default demo/. */
  demoDir?: string;
  /** Served at `/dist/`. Default dist/. */
  distDir?: string;
  timeouts?: Partial<HttpTimeouts>;
}

export interface DemoServer {
  server: Server;
  app: CommentsApp;
}

/** An HTTP server (not yet listening) for the demo page, the bundle and the API. */
export function createDemoServer(options: DemoServerOptions = {}): DemoServer {
  const mounts: StaticMount[] = [
    { prefix: '/', dir: options.demoDir ?? DEMO_DIR, index: 'index.html' },
    { prefix: '/admin/', dir: resolve(options.demoDir ?? DEMO_DIR, 'admin'), index: 'index.html' },
    { prefix: '/dist/', dir: options.distDir ?? DIST_DIR },
  ];
  const dbPath = options.app?.dbPath ?? DEMO_DB_PATH;
  const served = mounts.find((m) => dbPath !== ':memory:' && isInside(m.dir, dbPath));
  if (served) throw new Error(`The comments database (${dbPath}) must not lie in a served folder (${served.dir}).`);
  const app = createCommentsApp({ ...options.app, dbPath });
  const serveStatic = createStaticHandler(mounts);
  const serveArticlePage = createDemoArticlePage(options.demoDir ?? DEMO_DIR);
  const server = createHttpServer((req, res) => {
    app.handle(req, res, () => {
      const serve = isDemoArticlePage(req) ? serveArticlePage : serveStatic;
      serve(req, res).catch((error: unknown) => {
        console.error('[demo] page failed:', error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  }, options.timeouts);
  server.once('close', () => app.close());
  return { server, app };
}
