// <news-article src="/wp-json/wp/v2/posts/{id}?_embed"> on a real WordPress 6.1 (Debian's package,
// started by scripts/wordpress-rig.sh on 127.0.0.1:8081), with a nested <comment-list> and
// <comment-form format="wordpress"> given no ids or URLs: the post renders, its approved comments
// list, and a comment posted through the form is stored in WordPress. The page is served by the
// rig's Apache from the same origin as WordPress (/rig/), as a theme's would be.
//
// Starting the rig needs root (apt-get, then Apache and MariaDB drop to their users); without it, and
// with no rig already running, the test is skipped with the reason.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureBundle } from '../../scripts/bundle.mjs';
import { ensureChromium, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { watchPage } from '../../scripts/demo-server.mjs';

const RIG = 'scripts/wordpress-rig.sh';
const SCREENSHOTS = join(process.cwd(), '.screenshots');
const ENV_FILE = '/var/lib/wp-rig/rig.env';
const isRoot = process.getuid?.() === 0;

let rig; // { WP_URL, POST_ID, RIG_WWW, … } from rig.env
let startedHere = false;
let browser;
let pageDir;
const created = []; // comment ids to delete afterwards

function rigRunning() {
  try {
    return /apache2:\s+running/.test(execFileSync('bash', [RIG, 'status'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  } catch {
    return false;
  }
}

const skip = !isRoot && !existsSync(ENV_FILE) ? 'needs root to install and start WordPress (scripts/wordpress-rig.sh); run npm test as root, or start the rig once as root' : false;

before(async () => {
  if (skip) return;
  startedHere = !rigRunning();
  // Idempotent: installs the packages the first time (apt-get), else only (re)starts what is down.
  execFileSync('bash', [RIG, 'start'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 });
  rig = Object.fromEntries(
    readFileSync(ENV_FILE, 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  await ensureBundle();
  pageDir = join(rig.RIG_WWW, `news-elements-e2e-${process.pid}`);
  mkdirSync(pageDir, { recursive: true });
  cpSync('dist', join(pageDir, 'dist'), { recursive: true });
  // What a theme prints: the tags, with only the post's REST address.
  writeFileSync(
    join(pageDir, 'index.html'),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>WordPress post</title>
<script type="module" src="dist/news-elements.js"></script></head>
<body>
  <news-article src="/wp-json/wp/v2/posts/${rig.POST_ID}?_embed">
    <comment-list></comment-list>
    <comment-form format="wordpress"></comment-form>
  </news-article>
</body></html>
`,
  );
  browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
});

after(async () => {
  if (skip) return;
  await browser?.close();
  for (const id of created) await admin(`/wp-json/wp/v2/comments/${id}?force=true`, { method: 'DELETE' }).catch(() => {});
  if (pageDir) rmSync(pageDir, { recursive: true, force: true });
  if (startedHere) execFileSync('bash', [RIG, 'stop'], { stdio: 'ignore' });
});

/** A REST call as the site's admin (the rig's application password). */
async function admin(path, init = {}) {
  const response = await fetch(new URL(path, rig.WP_URL), {
    ...init,
    headers: {
      Authorization: `Basic ${Buffer.from(`${rig.WP_ADMIN_USER}:${rig.WP_APP_PASSWORD}`).toString('base64')}`,
      'Content-Type': 'application/json',
      ...init.headers,
    },
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

test('a WordPress post renders from its REST URL, lists its approved comments, and takes a new one', { skip }, async () => {
  const run = Date.now().toString(36);
  const post = await admin(`/wp-json/wp/v2/posts/${rig.POST_ID}`);
  const approved = await admin('/wp-json/wp/v2/comments', {
    method: 'POST',
    body: JSON.stringify({ post: Number(rig.POST_ID), content: `An approved comment (${run}).`, author_name: 'Rig Reader', author_email: 'rig@example.com', status: 'approved',
      // Another address than the browser's: WordPress refuses a second comment from one IP within 15 s (comment_flood).
      author_ip: '192.0.2.7' }),
  });
  created.push(approved.id);

  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const { errors, requests } = watchPage(page);
  // WordPress's avatars are Gravatar URLs, which this closed network cannot resolve: answer them with
  // a 1×1 GIF so that a console error left is the page's own.
  const avatars = [];
  await page.route(/^https?:\/\/([a-z0-9]+\.)?gravatar\.com\//, (route) => {
    avatars.push(route.request().url());
    return route.fulfill({ contentType: 'image/gif', body: Buffer.from('R0lGODlhAQABAIAAAMzMzP///yH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64') });
  });
  await page.goto(new URL(`/rig/${pageDir.split('/').pop()}/`, rig.WP_URL).href);
  const article = page.locator('news-article');
  // The headline is the post's rendered title, as text (WordPress writes quotes as entities).
  const title = post.title.rendered.replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code))).replace(/&amp;/g, '&');
  await assert.doesNotReject(article.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 10_000 }));
  // The byline names the embedded author (its text is in its own shadow root).
  const byline = await page.waitForFunction(
    () => document.querySelector('news-article')?.shadowRoot?.querySelector('news-byline')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').match(/By admin/)?.[0],
    null,
    { timeout: 10_000, polling: 50 },
  );
  assert.equal(await byline.jsonValue(), 'By admin');

  // Comment code loads as the reader nears the comments.
  const list = page.locator('comment-list');
  await list.scrollIntoViewIfNeeded();
  await assert.doesNotReject(list.getByText(`An approved comment (${run}).`).waitFor({ timeout: 10_000 }));
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'wordpress-post.png'), fullPage: true });

  const form = page.locator('news-article > comment-form');
  const text = `Posted through the element (${run}).`;
  await form.getByRole('textbox', { name: 'Comment' }).fill(text);
  await form.getByRole('textbox', { name: 'Name' }).fill('Element Reader');
  await form.getByRole('textbox', { name: 'Email' }).fill(`reader-${run}@example.com`);
  // The form's answer: success with its moderation state, or the error it showed (so a failure says why).
  const outcome = page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('comment-success', (event) => resolve(`success: ${event.detail.status}`), { once: true });
        document.addEventListener('comment-error', (event) => resolve(`error ${event.detail.status}: ${event.detail.message}`), { once: true });
      }),
  );
  await form.getByRole('button', { name: 'Post Comment' }).click();
  assert.equal(await outcome, 'success: pending');

  // Stored in WordPress: held for moderation (a first-time commenter), on this post, top level.
  const [stored] = await admin(`/wp-json/wp/v2/comments?post=${rig.POST_ID}&status=hold&search=${encodeURIComponent(run)}&context=edit`);
  assert.ok(stored, 'the comment is in WordPress');
  created.push(stored.id);
  assert.equal(stored.author_name, 'Element Reader');
  assert.equal(stored.parent, 0);
  assert.match(stored.content.raw, new RegExp(`Posted through the element \\(${run}\\)`));
  assert.ok(avatars.length > 0, 'the avatars WordPress gives are shown');
  assert.equal(requests.filter((path) => /\/article-formats-[\w-]+\.js$/.test(path)).length, 1, 'the CMS formats come in their own chunk, once');
  assert.deepEqual(errors, []);
});
