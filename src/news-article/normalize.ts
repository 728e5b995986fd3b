import { ARTICLE_FORMATS } from './formats/index.js';
import { normalizeArticleWith, type NormalizeOptions, type NormalizeResult } from './normalize-core.js';

export { countWords, type NormalizeOptions, type NormalizeResult } from './normalize-core.js';

/**
 * Untrusted JSON in any of the formats we read (our own, WordPress REST, Ghost, JSON Feed,
 * schema.org) → the article every element reads, or the reason it cannot be one. Synchronous, with
 * every format at hand: for code that normalizes ahead of rendering (a server, a build step).
 */
export function normalizeArticle(input: unknown, options: NormalizeOptions = {}): NormalizeResult {
  return normalizeArticleWith(ARTICLE_FORMATS, input, options);
}
