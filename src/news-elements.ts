// The publisher bundle, dist/news-elements.js: defines <news-article> and <news-byline> at once and
// the comment elements lazily (src/loader.ts), their code in chunks beside it. Exports what a page
// script may need without defining anything more.
// First: Lit's hydration support must be in place before LitElement is defined, so that elements a
// server rendered (news-elements/ssr) take over their declarative shadow roots instead of rendering anew.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './news-article/define.js';
import './loader.js';

export { NewsArticle } from './news-article/news-article.js';
export { NewsByline } from './news-byline/news-byline.js';
export { articleContext } from './context.js';
