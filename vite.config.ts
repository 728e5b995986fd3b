import { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { applyTimeouts } from './server/http.js';
import { DEV_FOLDERS, devServerFs } from './server/dev-serving.js';
import { minifyLiterals } from './scripts/minify-literals.mjs';

/** An absolute path from the project root (the config's `root` is demo/, so nothing here is relative). */
const project = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * A module of the comments server, loaded from its TypeScript sources by a Vite module runner.
 *
 * The server imports the comment rules as the package's public entry `news-elements/rules`. Under
 * the `news-elements:source` condition package.json maps that entry to src/comment-form/rules.ts
 * (Node is given it with `--conditions` wherever the project runs the server: package.json scripts,
 * scripts/start.mjs). This config cannot import the server itself: Vite's config loader resolves
 * bare imports with fixed conditions and leaves them to Node, which would look for lib/ — not built
 * in a fresh clone, and stale after an edit. So the runner gets the condition, and keeps the package
 * itself out of its externals (its source is TypeScript, which Node 20 cannot load).
 */
async function loadServerModule<T>(path: string): Promise<T> {
  const { module } = await runnerImport<T>(project(path), {
    root: project('.'),
    logLevel: 'warn',
    environments: { inline: { resolve: { conditions: ['news-elements:source'], noExternal: ['news-elements'] } } },
  });
  return module;
}

/**
 * `npm run dev`: the reference comments endpoint (`/api/…`) inside Vite's dev server, whose HTTP
 * server gets the project's timeouts (server/http.ts).
 */
function demoServer(): Plugin {
  return {
    name: 'news-elements-demo-server', // .storybook/main.ts drops it by this name
    async configureServer(server) {
      if (server.httpServer instanceof Server) applyTimeouts(server.httpServer);
      const { appOptionsFromEnv, createCommentsApp } = await loadServerModule<typeof import('./server/app.js')>('server/app.ts');
      const { DEMO_DB_PATH } = await loadServerModule<typeof import('./server/demo.js')>('server/demo.ts');
      const { openSqliteStore } = await loadServerModule<typeof import('./server/storage/sqlite.js')>('server/storage/sqlite.ts');
      const options = appOptionsFromEnv(process.env, { dbPath: DEMO_DB_PATH, autoApproveByDefault: true });
      // Opened here: the app would import its engine on first use, when the module runner that
      // loaded it is already closed.
      const store = await openSqliteStore(options.dbPath!, { seed: true });
      const app = createCommentsApp({ ...options, store });
      server.httpServer?.once('close', () => app.close());
      server.middlewares.use((req, res, next) => app.handle(req, res, next));
    },
  };
}

/**
 * The demo page loads the production bundle, `/dist/news-elements.js` (what `npm start` serves);
 * in the dev server that address is the source entry, so edits show at once.
 */
function bundleFromSource(): Plugin {
  const entry = project('src/news-elements.ts');
  return {
    name: 'news-elements-bundle-from-source',
    apply: 'serve',
    resolveId: (id) => (id === '/dist/news-elements.js' ? entry : undefined),
  };
}

/**
 * `comment-list` for src/comment-list/define.ts, `locale-fr` for src/locales/fr.ts, `article-formats`
 * for the CMS formats <news-article> imports when its JSON is not ours; nothing for another chunk.
 */
function chunkName(facade: string | null): string | undefined {
  if (facade?.endsWith('src/news-article/formats/index.ts')) return 'article-formats';
  const locale = facade?.match(/src\/locales\/([A-Za-z-]+)\.ts$/)?.[1];
  return locale ? `locale-${locale}` : facade?.match(/src\/([a-z-]+)\/define\.ts$/)?.[1];
}

export default defineConfig({
  // Dev server (`npm run dev`): the site is the demo folder, as in `npm start`. Files outside it
  // are reachable only through /@fs/ and only inside `fs.allow`: the element sources and the
  // pre-bundled dependencies. The project root (package.json, data/ with the database, server/,
  // tests/, .git) is neither root nor allowed, and `fs.deny` refuses those names again anywhere
  // (server/dev-serving.ts).
  root: project('demo'),
  publicDir: false,
  appType: 'mpa', // no SPA fallback: an unknown path is a 404, not the demo page
  plugins: [demoServer(), bundleFromSource(), minifyLiterals()],
  server: {
    host: process.env.HOST || '127.0.0.1',
    port: Number(process.env.PORT) || 5173,
    strictPort: false,
    fs: devServerFs(project('.'), DEV_FOLDERS),
  },
  build: {
    // The publisher bundle: news-elements.js (Lit, the article and the byline, the loader) and,
    // beside it, the chunks the loader imports when comment elements come near, one chunk per
    // locale, imported when an element resolves to that language, and the CMS article formats.
    lib: { entry: project('src/news-elements.ts'), formats: ['es'], fileName: () => 'news-elements.js' },
    outDir: project('dist'),
    emptyOutDir: true,
    target: 'es2022',
    // A finished bundle: nobody tree-shakes it further, so the /* @__PURE__ */ annotations go too.
    rolldownOptions: {
      // The entry may export more than src/news-elements.ts does: then the code the comment chunks
      // share with it (Lit, the sanitizer, the text rules) stays in news-elements.js — one file on
      // the reading path — instead of separate common chunks.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        comments: { annotation: false },
        // Chunks named for the element they define (`comment-list-[hash].js`), not `define-….js`.
        chunkFileNames: (chunk) => `${chunkName(chunk.facadeModuleId) ?? chunk.name}-[hash].js`,
      },
    },
    // Then terser over Rolldown's output: two more compress passes take another ~0.14 KB gzip.
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } },
  },
});
