// The publisher bundle, dist/news-elements.js: defines <news-article> and <news-byline> as soon as
// the page is ready for them, and the comment elements lazily (src/loader.ts), their code, each
// locale and the hydration support in chunks beside it. Exports what a page script may need
// without defining anything more.
import { beforeDefining } from './loader.js';
import { defineOnce } from './internal/define.js';
import { NewsArticle } from './news-article/news-article.js';
import { NewsByline } from './news-byline/news-byline.js';

// Defined once the locales of the page's elements are in, and on a server-rendered page Lit's
// hydration support (src/loader.ts); on an English page rendered in the browser, in a microtask.
void beforeDefining.then(() => {
  defineOnce('news-byline', NewsByline);
  defineOnce('news-article', NewsArticle);
});

export { NewsArticle } from './news-article/news-article.js';
export { NewsByline } from './news-byline/news-byline.js';
export { articleContext } from './context.js';
