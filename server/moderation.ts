// The moderation API, for <comment-moderation> and scripts. Every route needs
// `Authorization: Bearer <MODERATION_TOKEN>`; a server without a token answers 404 here (and says
// once in its log that moderation is off).
//
//   GET    /api/moderation/comments?status=pending|approved|spam|trash|all&article=&cursor=&limit=
//   PATCH  /api/moderation/comments/:id          { status?, content? }
//   DELETE /api/moderation/comments/:id
//   POST   /api/moderation/comments/bulk         { ids, action }
//   POST   /api/moderation/comments/:id/reply    { content }
import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { authorize, sendAuthError } from './auth.js';
import { mediaType, readBody } from './limits.js';
import { discardBody, send } from './respond.js';
import { COMMENT_STATUSES, type ChangedComment, type CommentChange, type CommentRow, type CommentStatus, type CommentsStore } from './storage/store.js';
import { validateModeratorContent } from './validate.js';

/** What the moderation routes need of the app (a part of routes.ts's RouteContext). */
export interface ModerationContext {
  store(): Promise<CommentsStore>;
  moderationToken: string | undefined;
  /** The name replies "as the site" are signed with. */
  siteName: string;
  maxBodyBytes: number;
  now: () => number;
  /** Told of every change a moderator makes (the live thread, webhooks). */
  changed(changes: readonly ChangedComment[], deleted: readonly CommentRow[], created: readonly CommentRow[]): void;
  /** Called on the first moderation request of a server without a token. */
  disabled(): void;
}

export const MODERATION_PAGE_SIZE = 20;
const MAX_BULK = 100;

/** A comment as a moderator sees it: the email and the address hash too, and what it replies to. */
export interface ModerationComment {
  id: number;
  articleId: string;
  parentId: number | null;
  author: { name: string; email: string; url: string | null; addressHash: string | null };
  content: string;
  date: string;
  status: CommentStatus;
  parent: { id: number; author: { name: string }; content: string; status: CommentStatus } | null;
}

export function moderationComment(row: CommentRow, parent: CommentRow | undefined): ModerationComment {
  return {
    id: row.id,
    articleId: row.article_id,
    parentId: row.parent_id,
    author: { name: row.author_name, email: row.author_email, url: row.author_url || null, addressHash: row.address_hash },
    content: row.content,
    date: row.created_at,
    status: row.status,
    parent: parent ? { id: parent.id, author: { name: parent.author_name }, content: parent.content, status: parent.status } : null,
  };
}

/** Rows as moderators see them, with their parents looked up in one query. */
async function withParents(store: CommentsStore, rows: readonly CommentRow[]): Promise<ModerationComment[]> {
  const parentIds = [...new Set(rows.flatMap((row) => (row.parent_id === null ? [] : [row.parent_id])))];
  const parents = new Map((parentIds.length ? await store.getComments(parentIds) : []).map((row) => [row.id, row]));
  return rows.map((row) => moderationComment(row, row.parent_id === null ? undefined : parents.get(row.parent_id)));
}

/**
 * A poster's address as moderators see it: 16 hex digits of an HMAC keyed with the moderation
 * token, enough to tell two posters apart or one poster's comments together, not to read the address back.
 */
export function addressHash(address: string, key: string | undefined): string {
  return createHmac('sha256', `news-elements address\n${key ?? ''}`).update(address).digest('hex').slice(0, 16);
}

const isStatus = (value: unknown): value is CommentStatus => COMMENT_STATUSES.includes(value as CommentStatus);
const invalid = (res: ServerResponse, message: string, status = 422) => send(res, status, { code: 'invalid_moderation', message });

type BulkAction = 'approve' | 'unapprove' | 'spam' | 'trash' | 'restore' | 'delete';
/** The status each action leaves a comment in (`restore`: where it was before spam or trash). */
const ACTION_STATUS: Readonly<Record<Exclude<BulkAction, 'delete'>, (row: CommentRow) => CommentStatus>> = {
  approve: () => 'approved',
  unapprove: () => 'pending',
  spam: () => 'spam',
  trash: () => 'trash',
  restore: (row) => (row.status === 'spam' || row.status === 'trash' ? (row.status_before ?? 'pending') : row.status),
};
const isBulkAction = (value: unknown): value is BulkAction => value === 'delete' || (typeof value === 'string' && Object.hasOwn(ACTION_STATUS, value));

/** The request's JSON object, or undefined after answering why not. */
async function readJsonObject(ctx: ModerationContext, req: IncomingMessage, res: ServerResponse): Promise<Record<string, unknown> | undefined> {
  const body = await readBody(req, ctx.maxBodyBytes);
  if (!body.ok) {
    if (body.reason === 'aborted') res.destroy();
    else send(res, 413, { code: 'payload_too_large', message: 'The request is too large.' }, { Connection: 'close' });
    return undefined;
  }
  if (mediaType(req) !== 'application/json') {
    send(res, 415, { code: 'invalid_moderation', message: 'Send moderation requests as application/json.' });
    return undefined;
  }
  try {
    const data: unknown = JSON.parse(body.body.toString('utf8'));
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return data as Record<string, unknown>;
  } catch {
    // answered below
  }
  invalid(res, 'The request body must be a JSON object.', 400);
  return undefined;
}

async function list(ctx: ModerationContext, res: ServerResponse, query: URLSearchParams): Promise<void> {
  const status = query.get('status') ?? 'pending';
  const statuses = status === 'all' ? COMMENT_STATUSES : isStatus(status) ? [status] : undefined;
  if (!statuses) return invalid(res, '"status" must be pending, approved, spam, trash or all.', 400);
  const limit = query.has('limit') ? Number(query.get('limit')) : MODERATION_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return invalid(res, '"limit" must be a whole number from 1 to 100.', 400);
  const cursor = query.get('cursor');
  const beforeId = cursor === null ? undefined : Number(cursor);
  if (beforeId !== undefined && (!Number.isSafeInteger(beforeId) || beforeId < 1)) return invalid(res, '"cursor" must be the `next` of the previous page.', 400);
  const articleId = query.get('article') || undefined;

  const store = await ctx.store();
  const [rows, counts] = await Promise.all([store.listForModeration({ statuses, articleId, beforeId, limit: limit + 1 }), store.countByStatus(articleId)]);
  const page = rows.slice(0, limit);
  const next = rows.length > limit ? String(page[page.length - 1]!.id) : null;
  send(res, 200, { comments: await withParents(store, page), counts, next });
}

async function patch(ctx: ModerationContext, req: IncomingMessage, res: ServerResponse, id: number): Promise<void> {
  const data = await readJsonObject(ctx, req, res);
  if (!data) return;
  const change: CommentChange = { id };
  if (data.status !== undefined) {
    if (!isStatus(data.status)) return invalid(res, '"status" must be pending, approved, spam or trash.');
    change.status = data.status;
  }
  if (data.content !== undefined) {
    const checked = validateModeratorContent(data.content);
    if (!checked.ok) return invalid(res, checked.message);
    change.content = checked.content;
  }
  if (change.status === undefined && change.content === undefined) return invalid(res, 'Send a "status", a "content", or both.');
  const store = await ctx.store();
  const [changed] = await store.updateComments([change], ctx.now());
  if (!changed) return send(res, 404, { code: 'not_found', message: `There is no comment ${id}.` });
  ctx.changed([changed], [], []);
  const [comment] = await withParents(store, [changed.after]);
  send(res, 200, { comment, previous: { status: changed.before.status, content: changed.before.content } });
}

async function remove(ctx: ModerationContext, req: IncomingMessage, res: ServerResponse, id: number): Promise<void> {
  discardBody(req);
  const store = await ctx.store();
  const deleted = await store.deleteComments([id], ctx.now());
  if (!deleted.length) return send(res, 404, { code: 'not_found', message: `There is no comment ${id}.` });
  ctx.changed([], deleted, []);
  send(res, 200, { id, deleted: true });
}

async function bulk(ctx: ModerationContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const data = await readJsonObject(ctx, req, res);
  if (!data) return;
  const { ids, action } = data;
  if (!isBulkAction(action)) return invalid(res, '"action" must be approve, unapprove, spam, trash, restore or delete.');
  if (!Array.isArray(ids) || ids.length < 1 || ids.length > MAX_BULK || !ids.every((id) => Number.isSafeInteger(id) && id > 0)) {
    return invalid(res, `"ids" must be a list of 1 to ${MAX_BULK} comment ids.`);
  }
  const unique = [...new Set(ids as number[])];
  const store = await ctx.store();
  if (action === 'delete') {
    const deleted = await store.deleteComments(unique, ctx.now());
    ctx.changed([], deleted, []);
    const gone = new Set(deleted.map((row) => row.id));
    send(res, 200, { comments: [], previous: deleted.map((row) => ({ id: row.id, status: row.status })), deleted: [...gone], missing: unique.filter((id) => !gone.has(id)) });
    return;
  }
  // The target of `restore` depends on each comment: read them first; the update reads them again
  // in its transaction, so a comment changed in between is changed from what it is then.
  const current = await store.getComments(unique);
  const changes = current.map((row) => ({ id: row.id, status: ACTION_STATUS[action](row) }));
  const changed = await store.updateComments(changes, ctx.now());
  ctx.changed(changed, [], []);
  const found = new Set(changed.map((c) => c.after.id));
  send(res, 200, {
    comments: await withParents(store, changed.map((c) => c.after)),
    previous: changed.map((c) => ({ id: c.before.id, status: c.before.status })),
    deleted: [],
    missing: unique.filter((id) => !found.has(id)),
  });
}

async function reply(ctx: ModerationContext, req: IncomingMessage, res: ServerResponse, id: number): Promise<void> {
  const data = await readJsonObject(ctx, req, res);
  if (!data) return;
  const checked = validateModeratorContent(data.content);
  if (!checked.ok) return invalid(res, checked.message);
  const store = await ctx.store();
  const parent = await store.getComment(id);
  if (!parent) return send(res, 404, { code: 'not_found', message: `There is no comment ${id}.` });
  const now = ctx.now();
  const comment = { articleId: parent.article_id, parentId: parent.id, name: ctx.siteName, email: '', url: '', content: checked.content, date: new Date(now).toISOString(), status: 'approved' as const };
  const outcome = await store.createComment(comment, undefined, now, () => '', 0);
  if (outcome.kind !== 'created') return send(res, 409, { code: 'comment_duplicate', message: 'The site has already replied with this text.' });
  ctx.changed([], [], [outcome.row]);
  send(res, 201, { comment: moderationComment(outcome.row, parent) });
}

/** Answers `/api/moderation/…`; false when the path is not one of its routes. */
export async function routeModeration(ctx: ModerationContext, req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<boolean> {
  if (!path.startsWith('/api/moderation/') && path !== '/api/moderation') return false;
  const method = req.method ?? 'GET';
  const auth = authorize(req, ctx.moderationToken);
  if (auth !== 'ok') {
    discardBody(req);
    if (auth === 'unconfigured') ctx.disabled();
    sendAuthError(res, auth, 404);
    return true;
  }
  const allow = (methods: string) => {
    discardBody(req);
    send(res, 405, { message: `Use ${methods} here.` }, { Allow: methods });
  };
  if (/^\/api\/moderation\/comments\/?$/.test(path)) {
    if (method !== 'GET' && method !== 'HEAD') allow('GET');
    else await list(ctx, res, query);
    return true;
  }
  if (/^\/api\/moderation\/comments\/bulk\/?$/.test(path)) {
    if (method !== 'POST') allow('POST');
    else await bulk(ctx, req, res);
    return true;
  }
  const one = /^\/api\/moderation\/comments\/(\d{1,15})(\/reply)?\/?$/.exec(path);
  if (one) {
    const id = Number(one[1]);
    if (one[2]) {
      if (method !== 'POST') allow('POST');
      else await reply(ctx, req, res, id);
    } else if (method === 'PATCH') await patch(ctx, req, res, id);
    else if (method === 'DELETE') await remove(ctx, req, res, id);
    else allow('PATCH, DELETE');
    return true;
  }
  discardBody(req);
  send(res, 404, { code: 'not_found', message: `No moderation route for ${method} ${path}.` });
  return true;
}
