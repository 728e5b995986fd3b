/**
 * What every article format is: a pure mapping from a CMS's JSON to our own article shape (the one
 * `article.schema.json` describes). The mapping only moves and renames fields; `normalizeArticle`
 * then checks, cleans and sanitizes its result exactly as it does our own JSON, so every format gets
 * the same URL checks, limits, sanitizer and error messages.
 */
import { isServer } from 'lit';
import { sanitizedOnServer } from '../../internal/server-render.js';
import { textOfHTML } from '../../sanitize/sanitize.js';
import type { ArticleComments } from '../../model/article.js';

export type ArticleFormatName = 'news-elements' | 'wordpress' | 'ghost' | 'jsonfeed' | 'schema';

/** Where the JSON came from and what was asked of it, for the formats that need it. */
export interface FormatContext {
  /** The absolute URL the JSON was fetched from (`<news-article src>`), when it was fetched. */
  src?: string;
  /** JSON Feed: the `id` of the item to show (`<news-article item-id>`); else the first item. */
  itemId?: string;
}

/** Our own shape, still untrusted (`normalizeArticle` checks it), or why the input cannot be one. */
export type MappedArticle = { article: Record<string, unknown>; error?: undefined } | { article?: undefined; error: string };

export interface ArticleFormat {
  name: ArticleFormatName;
  /** What `auto` looks for, in the words of its error when nothing fits, e.g. "a WordPress REST post (title.rendered, content.rendered, date_gmt)". */
  expects: string;
  /** Whether `input` has this format's shape (cheap: the fields that tell formats apart, not a validation). */
  detect(input: Record<string, unknown>): boolean;
  /** `input` in our own shape. `authors` may come back empty when the format does not say who wrote it. */
  map(input: Record<string, unknown>, context: FormatContext): MappedArticle;
  /** Where the article's comments live, for a format whose CMS also serves them (WordPress). */
  comments?(input: Record<string, unknown>, context: FormatContext): ArticleComments | undefined;
}

/**
 * The text a reader sees in a piece of HTML: tags dropped, character references decoded
 * (`&#8217;` → ’), white space collapsed. For fields a CMS sends as HTML that we show as text
 * (a WordPress title, a caption). Untrusted markup is parsed inertly by the sanitizer, never run.
 */
export function htmlText(html: unknown): string | undefined {
  if (typeof html !== 'string') return undefined;
  const text = isServer ? sanitizedOnServer(html).text : textOfHTML(html);
  return text.replace(/\s+/g, ' ').trim() || undefined;
}
