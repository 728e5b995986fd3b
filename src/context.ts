import { createContext } from '@lit/context';
import type { Article } from './model/article.js';

/**
 * The article `<news-article>` provides to everything inside it (`<news-byline>`, `<comment-list>`,
 * `<comment-form>`, or your own `@consume({ context: articleContext, subscribe: true })`), which then
 * picks up the article id, authors and dates with no attributes. A registered symbol, so two copies
 * of the library on one page still speak to each other.
 */
export const articleContext = createContext<Article | undefined>(Symbol.for('news-elements:article'));
