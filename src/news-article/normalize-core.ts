// What every way of reading an article shares: the checks of our own shape, and reading another
// format through the formats given — without importing any of them (see normalizeArticleWith).
import type { Article, ArticleImage, Block } from '../model/article.js';
import { normalizeAuthors } from '../internal/authors.js';
import { displayText, isObject, text, withDefined } from '../internal/json.js';
import { MAX_ARTICLE_BLOCKS, MAX_ARTICLE_BODY_CHARS, MAX_OPEN_ELEMENTS, MAX_TAGS } from '../internal/limits.js';
import { parseDate } from '../internal/locale.js';
import { openElements, safeUrl, textOfHTML } from '../sanitize/sanitize.js';
import { textOfArticleHTML } from './body-html.js';
import { findFormat } from './formats/find.js';
import type { ArticleFormat, ArticleFormatName, FormatContext } from './formats/format.js';

/**
 * The only place where the untrusted shape of article JSON is checked. Returns a value, never
 * throws: `{ article }` or `{ error }` with a message naming the problem.
 */
export type NormalizeResult = { article: Article; error?: undefined } | { article?: undefined; error: string };

const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;

/** The non-empty strings of an untrusted array; anything else in it is dropped. */
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(text).filter((item): item is string => !!item) : [];

/** The first `MAX_TAGS` tags with something visible in them. */
const tags = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(displayText).filter((tag): tag is string => !!tag).slice(0, MAX_TAGS) : [];

function normalizeImage(value: unknown): ArticleImage | undefined {
  if (!isObject(value)) return undefined;
  const src = safeUrl(value.src, 'image');
  if (!src) return undefined;
  const image = withDefined<ArticleImage>(
    { src, alt: typeof value.alt === 'string' ? value.alt : '' },
    { caption: displayText(value.caption), credit: displayText(value.credit) },
  );
  const width = positive(value.width);
  const height = positive(value.height);
  if (width && height) Object.assign(image, { width, height });
  return image;
}

function normalizeBlock(value: unknown): Block | undefined {
  if (!isObject(value)) return undefined;
  const { type } = value;
  const html = text(value.html);
  const body = text(value.text);
  switch (type) {
    case 'paragraph':
      return html ? { type, html } : body ? { type, text: body } : undefined;
    case 'heading': {
      const level = Math.min(6, Math.max(2, Math.round(Number(value.level) || 2))) as 2 | 3 | 4 | 5 | 6;
      return body ? { type, level, text: body } : undefined;
    }
    case 'quote': {
      const cite = displayText(value.cite);
      return body ? { type, text: body, ...(cite ? { cite } : {}) } : undefined;
    }
    case 'image': {
      const image = normalizeImage(value);
      return image ? { type, ...image } : undefined;
    }
    case 'list': {
      const items = texts(value.items);
      return items.length ? { type, ordered: value.ordered === true, items } : undefined;
    }
    case 'html':
      return html ? { type, html } : undefined;
    default:
      return undefined; // unknown block types are skipped, not fatal
  }
}

/**
 * Headings never skip a level under the article's `<h1>` (h1 → h3 becomes h1 → h2), so screen
 * reader users get a real outline whatever levels the JSON asked for.
 */
function outlineHeadings(blocks: Block[]): Block[] {
  let previous = 1;
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    block.level = Math.min(block.level, previous + 1) as 2 | 3 | 4 | 5 | 6; // a fresh object from normalizeBlock
    previous = block.level;
  }
  return blocks;
}

function blockText(block: Block, textOf: (html: string) => string): string {
  switch (block.type) {
    case 'paragraph':
      return block.html ? textOf(block.html) : (block.text ?? '');
    case 'list':
      return block.items.join(' ');
    case 'html':
      return textOf(block.html);
    case 'image':
      return block.caption ?? '';
    default:
      return block.text;
  }
}

/** Words a reader reads in the body; `textOf` gives the visible text of a piece of its HTML. */
export function countWords(body: Block[] | string, textOf: (html: string) => string = textOfHTML): number {
  const all = typeof body === 'string' ? textOf(body) : body.map((block) => blockText(block, textOf)).join(' ');
  return all.match(/\S+/g)?.length ?? 0;
}

/** The characters a body asks us to render: its HTML, or the text and HTML of all its blocks. */
function bodyLength(body: unknown[]): number {
  let length = 0;
  for (const block of body) {
    if (!isObject(block)) continue;
    for (const field of ['text', 'html', 'caption'] as const) {
      const value = block[field];
      if (typeof value === 'string') length += value.length;
    }
    if (Array.isArray(block.items)) for (const item of block.items) if (typeof item === 'string') length += item.length;
  }
  return length;
}

/** A date field: absent is fine where `required` is false; present, it must be a real ISO 8601 date. */
function dateField(input: Record<string, unknown>, field: 'published' | 'modified', required: boolean): { date?: Date; error?: string } {
  const value = input[field];
  if (value === undefined || value === null) return required ? { error: `"${field}" is required (an ISO 8601 date like 2026-01-14T09:30:00Z)` } : {};
  const date = parseDate(value);
  return date ? { date } : { error: `"${field}" must be an ISO 8601 date like 2026-01-14T09:30:00Z (got ${JSON.stringify(value).slice(0, 40)})` };
}

/** How `normalizeArticle` reads its input. */
export interface NormalizeOptions extends FormatContext {
  /** The input's format; `auto` (the default) tells it from the shape. */
  format?: ArticleFormatName | 'auto';
}

/**
 * Untrusted JSON in one of `formats` → the article every element reads, or the reason it cannot be
 * one. Each format maps its fields to our own shape; the same checks then apply to all of them.
 * `normalizeArticle` (normalize.ts) gives it every format; `<news-article>` gives it only our own
 * until an article needs another (formats/load.ts), so the other formats stay out of the bundle's
 * reading path.
 */
export function normalizeArticleWith(formats: readonly ArticleFormat[], input: unknown, options: NormalizeOptions = {}): NormalizeResult {
  const found = findFormat(formats, input, options.format ?? 'auto');
  if ('error' in found) return { error: found.error };
  const { format } = found;
  if (format.name === 'news-elements') return normalizeOwnShape(input, true);
  const mapped = format.map(input as Record<string, unknown>, options);
  if (mapped.error !== undefined) return { error: mapped.error };
  // A CMS may not say who wrote a post (WordPress without `_embed`): the byline then names nobody.
  const result = normalizeOwnShape(mapped.article, false);
  const comments = format.comments?.(input as Record<string, unknown>, options);
  if (result.article && comments) result.article.comments = comments;
  return result;
}

function normalizeOwnShape(input: unknown, authorsRequired: boolean): NormalizeResult {
  if (!isObject(input)) return { error: 'the article must be a JSON object' };
  const id = typeof input.id === 'number' ? String(input.id) : text(input.id);
  if (!id) return { error: '"id" must be a non-empty string' };
  const headline = displayText(input.headline);
  if (!headline) return { error: '"headline" must be a non-empty string' };
  const authors = normalizeAuthors(input.authors);
  if (!authors.length && authorsRequired) return { error: '"authors" must list at least one author with a "name"' };
  const published = dateField(input, 'published', true);
  if (published.error) return { error: published.error };
  const modified = dateField(input, 'modified', false);
  if (modified.error) return { error: modified.error };
  let body: Block[] | string;
  if (typeof input.body === 'string') {
    if (input.body.length > MAX_ARTICLE_BODY_CHARS) return { error: `"body" is too long to show (more than ${MAX_ARTICLE_BODY_CHARS} characters)` };
    body = input.body;
  } else if (Array.isArray(input.body)) {
    if (input.body.length > MAX_ARTICLE_BLOCKS) return { error: `"body" has too many blocks to show (more than ${MAX_ARTICLE_BLOCKS})` };
    if (bodyLength(input.body) > MAX_ARTICLE_BODY_CHARS) return { error: `"body" is too long to show (more than ${MAX_ARTICLE_BODY_CHARS} characters)` };
    body = outlineHeadings(input.body.map(normalizeBlock).filter((block): block is Block => !!block));
  } else return { error: '"body" must be an HTML string or an array of blocks' };
  const htmls = typeof body === 'string' ? [body] : body.flatMap((block) => ('html' in block && block.html ? [block.html] : []));
  if (htmls.some((html) => openElements(html) > MAX_OPEN_ELEMENTS)) {
    return { error: `"body" nests its HTML too deeply to show (more than ${MAX_OPEN_ELEMENTS} elements open at once)` };
  }

  const article = withDefined<Article>(
    { id, headline, authors, published: published.date!.toISOString(), tags: tags(input.tags), body, wordCount: 0 },
    {
      modified: modified.date?.toISOString(),
      dek: displayText(input.dek),
      section: displayText(input.section),
      dateline: displayText(input.dateline),
      language: text(input.language),
      url: safeUrl(input.url),
      image: normalizeImage(input.image),
    },
  );
  // Read from the sanitized trees that rendering then copies: each HTML string is parsed once.
  article.wordCount = countWords(body, (html) => textOfArticleHTML(article, html));
  return { article };
}
