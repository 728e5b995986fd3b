/**
 * Comments as data: untrusted JSON (our shape or WordPress REST objects) → flat `Comment`s → a
 * display tree with WordPress's depth cap. Plain functions, no DOM: the element only renders.
 */
import { parseDate } from '../internal/locale.js';
import { displayText, isObject, type Json } from '../internal/json.js';
import { cleanText } from '../internal/text.js';
import { SERVER_BASE_URL } from '../internal/server-render.js';
import type { Comment, CommentOrder, CommentPage } from '../model/comment.js';
// A type only: no code of the form enters the list's chunk.
import type { CommentSuccessDetail } from '../comment-form/comment-form.js';

export type { Comment, CommentAuthor, CommentOrder, CommentPage } from '../model/comment.js';

/** Comment id → the suffix of its element ids: CSS-safe, no spaces, injective (`_` itself is escaped). */
export const idSuffix = (id: string): string => id.replace(/[^\w-]|_/g, (ch) => `_${ch.charCodeAt(0).toString(16)}_`);

/** The avatar's stand-in: "Ada Lovelace" → "AL", "bob" → "B". */
export function initials(name: string): string {
  const letters = /^\s*(?<first>\S)(?:.*\s(?<last>\S))?/su.exec(name)?.groups;
  return letters ? (letters.first + (letters.last ?? '')).toLocaleUpperCase() : '?';
}

/** One comment in the display tree. */
export interface ThreadNode {
  comment: Comment;
  /** 1 for top-level comments, never more than the depth cap. */
  depth: number;
  children: ThreadNode[];
  /** Set when the comment was lifted to its parent's level by the depth cap: the parent's author. */
  inReplyTo?: string;
}

/** A string, or a finite number as a string. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && isFinite(value)) return `${value}`;
  return undefined;
}

/** A non-empty trimmed identifier. */
const identifier = (value: unknown): string | undefined => text(value)?.trim() || undefined;

/** The id of the comment replied to; `0`/`"0"` is WordPress's "no parent", so none. */
function parentIdentifier(value: unknown): string | undefined {
  const id = identifier(value);
  return id === '0' ? undefined : id;
}

/** A name to show: visible characters on one line, or `''` (shown as "Anonymous"). */
const nameOf = (value: unknown): string => displayText(text(value)) ?? '';

/**
 * What a status says about showing a comment. Shown: approved (also when no status is given) and
 * held for moderation (a reader's own comment, or a moderator's view). Spam, trash and anything
 * unknown are not shown at all: a server that lists them did not mean readers to see them.
 */
const STATUSES = new Map<string, Comment['status']>([
  ['approved', 'approved'],
  ['approve', 'approved'],
  ['publish', 'approved'],
  ['pending', 'pending'],
  ['hold', 'pending'],
  ['unapproved', 'pending'],
  ['moderation', 'pending'],
]);

function statusOf(value: unknown): Comment['status'] | undefined {
  if (value === undefined || value === null) return 'approved';
  return STATUSES.get(text(value)?.trim().toLowerCase() ?? '');
}

/**
 * One untrusted item → a `Comment`, or `undefined` when it cannot be one (not an object, no id).
 * Accepts `{ id, parentId, author: { name, url, avatar }, content | contentHtml, date, status }`
 * (also `author` as a plain name) and WordPress REST comment objects, recognised by their own
 * field names (`author_name`, `date_gmt`, `author_avatar_urls`, `content.rendered`).
 */
export function normalizeComment(raw: unknown): Comment | undefined {
  if (!isObject(raw)) return undefined;
  const id = identifier(raw.id);
  const status = statusOf(raw.status);
  if (!id || !status) return undefined;
  const content = raw.content;
  const isWordPress = 'author_name' in raw || 'date_gmt' in raw || 'author_avatar_urls' in raw || (isObject(content) && 'rendered' in content);
  const author = rawAuthor(raw, isWordPress);
  // WordPress's date_gmt (which only a WordPress comment has) has no zone suffix ("2024-03-01T10:00:00")
  // although it is UTC.
  const gmt = text(raw.date_gmt);
  const utc = gmt && /T[\d:.]+$/.test(gmt) ? `${gmt}Z` : gmt;
  const comment: Comment = {
    id,
    parentId: parentIdentifier(raw.parentId ?? raw.parent),
    author: { name: nameOf(author.name), url: text(author.url) || undefined, avatar: text(author.avatar) || undefined },
    date: parseDate(utc) || parseDate(raw.date),
    status,
  };
  // HTML: WordPress's `content.rendered` (or `content` itself), or our `contentHtml`; else plain text.
  const wordPressHtml = isObject(content) ? content.rendered : content;
  const html = text(isWordPress ? wordPressHtml : raw.contentHtml);
  if (html !== undefined) comment.contentHtml = html;
  else comment.content = cleanText(text(content) ?? '');
  return comment;
}

/** A raw comment's author fields: WordPress's `author_*`, an `author` object, or `author` as a plain name. */
function rawAuthor(raw: Json, isWordPress: boolean): Json {
  if (isWordPress) {
    const avatars = isObject(raw.author_avatar_urls) ? Object.values(raw.author_avatar_urls) : [];
    // Integer keys enumerate in ascending order: the last avatar is WordPress's largest.
    return { name: raw.author_name, url: raw.author_url, avatar: avatars.at(-1) };
  }
  return isObject(raw.author) ? raw.author : { name: raw.author };
}

/**
 * A count a server sends (`total`, `X-WP-Total`): a whole number from 0, at most
 * `Number.MAX_SAFE_INTEGER` (a `1e308` would print 309 digits); `undefined` for anything else.
 */
export function countOf(value: unknown): number | undefined {
  const count = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  const whole = typeof count === 'number' && count >= 0 && (Number.isInteger(count) || count === Infinity); // "999…9" reads as Infinity
  return whole ? Math.min(count, Number.MAX_SAFE_INTEGER) : undefined;
}

/** A URL for the next page: http(s) only, resolved against `base`. */
export function nextUrl(value: unknown, base: string): string | undefined {
  const candidate = text(value)?.trim();
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A response body (or the `comments` property) → a page, or a message saying why it is not one.
 * Accepted: an array of items, or `{ comments: [...], total?, next? }`. Items that are not comments
 * are skipped; a duplicate id keeps its first occurrence.
 */
export function normalizePage(data: unknown, base: string = globalThis.document?.baseURI ?? SERVER_BASE_URL): CommentPage | { error: string } {
  const items = Array.isArray(data) ? data : isObject(data) && data.comments;
  if (!Array.isArray(items)) return { error: 'Invalid comments: not an array or { comments: [...] }' };
  const page: CommentPage = { comments: [] };
  if (isObject(data)) {
    page.total = countOf(data.total);
    page.next = nextUrl(data.next, base);
  }
  const seen = new Set<string>();
  for (const item of items) {
    const comment = normalizeComment(item);
    if (comment && !seen.has(comment.id)) {
      seen.add(comment.id);
      page.comments.push(comment);
    }
  }
  return page;
}

/**
 * `Link: <https://…?page=2>; rel="next"` → the URL (WordPress REST sends this). Read link by link
 * with `indexOf`, in one pass: a pattern searching for `<…>` from every `<` would take the square of
 * a header made of `<` characters.
 */
export function nextFromLinkHeader(header: string | null, base: string): string | undefined {
  const value = header ?? '';
  for (let start = value.indexOf('<'); start !== -1; ) {
    const end = value.indexOf('>', start);
    if (end === -1) return undefined;
    const following = value.indexOf('<', end);
    const params = value.slice(end + 1, following === -1 ? undefined : following);
    if (/;\s*rel="?([^";,]*\s)?next(?=[\s";,]|$)/i.test(params)) return nextUrl(value.slice(start + 1, end), base);
    start = following;
  }
  return undefined;
}

/** Sort key: the time, or `undated` for a comment without a date (those keep arrival order, last). */
const time = (comment: Comment, undated: number): number => comment.date?.getTime() ?? undated;

/** Whether `comments` are oldest first already (undated ones last), as `buildThread` sorts them. */
function inDateOrder(comments: readonly Comment[]): boolean {
  for (let i = 1; i < comments.length; i++) if (time(comments[i - 1], Infinity) > time(comments[i], Infinity)) return false;
  return true;
}

/** A comment on `buildThread`'s stack, waiting to be placed in the tree, and where it goes. */
interface Placement {
  comment: Comment;
  depth: number;
  /** The list its node joins: the tree itself, or a node's `children`. */
  siblings: ThreadNode[];
  /** Set when the depth cap lifts it: the author of the comment it answers. */
  inReplyTo?: string;
}

/**
 * Flat comments (in arrival order) → the display tree.
 *
 * - Replies sit under their parent, oldest first (a conversation reads forward); `order` applies to
 *   the top level, as in WordPress.
 * - Replies deeper than `maxDepth` are shown at the last level, right after the comment they answer,
 *   with `inReplyTo` set (WordPress's walker does the same).
 * - A reply whose parent is unknown (not loaded yet, or deleted), or that sits in a cycle, is shown
 *   at the top level: nothing is ever dropped.
 *
 * Linear apart from the (stable) sort; iterative, so a 10,000-long reply chain cannot overflow the stack.
 */
export function buildThread(comments: readonly Comment[], options: { maxDepth?: number; order?: CommentOrder } = {}): ThreadNode[] {
  const maxDepth = Math.max(1, Math.floor(options.maxDepth ?? 5) || 5);
  // The first comment of each id (a later one with the same id is dropped).
  const byId = new Map<string, Comment>();
  for (const comment of comments) if (!byId.has(comment.id)) byId.set(comment.id, comment);
  const items = [...byId.values()];
  // Servers mostly send a thread in date order already: then the (stable) sort would change nothing.
  if (!inDateOrder(items)) items.sort((a, b) => time(a, Infinity) - time(b, Infinity));

  // Replies by the id of the comment they answer, oldest first. A reply to itself or to a comment
  // that is not here goes to the top level.
  const repliesTo = new Map<string, Comment[]>();
  const roots: Comment[] = [];
  for (const comment of items) {
    const { parentId } = comment;
    if (parentId === undefined || parentId === comment.id || !byId.has(parentId)) {
      roots.push(comment);
      continue;
    }
    const replies = repliesTo.get(parentId);
    if (replies) replies.push(comment);
    else repliesTo.set(parentId, [comment]);
  }
  if (options.order === 'newest') roots.sort((a, b) => time(b, -Infinity) - time(a, -Infinity));

  const tree: ThreadNode[] = [];
  // By object, not id: `byId` holds one comment per id, and an object is found faster than a string.
  const placed = new Set<Comment>();
  /** Adds `start` to the top level with its replies, depth-first, with an explicit stack (popped from the end). */
  const placeWithReplies = (start: Comment): void => {
    const stack: Placement[] = [{ comment: start, depth: 1, siblings: tree }];
    while (stack.length > 0) {
      const { comment, depth, siblings, inReplyTo } = stack.pop()!;
      if (placed.has(comment)) continue; // reached again through a parent cycle
      placed.add(comment);
      const node: ThreadNode = { comment, depth, children: [], inReplyTo };
      siblings.push(node);
      const replies = repliesTo.get(comment.id) ?? [];
      // Pushed newest first, so that the oldest is placed first.
      for (let i = replies.length - 1; i >= 0; i--) {
        const reply = replies[i];
        if (depth < maxDepth) stack.push({ comment: reply, depth: depth + 1, siblings: node.children });
        else stack.push({ comment: reply, depth, siblings, inReplyTo: comment.author.name });
      }
    }
  };
  for (const root of roots) placeWithReplies(root);
  // A comment no root leads to sits in (or under) a parent cycle: it is shown at the top level.
  for (const comment of items) if (!placed.has(comment)) placeWithReplies(comment);
  return tree;
}

/** `T` as another script may send it: every field may be missing or `null`, every value unchecked. */
type Untrusted<T> = T extends object ? { [K in keyof T]?: Untrusted<T[K]> | null } : unknown;

/**
 * `comment-success`'s detail as the list receives it. `<comment-form>` sends a `CommentSuccessDetail`,
 * but any script on the page can dispatch the event: each field is checked before it is used.
 */
export type ReceivedSuccessDetail = Untrusted<CommentSuccessDetail> | null | undefined;

/** What a comment built from a submission gets when the server's answer does not say. */
export interface SubmissionFallbacks {
  /** The id of a comment the server did not send back (unique within the list). */
  localId: string;
  /** The date of a comment the server did not date. */
  now: Date;
}

/**
 * A successful submission → the comment to show at once: the server's answer when it is a comment
 * (ours or WordPress's), completed from what was sent; otherwise what was sent, under `localId`.
 * `status: 'pending'` from the form wins (WordPress says "hold", some servers say nothing).
 */
export function commentFromSubmission(detail: ReceivedSuccessDetail, { localId, now }: SubmissionFallbacks): Comment | undefined {
  const payload: Json | undefined = isObject(detail?.payload) ? detail.payload : undefined;
  const sent: Json = isObject(payload?.author) ? payload.author : {};
  const content = text(payload?.content);
  const answered = normalizeComment(detail?.response);
  const comment: Comment | undefined = answered ?? (payload ? { id: localId, author: { name: '' }, status: 'approved' } : undefined); // completed below
  if (!comment) return undefined;
  comment.parentId ??= parentIdentifier(payload?.parentId);
  comment.author.name ||= nameOf(sent.name);
  comment.author.url ??= text(sent.url) || undefined;
  // What was sent when the server's answer has no text (or there is no answer).
  if (!comment.content && !comment.contentHtml) comment.content = content ?? '';
  comment.date ??= now;
  if (detail?.status === 'pending') comment.status = 'pending';
  return comment;
}

/** What of a thread is rendered now. */
export interface VisibleThread {
  nodes: ThreadNode[];
  /** Comments of the thread left out (shown by "Load more" before another page is fetched). */
  hidden: number;
}

/**
 * The first `limit` comments of `tree` in reading order (each with as many of its replies as fit),
 * plus every comment whose id is in `keep` — a comment the reader just posted — with the comments
 * it answers. Rendering 100,000 comments at once would block the page for seconds; a bounded batch
 * keeps every render short. The tree's depth is capped (`MAX_THREAD_DEPTH`), so recursion is shallow.
 */
export function visibleThread(tree: readonly ThreadNode[], limit: number, keep: ReadonlySet<string> = new Set()): VisibleThread {
  let budget = limit;
  const holdsKept = (node: ThreadNode): boolean => keep.has(node.comment.id) || node.children.some(holdsKept);
  const take = (nodes: readonly ThreadNode[]): ThreadNode[] => {
    const taken: ThreadNode[] = [];
    for (const node of nodes) {
      if (budget > 0) budget--;
      else if (keep.size === 0 || !holdsKept(node)) continue; // past the batch: only the way to a kept comment
      taken.push({ ...node, children: take(node.children) });
    }
    return taken;
  };
  const nodes = take(tree);
  return { nodes, hidden: count(tree) - count(nodes) };
}

/** Comments in a (sub)tree. */
function count(nodes: readonly ThreadNode[]): number {
  let n = 0;
  for (const node of nodes) n += 1 + count(node.children);
  return n;
}
