/**
 * Sending a comment: the payload encodings (`json`, WordPress's `form` and REST `wordpress`),
 * `fetch` with a timeout and an `Idempotency-Key`, and the response turned into a result value.
 * Nothing here touches the DOM; server text only ever leaves as plain text.
 */
import { FIELDS, type CommentField } from './rules.js';

export type CommentFormat = 'json' | 'form' | 'wordpress';

/** What `<comment-form>` sends (`format="json"`), and what `comment-submit` lets a host change. */
export interface CommentPayload {
  articleId: string;
  /** The comment replied to; `null` for a top-level comment. */
  parentId: string | null;
  content: string;
  author: { name: string; email: string; url: string };
  /** The hidden field only bots fill in: non-empty means the endpoint should discard the comment. */
  honeypot: string;
}

export interface EncodedComment {
  body: string;
  contentType: string;
}

const JSON_TYPE = 'application/json';

/** `post` / `comment_post_ID` are numbers in WordPress; a non-numeric id is passed through as is. */
const wpId = (id: string | null): number | string => (id && /^\d+$/.test(id) ? Number(id) : id || 0);

/**
 * The body of the request for a format. `consent` is the "Save my name…" box, which only
 * WordPress's `wp-comments-post.php` is told about (`wp-comment-cookies-consent=yes`); the honeypot
 * travels only in the `json` format (WordPress has its own spam checks and ignores unknown fields).
 */
export function encodeComment(format: CommentFormat, payload: CommentPayload, consent = false): EncodedComment {
  const { author } = payload;
  if (format === 'form') {
    const form = new URLSearchParams({
      comment: payload.content,
      author: author.name,
      email: author.email,
      url: author.url,
      comment_post_ID: String(payload.articleId),
      comment_parent: String(payload.parentId || 0),
    });
    if (consent) form.set('wp-comment-cookies-consent', 'yes');
    return { body: form.toString(), contentType: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  const body =
    format === 'wordpress'
      ? {
          post: wpId(payload.articleId),
          parent: wpId(payload.parentId),
          content: payload.content,
          author_name: author.name,
          author_email: author.email,
          author_url: author.url,
        }
      : payload;
  return { body: JSON.stringify(body), contentType: JSON_TYPE };
}

/** Classes of failure, `comment-error`'s `code`. */
export type CommentErrorCode =
  | 'invalid' // 4xx with per-field messages
  | 'rejected' // refused with a message of its own (or none)
  | 'duplicate' // 409
  | 'too-fast' // 429 / WordPress flood control
  | 'login' // 401
  | 'closed' // 403
  | 'server' // 5xx
  | 'bad-response' // a body that is neither JSON nor an understood page
  | 'network'
  | 'timeout';

export type SendResult = SendSuccess | SendFailure;
export interface SendSuccess {
  ok: true;
  status: number;
  response: unknown;
  moderation: 'pending' | 'approved';
}
export interface SendFailure {
  ok: false;
  /** HTTP status; 0 when no response arrived. */
  status: number;
  code: CommentErrorCode;
  /** The server's own words, as plain text. */
  message?: string;
  fieldErrors?: Partial<Record<CommentField, string>>;
  /** Seconds to wait, from `Retry-After`. */
  retryAfter?: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * Server HTML → the sentence a reader should see: tags dropped (with scripts and styles), entities
 * decoded, spaces collapsed, WordPress's "Error:" prefix removed, at most 300 characters. The result
 * is only ever rendered as text.
 */
export function plainText(html: string): string {
  const text = decodeEntities(
    html
      .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<\/?(p|div|br|li|h\d|tr|td|section|header|footer|body|html)\b[^>]*>/gi, ' ')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(error|erreur)\s*:\s*/i, '');
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/** `Retry-After` (seconds or an HTTP date) → seconds from `now`. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** A random UUID v4; `crypto.randomUUID` exists only in secure contexts, `getRandomValues` everywhere. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string => plainText(typeof value === 'string' ? value : Array.isArray(value) ? textOf(value[0]) : isObject(value) ? textOf(value.message) : '');

/** Server field names (ours, WordPress REST's and wp-comments-post's) → our fields. */
const FIELD_ALIASES: Record<string, CommentField> = {
  comment: 'content', author: 'name', author_name: 'name', author_email: 'email', author_url: 'url',
};

/** `{ errors: { email: "…" } }` or WordPress's `{ data: { params: { author_email: "…" } } }`. */
function fieldErrorsOf(data: Json): Partial<Record<CommentField, string>> | undefined {
  const found: Partial<Record<CommentField, string>> = {};
  const sources = [data.errors, isObject(data.data) ? data.data.params : undefined];
  for (const source of sources) {
    if (!isObject(source)) continue;
    for (const [name, value] of Object.entries(source)) {
      const field = FIELDS.includes(name as CommentField) ? (name as CommentField) : FIELD_ALIASES[name];
      const message = textOf(value);
      if (field && message && !found[field]) found[field] = message;
    }
  }
  return Object.keys(found).length ? found : undefined;
}

/** The message of a WordPress HTML error page (`wp_die`), or of a short page; else nothing. */
function pageMessage(html: string): string {
  const box = /<div[^>]*class=["'][^"']*wp-die-message[^>]*>([\s\S]*?)<\/div>/i.exec(html);
  const text = plainText(box ? box[1] : html);
  return box || text.length < 200 ? text : '';
}

const PENDING = new Set(['pending', 'hold', 'unapproved']);

/**
 * Turns a response into a result. 2xx is a success unless the body says otherwise: WordPress
 * answers validation errors with `{ "code": "wp_die", … }` and status 200 (or, for the `form`
 * format, an HTML error page), so for `form` a followed redirect is the success signal.
 */
export async function readResponse(response: Response, format: CommentFormat): Promise<SendResult> {
  const text = await response.text();
  let json: unknown;
  try {
    json = text.trim() ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  const data = isObject(json) ? json : undefined;
  const blank = !text.trim();
  const wpDie = data?.code === 'wp_die';
  const html = !data && !blank && /^\s*</.test(text);

  if (response.ok && !wpDie) {
    const formPage = format === 'form' && html;
    if (blank || json !== undefined || (formPage && response.redirected)) {
      const status = String(data?.status ?? '').toLowerCase();
      const pending = PENDING.has(status) || (response.redirected && /[?&]unapproved=/.test(response.url));
      return { ok: true, status: response.status, response: json ?? null, moderation: pending ? 'pending' : 'approved' };
    }
    if (!formPage) return { ok: false, status: response.status, code: 'bad-response' };
  }

  // The status WordPress meant (wp_die carries it in data.status), else the HTTP one.
  const wpStatus = wpDie && isObject(data.data) ? Number(data.data.status) : NaN;
  const status = wpStatus > 0 ? wpStatus : response.status;
  const code = typeof data?.code === 'string' ? data.code : '';
  const fail = (kind: CommentErrorCode, extra: Partial<SendFailure> = {}): SendFailure => ({ ok: false, status, code: kind, ...extra });

  const fieldErrors = data && status >= 400 && status < 500 ? fieldErrorsOf(data) : undefined;
  if (fieldErrors) return fail('invalid', { fieldErrors });
  if (status === 409 || code === 'comment_duplicate') return fail('duplicate');
  if (status === 429 || code === 'comment_flood') {
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    return fail('too-fast', retryAfter === undefined ? {} : { retryAfter });
  }
  if (status === 401 || code === 'rest_comment_login_required') return fail('login');
  if (status === 403 || /closed/.test(code)) return fail('closed');
  if (status >= 500) return fail('server');
  const message = data ? textOf(data.message) : format === 'form' && html ? pageMessage(text) : '';
  if (message) return fail('rejected', { message });
  return fail(blank || data ? 'rejected' : 'bad-response');
}

export interface SendOptions {
  endpoint: string;
  format: CommentFormat;
  comment: EncodedComment;
  idempotencyKey: string;
  /** Extra headers (a CSRF token …); they cannot replace `Content-Type` or `Idempotency-Key`. */
  headers?: HeadersInit;
  credentials?: RequestCredentials;
  /** Milliseconds before the request is aborted. */
  timeout: number;
}

/** POSTs an encoded comment. Never throws: network failures and timeouts are results too. */
export async function sendComment(options: SendOptions): Promise<SendResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  try {
    const headers = new Headers(options.headers);
    if (!headers.has('Accept')) headers.set('Accept', JSON_TYPE); // WordPress then answers errors as JSON
    headers.set('Content-Type', options.comment.contentType);
    headers.set('Idempotency-Key', options.idempotencyKey);
    const response = await fetch(options.endpoint, {
      method: 'POST',
      headers,
      body: options.comment.body,
      credentials: options.credentials,
      signal: controller.signal,
    });
    return await readResponse(response, options.format);
  } catch {
    return { ok: false, status: 0, code: timedOut ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
