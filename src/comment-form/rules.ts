/**
 * The validation rules of a comment, shared by `<comment-form>` and the reference endpoint (Node).
 * Pure functions of strings: no DOM and no browser globals, so the server runs exactly these.
 *
 * In the browser they complement the native constraints of the real inputs (`required`,
 * `type="email"`, `type="url"`): the element feeds a failed rule into `setCustomValidity`, so the
 * inputs' own `validity` stays the single source of truth.
 */

/** The fields a reader fills in, in WordPress's order. */
export type CommentField = 'content' | 'name' | 'email' | 'url';
export const FIELDS: readonly CommentField[] = ['content', 'name', 'email', 'url'];

import { isWellFormed, visibleText } from '../internal/text.js';

/** Message keys; the texts live in `strings.ts` (`contentTooLong` takes `{max}` and `{count}`). */
export type RuleKey = 'contentMissing' | 'contentTooLong' | 'nameMissing' | 'emailMissing' | 'emailInvalid' | 'urlInvalid' | 'textMalformed';

/** WordPress's limit for `comment_content`. */
export const DEFAULT_MAXLENGTH = 65525;

export interface RuleOptions {
  /** Name and email required (WordPress's default "Comment author must fill out name and email"). */
  requireNameEmail?: boolean;
  /** Longest comment, in characters (code points). */
  maxlength?: number;
}

export type CommentFields = Record<CommentField, string>;

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
  return !!url && /^https?:$/.test(url.protocol) && !!url.hostname && !/\s/.test(text);
}

/**
 * A field's value as it is sent and stored: control and format characters removed (`internal/text.ts`),
 * line breaks kept in the comment only, white space trimmed. A blank-looking value becomes `''`.
 */
export function cleanField(field: CommentField, value: string): string {
  return visibleText(value, { multiline: field == 'content' });
}

/** The first rule a field's value breaks, or `undefined` when it is fine. */
export function checkField(field: CommentField, value: string, { requireNameEmail = true, maxlength = DEFAULT_MAXLENGTH }: RuleOptions = {}): RuleKey | undefined {
  if (!isWellFormed(value)) return 'textMalformed';
  const text = cleanField(field, value);
  if (!text) return field == 'content' || (field != 'url' && requireNameEmail) ? `${field}Missing` : undefined;
  if (field == 'content') return charCount(text) > maxlength ? 'contentTooLong' : undefined;
  if (field == 'email') return isEmail(text) ? undefined : 'emailInvalid';
  if (field == 'url' && !isWebUrl(completeUrl(text))) return 'urlInvalid';
}

/** Every broken rule of a comment, by field (empty object = valid). The server's entry point. */
export function validateComment(fields: Partial<CommentFields>, options: RuleOptions = {}): Partial<Record<CommentField, RuleKey>> {
  const errors: Partial<Record<CommentField, RuleKey>> = {};
  for (const field of FIELDS) {
    const key = checkField(field, fields[field] ?? '', options);
    if (key) errors[field] = key;
  }
  return errors;
}
