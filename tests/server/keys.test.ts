// User input used as a lookup key: names that exist on Object.prototype (`__proto__`, `constructor`,
// `toString`, `hasOwnProperty`) must be plain unknown values, never a 500 or an inherited member.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTICLE, TOKEN, get, jsonComment, postForm, postJson, startServer, tempDir, type TestServer } from './helpers.js';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

describe('prototype names as user input', () => {
  const tmp = tempDir();
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'keys.db'), moderationToken: TOKEN, autoApprove: true });
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('?status= with a prototype name is a 400 like any unknown status (with or without the token)', async () => {
    for (const status of PROTOTYPE_NAMES) {
      for (const headers of [{}, { Authorization: `Bearer ${TOKEN}` }] as Record<string, string>[]) {
        const r = await get(`${s.url}/api/articles/${ARTICLE}/comments?status=${encodeURIComponent(status)}`, headers);
        assert.equal(r.status, 400, status);
        assert.match(r.json.message, /"status" must be approved, pending or all/);
      }
    }
  });

  it('a prototype name as article id is an ordinary article: empty, then holding its own comment', async () => {
    for (const articleId of PROTOTYPE_NAMES) {
      const empty = await get(`${s.url}/api/articles/${encodeURIComponent(articleId)}/comments`);
      assert.equal(empty.status, 200, articleId);
      assert.deepEqual(empty.json, { comments: [], total: 0, next: null });
      const posted = await postJson(s.url, jsonComment({ articleId, content: `A comment on ${articleId}.` }));
      assert.equal(posted.status, 201, articleId);
      const listed = await get(`${s.url}/api/articles/${encodeURIComponent(articleId)}/comments`);
      assert.deepEqual(listed.json.comments.map((c: any) => c.content), [`A comment on ${articleId}.`]);
    }
  });

  it('JSON bodies whose keys are prototype names are read by own keys only', async () => {
    // `{"__proto__": {...}}` from JSON.parse is an own key, not a prototype: nothing in it counts.
    const hidden = await postJson(s.url, `{"__proto__": ${JSON.stringify(jsonComment({ content: 'Hidden in __proto__.' }))}}`);
    assert.equal(hidden.status, 422);
    assert.deepEqual(Object.keys(hidden.json.errors).sort(), ['articleId', 'content', 'email', 'name']);
    // Prototype-named keys next to a real comment change nothing.
    const extra = { ...jsonComment({ content: 'With odd extra keys.' }), constructor: 'x', toString: 1, hasOwnProperty: null };
    const ok = await postJson(s.url, extra);
    assert.equal(ok.status, 201);
    assert.equal(ok.json.content, 'With odd extra keys.');
    // Prototype names as field values, in JSON and in a form post.
    for (const name of PROTOTYPE_NAMES) {
      const json = await postJson(s.url, jsonComment({ content: `JSON by ${name}.` }, { name }));
      assert.equal(json.status, 201, name);
      assert.equal(json.json.author.name, name);
      const form = await postForm(s.url, { comment: `Form by ${name}.`, author: name, email: 'f@example.com', comment_post_ID: name, [name]: name });
      assert.equal(form.status, 201, name);
      assert.equal(form.json.articleId, name);
    }
  });
});
