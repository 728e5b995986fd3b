// Which article a thread's comments belong to. A publisher's article ids are usually the slugs
// of their URLs (`<news-article>`'s `article-id`), so by default a thread's article id is its slug:
// WordPress's post_name, or the last segment of the thread's link. `--by url` takes the whole link,
// `--by id` the source's own id (WordPress's post id, Disqus's identifier). A `--map` file
// (`{ "<link or id>": "<article id>" }`) comes first; with `--strict`, a thread it does not name is
// left out, and reported, instead of falling back to the rule.
import { readFileSync } from 'node:fs';
import { MAX_ARTICLE_ID_LENGTH } from '../validate.js';
import { ImportFileError } from './xml.js';
import type { ImportStatus, SourceComment, SourceThread } from './source.js';

export const MAP_BY = ['slug', 'url', 'id'] as const;
export type MapBy = (typeof MAP_BY)[number];

export interface MappingOptions {
  by: MapBy;
  /** Link or id → article id. */
  map?: ReadonlyMap<string, string>;
  strict?: boolean;
}

/** A comment ready to store: what `CommentsStore.importComments` takes. */
export interface MappedComment {
  source: string;
  parentSource: string | null;
  articleId: string;
  name: string;
  email: string;
  url: string;
  content: string;
  date: string;
  status: ImportStatus;
}

/** The link without its query and fragment, for a map written with the article's plain address. */
function plainLink(link: string): string {
  try {
    const url = new URL(link);
    return `${url.origin}${url.pathname}`;
  } catch {
    return link;
  }
}

/** The thread's article id, and how it was found; undefined when it has none. */
export function articleIdOf(thread: SourceThread, { by, map, strict = false }: MappingOptions): { articleId: string; how: 'map' | MapBy } | undefined {
  for (const key of [thread.link, plainLink(thread.link), thread.id]) {
    const mapped = key ? map?.get(key) : undefined;
    if (mapped) return { articleId: mapped, how: 'map' };
  }
  if (strict) return undefined;
  const articleId = (by === 'slug' ? thread.slug : by === 'url' ? thread.link : thread.id).trim();
  return articleId && articleId.length <= MAX_ARTICLE_ID_LENGTH ? { articleId, how: by } : undefined;
}

/** Reads a `--map` file: one JSON object of strings. */
export function readMapFile(path: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ImportFileError(`cannot read the map file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportFileError(`the map file ${path} is not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ImportFileError(`the map file ${path} must be one object: { "<link or id>": "<article id>" }`);
  const map = new Map<string, string>();
  for (const [key, articleId] of Object.entries(value)) {
    if (typeof articleId !== 'string' || !articleId.trim() || articleId.trim().length > MAX_ARTICLE_ID_LENGTH) {
      throw new ImportFileError(`the map file ${path}: the article id of ${JSON.stringify(key)} must be a string of 1 to ${MAX_ARTICLE_ID_LENGTH} characters`);
    }
    map.set(key, articleId.trim());
  }
  return map;
}

export interface ThreadReport {
  thread: SourceThread;
  /** undefined: left out (not in the map with `--strict`, or no article id by the rule). */
  articleId?: string;
  how?: 'map' | MapBy;
  comments: number;
}

export interface MappedExport {
  comments: MappedComment[];
  threads: ThreadReport[];
  /** Comments of the threads left out. */
  unmappedComments: number;
  /** Comments whose key the file holds twice: the first is kept. */
  duplicates: number;
}

/** Gives every comment its article id, parents before their replies. */
export function mapComments(comments: readonly SourceComment[], threads: readonly SourceThread[], options: MappingOptions): MappedExport {
  const reports = new Map<SourceThread, ThreadReport>(threads.map((thread) => [thread, { thread, ...articleIdOf(thread, options), comments: 0 }]));
  const mapped: MappedComment[] = [];
  const seen = new Set<string>();
  let unmappedComments = 0;
  let duplicates = 0;
  for (const { thread, ...comment } of comments) {
    const report = reports.get(thread) ?? { thread, ...articleIdOf(thread, options), comments: 0 };
    reports.set(thread, report);
    report.comments++;
    if (report.articleId === undefined) {
      unmappedComments++;
      continue;
    }
    if (seen.has(comment.source)) {
      duplicates++;
      continue;
    }
    seen.add(comment.source);
    mapped.push({ ...comment, articleId: report.articleId });
  }
  return { comments: parentsFirst(mapped), threads: [...reports.values()], unmappedComments, duplicates };
}

/**
 * Oldest first, except that a reply always comes after its parent (the store links a reply to a
 * parent it has already stored). A reply whose parent is not there (its thread left out), or a
 * loop of replies (a broken file), is stored at the top level.
 */
export function parentsFirst(comments: readonly MappedComment[]): MappedComment[] {
  const bySource = new Map(comments.map((comment) => [comment.source, comment]));
  const byDate = [...comments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const ordered: MappedComment[] = [];
  const placed = new Set<string>();
  for (const comment of byDate) {
    // The chain of parents not yet placed, walked up without recursion.
    const chain: MappedComment[] = [];
    const inChain = new Set<string>();
    let current: MappedComment | undefined = comment;
    while (current && !placed.has(current.source) && !inChain.has(current.source)) {
      chain.push(current);
      inChain.add(current.source);
      current = current.parentSource === null ? undefined : bySource.get(current.parentSource);
    }
    const loops = current !== undefined && inChain.has(current.source);
    for (let i = chain.length - 1; i >= 0; i--) {
      const item = chain[i]!;
      const orphan = item.parentSource !== null && (!bySource.has(item.parentSource) || (loops && i === chain.length - 1));
      ordered.push(orphan ? { ...item, parentSource: null } : item);
      placed.add(item.source);
    }
  }
  return ordered;
}
