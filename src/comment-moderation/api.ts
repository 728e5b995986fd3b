/**
 * The moderation API (`/api/moderation/…`, see the README) as plain functions over `fetch`. Each
 * answers a result value — `{ ok: true, … }` or `{ ok: false, code, message, status }` — and never
 * throws: no answer, a timeout, an HTTP error or a body that is not what the contract says all come
 * back as failures. Nothing here touches the DOM.
 */
import { isObject, type Json } from '../internal/json.js';
import { MAX_COMMENTS_RESPONSE_BYTES, REQUEST_TIMEOUT_MS } from '../internal/limits.js';
import { readBoundedJson } from '../internal/read-text.js';

export const STATUSES = ['pending', 'approved', 'spam', 'trash'] as const;
export type ModerationStatus = (typeof STATUSES)[number];

/** What `POST /comments/bulk` (and each row's buttons) can do. */
export type ModerationAction = 'approve' | 'unapprove' | 'spam' | 'trash' | 'restore' | 'delete';

export interface ModerationComment {
  id: number;
  articleId: string;
  parentId: number | null;
  author: { name: string; email: string; url: string | null; addressHash: string | null };
  /** Plain text as posted: shown as text and links, never as HTML. */
  content: string;
  /** ISO 8601. */
  date: string;
  status: ModerationStatus;
  /** The comment this one replies to. */
  parent: { id: number; author: { name: string }; content: string; status: string } | null;
}

export type ModerationCounts = Record<ModerationStatus, number>;

export interface ModerationPage {
  comments: ModerationComment[];
  counts: ModerationCounts;
  /** Pass back as `cursor` for the next page; `null` on the last one. */
  next: string | null;
}

/**
 * The server's codes (`moderation_disabled`, `unauthorized`, `not_found`, `invalid_moderation`,
 * `unavailable`), and ours: `network` (no answer), `timeout`, `bad_response` (an answer that is not
 * what the contract says), `http` (an error status without a code).
 */
export type ModerationErrorCode = 'moderation_disabled' | 'unauthorized' | 'not_found' | 'invalid_moderation' | 'unavailable' | 'network' | 'timeout' | 'bad_response' | 'http';

export interface ModerationFailure {
  ok: false;
  code: ModerationErrorCode;
  /** For logs; the element shows its own strings. */
  message: string;
  /** HTTP status; 0 when no answer came. */
  status: number;
}

export type ModerationResult<T> = ({ ok: true } & T) | ModerationFailure;

/** Where and as whom requests go. */
export interface ModerationClient {
  /** The API root, absolute, without a trailing slash (`https://news.example/api/moderation`). */
  endpoint: string;
  token: string;
  /** Aborts the request (besides the timeout). */
  signal?: AbortSignal;
}

const SERVER_CODES: ReadonlySet<string> = new Set(['moderation_disabled', 'unauthorized', 'not_found', 'invalid_moderation', 'unavailable']);

const isStatus = (value: unknown): value is ModerationStatus => STATUSES.includes(value as ModerationStatus);
const textOr = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const nullableText = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);
const isId = (value: unknown): value is number => Number.isSafeInteger(value);

/** One comment of an answer, checked field by field; `undefined` when it is not one. */
export function readComment(value: unknown): ModerationComment | undefined {
  if (!isObject(value) || !isId(value.id) || !isStatus(value.status)) return undefined;
  const author: Json = isObject(value.author) ? value.author : {};
  const parent = isObject(value.parent) && isId(value.parent.id) ? value.parent : undefined;
  return {
    id: value.id,
    articleId: textOr(value.articleId),
    parentId: isId(value.parentId) ? value.parentId : null,
    author: { name: textOr(author.name), email: textOr(author.email), url: nullableText(author.url), addressHash: nullableText(author.addressHash) },
    content: textOr(value.content),
    date: textOr(value.date),
    status: value.status,
    parent: parent
      ? {
          id: parent.id as number,
          author: { name: textOr(isObject(parent.author) ? parent.author.name : undefined) },
          content: textOr(parent.content),
          status: textOr(parent.status),
        }
      : null,
  };
}

function readComments(value: unknown): ModerationComment[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const comments = value.map(readComment);
  return comments.every((comment) => comment !== undefined) ? (comments as ModerationComment[]) : undefined;
}

const failure = (code: ModerationErrorCode, message: string, status: number): ModerationFailure => ({ ok: false, code, message, status });

/**
 * Sends one request and reads its JSON answer: `read` turns a 2xx body into the result's fields
 * (or `undefined` when the body is not what the route answers).
 */
async function request<T>(client: ModerationClient, path: string, init: { method: string; body?: unknown }, read: (body: Json) => T | undefined): Promise<ModerationResult<T>> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${client.token}` };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${client.endpoint}${path}`, {
      method: init.method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: client.signal ? AbortSignal.any([client.signal, timeout]) : timeout,
      cache: 'no-store',
    });
  } catch (error) {
    if (timeout.aborted) return failure('timeout', `No answer from ${client.endpoint} within ${REQUEST_TIMEOUT_MS} ms`, 0);
    return failure('network', `Network error: ${error instanceof Error ? error.message : String(error)}`, 0);
  }
  const { status } = response;
  let body: Json | undefined;
  try {
    const json = await readBoundedJson(response, MAX_COMMENTS_RESPONSE_BYTES);
    if ('value' in json && isObject(json.value)) body = json.value;
  } catch (error) {
    return failure(timeout.aborted ? 'timeout' : 'network', `The answer broke off: ${error instanceof Error ? error.message : String(error)}`, status);
  }
  if (!response.ok) {
    const code = textOr(body?.code);
    const message = textOr(body?.message, `HTTP ${status}`);
    return failure(SERVER_CODES.has(code) ? (code as ModerationErrorCode) : 'http', message, status);
  }
  const result = body && read(body);
  if (result === undefined) return failure('bad_response', `${init.method} ${path}: not the answer the moderation API gives`, status);
  return { ok: true, ...result };
}

function readCounts(value: unknown): ModerationCounts | undefined {
  if (!isObject(value)) return undefined;
  const counts = {} as ModerationCounts;
  for (const status of STATUSES) {
    const count = value[status];
    if (!Number.isSafeInteger(count) || (count as number) < 0) return undefined;
    counts[status] = count as number;
  }
  return counts;
}

export interface ListQuery {
  status: ModerationStatus;
  /** Only this article's comments (and counts). */
  article?: string;
  cursor?: string;
  limit?: number;
}

/** `GET /comments`: a page of comments, newest first, with the counts per status. */
export function listComments(client: ModerationClient, query: ListQuery): Promise<ModerationResult<ModerationPage>> {
  const params = new URLSearchParams({ status: query.status });
  if (query.article) params.set('article', query.article);
  if (query.cursor) params.set('cursor', query.cursor);
  if (query.limit) params.set('limit', String(query.limit));
  return request(client, `/comments?${params}`, { method: 'GET' }, (body) => {
    const comments = readComments(body.comments);
    const counts = readCounts(body.counts);
    if (!comments || !counts) return undefined;
    return { comments, counts, next: typeof body.next === 'string' && body.next ? body.next : null };
  });
}

/** What a comment was before a change: what undo puts back. */
export interface Previous {
  id: number;
  status: ModerationStatus;
  /** Only for a change of content. */
  content?: string;
}

export interface ChangeResult {
  /** The comments as they are now. */
  comments: ModerationComment[];
  previous: Previous[];
  deleted: number[];
}

/** `PATCH /comments/:id`: a new status and/or content. */
export function patchComment(client: ModerationClient, id: number, change: { status?: ModerationStatus; content?: string }): Promise<ModerationResult<ChangeResult>> {
  return request(client, `/comments/${id}`, { method: 'PATCH', body: change }, (body) => {
    const comment = readComment(body.comment);
    const previous = isObject(body.previous) ? body.previous : undefined;
    if (!comment || !previous || !isStatus(previous.status)) return undefined;
    return { comments: [comment], previous: [{ id, status: previous.status, content: textOr(previous.content) }], deleted: [] };
  });
}

/** `DELETE /comments/:id`: for good (its replies move up to its parent). */
export function deleteComment(client: ModerationClient, id: number): Promise<ModerationResult<ChangeResult>> {
  return request(client, `/comments/${id}`, { method: 'DELETE' }, (body) => (body.deleted === true ? { comments: [], previous: [], deleted: [id] } : undefined));
}

/** `POST /comments/bulk`: one action on up to 100 comments. */
export function bulkAction(client: ModerationClient, ids: readonly number[], action: ModerationAction): Promise<ModerationResult<ChangeResult>> {
  return request(client, '/comments/bulk', { method: 'POST', body: { ids, action } }, (body) => {
    const comments = readComments(body.comments);
    if (!comments || !Array.isArray(body.previous)) return undefined;
    const previous = body.previous.filter((entry): entry is Previous => isObject(entry) && isId(entry.id) && isStatus(entry.status)).map(({ id, status }) => ({ id, status }));
    const deleted = Array.isArray(body.deleted) ? body.deleted.filter(isId) : [];
    return { comments, previous, deleted };
  });
}

/** `POST /comments/:id/reply`: a reply as the site, approved at once. */
export function replyToComment(client: ModerationClient, id: number, content: string): Promise<ModerationResult<{ comment: ModerationComment }>> {
  return request(client, `/comments/${id}/reply`, { method: 'POST', body: { content } }, (body) => {
    const comment = readComment(body.comment);
    return comment ? { comment } : undefined;
  });
}
