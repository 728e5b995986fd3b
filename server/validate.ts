// Server-side validation of a comment: the rules of <comment-form>, plus what only a server can
// check.
//
// The field rules (content, name, email, url) and their English messages come from the package's
// public entry `news-elements/rules` (src/comment-form/rules.ts, resolved through package.json
// "exports"), the very module the form runs, so the endpoint and the form cannot drift apart. This
// file adds only what a form cannot know or check: the article id, that a parent comment exists in
// the same article, and WordPress's column limits for name and website.
import { cleanFields, FIELDS, ruleMessage, validateComment, type CommentField, type RuleKey } from 'news-elements/rules';

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

/** A field's problem: the message key (one of the rules', or of the server's own checks) and its English sentence. */
export interface FieldError {
  key: RuleKey | Exclude<keyof typeof MESSAGES, 'summary'>;
  message: string;
}
export type FieldErrors = Partial<Record<FieldName, FieldError>>;

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
  content: string; // cleaned (rules' cleanField): line breaks kept, the ends trimmed
  name: string; // cleaned, one line, trimmed
  email: string; // cleaned, trimmed
  url: string; // trimmed, completed to https:// when bare (rules' completeUrl); '' when not given
}

export type Validation = { ok: true; value: ValidComment } | { ok: false; errors: FieldErrors };

/** Text fields must be strings; anything else (numbers, objects) counts as missing. */
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
/** Article ids may be numbers (WordPress post ids) or strings. */
const id = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? String(v) : text(v));
/** The error of a check only the server makes. */
const serverError = (key: FieldError['key'] & keyof typeof MESSAGES): FieldError => ({ key, message: MESSAGES[key] });

/** `null`, `undefined`, '', 0 and '0' mean "top level"; otherwise a positive integer, or NaN. */
export function parseParentId(value: unknown): number | null {
  if (value === null || value === undefined || value === '' || value === 0 || value === '0') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : NaN;
}

/**
 * Validates a posted comment (normalised input). `parentExists(id, articleId)` says whether `id`
 * is a comment of that article. Returns the cleaned comment, or each invalid field's error.
 */
export function validatePostedComment(input: CommentInput, parentExists: (id: number, articleId: string) => boolean): Validation {
  const errors: FieldErrors = {};
  const fields: Record<CommentField, string> = {
    content: text(input.content),
    name: text(input.name),
    email: text(input.email),
    url: text(input.url),
  };

  // The form's rules, with its defaults: name and email required (WordPress's default, the form's
  // `require-name-email`), at most DEFAULT_MAXLENGTH (65525) characters.
  const checked = validateComment(fields);
  if (!checked.ok) {
    for (const field of FIELDS) {
      const error = checked.errors[field];
      if (error) errors[field] = { key: error.key, message: ruleMessage(error) };
    }
  }
  // Stored as the form sends them: control and format characters removed, trimmed, the website
  // completed (rules' cleanFields). Cleaned here too when a rule failed, for the column limits.
  const clean = cleanFields(fields);
  if (!errors.name && clean.name.length > MAX_NAME_LENGTH) errors.name = serverError('nameTooLong');
  if (!errors.url && clean.url.length > MAX_URL_LENGTH) errors.url = serverError('urlTooLong');

  const articleId = id(input.articleId).trim();
  if (articleId === '' || articleId.length > MAX_ARTICLE_ID_LENGTH) errors.articleId = serverError('articleMissing');

  const parentId = parseParentId(input.parentId);
  if (parentId !== null && (Number.isNaN(parentId) || errors.articleId || !parentExists(parentId, articleId))) {
    errors.parentId = serverError('parentInvalid');
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { articleId, parentId, ...clean } };
}

/**
 * A moderator's text (an edit, a reply as the site): the comment field's own rules, nothing else.
 * The cleaned text, or the sentence the form would show.
 */
export function validateModeratorContent(content: unknown): { ok: true; content: string } | { ok: false; message: string } {
  const checked = validateComment({ content: text(content), name: '', email: '', url: '' }, { requireNameEmail: false });
  if (!checked.ok) return { ok: false, message: ruleMessage(checked.errors.content!) };
  return { ok: true, content: checked.value.content };
}
