import { isObject } from '../../internal/json.js';
import type { ArticleFormat } from './format.js';
import { htmlText } from './format.js';

/**
 * A post from Ghost's Content API, `/ghost/api/content/posts/{id}/?include=authors,tags` — the post
 * itself or the `{ "posts": [post] }` envelope the API answers with (its first post):
 *
 * | Ghost                                              | ours                      |
 * |----------------------------------------------------|---------------------------|
 * | `id`                                               | `id`                      |
 * | `title`                                            | `headline`                |
 * | `custom_excerpt`, else `excerpt`                   | `dek`                     |
 * | `html`                                             | `body` (HTML, sanitized as any) |
 * | `authors[]` (else `primary_author`): `name`, `url`, `profile_image` | `authors`  |
 * | `primary_tag` (else the first public tag)          | `section`                 |
 * | `tags[]` (public ones: not `#internal`)            | `tags`                    |
 * | `feature_image`, `feature_image_alt`, `feature_image_caption` (HTML, shown as text) | `image` |
 * | `published_at`, `updated_at`                       | `published`, `modified`   |
 * | `url`                                              | `url`                     |
 *
 * Without `include=authors` Ghost sends no author: the byline then names nobody. A members-only post
 * the reader cannot see comes with an empty `html`; that is an error rather than an empty article.
 */
export const ghost: ArticleFormat = {
  name: 'ghost',
  expects: 'a Ghost Content API post or { posts: [post] } (title, html, published_at)',
  detect: (input) => isGhostPost(postOf(input)),
  map(input) {
    const post = postOf(input);
    if (!post) return { error: 'the Ghost response has no post in "posts"' };
    if (typeof post.published_at !== 'string') return { error: 'the Ghost post has no "published_at" (is it published?)' };
    if (post.visibility !== undefined && post.visibility !== 'public' && !post.html) {
      return { error: `the Ghost post is for ${String(post.visibility)} readers only: its content is not public` };
    }
    const tags = (Array.isArray(post.tags) ? post.tags : []).filter(isPublicTag);
    const primaryTag = isPublicTag(post.primary_tag) ? post.primary_tag : tags[0];
    const authors = Array.isArray(post.authors) ? post.authors : isObject(post.primary_author) ? [post.primary_author] : [];
    return {
      article: {
        id: post.id,
        headline: post.title,
        dek: post.custom_excerpt || post.excerpt,
        body: typeof post.html === 'string' ? post.html : '',
        authors: authors.filter(isObject).map((author) => ({ name: author.name, url: author.url, image: author.profile_image })),
        image:
          typeof post.feature_image === 'string'
            ? { src: post.feature_image, alt: post.feature_image_alt, caption: htmlText(post.feature_image_caption) }
            : undefined,
        section: primaryTag?.name,
        tags: tags.map((tag) => tag.name),
        published: post.published_at,
        modified: post.updated_at,
        url: post.url,
      },
    };
  },
};

/** The post itself, or the first of the API's `{ posts: [...] }`. */
function postOf(input: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!('posts' in input)) return input;
  const first: unknown = Array.isArray(input.posts) ? input.posts[0] : undefined;
  return isObject(first) ? first : undefined;
}

/** Ghost's own fields: a plain-string `title` with `html` and `published_at` (WordPress's title is an object). */
const isGhostPost = (post: Record<string, unknown> | undefined): boolean =>
  !!post && typeof post.title === 'string' && 'html' in post && 'published_at' in post;

/** Tags whose name starts with "#" are Ghost's internal tags, never shown to readers. */
const isPublicTag = (tag: unknown): tag is { name: string } =>
  isObject(tag) && typeof tag.name === 'string' && !tag.name.startsWith('#') && tag.visibility !== 'internal';
