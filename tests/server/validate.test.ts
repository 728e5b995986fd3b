// The validation rules as pure functions (demo/server/validate.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EMAIL_PATTERN, MESSAGES, normalizeUrl, parseParentId, validateComment } from '../../demo/server/validate.js';

describe('validate.ts', () => {
  it('email: the HTML spec pattern', () => {
    for (const ok of ['a@b', 'name@example.com', "o'hara+news@sub.example.co.uk", 'x@localhost', 'a.b-c_d@x-y.z']) {
      assert.ok(EMAIL_PATTERN.test(ok), ok);
    }
    for (const bad of ['', 'a', 'a@', '@b', 'a b@c.d', 'a@b..c', 'a@-b.c', 'a@b-.c', 'a@b_c.d', 'é@example.com']) {
      assert.ok(!EMAIL_PATTERN.test(bad), bad);
    }
  });

  it('url: optional, http(s) only, bare domains completed with https://', () => {
    assert.equal(normalizeUrl(''), '');
    assert.equal(normalizeUrl('   '), '');
    assert.equal(normalizeUrl('example.com'), 'https://example.com');
    assert.equal(normalizeUrl('www.example.com/me?x=1'), 'https://www.example.com/me?x=1');
    assert.equal(normalizeUrl('localhost:8080'), 'https://localhost:8080');
    assert.equal(normalizeUrl('example.com:8443/x'), 'https://example.com:8443/x');
    assert.equal(normalizeUrl('//example.com'), 'https://example.com');
    assert.equal(normalizeUrl('HTTP://Example.com'), 'HTTP://Example.com');
    assert.equal(normalizeUrl(' https://example.com/a b '), undefined);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://x.y', 'http://', 'https://user:pw@x.y', 'hello', 'https://' + 'a'.repeat(200) + '.com']) {
      assert.equal(normalizeUrl(bad), undefined, bad);
    }
  });

  it('parentId: empty values mean top level; anything else must be a positive integer', () => {
    for (const top of [null, undefined, '', 0, '0']) assert.equal(parseParentId(top), null);
    assert.equal(parseParentId(12), 12);
    assert.equal(parseParentId('12'), 12);
    for (const bad of [-1, 1.5, 'x', '1e3', {}, [], true]) assert.ok(Number.isNaN(parseParentId(bad)), String(bad));
  });

  it('validateComment: cleans the input, keeps the content as given', () => {
    const r = validateComment(
      { articleId: ' a1 ', parentId: '3', content: '  hi\n', name: ' Ada ', email: ' ada@example.com ', url: 'example.com' },
      (id, article) => id === 3 && article === 'a1',
    );
    assert.deepEqual(r, {
      ok: true,
      value: { articleId: 'a1', parentId: 3, content: '  hi\n', name: 'Ada', email: 'ada@example.com', url: 'https://example.com' },
    });
  });

  it('validateComment: the messages of the form', () => {
    const r = validateComment({ articleId: 'a', parentId: 9, content: '', name: '', email: 'x', url: 'ftp://x' }, () => false);
    assert.deepEqual(r, {
      ok: false,
      errors: {
        content: 'Please type your comment.',
        name: 'Please enter your name.',
        email: 'Please enter a valid email address, like name@example.com.',
        url: 'Please enter a valid website address, like https://example.com.',
        parentId: MESSAGES.parentInvalid,
      },
    });
    const missingEmail = validateComment({ articleId: 'a', parentId: null, content: 'x', name: 'n', email: '', url: '' }, () => true);
    assert.deepEqual(missingEmail, { ok: false, errors: { email: 'Please enter your email address.' } });
  });
});
