// The live thread end to end: two readers' pages on `npm start`'s server (server/demo.ts, the built
// bundle, a throwaway SQLite file, comments held for moderation), in headless Chromium. A comment
// approved through the moderation API appears in both within a second; a reader scrolled down the
// thread is not moved (a comment that belongs above waits behind "N new comments"); after the server
// restarts on the same port the pages reconnect and catch up with what was approved meanwhile.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureBundle } from '../../scripts/bundle.mjs';
import { ensureChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { createDemoServer } from '../../server/demo.ts';

const TOKEN = 'e2e-live-token';
const ARTICLE = 'carney-beijing-visit';
const dir = mkdtempSync(join(tmpdir(), 'news-elements-live-'));
const dbPath = join(dir, 'comments.db');
let browser;
let server;
let port = 0;

/** The demo server on `port` (0 the first time: any free one, then the same again). */
async function startServer() {
  ({ server } = createDemoServer({ app: { dbPath, autoApprove: false, moderationToken: TOKEN, floodIntervalMs: 0, rateLimit: { max: 1000, windowMs: 60_000 } } }));
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  port = server.address().port;
}
async function stopServer() {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  await closed;
}

const base = () => `http://127.0.0.1:${port}`;

before(async () => {
  await ensureBundle();
  await startServer();
  browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await stopServer();
  rmSync(dir, { recursive: true, force: true });
});

/** Posts a comment (held) and returns its id. */
async function hold(content, parentId = null) {
  const response = await fetch(`${base()}/api/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ articleId: ARTICLE, parentId, content, author: { name: 'Live Reader', email: `live-${Math.random()}@example.com` } }),
  });
  assert.equal(response.status, 201);
  return (await response.json()).id;
}
async function approve(id) {
  const response = await fetch(`${base()}/api/moderation/comments/${id}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ status: 'approved' }),
  });
  assert.equal(response.status, 200);
}

/** A reader's page, scrolled to the comments and following the thread live. */
async function openReader(viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const streams = [];
  const connected = new Promise((resolve) =>
    page.on('response', (response) => {
      if (!response.url().includes('/events')) return;
      streams.push(response.url());
      resolve();
    }),
  );
  await page.goto(`${base()}/`);
  await page.locator('section.comments').scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: /^\d+ comments$/ }).waitFor();
  await connected; // the list has its stream open
  return { page, errors, streams };
}

const texts = (page) => page.locator('comment-list').evaluate((list) => [...list.shadowRoot.querySelectorAll('[part=content]')].map((content) => content.textContent));

test('approved in one place, it appears in two readers\' pages within a second, announced politely', async () => {
  const one = await openReader();
  const two = await openReader({ width: 390, height: 844 });
  const text = `Approved live ${Date.now()}`;
  const id = await hold(text);
  await one.page.waitForTimeout(300);
  assert.ok(!(await texts(one.page)).includes(text), 'held: not shown yet');

  const started = Date.now();
  await approve(id);
  await Promise.all([one, two].map(({ page }) => page.locator('comment-list').getByText(text).waitFor({ timeout: 1000 })));
  console.log(`# shown in both pages ${Date.now() - started} ms after the approval`);
  const status = await one.page.locator('comment-list').evaluate((list) => list.shadowRoot.querySelector('.live-status[role=status]')?.textContent);
  assert.equal(status, '1 new comment');
  assert.match(await one.page.getByRole('heading', { name: /comments$/ }).first().textContent(), /\d+ comments/);
  assert.deepEqual([...one.errors, ...two.errors], []);
  await one.page.close();
  await two.page.close();
});

test('a reader scrolled down the thread is not moved: a reply that belongs above waits behind "1 new comment"', async () => {
  const parentText = `A parent far above ${Date.now()}`;
  const parentId = await hold(parentText);
  await approve(parentId);
  // Enough comments after it that the parent can be scrolled out of sight.
  for (let i = 0; i < 8; i++) await approve(await hold(`Filler ${i} ${Date.now()}: ${'a long enough comment to take some room in the thread. '.repeat(3)}`));
  const { page, errors } = await openReader({ width: 1280, height: 600 });
  const list = page.locator('comment-list');
  await list.getByText('Filler 7').waitFor();
  await list.getByText('Filler 7').scrollIntoViewIfNeeded();
  await page.evaluate(() => scrollBy(0, 100));
  await page.waitForTimeout(300);
  const parentBottom = await list.evaluate((l, text) => [...l.shadowRoot.querySelectorAll('article')].find((a) => a.textContent.includes(text)).parentElement.getBoundingClientRect().bottom, parentText);
  assert.ok(parentBottom < 0, `the parent is above the viewport (${parentBottom})`);
  const anchor = () => list.evaluate((l) => [...l.shadowRoot.querySelectorAll('article')].find((a) => a.textContent.includes('Filler 6')).getBoundingClientRect().top);
  // Scroll anchoring may change scrollY to keep the content still: what counts is where the reader's comment is.
  const before = await anchor();
  const still = async (message) => {
    const now = await anchor();
    assert.ok(Math.abs(now - before) < 1, `${message}: the comment in view moved from ${before} to ${now}`);
  };

  const reply = `A reply above ${Date.now()}`;
  await approve(await hold(reply, parentId));
  const button = list.getByRole('button', { name: '1 new comment' });
  await button.waitFor({ timeout: 1000 });
  assert.ok(!(await texts(page)).includes(reply), 'not inserted above the reader');
  await still('the button came');

  // One that belongs below (a new top-level comment, oldest first) goes straight in, also without moving anything.
  const below = `A new comment below ${Date.now()}`;
  await approve(await hold(below));
  await list.getByText(below).waitFor({ timeout: 1000 });
  await still('a comment was inserted below');

  await button.click();
  await list.getByText(reply).waitFor();
  assert.equal(await list.evaluate((l) => l.shadowRoot.activeElement?.textContent ?? ''), await list.evaluate((l, text) => [...l.shadowRoot.querySelectorAll('article')].find((a) => a.textContent.includes(text)).textContent, reply), 'the reader is taken to it');
  assert.equal(await list.getByRole('button', { name: /new comment/ }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('after the server restarts, the page reconnects and catches up with what was approved meanwhile', async () => {
  const { page, errors, streams } = await openReader();
  await stopServer();
  // While the server is away the page backs off and tries again; meanwhile a comment is approved
  // (by another instance, in effect: the same database file).
  await page.waitForTimeout(1500);
  await startServer();
  const missed = `Approved while the reader was cut off ${Date.now()}`;
  await approve(await hold(missed));
  await page.locator('comment-list').getByText(missed).waitFor({ timeout: 8000 });
  assert.ok(streams.length >= 2 && streams.slice(1).every((name) => /lastEventId=\d+/.test(name)), `reconnected with the last event id: ${streams.join(', ')}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a list whose server has no stream stays quiet: no error shown, none logged, no retries', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const events = [];
  page.on('request', (request) => request.url().includes('/nowhere/') && events.push(request.url()));
  await page.goto(`${base()}/`);
  await page.evaluate((article) => {
    const list = document.createElement('comment-list');
    list.setAttribute('live', '');
    list.setAttribute('loading', 'eager');
    list.setAttribute('live-src', '/api/nowhere/events');
    list.setAttribute('src', `/api/articles/${article}/comments`);
    document.body.append(list);
  }, ARTICLE);
  await page.locator('body > comment-list').getByRole('heading', { name: /^\d+ comments$/ }).waitFor();
  await page.waitForTimeout(2500);
  assert.equal(events.length, 1, `asked once, then stopped: ${events.join(', ')}`);
  assert.equal(await page.locator('body > comment-list').evaluate((l) => l.shadowRoot.querySelector('[part=error]')), null);
  assert.deepEqual(errors, []);
  await page.close();
});
