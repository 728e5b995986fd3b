// Classes and types only: importing this module defines no tag. Use `news-elements/define` for that.
export { NewsArticle } from './news-article/news-article.js';
export { NewsByline } from './news-byline/news-byline.js';
export { normalizeArticle } from './news-article/normalize.js';
export { sanitizeHTML, safeUrl } from './internal/sanitize.js';
export { articleContext } from './internal/article-context.js';
export type { Article, Author, ArticleImage, Block } from './internal/article-context.js';
