import { defineConfig, type Plugin } from 'vite';
import { createCommentsApp } from './server/app.js';
import { minifyLiterals } from './scripts/minify-literals.mjs';

/** Serves the reference comments endpoint (`/api/…`) inside `npm start`, and `/` → the demo. */
function demoServer(): Plugin {
  return {
    name: 'news-elements-demo-server',
    configureServer(server) {
      const app = createCommentsApp({
        dbPath: process.env.COMMENTS_DB ?? 'data/comments.db',
        autoApprove: process.env.AUTO_APPROVE !== '0',
        moderationToken: process.env.MODERATION_TOKEN,
      });
      server.httpServer?.once('close', () => app.close());
      server.middlewares.use((req, res, next) => {
        if (req.url === '/' || req.url === '/index.html') {
          res.statusCode = 302;
          res.setHeader('Location', '/demo/');
          res.end();
          return;
        }
        app.handle(req, res, next);
      });
    },
  };
}

export default defineConfig({
  plugins: [demoServer(), minifyLiterals()],
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT) || 5173,
    strictPort: false,
  },
  build: {
    // The publisher bundle: one self-contained ES module, Lit included, that defines every element.
    lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'news-elements.js' },
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // A finished bundle: nobody tree-shakes it further, so the /* @__PURE__ */ annotations go too.
    rolldownOptions: { output: { minify: true, comments: { annotation: false } } },
    // Then terser over Rolldown's output: two more compress passes take another ~0.14 KB gzip.
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } },
  },
});
