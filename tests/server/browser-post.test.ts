// POST /api/comments from a form a browser posts without JavaScript (urlencoded, Accept: text/html):
// answered as wp-comments-post.php answers — 303 back to the article at the comment, or a page that
// says what is wrong and keeps the typed text — never JSON, never a redirect to another site.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTICLE, startServer, storedRows, tempDir, type TestServer } from './helpers.js';

const ARTICLE_PAGE = 'http://news.example.test/articles/carney-beijing-visit';

/** A browser's form post: the fields of a server-rendered <comment-form>, redirects not followed. */
async function browserPost(s: TestServer, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const host = new URL(s.url).host;
  const response = await fetch(`${s.url}/api/comments`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', Referer: `http://${host}/articles/carney-beijing-visit`, ...headers },
    body: new URLSearchParams({ comment_post_ID: ARTICLE, comment_parent: '0', author: 'Ada', email: 'ada@example.com', url: '', comment: 'Hello', honeypot: '', ...fields }),
  });
  return { status: response.status, location: response.headers.get('location'), type: response.headers.get('content-type'), text: await response.text() };
}

describe('POST /api/comments without JavaScript', () => {
  const tmp = tempDir();
  let held: TestServer;
  let approved: TestServer;
  before(async () => {
    held = await startServer({ dbPath: join(tmp.dir, 'held.db') });
    approved = await startServer({ dbPath: join(tmp.dir, 'approved.db'), autoApprove: true });
  });
  after(async () => {
    await held.stop();
    await approved.stop();
    tmp.remove();
  });

  it('answers a stored comment with 303 back to the article page, at the comment', async () => {
    const r = await browserPost(approved, { comment: 'Posted by a plain form.' });
    assert.equal(r.status, 303);
    const location = new URL(r.location!);
    const [row] = storedRows(approved.dbPath).slice(-1);
    assert.equal(row!.content, 'Posted by a plain form.');
    assert.equal(location.pathname, '/articles/carney-beijing-visit');
    assert.equal(location.hash, `#comment-${row!.id}`);
    assert.equal(location.searchParams.has('unapproved'), false);
  });

  it('says a held comment is held: ?unapproved={id}, as WordPress does', async () => {
    const r = await browserPost(held, { comment: 'Waiting for a moderator.' });
    const [row] = storedRows(held.dbPath).slice(-1);
    assert.equal(r.status, 303);
    assert.equal(new URL(r.location!).searchParams.get('unapproved'), String(row!.id));
  });

  it('goes back to redirect_to or the Referer only on its own host: never an open redirect', async () => {
    const own = new URL(held.url).host;
    const toField = await browserPost(held, { comment: 'Back by field.', redirect_to: '/somewhere/else?x=1' });
    assert.equal(new URL(toField.location!).pathname + new URL(toField.location!).search.replace(/&?unapproved=\d+/, ''), '/somewhere/else?x=1');
    for (const [fields, headers] of [
      [{ comment: 'Evil field.', redirect_to: 'https://evil.example/phish' }, { Referer: 'https://evil.example/' }],
      [{ comment: 'Evil referer.' }, { Referer: ARTICLE_PAGE }],
      [{ comment: 'Evil scheme.', redirect_to: 'javascript:alert(1)' }, { Referer: `ftp://${own}/x` }],
    ] as const) {
      const r = await browserPost(held, fields, headers);
      assert.equal(r.status, 200, `${JSON.stringify(fields)}: a page, not a redirect (${r.location})`);
      assert.equal(r.location, null);
      assert.match(r.text, /Your comment is awaiting moderation\./);
    }
  });

  it('answers a refused comment with a page: the problems, the typed text, a link back — and stores nothing', async () => {
    const before = storedRows(held.dbPath).length;
    const typed = 'My long reply <script>alert(1)</script> that I do not want to lose.';
    const r = await browserPost(held, { comment: typed, author: '', email: 'not-an-email' });
    assert.equal(r.status, 422);
    assert.equal(r.type, 'text/html; charset=utf-8');
    assert.match(r.text, /<li>Please enter your name\.<\/li>/);
    assert.match(r.text, /<li>Please enter a valid email address/);
    assert.ok(r.text.includes('My long reply &lt;script&gt;alert(1)&lt;/script&gt; that I do not want to lose.'), 'the typed text, escaped');
    assert.ok(!r.text.includes('<script>alert(1)'));
    assert.match(r.text, /<a href="http:\/\/127\.0\.0\.1:\d+\/articles\/carney-beijing-visit#respond">« Back to the article<\/a>/);
    assert.equal(storedRows(held.dbPath).length, before);
  });

  it('stores one comment for a double submit of the same form (its idempotency_key)', async () => {
    const before = storedRows(approved.dbPath).length;
    const fields = { comment: 'Clicked twice.', idempotency_key: 'form-key-0b1c9f2e' };
    const [first, second] = [await browserPost(approved, fields), await browserPost(approved, fields)];
    assert.equal(storedRows(approved.dbPath).length, before + 1);
    assert.equal(first.status, 303);
    assert.equal(second.location, first.location, 'both land on the one comment');
  });

  it('sends a bot (the honeypot filled in) back as if held, storing nothing', async () => {
    const before = storedRows(held.dbPath).length;
    const r = await browserPost(held, { comment: 'Buy now', honeypot: 'http://spam.example' });
    assert.equal(r.status, 303);
    assert.equal(new URL(r.location!).hash, '');
    assert.equal(storedRows(held.dbPath).length, before);
  });

  it('still answers a script JSON, even for a form body', async () => {
    const response = await fetch(`${held.url}/api/comments`, {
      method: 'POST',
      headers: { Accept: 'application/json' },
      body: new URLSearchParams({ comment_post_ID: ARTICLE, author: 'Ada', email: 'ada@example.com', comment: 'From a script.' }),
    });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
  });
});
