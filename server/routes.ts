// Routes of the reference comments endpoint. Every answer is JSON (utf-8, `Cache-Control: no-store`).
//
//   GET  /api/articles/:id/comments[?limit=50&after=<id>&status=approved|pending|all]   (HEAD too)
//   POST /api/comments                    json | wordpress (JSON, by shape) | form (urlencoded)
//   POST /api/comments/:id/approve        Authorization: Bearer <moderation token>
//   OPTIONS (any route)                   CORS preflight, for the origins in `corsOrigins`
//
// POSTs from another site are refused (403 cross_site) unless their origin is listed: origin.ts.
import { createHash } from 'node:crypto';
import { authorize, sendAuthError } from './auth.js';
import { discardBody, send, sendRaw } from './respond.js';
import { publicComment } from './public-comment.js';
import { addressHash, routeModeration, type ModerationContext } from './moderation.js';
import type { LiveThreads } from './live.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIdempotencyKey, mediaType, readBody, requestFingerprint } from './limits.js';
import { clientAddress, type TrustProxy } from './proxy.js';
import type { CommentStatus, CommentsStore, CreateOutcome, RateLimit } from './storage/store.js';
import { CORS_ALLOW_HEADERS, CORS_ALLOW_METHODS, CROSS_SITE, postSource, setCorsHeaders } from './origin.js';
import { MESSAGES, parseParentId, validatePostedComment, type CommentInput } from './validate.js';
import { backUrl, isBrowserFormPost, redirectAfterComment, refusalPage } from './browser-post.js';
import { webhookComment, type WebhookEvent } from './webhooks.js';

export interface RouteContext extends ModerationContext {
  /** The storage, opened on first use; it rejects with `StorageUnavailableError` while the database cannot be reached. */
  store(): Promise<CommentsStore>;
  autoApprove: boolean;
  /** The article threads' event streams. */
  live: LiveThreads;
  /** Posts allowed per client address per window, counted in the database (one count for every instance). */
  rateLimit: RateLimit;
  /** The least time between two comments from one email (WordPress's flood check); 0: none. */
  floodIntervalMs: number;
  /** Whose X-Forwarded-For names the client (TRUST_PROXY); without it, the socket's peer is the client. */
  trustProxy: TrustProxy | undefined;
  /** Origins answered with CORS and allowed to post from another site. */
  corsOrigins: ReadonlySet<string>;
  /** Queues a webhook notification (WEBHOOK_URL), to call once the answer is sent; a no-op without a URL. Never throws. */
  notify: (event: Omit<WebhookEvent, 'id' | 'occurredAt'>) => void;
}

export const DEFAULT_PAGE_SIZE = 50;
/** `?status=` → the stored statuses it lists. A Map: the key is user input (`__proto__` is just unknown). */
const STATUS_FILTERS: ReadonlyMap<string, readonly CommentStatus[]> = new Map([
  ['approved', ['approved']],
  ['pending', ['pending']],
  ['all', ['approved', 'pending']],
]);
export const MAX_PAGE_SIZE = 100;

// ---------------------------------------------------------------------------------------------
// Request formats

type Format = 'json' | 'wordpress' | 'form';
type Parsed =
  | { ok: true; format: Format; input: CommentInput; honeypot: string }
  | { ok: false; status: number; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');


/** Turns a request body of any of the three formats into the fields validation expects. */
export function parseCommentBody(type: string, raw: Buffer): Parsed {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid UTF-8.' };
  }

  if (type === 'application/x-www-form-urlencoded') {
    const f = new URLSearchParams(text);
    return {
      ok: true,
      format: 'form',
      input: {
        articleId: f.get('comment_post_ID'),
        parentId: f.get('comment_parent'),
        content: f.get('comment'),
        name: f.get('author'),
        email: f.get('email'),
        url: f.get('url'),
      },
      honeypot: f.get('honeypot') ?? '',
    };
  }

  if (type === 'application/json' || type.endsWith('+json')) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, status: 400, message: `The request body is not valid JSON: ${(error as Error).message}` };
    }
    if (!isObject(data)) return { ok: false, status: 400, message: 'The request body must be a JSON object.' };

    const has = (name: string) => Object.hasOwn(data, name); // own keys only: `in` would see Object.prototype
    const looksLikeWordPress = !has('articleId') && !has('author') && (has('post') || has('author_name') || has('author_email'));
    if (looksLikeWordPress) {
      const content = isObject(data.content) ? data.content.raw : data.content; // `{ raw }` is accepted too
      return {
        ok: true,
        format: 'wordpress',
        input: {
          articleId: data.post,
          parentId: data.parent,
          content,
          name: data.author_name,
          email: data.author_email,
          url: data.author_url,
        },
        honeypot: str(data.honeypot),
      };
    }
    const author = isObject(data.author) ? data.author : {};
    return {
      ok: true,
      format: 'json',
      input: {
        articleId: data.articleId,
        parentId: data.parentId,
        content: data.content,
        name: author.name,
        email: author.email,
        url: author.url,
      },
      honeypot: str(data.honeypot),
    };
  }

  return {
    ok: false,
    status: 415,
    message: 'Send comments as application/json or application/x-www-form-urlencoded.',
  };
}

// ---------------------------------------------------------------------------------------------
// Handlers

async function listComments(ctx: RouteContext, req: IncomingMessage, res: ServerResponse, articleId: string, query: URLSearchParams): Promise<void> {
  discardBody(req);
  const limitParam = query.get('limit');
  const afterParam = query.get('after');
  const statusParam = query.get('status') ?? 'approved';

  const limit = limitParam === null ? DEFAULT_PAGE_SIZE : Number(limitParam);
  if (!Number.isInteger(limit) || limit < 1) {
    send(res, 400, { message: `"limit" must be a whole number from 1 to ${MAX_PAGE_SIZE}.` });
    return;
  }
  const pageSize = Math.min(limit, MAX_PAGE_SIZE);
  const after = afterParam === null ? 0 : Number(afterParam);
  if (!Number.isSafeInteger(after) || after < 0) {
    send(res, 400, { message: '"after" must be the id of the last comment of the previous page.' });
    return;
  }
  const wanted = STATUS_FILTERS.get(statusParam);
  if (!wanted) {
    send(res, 400, { message: '"status" must be approved, pending or all.' });
    return;
  }
  if (statusParam !== 'approved') {
    const auth = authorize(req, ctx.moderationToken);
    if (auth !== 'ok') return sendAuthError(res, auth);
  }

  const store = await ctx.store();
  // Read before the page: a live list streams from here, so nothing logged after the read is missed.
  const eventId = await store.lastEventId();
  const [rows, total] = await Promise.all([store.listComments(articleId, wanted, after, pageSize + 1), store.countComments(articleId, wanted)]);
  const page = rows.slice(0, pageSize);
  let next: string | null = null;
  if (rows.length > pageSize) {
    const q = new URLSearchParams({ limit: String(pageSize), after: String(page[page.length - 1]!.id) });
    if (statusParam !== 'approved') q.set('status', statusParam);
    next = `/api/articles/${encodeURIComponent(articleId)}/comments?${q}`;
  }
  const json = JSON.stringify({ comments: page.map(publicComment), total, next });
  if (statusParam !== 'approved') return sendRaw(res, 200, json); // a moderator's view: never cached
  // The public thread: a proxy or CDN in front may serve it for a few seconds, so a hot article's
  // readers cost one database read every few seconds. A browser revalidates it at every load (a
  // 304 when nothing changed): a reader who just posted and reloads sees the comment.
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
  const caching = {
    ETag: etag,
    'Cache-Control': PUBLIC_LIST_CACHE_CONTROL,
    'CDN-Cache-Control': PUBLIC_LIST_CDN_CACHE_CONTROL,
    // Where `<comment-list live>` starts the event stream (a cached copy's older id only replays more).
    'X-Comments-Event-Id': String(eventId),
  };
  if (ifNoneMatch(req, etag)) {
    res.statusCode = 304;
    for (const [name, value] of Object.entries(caching)) res.setHeader(name, value);
    res.end();
    return;
  }
  sendRaw(res, 200, json, caching);
}

/**
 * A public thread: shared caches keep it 5 s (`s-maxage`), browsers revalidate it every time
 * (`max-age=0`). Serving stale while revalidating is said to CDNs only (RFC 9213's
 * CDN-Cache-Control), since a browser that did it would show a reader the page from before their
 * own comment.
 */
export const PUBLIC_LIST_CACHE_CONTROL = 'public, max-age=0, s-maxage=5';
export const PUBLIC_LIST_CDN_CACHE_CONTROL = 'max-age=5, stale-while-revalidate=30';

/** Whether the request's If-None-Match names `etag` (or `*`); weak comparison, as RFC 9110 asks for it. */
function ifNoneMatch(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header.split(',').some((tag) => {
    const candidate = tag.trim().replace(/^W\//, '');
    return candidate === '*' || candidate === etag;
  });
}

/** A refusal's JSON body (what a script gets; a browser form post gets it as a page). */
interface Refusal {
  code?: string;
  message: string;
  errors?: Record<string, string>;
  retryAfter?: number;
}

/**
 * How a post is answered: JSON for a script (the element, an app), pages and redirects for a form a
 * browser posted without JavaScript (browser-post.ts). The handler decides what happened; these say it.
 */
interface PostAnswers {
  refuse(status: number, refusal: Refusal, headers?: Record<string, string>): void;
  /** A stored comment (or the answer an idempotency key recorded for it), as JSON text. */
  stored(status: number, json: string, headers?: Record<string, string>): void;
}

function jsonAnswers(res: ServerResponse): PostAnswers {
  return {
    refuse: (status, refusal, headers) => send(res, status, refusal, headers),
    stored: (status, json, headers) => sendRaw(res, status, json, headers),
  };
}

function pageAnswers(req: IncomingMessage, res: ServerResponse, form: URLSearchParams): PostAnswers {
  const back = backUrl(req, form.get('redirect_to'));
  return {
    refuse: (status, refusal) => refusalPage(res, status, refusal, { content: form.get('comment') }, back),
    stored: (_status, json) => redirectAfterComment(res, back, JSON.parse(json) as { id?: unknown; status?: unknown }),
  };
}

async function postComment(ctx: RouteContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const body = await readBody(req, ctx.maxBodyBytes);
  const type = mediaType(req);
  // A browser's own form post: its fields are read once here for the answers and the idempotency key.
  const form = isBrowserFormPost(req, type) && body.ok ? new URLSearchParams(body.body.toString('utf8')) : undefined;
  const answer = form ? pageAnswers(req, res, form) : jsonAnswers(res);
  if (!body.ok) {
    if (body.reason === 'aborted') {
      res.destroy();
      return;
    }
    discardBody(req);
    answer.refuse(413, { code: 'payload_too_large', message: `The comment is too large to send (the limit is ${Math.round(ctx.maxBodyBytes / 1024)} KB).` }, { Connection: 'close' });
    return;
  }

  // The header, or for a form posted without JavaScript its `idempotency_key` field: a double submit stores one comment.
  const keyHeader = req.headers['idempotency-key'];
  const key = typeof keyHeader === 'string' ? keyHeader.trim() : (form?.get('idempotency_key')?.trim() || undefined);
  if (key !== undefined && !isIdempotencyKey(key)) {
    answer.refuse(400, { code: 'invalid_idempotency_key', message: 'The Idempotency-Key header must be 1 to 255 visible ASCII characters.' });
    return;
  }
  const request = key === undefined ? undefined : { key, fingerprint: requestFingerprint(path, type, body.body) };
  const store = await ctx.store();
  const now = ctx.now();
  if (request) {
    // A retry of a stored answer needs no rate limit or validation. Only a hint: `createComment`
    // looks again, in its transaction.
    const found = await store.peekIdempotency(request, now);
    if (found) return answerKeyed(answer, found);
  }

  const address = clientAddress(req, ctx.trustProxy);
  const rate = await store.hitRateLimit(address, ctx.rateLimit, now);
  if (!rate.allowed) return refuseTooQuick(answer, rate.retryAfterSeconds);

  const parsed = parseCommentBody(type, body.body);
  if (!parsed.ok) {
    answer.refuse(parsed.status, { message: parsed.message });
    return;
  }

  if (parsed.honeypot.trim() !== '') {
    // Looks accepted to a bot; nothing is stored.
    answer.stored(202, JSON.stringify({ status: 'pending', message: 'Your comment is awaiting moderation.' }));
    return;
  }

  // The parent a reply names, looked up first: validation itself stays a pure function.
  const parentId = parseParentId(parsed.input.parentId);
  const parent = parentId !== null && !Number.isNaN(parentId) ? await store.getComment(parentId) : undefined;
  const result = validatePostedComment(parsed.input, (id, articleId) => parent?.id === id && parent.article_id === articleId);
  if (!result.ok) {
    // Each field's sentence (as a form shows it under the field); one of them alone says it all.
    const errors = Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, error.message]));
    const messages = Object.values(errors);
    const message = messages.length === 1 ? messages[0]! : MESSAGES.summary;
    answer.refuse(422, { code: 'invalid_comment', errors, message });
    return;
  }
  const c = result.value;

  // One transaction in the database: the key's answer if it has one, else the duplicate and flood
  // checks, the insert and the key claimed for its answer — the same outcome from any instance.
  const comment = {
    ...c,
    date: new Date(now).toISOString(),
    status: ctx.autoApprove ? ('approved' as const) : ('pending' as const),
    addressHash: addressHash(address, ctx.moderationToken),
  };
  const outcome = await store.createComment(comment, request, now, (row) => JSON.stringify(publicComment(row)), ctx.floodIntervalMs);
  switch (outcome.kind) {
    case 'flood':
      return refuseTooQuick(answer, outcome.retryAfterSeconds);
    case 'created':
      answer.stored(201, outcome.body);
      ctx.notify({ type: 'comment.created', comment: webhookComment(outcome.row) }); // the answer first
      return;
    case 'duplicate':
      return answer.refuse(409, { code: 'comment_duplicate', message: 'Duplicate comment detected; it looks as though you’ve already said that!' });
    case 'in-flight':
      return answer.refuse(
        409,
        { code: 'idempotency_key_in_flight', message: 'A request with this Idempotency-Key is still being processed. Please retry in a moment.', retryAfter: 1 },
        { 'Retry-After': '1' },
      );
    default:
      return answerKeyed(answer, outcome);
  }
}

/** 429 with Retry-After: the address's rate limit, or the email's flood interval. */
function refuseTooQuick(answer: PostAnswers, seconds: number): void {
  answer.refuse(
    429,
    { code: 'comment_flood', message: `You are posting comments too quickly. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`, retryAfter: seconds },
    { 'Retry-After': String(seconds) },
  );
}

/** The answer for a key that already holds a response: a replay of it, or 422 for another body. */
function answerKeyed(answer: PostAnswers, found: Extract<CreateOutcome, { kind: 'replay' | 'mismatch' }>): void {
  if (found.kind === 'mismatch') {
    answer.refuse(422, { code: 'idempotency_key_reused', message: 'This Idempotency-Key was already used for a different comment.' });
    return;
  }
  answer.stored(found.status, found.body, { 'Idempotent-Replayed': 'true' });
}

async function approveComment(ctx: RouteContext, req: IncomingMessage, res: ServerResponse, id: number): Promise<void> {
  discardBody(req);
  const auth = authorize(req, ctx.moderationToken);
  if (auth !== 'ok') return sendAuthError(res, auth);
  const store = await ctx.store();
  const [changed] = Number.isSafeInteger(id) ? await store.updateComments([{ id, status: 'approved' }], ctx.now()) : [];
  if (!changed) {
    send(res, 404, { code: 'not_found', message: `There is no comment ${id}.` });
    return;
  }
  send(res, 200, publicComment(changed.after));
  if (changed.before.status !== 'approved') ctx.changed([changed], [], []);
}

// ---------------------------------------------------------------------------------------------
// Router

function methodNotAllowed(req: IncomingMessage, res: ServerResponse, allow: string): void {
  discardBody(req);
  send(res, 405, { message: `Use ${allow} here.` }, { Allow: allow });
}

/** The article id of an address (`/api/articles/<id>/…`), or undefined after answering 400. */
function articleIdIn(req: IncomingMessage, res: ServerResponse, segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    discardBody(req);
    send(res, 400, { message: 'The article id in the address is malformed.' });
    return undefined;
  }
}

/** The longest request target answered (an article id is at most 255 characters; a cursor a few more). */
export const MAX_URL_LENGTH = 2048;

/** Answers one `/api/…` request. */
export async function route(ctx: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if ((req.url ?? '').length > MAX_URL_LENGTH) {
    discardBody(req);
    send(res, 414, { code: 'uri_too_long', message: `The address is longer than ${MAX_URL_LENGTH} characters.` });
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  const method = req.method ?? 'GET';

  const listed = setCorsHeaders(req, res, ctx.corsOrigins);
  if (method === 'OPTIONS') {
    discardBody(req);
    if (!listed) return send(res, 403, CROSS_SITE);
    res.statusCode = 204;
    res.setHeader('Access-Control-Allow-Methods', CORS_ALLOW_METHODS);
    res.setHeader('Access-Control-Allow-Headers', CORS_ALLOW_HEADERS);
    res.setHeader('Access-Control-Max-Age', '600');
    res.end();
    return;
  }
  if (method === 'POST' && postSource(req, ctx.corsOrigins) === 'cross-site') {
    discardBody(req);
    return send(res, 403, CROSS_SITE);
  }

  const list = /^\/api\/articles\/([^/]+)\/comments\/?$/.exec(path);
  if (list) {
    // HEAD is GET without the body: Node's ServerResponse drops the body of a HEAD answer and keeps
    // its headers, Content-Length included.
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(req, res, 'GET, HEAD');
    const articleId = articleIdIn(req, res, list[1]!);
    if (articleId !== undefined) return listComments(ctx, req, res, articleId, url.searchParams);
    return;
  }

  if (/^\/api\/comments\/?$/.test(path)) {
    if (method !== 'POST') return methodNotAllowed(req, res, 'POST');
    return postComment(ctx, req, res, '/api/comments');
  }

  const events = /^\/api\/articles\/([^/]+)\/events\/?$/.exec(path);
  if (events) {
    if (method !== 'GET') return methodNotAllowed(req, res, 'GET');
    const articleId = articleIdIn(req, res, events[1]!);
    if (articleId !== undefined) return ctx.live.stream(req, res, articleId, url.searchParams);
    return;
  }

  if (await routeModeration(ctx, req, res, path, url.searchParams)) return;

  const approve = /^\/api\/comments\/(\d{1,15})\/approve\/?$/.exec(path);
  if (approve) {
    if (method !== 'POST') return methodNotAllowed(req, res, 'POST');
    return approveComment(ctx, req, res, Number(approve[1]));
  }

  discardBody(req);
  send(res, 404, { code: 'not_found', message: `No API route for ${method} ${path}.` });
}
