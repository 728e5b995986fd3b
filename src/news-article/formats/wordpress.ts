import { isObject } from '../../internal/json.js';
import type { ArticleFormat, FormatContext } from './format.js';
import { htmlText } from './format.js';

/**
 * A post from the WordPress REST API, `/wp-json/wp/v2/posts/{id}`, best with `?_embed` (which puts
 * the author, the featured image and the terms inside the post):
 *
 * | WordPress                                        | ours                          |
 * |--------------------------------------------------|-------------------------------|
 * | `id`                                             | `id`                          |
 * | `title.rendered`                                 | `headline` (text, entities decoded) |
 * | `excerpt.rendered`                               | `dek` (text; "[…]" and a read-more link removed) |
 * | `content.rendered`                               | `body` (HTML, sanitized as any) |
 * | `_embedded.author[]`: `name`, `link`, `avatar_urls` (largest) | `authors`        |
 * | `_embedded['wp:featuredmedia'][0]`: `source_url`, `alt_text`, `caption.rendered`, `media_details.width/height` | `image` |
 * | `_embedded['wp:term']`: first category (not "Uncategorized"), post tags | `section`, `tags` |
 * | `date_gmt`, `modified_gmt` (UTC, written without a zone) | `published`, `modified` |
 * | `link`                                           | `url`                         |
 *
 * Without `_embed` the post names its author only by a user id: the byline then names nobody rather
 * than inventing a name (no second request is made for it). A password-protected post's content is
 * not public, so it is an error rather than an empty article.
 */
export const wordpress: ArticleFormat = {
  name: 'wordpress',
  expects: 'a WordPress REST post (title.rendered, content.rendered, date_gmt)',
  detect: (input) => isObject(input.title) && 'rendered' in input.title && isObject(input.content) && 'rendered' in input.content,
  map(post) {
    const content = isObject(post.content) ? post.content : {};
    if (content.protected === true) return { error: 'the WordPress post is password-protected: its content is not public' };
    if (typeof post.date_gmt !== 'string') return { error: 'the WordPress post has no "date_gmt" (is it published?)' };
    const embedded = isObject(post._embedded) ? post._embedded : {};
    const terms = (Array.isArray(embedded['wp:term']) ? embedded['wp:term'] : []).flat().filter(isObject);
    const termNames = (taxonomy: string) =>
      terms.filter((term) => term.taxonomy === taxonomy && term.slug !== 'uncategorized').map((term) => htmlText(term.name)).filter(Boolean);
    return {
      article: {
        id: post.id,
        headline: htmlText(rendered(post.title)),
        dek: excerptText(rendered(post.excerpt)),
        body: typeof content.rendered === 'string' ? content.rendered : '',
        authors: (Array.isArray(embedded.author) ? embedded.author : []).filter(isObject).map((author) => ({
          name: htmlText(author.name), // WordPress stores names as text but may encode "&" as "&amp;"
          url: author.link,
          image: largestAvatar(author.avatar_urls),
        })),
        image: featuredImage(embedded['wp:featuredmedia']),
        section: termNames('category')[0],
        tags: termNames('post_tag'),
        published: utc(post.date_gmt),
        modified: utc(post.modified_gmt),
        url: post.link,
      },
    };
  },
  comments: (post, context) => commentsOf(post, context),
};

const rendered = (field: unknown): unknown => (isObject(field) ? field.rendered : undefined);

/** WordPress's `_gmt` dates are UTC written without a zone ("2026-01-14T09:30:00"). */
const utc = (date: unknown): string | undefined =>
  typeof date === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(date) ? `${date}Z` : undefined;

/**
 * An excerpt as a standfirst: WordPress ends a generated one with "[…]" and themes add a "Continue
 * reading" link; neither belongs under a headline. A cut excerpt keeps a plain ellipsis.
 */
function excerptText(html: unknown): string | undefined {
  if (typeof html !== 'string') return undefined;
  const withoutLink = html.replace(/<a\b[^>]*\bclass=["'][^"']*\bmore-link\b[\s\S]*?<\/a>/gi, '');
  const text = htmlText(withoutLink);
  if (!text) return undefined;
  const cut = text.replace(/\s*\[(…|\.\.\.)\]\s*$/, '');
  return cut === text ? text : `${cut}…`;
}

/** The biggest of `avatar_urls` ({ "24": …, "48": …, "96": … }). */
function largestAvatar(urls: unknown): unknown {
  if (!isObject(urls)) return undefined;
  const sizes = Object.keys(urls).filter((size) => typeof urls[size] === 'string').sort((a, b) => Number(b) - Number(a));
  return sizes.length ? urls[sizes[0]!] : undefined;
}

function featuredImage(media: unknown) {
  const item: unknown = Array.isArray(media) ? media[0] : undefined;
  // An image the reader may not see comes embedded as an error ({ code, message, data }).
  if (!isObject(item) || typeof item.source_url !== 'string') return undefined;
  const details = isObject(item.media_details) ? item.media_details : {};
  return { src: item.source_url, alt: item.alt_text, caption: htmlText(rendered(item.caption)), width: details.width, height: details.height };
}

/**
 * The REST root is the part of `src` before `wp/v2/`: `https://site/wp-json/` with pretty
 * permalinks, `https://site/?rest_route=/` without. Only from `src`, the address the publisher
 * wrote — never from links inside the JSON, which would let a response send comments elsewhere.
 */
function commentsOf(post: Record<string, unknown>, { src }: FormatContext) {
  const id = typeof post.id === 'number' ? post.id : Number(post.id);
  if (!src || !Number.isInteger(id) || id <= 0) return undefined;
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return undefined;
  }
  const route = url.searchParams.get('rest_route');
  if (route !== null && /^\/wp\/v2\/posts\/\d+\/?$/.test(route)) {
    const root = `${url.origin}${url.pathname}?rest_route=/`;
    return { src: `${root}wp/v2/comments&post=${id}&per_page=100`, endpoint: `${root}wp/v2/comments`, format: 'wordpress' as const };
  }
  const at = url.pathname.search(/\/wp\/v2\/posts\/\d+\/?$/);
  if (at < 0) return undefined;
  const root = `${url.origin}${url.pathname.slice(0, at + 1)}`;
  return { src: `${root}wp/v2/comments?post=${id}&per_page=100`, endpoint: `${root}wp/v2/comments`, format: 'wordpress' as const };
}
