// Server-side validation of a comment: the very rules and messages of <comment-form>.
//
// The field rules (content, name, email, url) and their English messages are imported from the
// form's own pure modules, src/comment-form/rules.ts and strings.ts, so the endpoint and the form
// cannot drift apart. This file adds only what a form cannot know or check: the article id, that a
// parent comment exists in the same article, and WordPress's column limits for name and website.
import { charCount, checkField, cleanField, completeUrl, FIELDS, type CommentField } from '../src/comment-form/rules.js';
import { en, fill } from '../src/comment-form/strings.js';

export const MAX_CONTENT_LENGTH = 65525; // WordPress's limit (rules.ts DEFAULT_MAXLENGTH), in characters
export const MAX_NAME_LENGTH = 245; // WordPress's comment_author column
export const MAX_URL_LENGTH = 200; // WordPress's comment_author_url column
export const MAX_ARTICLE_ID_LENGTH = 200;

/** Messages of the checks that exist only on the server. */
export const MESSAGES = {
  nameTooLong: `Please shorten your name to ${MAX_NAME_LENGTH} characters or fewer.`,
  urlTooLong: `Please shorten your website address to ${MAX_URL_LENGTH} characters or fewer.`,
  parentInvalid: 'The comment you are replying to could not be found.',
  articleMissing: 'The comment is not attached to an article.',
  summary: 'Please check the highlighted fields.',
} as const;

export type FieldName = CommentField | 'articleId' | 'parentId';
export type FieldErrors = Partial<Record<FieldName, string>>;

/** What the three request formats are normalised to before validation (values as sent). */
export interface CommentInput {
  articleId: unknown;
  parentId: unknown;
  content: unknown;
  name: unknown;
  email: unknown;
  url: unknown;
}

export interface ValidComment {
  articleId: string;
  parentId: number | null;
  content: string; // cleaned (rules.ts cleanField): line breaks kept, the ends trimmed
  name: string; // cleaned, one line, trimmed
  email: string; // cleaned, trimmed
  url: string; // trimmed, completed to https:// when bare (rules.ts completeUrl); '' when not given
}

export type Validation = { ok: true; value: ValidComment } | { ok: false; errors: FieldErrors };

/** Text fields must be strings; anything else (numbers, objects) counts as missing. */
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
/** Article ids may be numbers (WordPress post ids) or strings. */
const id = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? String(v) : text(v));

/** `null`, `undefined`, '', 0 and '0' mean "top level"; otherwise a positive integer, or NaN. */
export function parseParentId(value: unknown): number | null {
  if (value === null || value === undefined || value === '' || value === 0 || value === '0') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : NaN;
}

/**
 * Validates normalised input. `parentExists(id, articleId)` says whether `id` is a comment of that
 * article. Returns the cleaned comment, or each invalid field's message.
 */
export function validateComment(input: CommentInput, parentExists: (id: number, articleId: string) => boolean): Validation {
  const errors: FieldErrors = {};
  const fields: Record<CommentField, string> = {
    content: text(input.content),
    name: text(input.name),
    email: text(input.email),
    url: text(input.url),
  };

  // The form's rules, name and email required (WordPress's default, the form's `require-name-email`).
  for (const field of FIELDS) {
    const rule = checkField(field, fields[field], { requireNameEmail: true, maxlength: MAX_CONTENT_LENGTH });
    if (rule) {
      errors[field] =
        rule === 'contentTooLong'
          ? fill(en.contentTooLong, { max: MAX_CONTENT_LENGTH, count: charCount(cleanField('content', fields.content)) })
          : en[rule];
    }
  }
  // Stored as the form sends them: control and format characters removed, trimmed (rules.ts cleanField).
  const clean = Object.fromEntries(FIELDS.map((field) => [field, cleanField(field, fields[field])])) as Record<CommentField, string>;
  if (!errors.name && clean.name.length > MAX_NAME_LENGTH) errors.name = MESSAGES.nameTooLong;
  const url = completeUrl(clean.url);
  if (!errors.url && url.length > MAX_URL_LENGTH) errors.url = MESSAGES.urlTooLong;

  const articleId = id(input.articleId).trim();
  if (articleId === '' || articleId.length > MAX_ARTICLE_ID_LENGTH) errors.articleId = MESSAGES.articleMissing;

  const parentId = parseParentId(input.parentId);
  if (parentId !== null && (Number.isNaN(parentId) || errors.articleId || !parentExists(parentId, articleId))) {
    errors.parentId = MESSAGES.parentInvalid;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { articleId, parentId, content: clean.content, name: clean.name, email: clean.email, url },
  };
}
