// Which article a thread's comments belong to. A publisher's article ids are usually the slugs
// of their URLs (`<news-article>`'s `article-id`), so by default a thread's article id is its slug:
// WordPress's post_name, or the last segment of the thread's link. `--by url` takes the whole link,
// `--by id` the source's own id (WordPress's post id, Disqus's identifier). A `--map` file
// (`{ "<link or id>": "<article id>" }`) comes first; with `--strict`, a thread it does not name is
// left out, and reported, instead of falling back to the rule.
import { readFileSync } from 'node:fs';
import { MAX_ARTICLE_ID_LENGTH } from '../validate.js';
import { ImportFileError } from './xml.js';
import type { ImportedComment } from '../storage/store.js';
import type { SourceComment, SourceThread } from './source.js';

export const MAP_BY = ['slug', 'url', 'id'] as const;
export type MapBy = (typeof MAP_BY)[number];

export interface MappingOptions {
  by: MapBy;
  /** Link or id → article id. */
  map?: ReadonlyMap<string, string>;
  strict?: boolean;
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
  comments: ImportedComment[];
  threads: ThreadReport[];
  /** Comments of the threads left out. */
  unmappedComments: number;
  /** Comments whose key the file holds twice: the first is kept. */
  duplicates: number;
}

/** Gives every comment its article id; leaves out those of threads without one, and repeated keys. */
export function mapComments(comments: readonly SourceComment[], threads: readonly SourceThread[], options: MappingOptions): MappedExport {
  const reports = new Map<SourceThread, ThreadReport>(threads.map((thread) => [thread, { thread, ...articleIdOf(thread, options), comments: 0 }]));
  const mapped: ImportedComment[] = [];
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
  // Oldest first, so that the ids the store gives follow the dates (it puts parents before replies).
  mapped.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { comments: mapped, threads: [...reports.values()], unmappedComments, duplicates };
}
