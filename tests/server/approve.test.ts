// POST /api/comments/:id/approve and auto-approve.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTICLE, TOKEN, get, jsonComment, postJson, startServer, tempDir, type TestServer } from './helpers.js';

const approve = (s: TestServer, id: number | string, headers: Record<string, string> = {}) =>
  fetch(`${s.url}/api/comments/${id}/approve`, { method: 'POST', headers }).then(async (r) => ({
    status: r.status,
    headers: r.headers,
    json: await r.json(),
  }));

describe('POST /api/comments/:id/approve', () => {
  const tmp = tempDir();
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'moderation.db'), moderationToken: TOKEN });
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('approves with the right token: 200 with the comment, which is then listed', async () => {
    const posted = await postJson(s.url, jsonComment({ content: 'Please approve me.' }));
    assert.equal(posted.json.status, 'pending');
    let list = await get(`${s.url}/api/articles/${ARTICLE}/comments`);
    assert.equal(list.json.total, 0);

    const r = await approve(s, posted.json.id, { Authorization: `Bearer ${TOKEN}` });
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(r.headers.get('cache-control'), 'no-store');
    assert.deepEqual(r.json, { ...posted.json, status: 'approved' });

    list = await get(`${s.url}/api/articles/${ARTICLE}/comments`);
    assert.deepEqual(list.json.comments, [r.json]);

    const again = await approve(s, posted.json.id, { Authorization: `Bearer ${TOKEN}` });
    assert.equal(again.status, 200, 'approving twice is harmless');
  });

  it('refuses a missing or wrong token with 401', async () => {
    const posted = await postJson(s.url, jsonComment({ content: 'Not approved by strangers.' }));
    for (const headers of <Record<string, string>[]>[{}, { Authorization: 'Bearer wrong' }, { Authorization: TOKEN }, { Authorization: `Basic ${TOKEN}` }, { Authorization: `Bearer ${TOKEN}x` }]) {
      const r = await approve(s, posted.json.id, headers);
      assert.equal(r.status, 401, JSON.stringify(headers));
      assert.equal(r.headers.get('www-authenticate'), 'Bearer');
      assert.equal(typeof r.json.message, 'string');
    }
    const list = await get(`${s.url}/api/articles/${ARTICLE}/comments`);
    assert.ok(!list.json.comments.some((c: any) => c.id === posted.json.id));
  });

  it('answers 404 for an unknown comment', async () => {
    const r = await approve(s, 987654, { Authorization: `Bearer ${TOKEN}` });
    assert.equal(r.status, 404);
  });

  it('answers 405 to GET', async () => {
    const r = await fetch(`${s.url}/api/comments/1/approve`);
    assert.equal(r.status, 405);
    await r.arrayBuffer();
  });
});

describe('without a configured token', () => {
  const tmp = tempDir();
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'no-token.db') });
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('the approve route answers 403, whatever is sent', async () => {
    const posted = await postJson(s.url, jsonComment());
    for (const headers of <Record<string, string>[]>[{}, { Authorization: 'Bearer ' }, { Authorization: 'Bearer anything' }]) {
      const r = await approve(s, posted.json.id, headers);
      assert.equal(r.status, 403);
      assert.equal(typeof r.json.message, 'string');
    }
  });
});

describe('autoApprove', () => {
  const tmp = tempDir();
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'auto.db'), autoApprove: true });
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('stores new comments as approved and lists them at once', async () => {
    const posted = await postJson(s.url, jsonComment({ content: 'Visible at once.' }));
    assert.equal(posted.status, 201);
    assert.equal(posted.json.status, 'approved');
    const list = await get(`${s.url}/api/articles/${ARTICLE}/comments`);
    assert.deepEqual(list.json.comments, [posted.json]);
  });
});
