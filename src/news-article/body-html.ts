import type { Article } from '../model/article.js';
import { sanitizeInert } from '../sanitize/sanitize.js';

/**
 * The sanitized trees of each article's HTML (a whole-HTML body, an `html` block, a paragraph's
 * `html`), by the string they came from. Beside the article rather than in it: `Article` is public
 * (`normalizeArticle`'s result, the value of `articleContext`, the detail of `news-article-load`,
 * what server rendering will inline) and stays plain data. Weak: the trees go with their article.
 */
const trees = new WeakMap<Article, Map<string, DocumentFragment>>();

/**
 * The inert sanitized tree of `html`, one of `article`'s HTML strings: parsed and sanitized the first
 * time it is asked for — when `normalizeArticle` counts its words — and the same tree after. Read it;
 * to show it, insert a copy (`document.importNode(tree, true)`): copying costs far less than parsing
 * and cleaning again, and the tree stays intact for the next render.
 */
export function sanitizedTree(article: Article, html: string): DocumentFragment {
  let byHTML = trees.get(article);
  if (!byHTML) trees.set(article, (byHTML = new Map()));
  let tree = byHTML.get(html);
  if (!tree) byHTML.set(html, (tree = sanitizeInert(html)));
  return tree;
}
