import type { Article } from '../model/article.js';
import { trustedScript } from '../internal/trusted-types.js';

/** Article → schema.org NewsArticle, the structured data search engines read. */
export function toNewsArticleLd(article: Article): Record<string, unknown> {
  // Keys left `undefined` are dropped by JSON.stringify.
  // Relative URLs resolve against the page; on the server, which has none, against the article's own URL.
  const base = globalThis.document?.baseURI ?? article.url;
  const absolute = (url?: string) => url && absoluteUrl(url, base);
  const url = absolute(article.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.dek,
    datePublished: article.published,
    dateModified: article.modified ?? article.published,
    author: article.authors.map((author) => ({ '@type': 'Person', name: author.name, url: absolute(author.url) })),
    image: article.image && [absolute(article.image.src)],
    url,
    mainEntityOfPage: url && { '@type': 'WebPage', '@id': url },
    articleSection: article.section,
    keywords: article.tags.length ? article.tags : undefined,
    inLanguage: article.language,
  };
}

/** `url` made absolute against `base`; as it is when there is no absolute base (a server render of an article without a URL). */
export function absoluteUrl(url: string, base: string | undefined): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/**
 * JSON for a `<script>` element (the JSON-LD, and the article a server render embeds). `<` is escaped as `\u003c`, so text containing `</script>` or
 * `<!--` cannot end the script early; U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(ld: unknown): string {
  return JSON.stringify(ld).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Writes the article into the element's JSON-LD script, put in its light DOM where crawlers read it. */
export function writeJsonLd(host: HTMLElement, article: Article, script: HTMLScriptElement): void {
  script.type = 'application/ld+json';
  script.text = trustedScript(serializeJsonLd(toNewsArticleLd(article)));
  if (script.parentNode !== host) host.append(script);
}
