// The demo article server-rendered (news-elements/ssr) at /articles/carney-beijing-visit, opened in
// headless Chromium: with JavaScript off the whole article shows (declarative shadow DOM); with it
// on, the bundle hydrates the very nodes the server sent — none replaced, nothing fetched again, no
// error, no layout shift.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startDemo, watchPage as watch } from '../../scripts/demo-server.mjs';

let demo;
let url;

before(async () => {
  demo = await startDemo();
  url = `${demo.url}articles/carney-beijing-visit`;
});

after(() => demo?.stop());

const SCREENSHOTS = join(process.cwd(), '.screenshots');

/** What a reader sees of the article, read through the (declarative) shadow roots. */
const readArticle = () => {
  const root = document.querySelector('news-article')?.shadowRoot;
  const byline = root?.querySelector('news-byline')?.shadowRoot;
  const hero = root?.querySelector('[part=figure] img');
  return {
    headline: root?.querySelector('h1')?.textContent,
    paragraphs: root?.querySelectorAll('[part=body] p').length ?? 0,
    byline: byline?.querySelector('.names')?.textContent.replace(/\s+/g, ' ').trim(),
    dates: [...(byline?.querySelectorAll('time') ?? [])].map((time) => time.dateTime),
    hero: hero ? { loaded: hero.complete && hero.naturalWidth > 0, width: hero.getBoundingClientRect().width } : undefined,
  };
};

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
]) {
  test(`${name}, JavaScript off: headline, byline, dates, hero and body are all in the first response`, async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false, viewport });
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    assert.equal(response.status(), 200);
    const article = await page.evaluate(readArticle);
    assert.match(article.headline, /^China Sees Chance to Woo Canada/);
    assert.equal(article.byline, 'By Rajeev Sharma, Foreign Affairs Correspondent');
    assert.deepEqual(article.dates, ['2026-01-14T09:30:00.000Z', '2026-01-14T15:05:00.000Z']);
    assert.ok(article.hero?.loaded && article.hero.width > 300, `hero image: ${JSON.stringify(article.hero)}`);
    assert.ok(article.paragraphs >= 10, `${article.paragraphs} paragraphs`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, `ssr-${name}-no-js.png`) });
    await context.close();
  });
}

describe('JavaScript on: hydration', () => {
  test('keeps every server-rendered node, fetches no article, writes no second JSON-LD, throws nothing, shifts nothing', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { errors, requests } = watch(page);
    await page.addInitScript(() => {
      window.__shift = 0;
      window.__shifted = []; // what moved, to say so when something does
      new PerformanceObserver((list) =>
        list.getEntries().forEach((entry) => {
          window.__shift += entry.value;
          for (const { node, previousRect, currentRect } of entry.sources) {
            const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
            window.__shifted.push(`${node?.nodeName ?? '?'} "${(node?.textContent ?? '').trim().slice(0, 30)}" ${rect(previousRect)} → ${rect(currentRect)} at ${Math.round(entry.startTime)} ms`);
          }
        }),
      ).observe({ type: 'layout-shift', buffered: true });
    });
    // The bundle is held back until the server-rendered nodes are marked.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/dist/news-elements.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('news-article')?.shadowRoot?.querySelector('news-byline')?.shadowRoot?.querySelector('time'), null, { polling: 50 });
    const nodes = () => {
      const root = document.querySelector('news-article').shadowRoot;
      const byline = root.querySelector('news-byline').shadowRoot;
      return [root.querySelector('h1'), ...root.querySelectorAll('[part=body] > *'), root.querySelector('[part=figure] img'), byline.querySelector('a'), ...byline.querySelectorAll('time')];
    };
    await page.evaluate(`window.__before = (${nodes})()`);
    release();
    await page.waitForFunction(() => document.querySelector('news-article')?.hasUpdated && document.querySelector('news-article').shadowRoot.querySelector('news-byline').hasUpdated, null, { polling: 50 });
    await page.waitForTimeout(500);
    const kept = await page.evaluate(`(() => { const after = (${nodes})(); return { count: after.length, same: after.filter((node, i) => node === window.__before[i]).length, before: window.__before.length }; })()`);
    assert.ok(kept.count > 12, `${kept.count} nodes compared`);
    assert.deepEqual([kept.same, kept.before], [kept.count, kept.count], 'every node is the one the server sent');
    assert.equal(await page.evaluate(() => document.querySelectorAll('news-article > script[type="application/ld+json"]').length), 1);
    assert.ok(!requests.some((path) => path.endsWith('.json')), `no article fetch: ${requests.join(', ')}`);
    assert.deepEqual(errors, []);
    assert.equal(await page.evaluate(() => window.__shift), 0, `shifted: ${await page.evaluate(() => window.__shifted.join('; '))}`);
    // Hydrated means live: the element reacts to a change like a client-rendered one.
    await page.evaluate(() => {
      const el = document.querySelector('news-article');
      el.data = { ...el.article, headline: 'Changed after hydration' };
    });
    await page.waitForFunction(() => document.querySelector('news-article').shadowRoot.querySelector('h1').textContent === 'Changed after hydration', null, { polling: 50 });
    await context.close();
  });
});

describe('comments, server-rendered', () => {
  test('JavaScript off: the thread shows, and the form posts a comment and lands back on it', async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url);
    const thread = page.locator('comment-list [part="comment"]');
    const before = await thread.count();
    assert.ok(before > 0, 'the seeded thread is in the page');
    assert.match(await page.locator('comment-list h2').textContent(), /^\d+ comments?$/);
    // Reply buttons would do nothing without script: hidden, their space kept.
    assert.equal(await page.locator('comment-list [part="reply-button"]').first().evaluate((button) => getComputedStyle(button).visibility), 'hidden');

    const text = `Posted with JavaScript off ${Date.now()}`;
    const form = page.locator('comment-form');
    await form.locator('textarea').fill(text);
    await form.getByRole('textbox', { name: 'Name' }).fill('No Script');
    await form.getByRole('textbox', { name: 'Email' }).fill('noscript@example.com');
    await Promise.all([page.waitForURL(/#comment-\d+$/), page.getByRole('button', { name: 'Post Comment' }).click()]);
    const id = new URL(page.url()).hash.slice('#comment-'.length);
    assert.equal(new URL(page.url()).pathname, '/articles/carney-beijing-visit');
    assert.equal(await thread.count(), before + 1);
    assert.equal(await page.locator(`article#comment-${id} [part="content"]`).textContent(), text);
    // Landed at the comment: its light-DOM anchor (the fragment's target) is on screen.
    const top = await page.evaluate(() => document.getElementById(location.hash.slice(1))?.getBoundingClientRect().top);
    assert.ok(top !== undefined && top >= 0 && top < 800, `the posted comment is in view (top ${top})`);
    await page.screenshot({ path: join(SCREENSHOTS, 'ssr-no-js-posted.png') });

    // The form's validation without script is the browser's: an empty comment is not sent.
    await page.getByRole('button', { name: 'Post Comment' }).click();
    assert.equal(await form.locator('textarea').evaluate((box) => box.validity.valueMissing), true);
    await context.close();
  });

  test('JavaScript on: the thread and the form hydrate when the reader nears them, keeping their nodes', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const { errors, requests } = watch(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    const marked = () => {
      const list = document.querySelector('comment-list').shadowRoot;
      const form = document.querySelector('comment-form').shadowRoot;
      return [list.querySelector('h2'), ...list.querySelectorAll('[part="comment"]'), form.querySelector('form'), form.querySelector('textarea')];
    };
    await page.evaluate(`window.__before = (${marked})()`);
    // Typed before the form's code arrives: kept.
    await page.locator('comment-form textarea').fill('Typed before hydration');
    await page.locator('comment-list').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('comment-list').hasUpdated && document.querySelector('comment-form').hasUpdated, null, { polling: 50 });
    await page.waitForTimeout(300);
    const kept = await page.evaluate(`(() => { const after = (${marked})(); return after.filter((node, i) => node === window.__before[i]).length === after.length && after.length === window.__before.length; })()`);
    assert.equal(kept, true, 'every thread and form node is the one the server sent');
    assert.equal(await page.locator('comment-form textarea').inputValue(), 'Typed before hydration');
    assert.ok(!requests.some((path) => /^\/api\/articles\/[^/]+\/comments/.test(path)), `the first page is not fetched again: ${requests.join(', ')}`);
    assert.ok(requests.includes('/api/articles/carney-beijing-visit/events'), `the server-rendered list follows the thread live: ${requests.join(', ')}`);
    assert.equal(await page.locator('comment-list [part="reply-button"]').first().evaluate((button) => getComputedStyle(button).visibility), 'visible');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
