// Walks every story of the static Storybook build in headless Chromium and fails on anything wrong.
//
// Usage: node scripts/test-stories.mjs [storybook-static]   (build it first: `storybook build -o storybook-static`)
//   STORY_FILTER=comment-form   only the entries whose id contains this text
//   STORY_TIMEOUT=60000         milliseconds allowed per story or docs page (default 60000: axe-core
//                               takes ~10 s on the 1,000-comment story on a slow machine, and runs twice)
//
// Serves the build from a small HTTP server on 127.0.0.1 (a free port), reads its index.json, and:
// - loads each story alone (`iframe.html?id=…&viewMode=story`, a fresh browser context each, so no
//   storage or state crosses from one story to the next), waits for Storybook's `storyFinished`
//   (render, play function and the a11y addon's check done), then runs axe-core on
//   `#storybook-root`. A story fails on a render error, a play-function failure, a failed a11y
//   report, an uncaught page error, a console error, an axe violation, or a timeout;
// - loads each docs page once (`viewMode=docs`) and fails it on a docs render error, a page error
//   or a console error.
// Prints one line per entry, then `stories: N passed, N failed`; exits 1 on any failure.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium } from './chromium.mjs';

const require = createRequire(import.meta.url);
const root = resolve(process.argv[2] ?? 'storybook-static');
const TIMEOUT = Number(process.env.STORY_TIMEOUT) || 60_000;
const FILTER = process.env.STORY_FILTER ?? '';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];

if (!existsSync(join(root, 'index.json'))) {
  console.error(`${root}/index.json not found: build Storybook first (storybook build -o storybook-static).`);
  console.log('stories: 0 passed, 1 failed');
  process.exit(1);
}

// ——— A static file server for the build ———

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.woff2': 'font/woff2', '.ico': 'image/x-icon', '.map': 'application/json',
};

const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  if (path === '/favicon.ico') path = '/favicon.svg'; // browsers ask for it whatever the page says
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ——— The walk ———

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => entry.id.includes(FILTER));
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs in the page before Storybook: records the preview channel's events in `window.__walk` as
 * soon as Storybook creates the channel (it assigns `globalThis.__STORYBOOK_ADDONS_CHANNEL__`).
 */
function recordStorybookEvents() {
  const walk = (window.__walk = { events: [] });
  const names = [
    'storyRendered', 'storyFinished', 'storyErrored', 'storyThrewException', 'playFunctionThrewException',
    'unhandledErrorsWhilePlaying', 'storyMissing', 'docsRendered', 'configError',
  ];
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of names) value.on(name, (payload) => walk.events.push({ name, payload }));
    },
  });
}

const browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: ARGS });

const firstLine = (text) => String(text).split('\n')[0].slice(0, 300);

/** A fresh context and page, with page errors and console errors collected. */
async function openPage() {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${firstLine(error.message)}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    problems.push(`console error: ${firstLine(message.text())}${url ? ` (${url})` : ''}`);
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    // Requests a story aborts on purpose (a superseded fetch) are not failures.
    if (!/ERR_ABORTED/.test(failure)) problems.push(`request failed: ${request.url()} (${failure})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url().startsWith(origin)) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(recordStorybookEvents);
  return { context, page, problems };
}

/** Polls the recorded events until `done` says so; returns the events. */
async function waitForEvents(page, done, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const events = await page.evaluate(() => window.__walk?.events ?? []).catch(() => []);
    if (done(events) || Date.now() > deadline) return events;
    await page.waitForTimeout(100);
  }
}

const FAILURES = new Set(['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying', 'storyMissing', 'configError']);

function describeEvent({ name, payload }) {
  const text = (value) => (typeof value === 'string' ? value : value?.message ?? value?.title ?? JSON.stringify(value));
  if (Array.isArray(payload)) return `${name}: ${payload.map((item) => firstLine(text(item))).join('; ')}`;
  return `${name}: ${firstLine(text(payload))}`;
}

/** Problems reported by Storybook itself: render/play errors, failed reports (the a11y addon's). */
function storybookProblems(events) {
  const problems = events.filter((event) => FAILURES.has(event.name)).map(describeEvent);
  const finished = events.find((event) => event.name === 'storyFinished');
  for (const report of finished?.payload?.reporters ?? []) {
    if (report.status !== 'failed') continue;
    const violations = report.result?.violations ?? [];
    problems.push(
      violations.length
        ? `${report.type} report failed: ${violations.map((v) => `${v.id} (${v.nodes?.length ?? 0})`).join(', ')}`
        : `${report.type} report failed`,
    );
  }
  if (finished?.payload?.status === 'error' && !problems.length) problems.push('storyFinished with status "error"');
  return problems;
}

/** axe-core on the story's root. `region` is off: a story is a component, not a whole page with landmarks. */
async function axeViolations(page) {
  // Our own copy, under its own name: the a11y addon has a `window.axe` of its own.
  await page.addScriptTag({ content: `${axeSource}\nwindow.__walkAxe = window.axe;` });
  return page.evaluate(async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await window.__walkAxe.run(document.querySelector('#storybook-root'), {
          rules: { region: { enabled: false } },
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      } catch (error) {
        // axe allows one run per page at a time; the addon's may still be going.
        if (attempt > 50 || !/already running/.test(String(error))) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  });
}

async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms ${what}`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function checkStory(entry) {
  const { context, page, problems } = await openPage();
  try {
    await withTimeout(
      (async () => {
        await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story`, { waitUntil: 'load' });
        // Storybook emits storyFinished after everything (render, play, the a11y addon), also after
        // an error; a story that never emits it hangs.
        const finished = (list) => list.some((event) => event.name === 'storyFinished' || event.name === 'storyMissing');
        const events = await waitForEvents(page, finished, TIMEOUT - 2000);
        if (!finished(events)) problems.push('no storyFinished event: the story did not finish rendering');
        problems.push(...storybookProblems(events));
        const empty = await page.evaluate(() => {
          const rootElement = document.querySelector('#storybook-root');
          if (!rootElement) return true;
          const elements = [...rootElement.querySelectorAll('*')].filter((el) => el.id !== 'root-inner');
          return !elements.length && !rootElement.textContent.trim();
        });
        if (empty) problems.push('#storybook-root is empty');
        for (const violation of await axeViolations(page)) problems.push(`axe: ${violation}`);
      })(),
      TIMEOUT,
      'waiting for the story',
    );
  } catch (error) {
    problems.push(error.message);
  } finally {
    await context.close().catch(() => {});
  }
  return problems;
}

async function checkDocs(entry) {
  const { context, page, problems } = await openPage();
  try {
    await withTimeout(
      (async () => {
        await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, { waitUntil: 'load' });
        const events = await waitForEvents(page, (list) => list.some((event) => event.name === 'docsRendered' || FAILURES.has(event.name)), TIMEOUT - 4000);
        if (!events.some((event) => event.name === 'docsRendered')) problems.push('no docsRendered event: the docs page did not render');
        problems.push(...events.filter((event) => FAILURES.has(event.name)).map(describeEvent));
        // The inline stories render after the page itself: give them a moment, then look.
        await page.waitForTimeout(1500);
        const state = await page.evaluate(() => ({
          errorShown: document.body.classList.contains('sb-show-errordisplay'),
          error: document.querySelector('#error-message')?.textContent?.trim() ?? '',
          stories: document.querySelectorAll('#storybook-docs .docs-story').length,
          rows: document.querySelectorAll('#storybook-docs table.docblock-argstable tbody tr').length,
          usage: ['<script type="module"', "from 'news-elements/react'", "'news-elements/jsx'", 'news-elements/vue'].every((text) => document.querySelector('#storybook-docs')?.textContent?.includes(text)),
        }));
        if (state.errorShown) problems.push(`docs error: ${state.error.slice(0, 300)}`);
        if (!state.stories) problems.push('the docs page shows no story');
        // Element pages (titled `Elements/…`) document a component: their API table must not be empty.
        if (entry.title.startsWith('Elements/') && !state.rows) problems.push('the docs page has an empty API table');
        if (entry.title.startsWith('Elements/') && !state.usage) problems.push('the docs page lacks its usage in HTML, React and Vue');
      })(),
      TIMEOUT,
      'waiting for the docs page',
    );
  } catch (error) {
    problems.push(error.message);
  } finally {
    await context.close().catch(() => {});
  }
  return problems;
}

let passed = 0;
let failed = 0;
const report = (kind, entry, problems, started) => {
  const ms = Date.now() - started;
  if (problems.length) {
    failed++;
    console.log(`✗ ${kind} ${entry.id} (${ms} ms)`);
    for (const problem of problems) console.log(`    ${problem}`);
  } else {
    passed++;
    console.log(`✓ ${kind} ${entry.id} (${ms} ms)`);
  }
};

try {
  for (const entry of stories) {
    const started = Date.now();
    report('story', entry, await checkStory(entry), started);
  }
  for (const entry of docs) {
    const started = Date.now();
    report('docs ', entry, await checkDocs(entry), started);
  }
  if (!entries.length) {
    console.log(`no stories${FILTER ? ` matching "${FILTER}"` : ''} in ${root}/index.json`);
    failed++;
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
