// The moderation API (server/moderation.ts) over HTTP: who may use it, the queue, each action one
// by one and in bulk, replies as the site — against a real server on a SQLite file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { authorize } from '../../server/auth.js';
import { addressHash } from '../../server/moderation.js';
import { ARTICLE, TOKEN, get, jsonComment, postJson, startServer, tempDir, type Reply, type TestServer } from './helpers.js';

const tmp = tempDir();
after(() => tmp.remove());

const auth = { Authorization: `Bearer ${TOKEN}` };

async function call(s: TestServer, method: string, path: string, body?: unknown, headers: Record<string, string> = auth): Promise<Reply> {
  const response = await fetch(`${s.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: text ? JSON.parse(text) : undefined };
}

/** Posts a comment (held: the server does not auto-approve) and returns its id. */
async function post(s: TestServer, content: string, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<number> {
  const r = await postJson(s.url, jsonComment({ content, ...overrides }), headers);
  assert.equal(r.status, 201, r.text);
  return r.json.id;
}

describe('moderation API: a server without MODERATION_TOKEN', () => {
  let s: TestServer;
  const said: string[] = [];
  const info = console.info;
  before(async () => {
    console.info = (...args: unknown[]) => said.push(args.join(' '));
    s = await startServer({ dbPath: join(tmp.dir, 'off.db') });
  });
  after(async () => {
    console.info = info;
    await s.stop();
  });

  test('answers 404 moderation_disabled on every route, and says once in its log that moderation is off', async () => {
    for (const [method, path] of [
      ['GET', '/api/moderation/comments'],
      ['PATCH', '/api/moderation/comments/1'],
      ['DELETE', '/api/moderation/comments/1'],
      ['POST', '/api/moderation/comments/bulk'],
      ['POST', '/api/moderation/comments/1/reply'],
    ] as const) {
      const r = await call(s, method, path, method === 'GET' || method === 'DELETE' ? undefined : {}, { Authorization: 'Bearer anything' });
      assert.equal(r.status, 404, `${method} ${path}`);
      assert.equal(r.json.code, 'moderation_disabled');
    }
    assert.equal(said.filter((line) => line.includes('moderation is off')).length, 1, said.join('\n'));
  });
});

describe('moderation API', () => {
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'moderation.db'), moderationToken: TOKEN, siteName: 'The Daily Example' });
  });
  after(() => s.stop());

  test('without the token, or with a wrong one of any length, every route answers 401 and stores nothing', async () => {
    const id = await post(s, 'Held until a moderator says so.');
    for (const headers of <Record<string, string>[]>[{}, { Authorization: 'Bearer wrong' }, { Authorization: `Bearer ${TOKEN}x` }, { Authorization: `Bearer ${'w'.repeat(TOKEN.length)}` }, { Authorization: TOKEN }]) {
      const list = await call(s, 'GET', '/api/moderation/comments', undefined, headers);
      assert.equal(list.status, 401, JSON.stringify(headers));
      assert.equal(list.json.code, 'unauthorized');
      assert.equal(list.headers.get('www-authenticate'), 'Bearer');
      assert.equal((await call(s, 'PATCH', `/api/moderation/comments/${id}`, { status: 'approved' }, headers)).status, 401);
      assert.equal((await call(s, 'DELETE', `/api/moderation/comments/${id}`, undefined, headers)).status, 401);
    }
    assert.equal((await get(`${s.url}/api/articles/${ARTICLE}/comments`)).json.total, 0, 'still held');
  });

  test('the token is compared as digests in constant time: tokens of other lengths are refused, not an error', () => {
    const req = (authorization?: string) => ({ headers: { authorization } }) as IncomingMessage;
    assert.equal(authorize(req(`Bearer ${TOKEN}`), TOKEN), 'ok');
    assert.equal(authorize(req(`bearer   ${TOKEN} `), TOKEN), 'ok');
    assert.equal(authorize(req('Bearer a'), TOKEN), 'denied');
    assert.equal(authorize(req(`Bearer ${TOKEN.repeat(40)}`), TOKEN), 'denied');
    assert.equal(authorize(req(), TOKEN), 'denied');
    assert.equal(authorize(req(`Bearer ${TOKEN}`), undefined), 'unconfigured');
  });

  test('the queue: pending by default, newest first, in pages, by article, with counts, the author in full and the comment replied to', async () => {
    const parent = await post(s, 'A parent for the queue.', { articleId: 'queue-a' });
    await call(s, 'PATCH', `/api/moderation/comments/${parent}`, { status: 'approved' });
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push(await post(s, `Queued ${i}`, { articleId: 'queue-a', parentId: parent }, { 'X-Forwarded-For': '203.0.113.9' }));
    await post(s, 'On another article.', { articleId: 'queue-b' });

    const first = await call(s, 'GET', '/api/moderation/comments?article=queue-a&limit=2');
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(first.json.comments.map((c: any) => c.content), ['Queued 2', 'Queued 1']);
    assert.deepEqual(first.json.counts, { pending: 3, approved: 1, spam: 0, trash: 0 });
    assert.equal(first.headers.get('cache-control'), 'no-store');
    const second = await call(s, 'GET', `/api/moderation/comments?article=queue-a&limit=2&cursor=${first.json.next}`);
    assert.deepEqual(second.json.comments.map((c: any) => c.content), ['Queued 0']);
    assert.equal(second.json.next, null);

    const row = first.json.comments[0];
    assert.deepEqual(row.author, { name: 'Ada Reader', email: 'ada@example.com', url: null, addressHash: addressHash('127.0.0.1', TOKEN) });
    assert.match(row.author.addressHash, /^[0-9a-f]{16}$/);
    assert.deepEqual(row.parent, { id: parent, author: { name: 'Ada Reader' }, content: 'A parent for the queue.', status: 'approved' });

    const everywhere = await call(s, 'GET', '/api/moderation/comments?status=all');
    assert.ok(everywhere.json.comments.some((c: any) => c.articleId === 'queue-b'));
    assert.equal((await call(s, 'GET', '/api/moderation/comments?status=approved&article=queue-a')).json.comments.length, 1);
    for (const bad of ['status=deleted', 'limit=0', 'limit=101', 'cursor=abc']) {
      const r = await call(s, 'GET', `/api/moderation/comments?${bad}`);
      assert.equal(r.status, 400, bad);
      assert.equal(r.json.code, 'invalid_moderation');
    }
  });

  test('PATCH: a status, the text, or both; the answer has what it was; the public thread follows', async () => {
    const id = await post(s, 'Please approve me.', { articleId: 'patch' });
    const approved = await call(s, 'PATCH', `/api/moderation/comments/${id}`, { status: 'approved' });
    assert.equal(approved.status, 200, approved.text);
    assert.equal(approved.json.comment.status, 'approved');
    assert.deepEqual(approved.json.previous, { status: 'pending', content: 'Please approve me.' });
    assert.deepEqual((await get(`${s.url}/api/articles/patch/comments`)).json.comments.map((c: any) => c.content), ['Please approve me.']);

    const edited = await call(s, 'PATCH', `/api/moderation/comments/${id}`, { content: '  Edited by a moderator.\u0007 ' });
    assert.equal(edited.json.comment.content, 'Edited by a moderator.', 'cleaned as a posted comment is');
    assert.deepEqual((await get(`${s.url}/api/articles/patch/comments`)).json.comments.map((c: any) => c.content), ['Edited by a moderator.']);

    const trashed = await call(s, 'PATCH', `/api/moderation/comments/${id}`, { status: 'trash' });
    assert.equal(trashed.json.comment.status, 'trash');
    assert.equal((await get(`${s.url}/api/articles/patch/comments`)).json.total, 0, 'trash leaves the public thread');
    assert.equal((await get(`${s.url}/api/articles/patch/comments?status=all`, auth)).json.total, 0, "and the moderator's thread view");

    for (const [body, status] of [
      [{}, 422],
      [{ status: 'deleted' }, 422],
      [{ content: '   ' }, 422],
    ] as const) {
      const r = await call(s, 'PATCH', `/api/moderation/comments/${id}`, body);
      assert.equal(r.status, status, JSON.stringify(body));
      assert.equal(r.json.code, 'invalid_moderation');
      assert.ok(r.json.message);
    }
    assert.equal((await call(s, 'PATCH', '/api/moderation/comments/999999', { status: 'approved' })).status, 404);
    const notJson = await fetch(`${s.url}/api/moderation/comments/${id}`, { method: 'PATCH', headers: { ...auth, 'Content-Type': 'text/plain' }, body: 'status=approved' });
    assert.equal(notJson.status, 415);
    assert.equal((await call(s, 'PUT', `/api/moderation/comments/${id}`, {})).status, 405);
  });

  test('DELETE: gone for good, its replies kept under its parent', async () => {
    const top = await post(s, 'Top.', { articleId: 'delete' });
    const middle = await post(s, 'Middle.', { articleId: 'delete', parentId: top });
    const leaf = await post(s, 'Leaf.', { articleId: 'delete', parentId: middle });
    const r = await call(s, 'DELETE', `/api/moderation/comments/${middle}`);
    assert.deepEqual([r.status, r.json], [200, { id: middle, deleted: true }]);
    assert.equal((await call(s, 'DELETE', `/api/moderation/comments/${middle}`)).status, 404);
    const queue = await call(s, 'GET', '/api/moderation/comments?article=delete');
    const leafRow = queue.json.comments.find((c: any) => c.id === leaf);
    assert.equal(leafRow.parentId, top);
    assert.equal(leafRow.parent.content, 'Top.');
  });

  test('bulk: every action on many at once, missing ids named; restore takes each back where it was', async () => {
    const ids = [await post(s, 'Bulk 1', { articleId: 'bulk' }), await post(s, 'Bulk 2', { articleId: 'bulk' }), await post(s, 'Bulk 3', { articleId: 'bulk' })];
    const bulk = (action: string, list: unknown = ids) => call(s, 'POST', '/api/moderation/comments/bulk', { action, ids: list });

    const approve = await bulk('approve', [...ids.slice(0, 2), 999_999]);
    assert.equal(approve.status, 200, approve.text);
    assert.deepEqual(approve.json.comments.map((c: any) => c.status), ['approved', 'approved']);
    assert.deepEqual(approve.json.previous, ids.slice(0, 2).map((id) => ({ id, status: 'pending' })));
    assert.deepEqual(approve.json.missing, [999_999]);

    const spam = await bulk('spam');
    assert.deepEqual(spam.json.previous.map((p: any) => p.status), ['approved', 'approved', 'pending']);
    const trash = await bulk('trash');
    assert.deepEqual(trash.json.comments.map((c: any) => c.status), ['trash', 'trash', 'trash']);
    const restore = await bulk('restore');
    assert.deepEqual(restore.json.comments.map((c: any) => c.status), ['approved', 'approved', 'pending'], 'back to before spam, through trash');
    const unapprove = await bulk('unapprove');
    assert.deepEqual(unapprove.json.comments.map((c: any) => c.status), ['pending', 'pending', 'pending']);
    assert.deepEqual((await call(s, 'GET', '/api/moderation/comments?article=bulk')).json.counts, { pending: 3, approved: 0, spam: 0, trash: 0 });

    const removed = await bulk('delete', [ids[0], ids[0], 999_998]);
    assert.deepEqual([removed.json.deleted, removed.json.missing], [[ids[0]], [999_998]]);
    for (const [action, list] of [
      ['publish', ids],
      ['approve', []],
      ['approve', ['1']],
      ['approve', Array.from({ length: 101 }, (_, i) => i + 1)],
    ] as const) {
      const r = await bulk(action, list);
      assert.equal(r.status, 422, `${action} ${JSON.stringify(list).slice(0, 40)}`);
      assert.equal(r.json.code, 'invalid_moderation');
    }
  });

  test('reply as the site: approved at once, signed with the site name, under the comment', async () => {
    const id = await post(s, 'A question for the editors?', { articleId: 'reply' });
    await call(s, 'PATCH', `/api/moderation/comments/${id}`, { status: 'approved' });
    const r = await call(s, 'POST', `/api/moderation/comments/${id}/reply`, { content: 'Thanks, we have corrected the figure.' });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.comment.author.name, 'The Daily Example');
    assert.equal(r.json.comment.status, 'approved');
    assert.equal(r.json.comment.parent.id, id);
    const thread = (await get(`${s.url}/api/articles/reply/comments`)).json.comments;
    assert.deepEqual(thread.map((c: any) => [c.author.name, c.parentId]), [['Ada Reader', null], ['The Daily Example', id]]);
    assert.equal((await call(s, 'POST', `/api/moderation/comments/${id}/reply`, { content: '' })).status, 422);
    assert.equal((await call(s, 'POST', '/api/moderation/comments/999999/reply', { content: 'Hello' })).status, 404);
  });
});
