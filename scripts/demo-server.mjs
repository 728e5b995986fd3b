// What the end-to-end tests and the screenshots share: the production demo server (server/demo.ts, as `npm start` runs
// it) on a free loopback port with a throwaway database, and Debian's Chromium. Builds
// dist/news-elements.js first when it is missing or older than src/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureBundle } from './bundle.mjs';
import { ensureChromium, CHROMIUM_ARGS } from './chromium.mjs';
import { createDemoServer } from '../server/demo.ts';

/** Starts the demo and a browser; `stop()` closes both (the server closes its app and database) and removes the database. */
export async function startDemo() {
  const dir = mkdtempSync(join(tmpdir(), 'news-elements-e2e-'));
  await ensureBundle();
  const { server } = createDemoServer({ app: { dbPath: join(dir, 'comments.db'), autoApprove: true } });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    browser,
    async stop() {
      await browser.close();
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The page's errors (uncaught, or logged as errors) and the paths it requests, as they happen. */
export function watchPage(page) {
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  return { errors, requests };
}
