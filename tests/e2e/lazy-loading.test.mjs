// The publisher bundle loads comment code only when a reader nears the comments: the demo, served as
// `npm start` serves it, opened in headless Chromium on a phone and a desktop viewport. The network
// log shows dist/news-elements.js alone until the reader scrolls towards the comments, then the
// comment chunks (each once); two copies of the bundle on one page never fetch a chunk twice.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startDemo } from '../../scripts/demo-server.mjs';

let demo;

before(async () => {
  demo = await startDemo();
});

after(() => demo?.stop());

const isCommentChunk = (path) => /^\/(dist|copy)\/comment-(list|form)-[\w-]+\.js$/.test(path);

/** Every script the page requests, by path, in order. */
function logScripts(page) {
  const scripts = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  return scripts;
}

const SCREENSHOTS = join(process.cwd(), '.screenshots');

for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
]) {
  test(`${name}: the article first, comment code only when the comments come near`, async () => {
    const page = await demo.browser.newPage({ viewport });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const scripts = logScripts(page);
    await page.goto(demo.url, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(1000); // idle: nothing more should arrive
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `lazy-${name}-before.png`) });
    assert.deepEqual(scripts, ['/dist/news-elements.js'], 'only the reading path before the reader scrolls');
    assert.equal(await page.evaluate(() => customElements.get('comment-list')), undefined);

    // A reader scrolls down, a screen at a time, until the thread shows.
    const heading = page.getByRole('heading', { name: /^\d+ comments?$/ });
    for (let step = 0; step < 60 && !(await heading.isVisible()); step++) {
      await page.mouse.wheel(0, viewport.height * 0.8);
      await page.waitForTimeout(100);
    }
    await heading.waitFor(); // rendered: the code came while the thread was still below the fold
    await heading.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, `lazy-${name}-after.png`) });
    const chunks = scripts.filter(isCommentChunk);
    assert.ok(chunks.some((path) => path.includes('comment-list')) && chunks.some((path) => path.includes('comment-form')), `comment chunks: ${scripts}`);
    assert.equal(new Set(chunks).size, chunks.length, `each chunk once: ${chunks}`);
    assert.ok(scripts.every((path) => path.startsWith('/dist/')), `scripts come from dist/ beside the bundle: ${scripts}`);
    assert.ok(!scripts.some((path) => path.includes('article-formats')), `our own JSON needs no CMS format: ${scripts}`);
    await page.getByRole('heading', { name: 'Leave a Reply' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a page with no comment element never fetches comment code', async () => {
  const page = await demo.browser.newPage();
  const scripts = logScripts(page);
  await page.route('**/no-comments.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>t</title><script type="module" src="/dist/news-elements.js"></script>
        <news-article src="/article.json"></news-article><div style="height: 10px"></div>`,
    }),
  );
  await page.goto(new URL('/no-comments.html', demo.url).href, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(1000);
  assert.deepEqual(scripts, ['/dist/news-elements.js']);
  await page.close();
});

test('two copies of the bundle (two folders) on one page: no error, each comment chunk fetched once', async () => {
  const page = await demo.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const scripts = logScripts(page);
  // /copy/ serves the same built files as /dist/: another URL, so another module instance.
  await page.route('**/copy/*.js', async (route) => {
    const file = join(process.cwd(), 'dist', new URL(route.request().url()).pathname.slice('/copy/'.length));
    await route.fulfill({ contentType: 'text/javascript', body: await readFile(file) });
  });
  await page.route('**/two-copies.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>t</title>
        <script type="module" src="/dist/news-elements.js"></script>
        <script type="module" src="/copy/news-elements.js"></script>
        <comment-list src="/api/articles/carney-beijing-visit/comments" endpoint="/api/comments"></comment-list>
        <comment-form endpoint="/api/comments" article-id="carney-beijing-visit"></comment-form>`,
    }),
  );
  await page.goto(new URL('/two-copies.html', demo.url).href, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { name: /^\d+ comments?$/ }).waitFor();
  await page.getByRole('heading', { name: 'Leave a Reply' }).waitFor();
  const chunks = scripts.filter(isCommentChunk).map((path) => path.replace(/^\/(dist|copy)\//, ''));
  assert.equal(chunks.length, 2, `comment chunks fetched: ${scripts}`);
  assert.equal(new Set(chunks).size, 2);
  assert.deepEqual(errors, []);
  await page.close();
});
