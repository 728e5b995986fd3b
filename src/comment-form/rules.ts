/**
 * The rules of a comment, one set for `<comment-form>` and for the endpoint that receives it. The
 * package publishes this module as `news-elements/rules` (package.json `exports`): the reference
 * endpoint (server/validate.ts) imports it by that name, and so can a publisher's own Node endpoint.
 *
 * Pure functions of strings: no DOM, no browser globals, nothing of the element (the only import is
 * the text rules of `internal/text.ts`), so a server runs exactly these.
 *
 * - `validateComment(fields, options)` checks a whole comment: the cleaned fields, or a message key
 *   per broken field.
 * - `ruleMessage(error)` is the sentence of a broken rule (English unless given other messages).
 *
 * In the browser the rules complement the native constraints of the real inputs (`required`,
 * `type="email"`, `type="url"`): the element feeds a failed rule into `setCustomValidity`, so the
 * inputs' own `validity` stays the single source of truth.
 */
import { isWellFormed, visibleText } from '../internal/text.js';

/** The fields a reader fills in, in WordPress's order. */
export type CommentField = 'content' | 'name' | 'email' | 'url';
export const FIELDS: readonly CommentField[] = ['content', 'name', 'email', 'url'];

export type CommentFields = Record<CommentField, string>;

/**
 * WordPress's limit for `comment_content`, in characters: the default `maxlength` of
 * `validateComment` and of `<comment-form>`.
 */
export const DEFAULT_MAXLENGTH = 65525;

/** Message keys of broken rules; `<comment-form>`'s `strings` has a text for each. */
export type RuleKey = 'contentMissing' | 'contentTooLong' | 'nameMissing' | 'emailMissing' | 'emailInvalid' | 'urlInvalid' | 'textMalformed';

/** The English message of each rule: `ruleMessage`'s default, and the form's English strings. */
export const RULE_MESSAGES: Readonly<Record<RuleKey, string>> = {
  contentMissing: 'Please type your comment.',
  contentTooLong: 'Please shorten your comment to {max} characters (it has {count}).',
  nameMissing: 'Please enter your name.',
  emailMissing: 'Please enter your email address.',
  emailInvalid: 'Please enter a valid email address, like name@example.com.',
  urlInvalid: 'Please enter a valid website address, like https://example.com.',
  textMalformed: 'This text contains a broken character. Please retype the part that looks wrong.',
};

/** A broken rule: its message key and, for `contentTooLong`, the numbers its message shows. */
export type RuleError =
  | { key: 'contentTooLong'; /** The longest comment allowed. */ max: number; /** The comment's length. */ count: number }
  | { key: Exclude<RuleKey, 'contentTooLong'> };

export type RuleErrors = Partial<Record<CommentField, RuleError>>;

/** What `validateComment` finds: the fields as they are sent and stored, or each broken rule. */
export type RuleResult = { ok: true; value: CommentFields } | { ok: false; errors: RuleErrors };

export interface RuleOptions {
  /** Name and email required (default `true`: WordPress's "Comment author must fill out name and email"). */
  requireNameEmail?: boolean;
  /** Longest comment, in characters (code points). Default `DEFAULT_MAXLENGTH`. */
  maxlength?: number;
}

/** The message key of each field left empty, where it is required (a website never is). */
const MISSING: Readonly<Record<CommentField, Exclude<RuleKey, 'contentTooLong'> | undefined>> = {
  content: 'contentMissing',
  name: 'nameMissing',
  email: 'emailMissing',
  url: undefined,
};

// What the browser accepts for type="email", plus WordPress's is_email(): a dot in the domain and
// at least 6 characters ("a@b.co"). At most 100 characters (WordPress's comment_author_email).
const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const EMAIL = new RegExp(`^[a-z0-9!#$%&'*+/=?^_\`{|}~.-]+@(?:${LABEL}\\.)+${LABEL}$`, 'i');

export function isEmail(value: string): boolean {
  const email = value.trim();
  return email.length >= 6 && email.length <= 100 && EMAIL.test(email);
}

/** Length as a reader counts it: characters (code points), not UTF-16 units. */
export const charCount = (value: string): number => Array.from(value).length;

/**
 * Completes a bare host the way people type it: `example.com/me` → `https://example.com/me`.
 * A value with a scheme (`http:`, `javascript:` …) is left alone for `isWebUrl` to judge; a colon
 * followed by a digit is a port, not a scheme (`example.com:8080`).
 */
export function completeUrl(value: string): string {
  const url = value.trim();
  if (!url || /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(url)) return url;
  if (url.startsWith('//')) return `https:${url}`;
  return /^[^\s/?#.]+(\.[^\s/?#.]+)+([:/?#]|$)/.test(url) ? `https://${url}` : url;
}

/** An absolute http(s) URL with a host (what a commenter's website must be). */
export function isWebUrl(value: string): boolean {
  const text = value.trim();
  const url = URL.parse(text);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !/\s/.test(text);
}

/** Whether a field must be filled in: the comment always, name and email unless `requireNameEmail` is false. */
export function isRequired(field: CommentField, { requireNameEmail = true }: RuleOptions = {}): boolean {
  if (field === 'content') return true;
  if (field === 'url') return false;
  return requireNameEmail;
}

/**
 * A field's value as it is sent and stored: control and format characters removed (`internal/text.ts`),
 * line breaks kept in the comment only, white space trimmed. A blank-looking value becomes `''`.
 */
export function cleanField(field: CommentField, value: string): string {
  return visibleText(value, { multiline: field === 'content' });
}

/** All fields as they are sent and stored: each one `cleanField`, the website completed (`completeUrl`). */
export function cleanFields(fields: Partial<CommentFields>): CommentFields {
  return {
    content: cleanField('content', fields.content ?? ''),
    name: cleanField('name', fields.name ?? ''),
    email: cleanField('email', fields.email ?? ''),
    url: completeUrl(cleanField('url', fields.url ?? '')),
  };
}

/** The first rule a field's value breaks, or `undefined` when it is fine. */
export function checkField(field: CommentField, value: string, options: RuleOptions = {}): RuleError | undefined {
  if (!isWellFormed(value)) return { key: 'textMalformed' };
  const text = cleanField(field, value);
  if (!text) {
    const missing = MISSING[field];
    return missing && isRequired(field, options) ? { key: missing } : undefined;
  }
  switch (field) {
    case 'content': {
      const { maxlength = DEFAULT_MAXLENGTH } = options;
      const count = charCount(text);
      return count > maxlength ? { key: 'contentTooLong', max: maxlength, count } : undefined;
    }
    case 'name':
      return undefined;
    case 'email':
      return isEmail(text) ? undefined : { key: 'emailInvalid' };
    case 'url':
      return isWebUrl(completeUrl(text)) ? undefined : { key: 'urlInvalid' };
  }
}

/**
 * Checks a whole comment (a missing field counts as empty). Valid: the fields as they are sent and
 * stored (`cleanFields`). Invalid: the first broken rule of each field that breaks one.
 */
export function validateComment(fields: Partial<CommentFields>, options: RuleOptions = {}): RuleResult {
  const errors: RuleErrors = {};
  for (const field of FIELDS) {
    const error = checkField(field, fields[field] ?? '', options);
    if (error) errors[field] = error;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: cleanFields(fields) };
}

export interface RuleMessageOptions {
  /** The message of each key. Default `RULE_MESSAGES` (English); the form passes its `strings`. */
  messages?: Readonly<Record<RuleKey, string>>;
  /** How `{max}` and `{count}` are written. Default `String` (65525); the form formats for the reader's language. */
  formatNumber?: (value: number) => string;
}

/** The sentence for a broken rule, its `{max}` and `{count}` filled in. */
export function ruleMessage(error: RuleError, { messages = RULE_MESSAGES, formatNumber = String }: RuleMessageOptions = {}): string {
  const message = messages[error.key];
  if (error.key !== 'contentTooLong') return message;
  return message.replaceAll('{max}', formatNumber(error.max)).replaceAll('{count}', formatNumber(error.count));
}
