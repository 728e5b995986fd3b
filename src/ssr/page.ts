import type { Article } from '../model/article.js';
import { absoluteUrl, serializeJsonLd } from '../news-article/json-ld.js';
import { escapeHTML } from '../internal/escape-html.js';
import { articleFrom, renderDiscussion, type DiscussionOptions } from './render.js';
import { localeDirection } from '../internal/localize.js';

export interface PageOptions extends DiscussionOptions {
  /** Anything `<news-article>` accepts. */
  article: unknown;
  /**
   * The URL of the bundle (`dist/news-elements.js`): fetched at once, run after the first paint (see
   * `bundleTags`). Without it the page has no script.
   */
  scriptSrc?: string;
  /** A nonce for the page's one inline script (the one that runs the bundle), for a Content-Security-Policy that asks for it. */
  scriptNonce?: string;
  /** The site's name: after the headline in the `<title>`, and `og:site_name`. */
  siteName?: string;
  /** Markup added to the `<head>` (the site's stylesheets …). Trusted: written as it is. */
  head?: string;
  /** Markup before and after the `<main>` that holds the article (the site's header and footer). Trusted. */
  before?: string;
  after?: string;
}

/**
 * The `<head>` tags crawlers and link previews read without running script: description, canonical
 * link, Open Graph (`og:*`, `article:*`) and the Twitter card. Image URLs are made absolute against
 * the article's URL (link previews need absolute ones).
 */
export function metaTags(article: Article, siteName?: string): string {
  const tags: [attribute: 'name' | 'property', key: string, content: string | number | undefined][] = [
    ['name', 'description', article.dek],
    ['property', 'og:type', 'article'],
    ['property', 'og:site_name', siteName],
    ['property', 'og:title', article.headline],
    ['property', 'og:description', article.dek],
    ['property', 'og:url', article.url],
    ['property', 'og:image', article.image && absoluteUrl(article.image.src, article.url)],
    ['property', 'og:image:alt', article.image?.alt || undefined],
    ['property', 'og:image:width', article.image?.width],
    ['property', 'og:image:height', article.image?.height],
    ['property', 'article:published_time', article.published],
    ['property', 'article:modified_time', article.modified],
    ['property', 'article:section', article.section],
    ...article.tags.map((tag): ['property', string, string] => ['property', 'article:tag', tag]),
    ['name', 'twitter:card', article.image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', article.headline],
    ['name', 'twitter:description', article.dek],
    ['name', 'twitter:image', article.image && absoluteUrl(article.image.src, article.url)],
  ];
  const lines = tags
    .filter(([, , content]) => content !== undefined && content !== '')
    .map(([attribute, key, content]) => `<meta ${attribute}="${key}" content="${escapeHTML(String(content))}">`);
  if (article.url) lines.splice(1, 0, `<link rel="canonical" href="${escapeHTML(article.url)}">`);
  return lines.join('\n    ');
}

/**
 * The tags that load the bundle. The page is whole without it, so it is not let delay the first
 * paint: fetched at once (`modulepreload`: downloaded and compiled, not run), it runs once the
 * page has painted — a module script would run as soon as the document is parsed and the
 * stylesheets are in, and hydrating everything then holds the paint back. (A page opened in a
 * background tab hydrates when it is shown: animation frames wait for that.)
 */
function bundleTags(src: string, nonce?: string): string {
  const nonceAttribute = nonce ? ` nonce="${escapeHTML(nonce)}"` : '';
  return `<link rel="modulepreload" href="${escapeHTML(src)}">
    <script type="module"${nonceAttribute}>requestAnimationFrame(() => setTimeout(() => import(${serializeJsonLd(src)})));</script>`;
}

/**
 * A complete HTML document for an article: its head (title, description, canonical link, Open Graph
 * and Twitter card tags), the server-rendered `<news-article>` in `<main>` with, inside it, the
 * comments and the comment form, and the bundle's module script. Throws `RenderInputError` for an
 * article or comments the elements would refuse.
 */
export function renderPage(options: PageOptions): string {
  const article = articleFrom(options.article);
  const lang = options.lang || article.language || 'en';
  const title = options.siteName ? `${article.headline} — ${options.siteName}` : article.headline;
  const script = options.scriptSrc ? `\n    ${bundleTags(options.scriptSrc, options.scriptNonce)}` : '';
  // (Normalizing the normalized article again gives it back unchanged.)
  const body = renderDiscussion(article, { ...options, lang });
  return `<!doctype html>
<html lang="${escapeHTML(lang)}" dir="${localeDirection(lang)}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>${escapeHTML(title)}</title>
    ${metaTags(article, options.siteName)}${options.head ? `\n    ${options.head}` : ''}${script}
  </head>
  <body>
    ${options.before ?? ''}
    <main>
      ${body}
    </main>
    ${options.after ?? ''}
  </body>
</html>
`;
}
