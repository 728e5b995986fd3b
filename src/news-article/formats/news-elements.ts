import type { ArticleFormat } from './format.js';

/**
 * Our own shape (`article.schema.json`), which `normalizeArticle` reads as it is. Recognised by the
 * fields no other format has at its top level — `headline` (schema.org has one too, with `@type`)
 * or `published` — so that an article of ours with one bad field gets the message about that field.
 */
export const newsElements: ArticleFormat = {
  name: 'news-elements',
  expects: 'our own shape (headline, authors, published, body)',
  detect: (input) => ('headline' in input || 'published' in input) && !('@context' in input || '@type' in input || '@graph' in input),
  map: (input) => ({ article: input }),
};
