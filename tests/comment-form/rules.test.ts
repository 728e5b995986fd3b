import { expect } from '@open-wc/testing';
import {
  checkField as checkFieldError,
  cleanField,
  cleanFields,
  completeUrl,
  isEmail,
  isRequired,
  isWebUrl,
  validateComment,
  charCount,
  ruleMessage,
  DEFAULT_MAXLENGTH,
  RULE_MESSAGES,
  type CommentField,
  type RuleOptions,
} from '../../src/comment-form/rules.js';
import { en } from '../../src/comment-form/strings.js';
import frLocale from '../../src/locales/fr.js';

const fr = frLocale.commentForm;

const requiredFields = (options?: RuleOptions) =>
  Object.fromEntries((['content', 'name', 'email', 'url'] as const).map((field) => [field, isRequired(field, options)]));

/** The message key of the first rule a value breaks (`undefined` when it is fine). */
const checkField = (field: CommentField, value: string, options?: RuleOptions) => checkFieldError(field, value, options)?.key;

describe('comment-form rules', () => {
  it('should require the comment, also when it is only whitespace', () => {
    expect(checkField('content', '')).to.equal('contentMissing');
    expect(checkField('content', ' \n\t ')).to.equal('contentMissing');
    expect(checkField('content', 'Hi')).to.equal(undefined);
  });

  it('should require name and email by default, and not when requireNameEmail is false', () => {
    expect(checkField('name', '  ')).to.equal('nameMissing');
    expect(checkField('email', '')).to.equal('emailMissing');
    expect(checkField('name', '', { requireNameEmail: false })).to.equal(undefined);
    expect(checkField('email', '', { requireNameEmail: false })).to.equal(undefined);
    // optional, but still checked when given
    expect(checkField('email', 'nope', { requireNameEmail: false })).to.equal('emailInvalid');
  });

  it('should count invisible and blank-looking text as missing, in every required field', () => {
    for (const blank of ['\u200b', '\u200b\u200b', '\u2800', '\u3164', '\u115f\u1160', '\uffa0', '\u0000', '\u202e\u200d']) {
      expect(checkField('content', blank), JSON.stringify(blank)).to.equal('contentMissing');
      expect(checkField('name', blank), JSON.stringify(blank)).to.equal('nameMissing');
      expect(checkField('email', blank), JSON.stringify(blank)).to.equal('emailMissing');
    }
  });

  it('should send and store text without control and format characters, names on one line', () => {
    expect(cleanField('content', ' Hello\u0000 wor\u200bld\r\n\r\nbye \u202e')).to.equal('Hello world\n\nbye');
    expect(cleanField('name', '\u202eAda\nLovelace\u200f ')).to.equal('Ada Lovelace');
    expect(cleanField('name', '\u2800\u3164')).to.equal('');
  });

  it('should refuse text with a lone surrogate, in any field', () => {
    for (const field of ['content', 'name', 'email', 'url'] as const) expect(checkField(field, 'ok \ud800'), field).to.equal('textMalformed');
  });

  it('should never require the website', () => {
    expect(checkField('url', '')).to.equal(undefined);
  });

  it('should reject malformed email addresses, as strictly as WordPress', () => {
    for (const bad of ['nope', 'a@b', 'name@example', 'na,me@example.com', 'name@exa mple.com', '@example.com', 'name@-example.com', 'a@b.c']) {
      expect(isEmail(bad), bad).to.equal(false);
      expect(checkField('email', bad), bad).to.equal('emailInvalid');
    }
    for (const good of ['name@example.com', ' name+tag@sub.example.co.uk ', "o'hara@example.ie"]) {
      expect(checkField('email', good), good).to.equal(undefined);
    }
    expect(isEmail(`${'a'.repeat(95)}@example.com`)).to.equal(false); // over WordPress's 100
  });

  it('should complete a bare host to https:// and leave schemes alone', () => {
    expect(completeUrl('example.com')).to.equal('https://example.com');
    expect(completeUrl(' example.com/me?x=1 ')).to.equal('https://example.com/me?x=1');
    expect(completeUrl('example.com:8080/a')).to.equal('https://example.com:8080/a');
    expect(completeUrl('//example.com')).to.equal('https://example.com');
    expect(completeUrl('http://example.com')).to.equal('http://example.com');
    expect(completeUrl('javascript:alert(1)')).to.equal('javascript:alert(1)');
    expect(completeUrl('not a url')).to.equal('not a url');
    expect(completeUrl('')).to.equal('');
  });

  it('should reject malformed and non-web website addresses', () => {
    for (const bad of ['not a url', 'javascript:alert(1)', 'ftp://example.com', 'exa mple.com', 'http://', 'mailto:a@b.co']) {
      expect(checkField('url', bad), bad).to.equal('urlInvalid');
    }
    expect(checkField('url', 'example.com')).to.equal(undefined);
    expect(isWebUrl('https://example.com/a b')).to.equal(false);
  });

  it('should reject a comment over maxlength, counting characters not UTF-16 units', () => {
    expect(checkField('content', 'abcde', { maxlength: 4 })).to.equal('contentTooLong');
    expect(checkField('content', 'abcd', { maxlength: 4 })).to.equal(undefined);
    expect(charCount('😀😀')).to.equal(2);
    expect(checkField('content', '😀😀', { maxlength: 2 })).to.equal(undefined);
    expect(DEFAULT_MAXLENGTH).to.equal(65525);
    expect(checkField('content', 'a'.repeat(65526))).to.equal('contentTooLong');
  });

  it('should list every broken rule of a comment, in field order', () => {
    const result = validateComment({ content: '', name: '', email: 'x', url: 'not a url' });
    expect(result).to.deep.equal({
      ok: false,
      errors: { content: { key: 'contentMissing' }, name: { key: 'nameMissing' }, email: { key: 'emailInvalid' }, url: { key: 'urlInvalid' } },
    });
    expect(Object.keys(!result.ok && result.errors)).to.deep.equal(['content', 'name', 'email', 'url']);
    // A missing field counts as empty.
    expect(validateComment({})).to.deep.equal({ ok: false, errors: { content: { key: 'contentMissing' }, name: { key: 'nameMissing' }, email: { key: 'emailMissing' } } });
    expect(validateComment({}, { requireNameEmail: false })).to.deep.equal({ ok: false, errors: { content: { key: 'contentMissing' } } });
  });

  it('should give a valid comment as it is sent and stored: cleaned, trimmed, the website completed', () => {
    const typed = { content: ' Hi\u200b there\r\n', name: ' Ann\nLee ', email: ' ann@example.com ', url: ' example.com/me ' };
    const result = validateComment(typed);
    expect(result).to.deep.equal({ ok: true, value: { content: 'Hi there', name: 'Ann Lee', email: 'ann@example.com', url: 'https://example.com/me' } });
    expect(cleanFields(typed)).to.deep.equal(result.ok && result.value);
    expect(cleanFields({})).to.deep.equal({ content: '', name: '', email: '', url: '' });
  });

  it('should tell the limit and the length of a comment that is too long, in characters', () => {
    const tooLong = validateComment({ content: '😀'.repeat(11), name: 'Ann', email: 'ann@example.com' }, { maxlength: 10 });
    expect(tooLong).to.deep.equal({ ok: false, errors: { content: { key: 'contentTooLong', max: 10, count: 11 } } });
    const atDefault = validateComment({ content: 'x'.repeat(DEFAULT_MAXLENGTH + 1), name: 'Ann', email: 'ann@example.com' });
    expect(atDefault).to.deep.equal({ ok: false, errors: { content: { key: 'contentTooLong', max: 65525, count: 65526 } } });
  });

  it('should say which fields are required', () => {
    expect(requiredFields()).to.deep.equal({ content: true, name: true, email: true, url: false });
    expect(requiredFields({ requireNameEmail: false })).to.deep.equal({ content: true, name: false, email: false, url: false });
  });

  it('should write the message of a broken rule, with its numbers, in given messages and number format', () => {
    expect(ruleMessage({ key: 'nameMissing' })).to.equal('Please enter your name.');
    expect(ruleMessage({ key: 'contentTooLong', max: 65525, count: 65526 })).to.equal('Please shorten your comment to 65525 characters (it has 65526).');
    const { format } = new Intl.NumberFormat('fr');
    expect(ruleMessage({ key: 'contentTooLong', max: 65525, count: 65526 }, { messages: fr, formatNumber: format })).to.equal(
      `Veuillez raccourcir votre commentaire à ${format(65525)} caractères (il en a ${format(65526)}).`,
    );
    expect(ruleMessage({ key: 'contentTooLong', max: 1, count: 2 }, { messages: { ...RULE_MESSAGES, contentTooLong: '{max}/{max} {count}' } })).to.equal('1/1 2');
  });

  it("should have the rules' own English messages in the English strings", () => {
    for (const [key, message] of Object.entries(RULE_MESSAGES)) expect(en[key as keyof typeof RULE_MESSAGES], key).to.equal(message);
  });

  it('should have a specific message for every rule, in English and French', () => {
    const keys = ['contentMissing', 'contentTooLong', 'nameMissing', 'emailMissing', 'emailInvalid', 'urlInvalid'] as const;
    for (const key of keys) {
      expect(en[key], key).to.be.a('string').and.not.equal('');
      expect(fr[key], key).to.be.a('string').and.not.equal(en[key]);
    }
    expect(en.emailMissing).to.equal('Please enter your email address.');
    expect(en.emailInvalid).to.equal('Please enter a valid email address, like name@example.com.');
  });

});

