// Server-side validation of a comment: the same rules and messages as <comment-form>.
//
// This is the endpoint's copy of the rules until src/comment-form/rules.ts (the form's pure rules
// module) can be imported instead; `validateComment` is the only function routes.ts calls, so the
// switch is local to this file. Pure functions, no I/O: the parent-exists check is passed in.

export const MAX_CONTENT_LENGTH = 65525; // WordPress's limit, counted like `maxlength` (UTF-16 units)
export const MAX_NAME_LENGTH = 245; // WordPress's column limits
export const MAX_EMAIL_LENGTH = 100;
export const MAX_URL_LENGTH = 200;
export const MAX_ARTICLE_ID_LENGTH = 200;

export const MESSAGES = {
  contentMissing: 'Please type your comment.',
  contentTooLong: `Please shorten your comment to ${MAX_CONTENT_LENGTH} characters or fewer.`,
  nameMissing: 'Please enter your name.',
  nameTooLong: `Please shorten your name to ${MAX_NAME_LENGTH} characters or fewer.`,
  emailMissing: 'Please enter your email address.',
  emailInvalid: 'Please enter a valid email address, like name@example.com.',
  urlInvalid: 'Please enter a valid website address, like https://example.com.',
  parentInvalid: 'The comment you are replying to could not be found.',
  articleMissing: 'The comment is not attached to an article.',
  summary: 'Please check the highlighted fields.',
} as const;

/** The HTML spec's "valid email address" (what `<input type=email>` accepts). */
export const EMAIL_PATTERN =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

export type FieldName = 'articleId' | 'content' | 'name' | 'email' | 'url' | 'parentId';
export type FieldErrors = Partial<Record<FieldName, string>>;

/** What the three request formats are normalised to before validation (all strings as sent). */
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
  content: string; // as given (not trimmed): it is plain text, the reader's line breaks matter
  name: string; // trimmed
  email: string; // trimmed
  url: string; // trimmed, completed to https:// when bare; '' when not given
}

export type Validation = { ok: true; value: ValidComment } | { ok: false; errors: FieldErrors };

/** Text fields must be strings; anything else (numbers, objects) counts as missing. */
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
/** Article ids may be numbers (WordPress post ids) or strings. */
const id = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? String(v) : text(v));

export function validateContent(value: string): string | undefined {
  if (value.trim() === '') return MESSAGES.contentMissing;
  if (value.length > MAX_CONTENT_LENGTH) return MESSAGES.contentTooLong;
  return undefined;
}

export function validateName(value: string): string | undefined {
  const v = value.trim();
  if (v === '') return MESSAGES.nameMissing;
  if (v.length > MAX_NAME_LENGTH) return MESSAGES.nameTooLong;
  return undefined;
}

export function validateEmail(value: string): string | undefined {
  const v = value.trim();
  if (v === '') return MESSAGES.emailMissing;
  if (v.length > MAX_EMAIL_LENGTH || !EMAIL_PATTERN.test(v)) return MESSAGES.emailInvalid;
  return undefined;
}

/**
 * '' → '' (optional); `example.com/x` → `https://example.com/x`; an http(s) URL → itself;
 * anything else (other schemes, spaces, no host) → undefined.
 */
export function normalizeUrl(value: string): string | undefined {
  const v = value.trim();
  if (v === '') return '';
  if (/\s/.test(v) || v.length > MAX_URL_LENGTH) return undefined;
  // A scheme is letters followed by ':' — unless what follows is a port number (`localhost:8080`).
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(v) && !/^[^:/?#]+:\d+(?:[/?#]|$)/.test(v);
  const candidate = hasScheme ? v : `https://${v.replace(/^\/\/+/, '')}`;
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (!parsed.hostname || parsed.username || parsed.password) return undefined;
  // A bare word ("hello") is not a website; require a dot, `localhost` or an IPv6 literal.
  if (!hasScheme && !/[.]/.test(parsed.hostname) && parsed.hostname !== 'localhost' && !parsed.hostname.startsWith('[')) {
    return undefined;
  }
  return candidate;
}

/** `null`, `undefined`, '', 0 and '0' mean "top level"; otherwise a positive integer or NaN. */
export function parseParentId(value: unknown): number | null {
  if (value === null || value === undefined || value === '' || value === 0 || value === '0') return null;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : NaN;
}

/**
 * Validates normalised input. `parentExists(id, articleId)` says whether `id` is a comment of that
 * article. Returns the cleaned comment, or every field's first error.
 */
export function validateComment(
  input: CommentInput,
  parentExists: (id: number, articleId: string) => boolean,
): Validation {
  const errors: FieldErrors = {};
  const articleId = id(input.articleId).trim();
  if (articleId === '' || articleId.length > MAX_ARTICLE_ID_LENGTH) errors.articleId = MESSAGES.articleMissing;

  const content = text(input.content);
  const contentError = validateContent(content);
  if (contentError) errors.content = contentError;

  const name = text(input.name);
  const nameError = validateName(name);
  if (nameError) errors.name = nameError;

  const email = text(input.email);
  const emailError = validateEmail(email);
  if (emailError) errors.email = emailError;

  const url = normalizeUrl(text(input.url));
  if (url === undefined) errors.url = MESSAGES.urlInvalid;

  const parentId = parseParentId(input.parentId);
  if (parentId !== null && (Number.isNaN(parentId) || errors.articleId || !parentExists(parentId, articleId))) {
    errors.parentId = MESSAGES.parentInvalid;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { articleId, parentId, content, name: name.trim(), email: email.trim(), url: url ?? '' },
  };
}
