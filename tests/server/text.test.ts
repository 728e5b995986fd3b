// The shared text rules (src/internal/text.ts through rules.ts) on the real endpoint: invisible
// names and comments are missing, control and format characters are never stored, lone surrogates
// are refused with the field named.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { en } from '../../src/comment-form/strings.js';
import { jsonComment, postJson, startServer, storedRows, tempDir, type TestServer } from './helpers.js';

describe('POST /api/comments: what counts as text', () => {
  const tmp = tempDir();
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'text.db'), autoApprove: true });
  });
  after(async () => {
    await s.stop();
    tmp.remove();
  });

  it('answers 422 for a name or comment of zero-width, control or blank-looking characters only', async () => {
    for (const blank of ['\u200b', '\u200b\u200b', '\u2800', '\u3164', '\u115f\u1160', '\uffa0', '\u0000\u0000', '\u202e']) {
      const byName = await postJson(s.url, jsonComment({}, { name: blank }));
      assert.equal(byName.status, 422, JSON.stringify(blank));
      assert.equal(byName.json.errors.name, en.nameMissing);
      const byContent = await postJson(s.url, jsonComment({ content: blank }));
      assert.equal(byContent.status, 422, JSON.stringify(blank));
      assert.equal(byContent.json.errors.content, en.contentMissing);
    }
  });

  it('stores names and comments without NUL, bidi or zero-width characters', async () => {
    const r = await postJson(s.url, jsonComment({ content: 'Fine\u0000 point\u200b\r\nnext\u202e' }, { name: '\u202eAda\u0000 Lovelace' }));
    assert.equal(r.status, 201);
    assert.equal(r.json.content, 'Fine point\nnext');
    assert.equal(r.json.author.name, 'Ada Lovelace');
    const row = storedRows(join(tmp.dir, 'text.db')).find((stored) => stored.id === r.json.id)!;
    assert.equal(row.content, 'Fine point\nnext');
    assert.equal(row.author_name, 'Ada Lovelace');
  });

  it('answers 422 naming the field for text with a lone surrogate', async () => {
    const r = await postJson(s.url, '{"articleId":"carney-beijing-visit","content":"broken \\ud800 text","author":{"name":"Ada","email":"ada@example.com"}}');
    assert.equal(r.status, 422);
    assert.equal(r.json.errors.content, en.textMalformed);
  });
});
