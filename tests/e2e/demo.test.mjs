// End to end through `npm start`'s server: the demo page in headless Chromium, a comment posted
// through the form reaching the SQLite endpoint, shown at once, still there after a reload, and a
// reply nesting under its parent.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { ensureChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';

const dir = mkdtempSync(join(tmpdir(), 'news-elements-e2e-'));
let server;
let browser;
let url;

before(async () => {
  process.env.COMMENTS_DB = join(dir, 'comments.db');
  process.env.AUTO_APPROVE = '1';
  server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  url = `${server.resolvedUrls.local[0]}demo/`;
  browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Texts of the comments shown, each with the text of the comment it replies to (or null). */
const thread = (page) =>
  page.locator('comment-list').evaluate((list) =>
    [...list.shadowRoot.querySelectorAll('li > article')].map((article) => ({
      text: article.textContent.replace(/\s+/g, ' '),
      parent: article.parentElement.parentElement.closest('li')?.querySelector(':scope > article').textContent.replace(/\s+/g, ' ') ?? null,
    })),
  );

test('the demo shows the seed article, its comments and the form, and posting works end to end', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url);

  await page.getByRole('heading', { level: 1, name: /China Sees Chance to Woo Canada/ }).waitFor();
  await page.getByText('By Rajeev Sharma').waitFor();
  await page.getByRole('heading', { name: 'Leave a Reply' }).waitFor();
  await page.getByRole('heading', { name: /^\d+ comments$/ }).waitFor();
  const seeded = await thread(page);
  assert.ok(seeded.length >= 4, `seeded comments shown: ${seeded.length}`);
  assert.ok(seeded.some((c) => c.parent), 'a seeded reply is nested');

  const text = `End-to-end comment ${Date.now()}`;
  const form = page.locator('section.comments > comment-form');
  await form.getByRole('textbox', { name: 'Comment' }).fill(text);
  await form.getByRole('textbox', { name: 'Name' }).fill('E2E Reader');
  await form.getByRole('textbox', { name: 'Email' }).fill('e2e@example.com');
  await form.getByRole('button', { name: 'Post Comment' }).click();
  await form.getByText('Your comment has been posted.').waitFor();
  await page.locator('comment-list').getByText(text).waitFor(); // shown at once, no reload

  await page.reload();
  await page.locator('comment-list').getByText(text).waitFor(); // read back from the database

  const reply = `A reply ${Date.now()}`;
  const list = page.locator('comment-list');
  await list.getByRole('button', { name: /Reply/ }).first().click();
  const replyForm = list.locator('comment-form');
  await replyForm.getByRole('textbox', { name: 'Comment' }).fill(reply);
  await replyForm.getByRole('textbox', { name: 'Name' }).fill('E2E Replier');
  await replyForm.getByRole('textbox', { name: 'Email' }).fill('e2e-reply@example.com');
  await replyForm.getByRole('button', { name: 'Post Comment' }).click();
  await list.getByText(reply).waitFor();
  const nested = (await thread(page)).find((c) => c.text.includes(reply));
  assert.ok(nested?.parent, 'the reply is nested under the comment it answers');

  await page.reload();
  await page.locator('comment-list').getByText(reply).waitFor();
  assert.ok((await thread(page)).find((c) => c.text.includes(reply))?.parent, 'still nested after a reload');
  assert.deepEqual(errors, []);
  await page.close();
});
