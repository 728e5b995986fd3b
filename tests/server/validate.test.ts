// server/validate.ts: the server runs the form's own rules (`news-elements/rules`, the module the
// form imports as src/comment-form/rules.ts) with their English messages, plus the checks only a
// server can make.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkField, isEmail, isWebUrl, completeUrl, DEFAULT_MAXLENGTH, ruleMessage, validateComment, RULE_MESSAGES as en } from 'news-elements/rules';
import { MESSAGES, parseParentId, validatePostedComment, type Validation } from '../../server/validate.js';

const valid = { articleId: 'a1', parentId: null, content: 'Hello', name: 'Ada', email: 'ada@example.com', url: '' };
/** Each invalid field's message (what the endpoint answers), or the valid comment. */
const messagesOf = (result: Validation) =>
  result.ok ? result : { ok: false as const, errors: Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error.message])) };
const check = (over: Partial<typeof valid> & Record<string, unknown>) => messagesOf(validatePostedComment({ ...valid, ...over }, () => true));

describe('validate.ts', () => {
  it('uses the messages of the rules', () => {
    assert.equal(en.contentMissing, 'Please type your comment.');
    assert.equal(en.nameMissing, 'Please enter your name.');
    assert.equal(en.emailMissing, 'Please enter your email address.');
    assert.equal(en.emailInvalid, 'Please enter a valid email address, like name@example.com.');
    assert.equal(en.urlInvalid, 'Please enter a valid website address, like https://example.com.');
  });

  it('agrees with the form on every email', () => {
    const emails = ['a@b', 'ab@c.de', 'name@example.com', "o'hara+news@sub.example.co.uk", 'x@localhost', 'a.b-c_d@x-y.zz',
      '', ' ', 'a', 'a@', '@b.cd', 'a b@c.de', 'a@b..cd', 'a@-b.cd', 'a@b-.cd', 'a@b_c.de', 'é@example.com', `${'x'.repeat(95)}@b.cd`];
    for (const email of emails) {
      const r = check({ email });
      const expected = email.trim() === '' ? en.emailMissing : isEmail(email) ? undefined : en.emailInvalid;
      assert.equal(r.ok ? undefined : r.errors.email, expected, JSON.stringify(email));
    }
  });

  it('agrees with the form on every website, and stores the completed address', () => {
    const urls = ['', '  ', 'example.com', 'www.example.com/me?x=1', 'example.com:8443/x', '//example.com', 'HTTP://Example.com',
      'https://example.com/a b', 'javascript:alert(1)', 'data:text/html,x', 'ftp://x.yz', 'http://', 'hello', 'localhost:8080'];
    for (const url of urls) {
      const r = check({ url });
      const formError = checkField('url', url);
      assert.equal(r.ok ? undefined : r.errors.url, formError && en[formError.key], JSON.stringify(url));
      if (r.ok) {
        assert.equal(r.value.url, completeUrl(url));
        if (r.value.url) assert.ok(isWebUrl(r.value.url));
      }
    }
    const bare = check({ url: ' example.com ' });
    assert.ok(bare.ok);
    assert.equal(bare.value.url, 'https://example.com');
  });

  it('content: required, at most 65525 characters, its markup kept as text and its ends trimmed', () => {
    for (const content of ['', ' \n\t ']) {
      const r = check({ content });
      assert.deepEqual(r, { ok: false, errors: { content: en.contentMissing } });
    }
    const max = check({ content: '😀'.repeat(65525) }); // counted in characters, as the form does
    assert.equal(max.ok, true);
    const tooLong = check({ content: 'x'.repeat(65526) });
    assert.equal(tooLong.ok, false);
    assert.match(!tooLong.ok ? tooLong.errors.content! : '', /65525.*65526/);
    const kept = check({ content: '  <b>hi</b>\n\n  there\n' });
    assert.ok(kept.ok);
    assert.equal(kept.value.content, '<b>hi</b>\n\n  there');
  });

  it('refuses an over-long comment with the key and the sentence the form has for it', () => {
    const content = 'x'.repeat(DEFAULT_MAXLENGTH + 1);
    const tooLong = { key: 'contentTooLong', max: 65525, count: 65526 } as const;
    const form = validateComment({ content, name: 'Ada', email: 'ada@example.com' }); // what <comment-form> runs
    assert.deepEqual(form, { ok: false, errors: { content: tooLong } });
    const server = validatePostedComment({ ...valid, content }, () => true);
    assert.deepEqual(server, { ok: false, errors: { content: { key: 'contentTooLong', message: ruleMessage(tooLong) } } });
  });

  it('name: required (trimmed), at most 245 characters', () => {
    assert.deepEqual(check({ name: '  ' }), { ok: false, errors: { name: en.nameMissing } });
    assert.deepEqual(check({ name: 'n'.repeat(246) }), { ok: false, errors: { name: MESSAGES.nameTooLong } });
    const trimmed = check({ name: '  Ada  ', email: ' ada@example.com ' });
    assert.ok(trimmed.ok);
    assert.equal(trimmed.value.name, 'Ada');
    assert.equal(trimmed.value.email, 'ada@example.com');
  });

  it('non-string fields count as missing; numeric article ids are accepted', () => {
    const r = messagesOf(validatePostedComment({ articleId: 42, parentId: null, content: 42, name: {}, email: ['a@b.cd'], url: null }, () => true));
    assert.deepEqual(r, { ok: false, errors: { content: en.contentMissing, name: en.nameMissing, email: en.emailMissing } });
    const n = check({ articleId: 42 as unknown as string });
    assert.ok(n.ok);
    assert.equal(n.value.articleId, '42');
    assert.deepEqual(check({ articleId: ' ' }), { ok: false, errors: { articleId: MESSAGES.articleMissing } });
  });

  it('parentId: empty values mean top level; anything else must be an existing comment of the article', () => {
    for (const top of [null, undefined, '', 0, '0']) assert.equal(parseParentId(top), null);
    assert.equal(parseParentId(12), 12);
    assert.equal(parseParentId('12'), 12);
    for (const bad of [-1, 1.5, 'x', '1e3', {}, [], true]) assert.ok(Number.isNaN(parseParentId(bad)), String(bad));

    const exists = (id: number, article: string) => id === 3 && article === 'a1';
    const ok = validatePostedComment({ ...valid, parentId: '3' }, exists);
    assert.ok(ok.ok);
    assert.equal(ok.value.parentId, 3);
    assert.deepEqual(messagesOf(validatePostedComment({ ...valid, parentId: 4 }, exists)), { ok: false, errors: { parentId: MESSAGES.parentInvalid } });
    assert.deepEqual(messagesOf(validatePostedComment({ ...valid, articleId: 'a2', parentId: 3 }, exists)), {
      ok: false,
      errors: { parentId: MESSAGES.parentInvalid },
    });
  });
});
