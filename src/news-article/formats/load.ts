import { isObject } from '../../internal/json.js';
import type { ArticleFormat, ArticleFormatName } from './format.js';
import { newsElements } from './news-elements.js';

const OWN_FORMAT_ONLY: readonly ArticleFormat[] = [newsElements];
let everyFormat: readonly ArticleFormat[] | undefined;

/** Makes every format available at once, for a server render, which cannot wait for a chunk. */
export function provideArticleFormats(formats: readonly ArticleFormat[]): void {
  everyFormat = formats;
}

/**
 * The formats `<news-article>` needs to read `input` as `name`: our own alone when that is what it
 * is, so a page with our own JSON never loads the others; else all of them, imported once (their own
 * chunk in the bundle, fetched only by a page whose article comes from a CMS). An array when they are
 * at hand, a promise when they must be fetched.
 */
export function articleFormatsFor(input: unknown, name: ArticleFormatName | 'auto'): readonly ArticleFormat[] | Promise<readonly ArticleFormat[]> {
  if (name === 'news-elements' || (name === 'auto' && isObject(input) && newsElements.detect(input))) return OWN_FORMAT_ONLY;
  return everyFormat ?? import('./index.js').then(({ ARTICLE_FORMATS }) => (everyFormat = ARTICLE_FORMATS));
}
