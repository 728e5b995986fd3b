// The demo in other languages, as a reader meets it: the client-rendered page (/?lang=de) and the
// server-rendered one (/articles/…?lang=ar), in headless Chromium. A page whose locale is loaded
// on demand never shows the elements' English, the server's text survives hydration unchanged,
// and Arabic is laid out right to left.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, watchPage as watch } from '../../scripts/demo-server.mjs';
import { DEMO_ARTICLE_PATH } from '../../server/demo-article-page.ts';
import german from '../../src/locales/de.ts';
import arabic from '../../src/locales/ar.ts';

let demo;
before(async () => (demo = await startDemo()));
after(() => demo?.stop());

/** The elements' own English (never the article's text, which stays as written). */
const ENGLISH = [/Leave a Reply/, /Post Comment/, /\bmin read\b/, /Loading article/, /Loading comments/, /will not be published/, /Required fields are marked/, /\bBy Rajeev/, /\d comments?\b/];

/**
 * Before any page script: every shadow root, as it is attached, is watched, and its text (without
 * dates, which move with the clock) recorded after each change — every render a reader could see.
 */
function recordShadowTexts() {
  window.__texts = [];
  const textOf = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('time')) text += node.data;
    return text.replace(/\s+/g, ' ').trim();
  };
  const observe = (host, root) =>
    new MutationObserver(() => window.__texts.push({ host, text: textOf(root) })).observe(root, { childList: true, subtree: true, characterData: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    observe(this.localName, root);
    return root;
  };
  // A server-rendered page's declarative shadow roots are attached by the parser: watched once parsed.
  document.addEventListener('DOMContentLoaded', () => {
    const article = document.querySelector('news-article');
    const hosts = [article, article?.shadowRoot?.querySelector('news-byline'), ...document.querySelectorAll('comment-list, comment-form')];
    for (const host of hosts) if (host?.shadowRoot) observe(host.localName, host.shadowRoot);
  });
  // Shifts right after input do not count, as in CLS.
  window.__shift = 0;
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => !entry.hadRecentInput && (window.__shift += entry.value))).observe({ type: 'layout-shift', buffered: true });
}

const hydrated = () => ['news-article', 'comment-list', 'comment-form'].every((tag) => document.querySelector(tag)?.hasUpdated);

describe('client-rendered, German (/?lang=de)', () => {
  test('the first render of every element is German: no English text is ever shown, and nothing shifts', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { errors, requests } = watch(page);
    await page.addInitScript(recordShadowTexts);
    await page.goto(`${demo.url}?lang=de`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    const loading = await page.evaluate(() => window.__shift);
    // Then as a reader scrolls, a screen at a time, to the end: the comment elements load on the way.
    const atEnd = () => page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 1);
    for (let step = 0; step < 100 && !(await atEnd()); step++) {
      await page.mouse.wheel(0, 640);
      await page.waitForTimeout(150);
    }
    await page.waitForFunction(hydrated, null, { polling: 50 });
    await page.waitForTimeout(500);
    const texts = await page.evaluate(() => window.__texts);
    assert.ok(texts.some((entry) => entry.host === 'comment-form'), 'the form rendered');
    for (const { host, text } of texts) for (const english of ENGLISH) assert.doesNotMatch(text, english, `<${host}> showed English: ${text.slice(0, 200)}`);
    const form = await page.locator('comment-form h2').textContent();
    assert.equal(form, german.commentForm.heading);
    assert.equal(await page.getByRole('button', { name: german.commentForm.submit }).count(), 1);
    assert.ok(requests.some((path) => /\/dist\/locale-de-[\w-]+\.js$/.test(path)), `German chunk fetched: ${requests.join(', ')}`);
    assert.ok(!requests.some((path) => /\/locale-(?!de-)/.test(path)), 'no other locale fetched');
    // As on the English page (tests/e2e/layout-shift.test.mjs): CLS ≤ 0.02 while loading, nothing more while scrolling.
    assert.ok(loading <= 0.02, `CLS while loading: ${loading}`);
    assert.equal(await page.evaluate(() => window.__shift), loading, 'layout shift while scrolling');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('an English page rendered in the browser fetches no locale and no hydration support', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { requests } = watch(page);
    await page.goto(demo.url, { waitUntil: 'networkidle' });
    await page.locator('comment-form').scrollIntoViewIfNeeded();
    await page.waitForFunction(hydrated, null, { polling: 50 });
    assert.ok(!requests.some((path) => path.includes('/locale-')), requests.join(', '));
    // Rendered in the browser: Lit's hydration support is not fetched either.
    assert.ok(!requests.some((path) => path.includes('/hydration-')), requests.join(', '));
    await context.close();
  });
});

describe('server-rendered, Arabic (…?lang=ar)', () => {
  const url = () => `${demo.url.replace(/\/$/, '')}${DEMO_ARTICLE_PATH}?lang=ar`;

  test('JavaScript off: an Arabic, right-to-left page', async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url());
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
    assert.equal(await page.locator('comment-form h2').textContent(), arabic.commentForm.heading);
    assert.doesNotMatch(await page.locator('comment-list h2').textContent(), /[A-Za-z]/);
    await context.close();
  });

  test('JavaScript on: the Arabic locale loads before hydration, and hydration changes no text', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { errors, requests } = watch(page);
    await page.addInitScript(recordShadowTexts);
    await page.goto(url(), { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('comment-form')?.shadowRoot?.querySelector('h2'), null, { polling: 50 });
    const read = () =>
      ['news-article', 'comment-list', 'comment-form'].map((tag) => {
        const root = document.querySelector(tag).shadowRoot;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('time')) text += node.data;
        return text.replace(/\s+/g, ' ').trim();
      });
    const before = await page.evaluate(read);
    await page.locator('comment-form').scrollIntoViewIfNeeded();
    await page.waitForFunction(hydrated, null, { polling: 50 });
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(read), before);
    assert.ok(requests.some((path) => /\/dist\/locale-ar-[\w-]+\.js$/.test(path)), requests.join(', '));
    assert.ok(requests.some((path) => /\/dist\/hydration-[\w-]+\.js$/.test(path)), `hydration support fetched: ${requests.join(', ')}`);
    // Every render hydration made kept the Arabic: none of the elements' English appeared.
    for (const { host, text } of await page.evaluate(() => window.__texts)) for (const english of ENGLISH) assert.doesNotMatch(text, english, `<${host}>: ${text.slice(0, 200)}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
