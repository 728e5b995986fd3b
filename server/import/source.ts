// What an export file holds once read, whatever its format: its threads (a WordPress post, a Disqus
// thread) and their comments, each with a stable key at its source, plus what was left out and why.
// Mapping threads to article ids is the next step (mapping.ts); storing them the last (cli.ts).
import type { ImportedComment } from '../storage/store.js';

export interface SourceThread {
  /** The source's own id of the thread: WordPress's post id, Disqus's identifier (`<id>`, else its dsq:id). */
  id: string;
  /** The article's address, as the source knew it. */
  link: string;
  /** WordPress's `post_name`, else the last segment of the link's path; '' when there is none. */
  slug: string;
  title: string;
}

/** A comment as the file has it: what the store imports, with its thread where the store has an article id. */
export interface SourceComment extends Omit<ImportedComment, 'articleId'> {
  thread: SourceThread;
}

/** Why a comment of the file is not imported, or was changed. */
export const SKIP_REASONS = {
  pingback: 'pingbacks',
  trackback: 'trackbacks',
  otherType: 'comments of another type (WooCommerce notes, …)',
  empty: 'comments with no text',
  badDate: 'comments without a readable date',
  unknownStatus: 'comments with an unknown status',
  noThread: 'posts of a thread the file does not have',
} as const;
export type SkipReason = keyof typeof SKIP_REASONS;

export interface ParsedExport {
  format: 'wordpress' | 'disqus';
  threads: SourceThread[];
  /** In file order. */
  comments: SourceComment[];
  skipped: Record<SkipReason, number>;
  /** Replies whose parent is not in the file (WordPress leaves spam out of its exports): imported at the top level. */
  orphans: number;
}

export const noSkips = (): Record<SkipReason, number> =>
  Object.fromEntries(Object.keys(SKIP_REASONS).map((reason) => [reason, 0])) as Record<SkipReason, number>;

/** The last non-empty segment of a link's path (`https://x.example/2026/03/renters/` → `renters`); '' for none or a bad link. */
export function lastPathSegment(link: string): string {
  let path: string;
  try {
    path = new URL(link).pathname;
  } catch {
    return '';
  }
  const segments = path.split('/').filter((segment) => segment !== '');
  const last = segments.at(-1) ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** An ISO 8601 date in UTC (`toISOString`), or undefined when `value` is none. */
export function isoDate(value: string): string | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * Replies whose parent is not among `comments` become top-level comments (counted); a thread's
 * comments keep their file order otherwise.
 */
export function withKnownParents(comments: SourceComment[]): { comments: SourceComment[]; orphans: number } {
  const sources = new Set(comments.map((comment) => comment.source));
  let orphans = 0;
  const kept = comments.map((comment) => {
    if (comment.parentSource === null || sources.has(comment.parentSource)) return comment;
    orphans++;
    return { ...comment, parentSource: null };
  });
  return { comments: kept, orphans };
}
