// GET /api/articles/:id/comments: the seed, approved-only listing, order, pagination.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PUBLIC_LIST_CACHE_CONTROL } from '../../server/routes.js';
import { ARTICLE, TOKEN, get, jsonComment, listAll, postJson, startServer, tempDir, type TestServer } from './helpers.js';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('the seeded database', () => {
  const tmp = tempDir();
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'seeded', 'comments.db'), seed: true });
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('lists 3–4 approved comments on the seed article, one of them a reply, without emails', async () => {
    const r = await get(`${s.url}/api/articles/${ARTICLE}/comments`);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(r.headers.get('cache-control'), PUBLIC_LIST_CACHE_CONTROL);
    const { comments, total, next } = r.json;
    assert.ok(comments.length >= 3 && comments.length <= 4);
    assert.equal(total, comments.length);
    assert.equal(next, null);
    const ids = new Set(comments.map((c: any) => c.id));
    const replies = comments.filter((c: any) => c.parentId !== null);
    assert.equal(replies.length, 1);
    assert.ok(ids.has(replies[0].parentId), 'the reply points at a listed comment');
    for (const c of comments) {
      assert.deepEqual(Object.keys(c).sort(), ['articleId', 'author', 'content', 'date', 'id', 'parentId', 'status']);
      assert.deepEqual(Object.keys(c.author).sort(), ['name', 'url']);
      assert.equal(c.status, 'approved');
      assert.equal(c.articleId, ARTICLE);
      assert.ok(c.author.name.length > 0);
      assert.ok(c.content.length > 20);
      assert.match(c.date, ISO_UTC);
    }
    assert.ok(!r.text.includes('@'), 'no email address in the listing');
    assert.match(comments.map((c: any) => c.content).join(' '), /tariff/i);
  });

  it('lists oldest first', async () => {
    const { comments } = (await get(`${s.url}/api/articles/${ARTICLE}/comments`)).json;
    const dates = comments.map((c: any) => Date.parse(c.date));
    assert.deepEqual(dates, [...dates].sort((a, b) => a - b));
    const ids = comments.map((c: any) => c.id);
    assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
  });

  it('answers an article without comments with an empty page', async () => {
    const r = await get(`${s.url}/api/articles/no-such-article/comments`);
    assert.equal(r.status, 200);
    assert.deepEqual(r.json, { comments: [], total: 0, next: null });
  });

  it('decodes the article id in the path', async () => {
    await postJson(s.url, jsonComment({ articleId: 'a b/c', content: 'Odd id.' }, {}));
    // Pending by default: listed only with the token, but the route must accept the encoded id.
    const r = await get(`${s.url}/api/articles/${encodeURIComponent('a b/c')}/comments`);
    assert.equal(r.status, 200);
    const bad = await get(`${s.url}/api/articles/%E0%A4%A/comments`);
    assert.equal(bad.status, 400);
  });

  it('answers HEAD as GET without a body: same status and headers, Content-Length included', async () => {
    for (const path of [`/api/articles/${ARTICLE}/comments`, `/api/articles/${ARTICLE}/comments?limit=2`, '/api/articles/x/comments?status=spam']) {
      const byGet = await fetch(`${s.url}${path}`);
      const getBody = Buffer.from(await byGet.arrayBuffer());
      const byHead = await fetch(`${s.url}${path}`, { method: 'HEAD' });
      assert.equal((await byHead.arrayBuffer()).byteLength, 0, path);
      assert.equal(byHead.status, byGet.status, path);
      assert.equal(byHead.headers.get('content-length'), String(getBody.length), path);
      for (const name of ['content-type', 'cache-control', 'x-content-type-options']) {
        assert.equal(byHead.headers.get(name), byGet.headers.get(name), `${path} ${name}`);
      }
    }
  });
});

describe('pagination', () => {
  const tmp = tempDir();
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'pages.db'), autoApprove: true, moderationToken: TOKEN });
    for (let i = 1; i <= 120; i++) {
      const r = await postJson(s.url, jsonComment({ content: `Comment number ${i}` }));
      assert.equal(r.status, 201);
    }
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('pages with ?limit= and follows next to the end, oldest first, nothing repeated or skipped', async () => {
    const first = await get(`${s.url}/api/articles/${ARTICLE}/comments?limit=7`);
    assert.equal(first.json.comments.length, 7);
    assert.equal(first.json.total, 120);
    assert.equal(typeof first.json.next, 'string');
    assert.match(first.json.next, /^\/api\/articles\/carney-beijing-visit\/comments\?/);

    const all = await listAll(s.url, `/api/articles/${ARTICLE}/comments?limit=7`);
    assert.equal(all.length, 120);
    assert.deepEqual(
      all.map((c) => c.content),
      Array.from({ length: 120 }, (_, i) => `Comment number ${i + 1}`),
    );
  });

  it('has next = null on the last page, also when it is exactly full', async () => {
    const r = await get(`${s.url}/api/articles/${ARTICLE}/comments?limit=100`);
    const second = await get(`${s.url}${r.json.next}`);
    assert.equal(second.json.comments.length, 20);
    assert.equal(second.json.next, null);
    const exact = await get(`${s.url}/api/articles/${ARTICLE}/comments?limit=20&after=${r.json.comments[99].id}`);
    assert.equal(exact.json.comments.length, 20);
    assert.equal(exact.json.next, null);
  });

  it('defaults to 50 and caps limit at 100', async () => {
    const byDefault = await get(`${s.url}/api/articles/${ARTICLE}/comments`);
    assert.equal(byDefault.json.comments.length, 50);
    assert.notEqual(byDefault.json.next, null);
    const capped = await get(`${s.url}/api/articles/${ARTICLE}/comments?limit=1000`);
    assert.equal(capped.json.comments.length, 100);
    assert.match(capped.json.next, /limit=100/);
  });

  it('refuses a nonsense limit or cursor with 400', async () => {
    for (const q of ['limit=0', 'limit=-1', 'limit=abc', 'limit=2.5', 'after=x', 'after=-4', 'status=spam']) {
      const r = await get(`${s.url}/api/articles/${ARTICLE}/comments?${q}`);
      assert.equal(r.status, 400, q);
      assert.equal(typeof r.json.message, 'string');
    }
  });

  it('keeps the cursor stable while new comments arrive', async () => {
    const page1 = await get(`${s.url}/api/articles/${ARTICLE}/comments?limit=10`);
    await postJson(s.url, jsonComment({ content: 'Arrived between two page loads.' }));
    const page2 = await get(`${s.url}${page1.json.next}`);
    assert.equal(page2.json.comments[0].id, page1.json.comments[9].id + 1);
    assert.equal(page2.json.total, 121);
  });

  it('lists pending comments only with the moderation token (?status=pending|all)', async () => {
    const noToken = await get(`${s.url}/api/articles/${ARTICLE}/comments?status=all`);
    assert.equal(noToken.status, 401);
    const withToken = await get(`${s.url}/api/articles/${ARTICLE}/comments?status=pending`, { Authorization: `Bearer ${TOKEN}` });
    assert.equal(withToken.status, 200);
    assert.deepEqual(withToken.json, { comments: [], total: 0, next: null });
    assert.equal(withToken.headers.get('cache-control'), 'no-store', "a moderator's view is never cached");
    assert.equal(withToken.headers.get('etag'), null);
  });
});

describe('reads a CDN can absorb: ETag, Cache-Control, 304', () => {
  const tmp = tempDir();
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'etag.db'), autoApprove: true });
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('tags the public thread, answers 304 to its tag, and changes the tag when a comment arrives', async () => {
    const list = `${s.url}/api/articles/${ARTICLE}/comments`;
    await postJson(s.url, jsonComment({ content: 'The first comment.' }));
    const first = await get(list);
    const etag = first.headers.get('etag')!;
    assert.match(etag, /^"[\w-]{27}"$/);
    assert.equal(first.headers.get('cache-control'), 'public, max-age=0, s-maxage=5', 'shared caches 5 s, browsers revalidate');
    assert.equal(first.headers.get('cdn-cache-control'), 'max-age=5, stale-while-revalidate=30');

    const unchanged = await get(list, { 'If-None-Match': etag });
    assert.equal(unchanged.status, 304);
    assert.equal(unchanged.text, '');
    assert.equal(unchanged.headers.get('etag'), etag);
    assert.equal(unchanged.headers.get('cache-control'), first.headers.get('cache-control'));
    assert.equal((await get(list, { 'If-None-Match': `"other", W/${etag}` })).status, 304, 'a list of tags, a weak one among them');

    await postJson(s.url, jsonComment({ content: 'A second comment.' }));
    const changed = await get(list, { 'If-None-Match': etag });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.get('etag'), etag);
    assert.equal(changed.json.total, 2);
  });
});
