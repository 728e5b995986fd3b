// The publisher bundle, dist/news-elements.js: defines <news-article> and <news-byline> as soon as
// the page's locales are in, and the comment elements lazily (src/loader.ts), their code in chunks beside it. Exports what a page
// script may need without defining anything more.
// First: Lit's hydration support must be in place before LitElement is defined, so that elements a
// server rendered (news-elements/ssr) take over their declarative shadow roots instead of rendering anew.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { pageLocales } from './loader.js';
import { defineOnce } from './internal/define.js';
import { NewsArticle } from './news-article/news-article.js';
import { NewsByline } from './news-byline/news-byline.js';

// Defined once the locales of the page's elements are in (on an English page: in a microtask).
void pageLocales.then(() => {
  defineOnce('news-byline', NewsByline);
  defineOnce('news-article', NewsArticle);
});

export { NewsArticle } from './news-article/news-article.js';
export { NewsByline } from './news-byline/news-byline.js';
export { articleContext } from './context.js';
