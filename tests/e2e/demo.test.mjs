// End to end through `npm start`'s server (server/demo.ts: demo/ at /, the built dist/ bundle, the
// API): the demo page in headless Chromium, a comment posted through the form reaching the SQLite
// endpoint, shown at once, still there after a reload, and a reply nesting under its parent.
// Builds dist/news-elements.js first when it is missing or older than src/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from '../../scripts/demo-server.mjs';

let demo;
let browser;
let url;

before(async () => {
  demo = await startDemo();
  ({ browser, url } = demo);
});

after(() => demo?.stop());

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
  const scripts = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await page.goto(url);

  await page.getByRole('heading', { level: 1, name: /China Sees Chance to Woo Canada/ }).waitFor();
  await page.getByText('By Rajeev Sharma').waitFor();
  await page.locator('section.comments').scrollIntoViewIfNeeded(); // the comment code loads as they near
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
  await page.locator('section.comments').scrollIntoViewIfNeeded();
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
  await page.locator('section.comments').scrollIntoViewIfNeeded();
  await page.locator('comment-list').getByText(reply).waitFor();
  assert.ok((await thread(page)).find((c) => c.text.includes(reply))?.parent, 'still nested after a reload');
  assert.deepEqual(errors, []);
  const files = [...new Set(scripts)];
  assert.equal(files[0], '/dist/news-elements.js');
  assert.ok(files.every((path) => /^\/dist\/(news-elements|(comment-list|comment-form|linkify)-[\w-]+)\.js$/.test(path)), `the page runs the built bundle and its chunks, nothing else: ${files}`);
  await page.close();
});
