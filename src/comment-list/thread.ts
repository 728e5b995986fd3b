/**
 * Comments as data: untrusted JSON (our shape or WordPress REST objects) → flat `Comment`s → a
 * display tree with WordPress's depth cap. Plain functions, no DOM: the element only renders.
 */

/** A comment after normalization. Text fields are still untrusted: they are rendered as text,
 * `contentHtml` only through the sanitizer, URLs only through `safeUrl`. */
export interface Comment {
  /** Always a non-empty string (numbers are converted). */
  id: string;
  /** The id of the comment this one replies to; `undefined` for a top-level comment. */
  parentId?: string;
  author: CommentAuthor;
  /** Plain text (line breaks kept, URLs linked). */
  content?: string;
  /** HTML (WordPress's `content.rendered`, or `contentHtml`); sanitized when rendered. */
  contentHtml?: string;
  date?: Date;
  /** `pending` covers WordPress's `hold` and `unapproved`. */
  status: 'approved' | 'pending';
}

export interface CommentAuthor {
  /** May be empty: the element shows its "Anonymous" string then. */
  name: string;
  url?: string;
  avatar?: string;
}

/** What a response (or the `comments` property) amounts to. */
export interface CommentPage {
  comments: Comment[];
  /** Total number of comments on the server, when it says so. */
  total?: number;
  /** URL of the next page, when there is one. */
  next?: string;
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

export type CommentOrder = 'oldest' | 'newest';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function identifier(value: unknown): string | undefined {
  const id = text(value)?.trim();
  return id ? id : undefined;
}

/** `0`, `"0"`, `null` and `""` all mean "no parent" (WordPress uses 0). */
function parentOf(value: unknown): string | undefined {
  const id = identifier(value);
  return id === undefined || id === '0' ? undefined : id;
}

function dateOf(value: unknown, utcWithoutZone = false): Date | undefined {
  let source = text(value);
  if (source === undefined || source.trim() === '') return undefined;
  // WordPress's date_gmt has no zone suffix ("2024-03-01T10:00:00") although it is UTC.
  if (utcWithoutZone && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(source)) source += 'Z';
  const date = new Date(source);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function statusOf(value: unknown): Comment['status'] {
  return typeof value === 'string' && /^(pending|hold|unapproved|moderation)$/i.test(value.trim()) ? 'pending' : 'approved';
}

/** WordPress REST comment objects are recognised by their own field names. */
function isWordPress(raw: Json): boolean {
  return 'author_name' in raw || 'date_gmt' in raw || 'author_avatar_urls' in raw || (isObject(raw.content) && 'rendered' in raw.content);
}

/** The largest avatar WordPress offers ({24, 48, 96} → 96). */
function wordPressAvatar(urls: unknown): string | undefined {
  if (!isObject(urls)) return undefined;
  let best: string | undefined;
  let bestSize = -1;
  for (const [size, url] of Object.entries(urls)) {
    const n = Number(size);
    if (typeof url === 'string' && n > bestSize) {
      best = url;
      bestSize = n;
    }
  }
  return best;
}

function fromWordPress(raw: Json, id: string): Comment {
  const rendered = isObject(raw.content) ? text(raw.content.rendered) : text(raw.content);
  return {
    id,
    parentId: parentOf(raw.parent),
    author: {
      name: (text(raw.author_name) ?? '').trim(),
      url: text(raw.author_url) || undefined,
      avatar: wordPressAvatar(raw.author_avatar_urls),
    },
    contentHtml: rendered,
    date: dateOf(raw.date_gmt, true) ?? dateOf(raw.date),
    status: statusOf(raw.status),
  };
}

/**
 * One untrusted item → a `Comment`, or `undefined` when it cannot be one (not an object, no id).
 * Accepts `{ id, parentId, author: { name, url, avatar }, content | contentHtml, date, status }`
 * (also `author` as a plain name) and WordPress REST comment objects.
 */
export function normalizeComment(raw: unknown): Comment | undefined {
  if (!isObject(raw)) return undefined;
  const id = identifier(raw.id);
  if (id === undefined) return undefined;
  if (isWordPress(raw)) return fromWordPress(raw, id);
  const author = isObject(raw.author) ? raw.author : { name: raw.author };
  const comment: Comment = {
    id,
    parentId: parentOf(raw.parentId ?? raw.parent),
    author: {
      name: (text(author.name) ?? '').trim(),
      url: text(author.url) || undefined,
      avatar: text(author.avatar) || undefined,
    },
    date: dateOf(raw.date),
    status: statusOf(raw.status),
  };
  const html = text(raw.contentHtml);
  if (html !== undefined) comment.contentHtml = html;
  else comment.content = text(raw.content) ?? '';
  return comment;
}

/** A URL for the next page: http(s) only, resolved against `base`. */
export function nextUrl(value: unknown, base: string): string | undefined {
  const candidate = text(value)?.trim();
  if (!candidate) return undefined;
  try {
    const url = new URL(candidate, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A response body (or the `comments` property) → a page, or a message saying why it is not one.
 * Accepted: an array of items, or `{ comments: [...], total?, next? }`. Items that are not comments
 * are skipped; a duplicate id keeps its first occurrence.
 */
export function normalizePage(data: unknown, base: string = document.baseURI): CommentPage | { error: string } {
  let items: unknown[];
  let total: number | undefined;
  let next: string | undefined;
  if (Array.isArray(data)) {
    items = data;
  } else if (isObject(data) && Array.isArray(data.comments)) {
    items = data.comments;
    const n = Number(data.total);
    if (data.total !== undefined && data.total !== null && Number.isInteger(n) && n >= 0) total = n;
    next = nextUrl(data.next, base);
  } else {
    return { error: 'expected an array of comments or { "comments": [...] }' };
  }
  const seen = new Set<string>();
  const comments: Comment[] = [];
  for (const item of items) {
    const comment = normalizeComment(item);
    if (!comment || seen.has(comment.id)) continue;
    seen.add(comment.id);
    comments.push(comment);
  }
  return { comments, total, next };
}

/** `Link: <https://…?page=2>; rel="next"` → the URL (WordPress REST sends this). */
export function nextFromLinkHeader(header: string | null, base: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (match && /(^|;)\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(match[2])) return nextUrl(match[1], base);
  }
  return undefined;
}

interface Sortable {
  comment: Comment;
  /** Time, or +Infinity when the comment has no date (those keep arrival order, last). */
  time: number;
  seq: number;
}

function compareOldest(a: Sortable, b: Sortable): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  return a.seq - b.seq;
}

function compareNewest(a: Sortable, b: Sortable): number {
  if (a.time !== b.time) {
    if (a.time === Infinity) return 1;
    if (b.time === Infinity) return -1;
    return a.time > b.time ? -1 : 1;
  }
  return a.seq - b.seq;
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
 * Linear apart from the sort; iterative, so a 10,000-long reply chain cannot overflow the stack.
 */
export function buildThread(comments: readonly Comment[], options: { maxDepth?: number; order?: CommentOrder } = {}): ThreadNode[] {
  const maxDepth = Math.max(1, Math.floor(options.maxDepth ?? 5) || 5);
  const byId = new Map<string, Comment>();
  for (const comment of comments) if (!byId.has(comment.id)) byId.set(comment.id, comment);

  const items: Sortable[] = [];
  let seq = 0;
  for (const comment of byId.values()) {
    items.push({ comment, time: comment.date?.getTime() ?? Infinity, seq: seq++ });
  }
  items.sort(compareOldest);

  const children = new Map<string, Comment[]>();
  const roots: Sortable[] = [];
  for (const item of items) {
    const parentId = item.comment.parentId;
    if (parentId !== undefined && parentId !== item.comment.id && byId.has(parentId)) {
      let list = children.get(parentId);
      if (!list) children.set(parentId, (list = []));
      list.push(item.comment);
    } else {
      roots.push(item);
    }
  }
  if (options.order === 'newest') roots.sort(compareNewest);

  const tree: ThreadNode[] = [];
  const placed = new Set<string>();
  type Task = { comment: Comment; depth: number; list: ThreadNode[]; inReplyTo?: string };
  const walk = (start: Comment) => {
    const stack: Task[] = [{ comment: start, depth: 1, list: tree }];
    while (stack.length) {
      const task = stack.pop()!;
      if (placed.has(task.comment.id)) continue;
      placed.add(task.comment.id);
      const node: ThreadNode = { comment: task.comment, depth: task.depth, children: [] };
      if (task.inReplyTo !== undefined) node.inReplyTo = task.inReplyTo;
      task.list.push(node);
      const replies = children.get(task.comment.id);
      if (!replies) continue;
      const nested = task.depth < maxDepth;
      for (let i = replies.length - 1; i >= 0; i--) {
        stack.push(
          nested
            ? { comment: replies[i], depth: task.depth + 1, list: node.children }
            : { comment: replies[i], depth: task.depth, list: task.list, inReplyTo: task.comment.author.name },
        );
      }
    }
  };
  for (const root of roots) walk(root.comment);
  // Whatever was not reached from a root sits in a parent cycle: show it at the top level.
  if (placed.size < byId.size) for (const item of items) if (!placed.has(item.comment.id)) walk(item.comment);
  return tree;
}

/** What `<comment-form>` reports in `comment-success`'s detail (only the fields read here). */
export interface SubmissionDetail {
  response?: unknown;
  payload?: { articleId?: unknown; parentId?: unknown; content?: unknown; author?: { name?: unknown; url?: unknown } | null } | null;
  status?: unknown;
}

/**
 * A successful submission → the comment to show at once: the server's answer when it is a comment
 * (ours or WordPress's), completed from what was sent; otherwise what was sent, under `localId`.
 * `status: 'pending'` from the form wins (WordPress says "hold", some servers say nothing).
 */
export function commentFromSubmission(detail: SubmissionDetail | null | undefined, localId: string, now: Date): Comment | undefined {
  const payload = isObject(detail?.payload) ? detail.payload : undefined;
  const sent = isObject(payload?.author) ? payload.author : {};
  const fromServer = normalizeComment(detail?.response);
  if (!fromServer && !payload) return undefined;
  const comment: Comment = fromServer ?? {
    id: localId,
    author: { name: '' },
    content: text(payload?.content) ?? '',
    status: 'approved',
  };
  comment.parentId ??= parentOf(payload?.parentId);
  if (!comment.author.name) comment.author.name = (text(sent.name) ?? '').trim();
  comment.author.url ??= text(sent.url) || undefined;
  if (comment.content === undefined && comment.contentHtml === undefined) comment.content = text(payload?.content) ?? '';
  if (!comment.contentHtml && !comment.content && text(payload?.content)) {
    delete comment.contentHtml;
    comment.content = text(payload?.content);
  }
  comment.date ??= now;
  if (detail?.status === 'pending') comment.status = 'pending';
  else if (detail?.status === 'approved' && !fromServer) comment.status = 'approved';
  return comment;
}

/** Comments in a node's subtree, itself included (iterative). */
export function threadSize(node: ThreadNode): number {
  let count = 0;
  const stack = [node];
  while (stack.length) {
    const next = stack.pop()!;
    count++;
    for (const child of next.children) stack.push(child);
  }
  return count;
}

/** FNV-1a, for chunk boundaries only. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Splits the top level into chunks of roughly `target` comments (whole threads, never split) for
 * rendering in steps and skipping unchanged chunks. A chunk ends after a thread whose id hashes to
 * a boundary once it holds at least half the target (or at four times the target), so boundaries
 * depend on the comments, not on positions: inserting a comment changes the chunk it lands in and
 * rarely the next one, instead of shifting every chunk after it.
 */
export function chunkThread(tree: readonly ThreadNode[], target = 100): { nodes: ThreadNode[]; size: number }[] {
  const chunks: { nodes: ThreadNode[]; size: number }[] = [];
  let current: ThreadNode[] = [];
  let size = 0;
  for (const node of tree) {
    current.push(node);
    size += threadSize(node);
    if ((size >= target / 2 && hash(node.comment.id) % 4 === 0) || size >= target * 4) {
      chunks.push({ nodes: current, size });
      current = [];
      size = 0;
    }
  }
  if (current.length) chunks.push({ nodes: current, size });
  return chunks;
}
