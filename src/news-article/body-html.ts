import { isServer } from 'lit';
import type { Article } from '../model/article.js';
import { sanitizedOnServer, serverSanitizer } from '../internal/server-render.js';
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

/**
 * What a template renders for one of `article`'s HTML strings: in a browser a copy of its sanitized
 * tree; on the server the sanitized markup (which hydration then leaves in place: a part holding a
 * node is not re-rendered when it hydrates).
 */
export function renderedHTML(article: Article, html: string): unknown {
  if (isServer) return serverSanitizer().renderMarkup(sanitizedOnServer(html).nodes.join(''));
  return document.importNode(sanitizedTree(article, html), true);
}

/** The text a reader sees in one of `article`'s HTML strings (for the word count). */
export function textOfArticleHTML(article: Article, html: string): string {
  if (isServer) return sanitizedOnServer(html).text;
  return sanitizedTree(article, html).textContent ?? '';
}
