/**
 * Sending a comment: the payload encodings (`json`, WordPress's `form` and REST `wordpress`),
 * `fetch` with a timeout and an `Idempotency-Key`, and the response turned into a result value.
 * Nothing here changes the DOM; server text only ever leaves as plain text.
 */
import { isObject, type Json } from '../internal/json.js';
import { MAX_SUBMIT_RESPONSE_BYTES } from '../internal/limits.js';
import { readBoundedText } from '../internal/read-text.js';
import type { CommentField } from './rules.js';
import { pageMessage, plainText } from './plain-text.js';

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

/** A request body and its `Content-Type`. */
export interface EncodedComment {
  body: string;
  contentType: string;
}

const JSON_TYPE = 'application/json';

/**
 * An id as WordPress's REST API takes it (`post`, `parent`): a number; 0 when there is none (a
 * top-level comment); a non-numeric id is passed through as is.
 */
function wordpressId(id: string | null): number | string {
  if (!id) return 0;
  return /^\d+$/.test(id) ? Number(id) : id;
}

/**
 * The body of the request for a format. `consent` is the "Save my name…" box, which only
 * WordPress's `wp-comments-post.php` is told about (`wp-comment-cookies-consent=yes`); the honeypot
 * travels only in the `json` format (WordPress has its own spam checks and ignores unknown fields).
 */
export function encodeComment(format: CommentFormat, payload: CommentPayload, consent = false): EncodedComment {
  const { content, articleId, parentId } = payload;
  const { name, email, url } = payload.author;
  if (format === 'form') {
    const form = new URLSearchParams({ comment: content, author: name, email, url, comment_post_ID: articleId, comment_parent: parentId || '0' });
    if (consent) form.set('wp-comment-cookies-consent', 'yes');
    return { body: form.toString(), contentType: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (format === 'wordpress') {
    const wordpress = { post: wordpressId(articleId), parent: wordpressId(parentId), content, author_name: name, author_email: email, author_url: url };
    return { body: JSON.stringify(wordpress), contentType: JSON_TYPE };
  }
  return { body: JSON.stringify(payload), contentType: JSON_TYPE };
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
  | 'redirected' // answered with a redirect that was not followed (it would have sent the comment elsewhere)
  | 'network'
  | 'timeout';

/**
 * What became of an accepted comment: held for moderation, published, or not known because the
 * answer could not be read (cut off at `MAX_SUBMIT_RESPONSE_BYTES`, or the redirect with which a
 * `form` endpoint on another origin answered).
 */
export type CommentModeration = 'pending' | 'approved' | 'unknown';

export type SendResult = SendSuccess | SendFailure;
export interface SendSuccess {
  ok: true;
  status: number;
  /** The answer's JSON; `null` when it was empty, not JSON, cut off, or a redirect. */
  response: unknown;
  moderation: CommentModeration;
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

/**
 * `Retry-After` (seconds or an HTTP date) → whole seconds from `now`; 0 for a date already past,
 * `undefined` without a header or with one that is neither.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = /^\s*\d+\s*$/.test(value) ? Number(value) : (Date.parse(value) - now) / 1000;
  if (Number.isNaN(seconds)) return undefined;
  return Math.max(0, Math.ceil(seconds));
}

/**
 * A random UUID v4: 16 random bytes with the version (4) and variant (10) bits set, as hex in
 * 8-4-4-4-12 groups. (`crypto.randomUUID` exists only in secure contexts, `getRandomValues` everywhere.)
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}

/**
 * A string or number of the server's JSON as text, else ''. Nothing else is turned into a string:
 * `String()` of an array nested 20,000 deep (40 KB of `[`) overflows the stack.
 */
const scalarText = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** How many lists and objects deep `textOf` looks for a message (`[{ "message": ["…"] }]` is 3). */
const MESSAGE_DEPTH = 4;

/** A server message: a string, the first of a list, or an object's `message`, looked for MESSAGE_DEPTH levels down at most. */
function textOf(value: unknown, depth = 0): string {
  if (typeof value === 'string') return plainText(value);
  if (depth === MESSAGE_DEPTH) return '';
  if (Array.isArray(value)) return textOf(value[0], depth + 1);
  return isObject(value) ? textOf(value.message, depth + 1) : '';
}

/**
 * The names a server's error list may give our fields: ours, WordPress REST's (`author_email`) and
 * `wp-comments-post.php`'s (`comment`, `author`). A Map: the names come from the server
 * (`__proto__` is just an unknown name).
 */
const SERVER_FIELD_NAMES: ReadonlyMap<string, CommentField> = new Map([
  ['content', 'content'],
  ['comment', 'content'],
  ['name', 'name'],
  ['author', 'name'],
  ['author_name', 'name'],
  ['email', 'email'],
  ['author_email', 'email'],
  ['url', 'url'],
  ['author_url', 'url'],
]);

/** `{ errors: { email: "…" } }` or WordPress's `{ data: { params: { author_email: "…" } } }`. */
function fieldErrorsOf(data: Json): Partial<Record<CommentField, string>> | undefined {
  const found: Partial<Record<CommentField, string>> = {};
  for (const source of [data.errors, isObject(data.data) ? data.data.params : undefined]) {
    if (!isObject(source)) continue; // (a string's entries would be its characters)
    for (const [name, value] of Object.entries(source)) {
      const field = SERVER_FIELD_NAMES.get(name);
      if (!field || found[field]) continue; // the first message of a field wins: the others are not read
      const message = textOf(value);
      if (message) found[field] = message;
    }
  }
  return Object.keys(found).length ? found : undefined;
}

/**
 * Refusals told apart by HTTP status or by a word in WordPress's error `code` (`comment_duplicate`,
 * `comment_flood`, `rest_comment_login_required`, `rest_comment_closed`), checked in this order.
 */
const REFUSALS: readonly { code: CommentErrorCode; status: number; codeContains: string }[] = [
  { code: 'duplicate', status: 409, codeContains: 'duplicate' },
  { code: 'too-fast', status: 429, codeContains: 'flood' },
  { code: 'login', status: 401, codeContains: 'login' },
  { code: 'closed', status: 403, codeContains: 'closed' },
];

/** The JSON value of `text`, or `undefined` when it is not JSON (or empty). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Turns a response into a result. 2xx is a success unless the body says otherwise: WordPress
 * answers validation errors with `{ "code": "wp_die", … }` and status 200 (or, for the `form`
 * format, an HTML error page), so for `form` a followed redirect is the success signal.
 *
 * At most `MAX_SUBMIT_RESPONSE_BYTES` of the body are read (the rest is never downloaded). A body
 * cut off is not parsed: a 2xx is still a success (the comment was stored) with no `response`, an
 * error is judged by its status.
 */
export async function readResponse(response: Response, format: CommentFormat): Promise<SendResult> {
  const { text, truncated } = await readBoundedText(response, MAX_SUBMIT_RESPONSE_BYTES);
  const json = truncated ? undefined : parseJson(text);
  const object = isObject(json);
  const data: Json = object ? (json as Json) : {};
  const code = scalarText(data.code);
  const blank = !text.trim();
  const page = format === 'form' && /^\s*</.test(text);
  // The status WordPress meant (wp_die carries it in data.status), else the HTTP one.
  const status = (code === 'wp_die' && isObject(data.data) && Number(scalarText(data.data.status))) || response.status;
  const fail = (kind: CommentErrorCode, extra?: Partial<SendFailure>): SendFailure => ({ ok: false, status, code: kind, ...extra });

  if (response.ok && code !== 'wp_die') {
    // (For `form`, only a followed redirect makes a long answer a success, as it does a page.)
    const cutOffSuccess = truncated && (format !== 'form' || response.redirected);
    if (blank || json !== undefined || (page && response.redirected) || cutOffSuccess) {
      const pending = /^(pending|hold|unapproved)$/i.test(scalarText(data.status)) || (response.redirected && /[?&]unapproved=/.test(response.url));
      // A cut-off answer's status was in the part not read, unless the redirect's URL told it.
      const moderation: CommentModeration = pending ? 'pending' : truncated && !response.redirected ? 'unknown' : 'approved';
      return { ok: true, status, response: json ?? null, moderation };
    }
    if (!page) return fail('bad-response');
  }

  const fieldErrors = status >= 400 && status < 500 && fieldErrorsOf(data);
  if (fieldErrors) return fail('invalid', { fieldErrors });
  const refusal = REFUSALS.find((known) => status === known.status || code.includes(known.codeContains));
  if (refusal) {
    const retryAfter = refusal.code === 'too-fast' ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
    return fail(refusal.code, retryAfter === undefined ? {} : { retryAfter });
  }
  if (status >= 500) return fail('server');
  const message = object ? textOf(data.message) : page ? pageMessage(text) : '';
  return message ? fail('rejected', { message }) : fail(blank || object || truncated ? 'rejected' : 'bad-response');
}

/**
 * How the request meets a redirect. Following a redirect of a POST, a browser sends the comment
 * again — text, name, email and the host's `headers` (a nonce…) — wherever `Location` says (307,
 * 308), so a redirect is followed only where it cannot leave the endpoint's origin:
 * - `json`, `wordpress`: never (`manual`); the opaque redirect that comes back is `redirected`.
 * - `form` on the page's own origin: WordPress's success *is* a 302 to the post, whose URL says
 *   whether the comment is held. Followed in `same-origin` mode, in which the browser turns a
 *   redirect to another origin into a network error before it sends anything there.
 * - `form` on another origin: `same-origin` mode would refuse the request itself, so not followed;
 *   the opaque redirect is taken for WordPress's success, its moderation unknown.
 */
function redirectRules(endpoint: URL, format: CommentFormat): Pick<RequestInit, 'mode' | 'redirect'> {
  // (`self.origin`, not `location.origin`: an about:srcdoc frame has its parent's origin.)
  return format === 'form' && endpoint.origin === self.origin ? { mode: 'same-origin', redirect: 'follow' } : { redirect: 'manual' };
}

/** The result of a redirect (see `redirectRules`), or `undefined` when there was none. */
function redirectResult(response: Response, format: CommentFormat, endpoint: URL): SendResult | undefined {
  if (response.type === 'opaqueredirect') {
    return format === 'form' ? { ok: true, status: 0, response: null, moderation: 'unknown' } : { ok: false, status: 0, code: 'redirected' };
  }
  // `same-origin` mode keeps a followed redirect on the endpoint's origin already; checked all the same.
  if (response.redirected && new URL(response.url).origin !== endpoint.origin) return { ok: false, status: response.status, code: 'redirected' };
  return undefined;
}

export interface SendOptions {
  /** Where to POST (resolved against the document, as `fetch` does). */
  endpoint: string;
  format: CommentFormat;
  /** The body and its type, from `encodeComment`. */
  comment: EncodedComment;
  /** Sent as `Idempotency-Key`: the same for every retry of the same comment. */
  idempotencyKey: string;
  /** The host's extra headers (a CSRF token …); they cannot replace `Content-Type` or `Idempotency-Key`. */
  headers?: HeadersInit;
  credentials?: RequestCredentials;
  /** Milliseconds before the request, and the reading of its answer, are given up. */
  timeout: number;
}

/**
 * POSTs an encoded comment to `endpoint`, following no redirect that could take it elsewhere (see
 * `redirectRules`). Never throws: network failures and timeouts are results too.
 */
export async function sendComment({ endpoint, format, comment, idempotencyKey, headers, credentials, timeout }: SendOptions): Promise<SendResult> {
  try {
    // Header names in lower case, as `Headers` gives them, so ours replace the host's.
    const allHeaders = {
      accept: JSON_TYPE, // WordPress then answers errors as JSON
      ...Object.fromEntries(new Headers(headers)),
      'content-type': comment.contentType,
      'idempotency-key': idempotencyKey,
    };
    const url = new URL(endpoint, document.baseURI); // as fetch resolves it
    const response = await fetch(url, {
      method: 'POST',
      headers: allHeaders,
      body: comment.body,
      credentials,
      signal: AbortSignal.timeout(timeout),
      ...redirectRules(url, format),
    });
    return redirectResult(response, format, url) ?? (await readResponse(response, format));
  } catch (error) {
    return { ok: false, status: 0, code: (error as Error).name === 'TimeoutError' ? 'timeout' : 'network' };
  }
}
