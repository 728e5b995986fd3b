import { isObject } from '../../internal/json.js';
import type { ArticleFormat } from './format.js';

/**
 * A JSON Feed (https://www.jsonfeed.org/version/1.1/) item, or a whole feed: its first item, or the
 * one whose `id` is `<news-article item-id>`.
 *
 * | JSON Feed                                             | ours                   |
 * |-------------------------------------------------------|------------------------|
 * | `id`                                                  | `id`                   |
 * | `title` (required by us: a feed may omit it)          | `headline`             |
 * | `summary`                                             | `dek`                  |
 * | `content_html`, else `content_text` (one paragraph per blank-line-separated part) | `body` |
 * | `image`, else `banner_image` (JSON Feed gives no alt text: the image is decorative) | `image` |
 * | `date_published`, `date_modified`                     | `published`, `modified` |
 * | `authors[]` (1.1) or `author` (1.0), else the feed's: `name`, `url`, `avatar` | `authors` |
 * | `tags[]`                                              | `tags`                 |
 * | `language`, else the feed's                           | `language`             |
 * | `url`                                                 | `url`                  |
 */
export const jsonfeed: ArticleFormat = {
  name: 'jsonfeed',
  expects: 'a JSON Feed (version https://jsonfeed.org/version/1.1, items[]) or one of its items (id, content_html or content_text)',
  detect: (input) => isFeed(input) || isItem(input),
  map(input, { itemId }) {
    const feed = isFeed(input) ? input : undefined;
    const items = feed ? (feed.items as unknown[]).filter(isObject) : [input];
    const item = itemId === undefined ? items[0] : items.find((candidate) => String(candidate.id) === itemId);
    if (!item) return { error: itemId === undefined ? 'the JSON Feed has no items' : `the JSON Feed has no item with the id "${itemId}"` };
    if (typeof item.title !== 'string' || !item.title.trim()) return { error: 'the JSON Feed item has no "title" to show as its headline' };
    if (typeof item.date_published !== 'string') return { error: 'the JSON Feed item has no "date_published"' };
    const image = typeof item.image === 'string' ? item.image : item.banner_image;
    return {
      article: {
        id: item.id,
        headline: item.title,
        dek: item.summary,
        body: typeof item.content_html === 'string' ? item.content_html : paragraphs(item.content_text),
        image: typeof image === 'string' ? { src: image, alt: '' } : undefined,
        authors: authorsOf(item) ?? (feed && authorsOf(feed)) ?? [],
        tags: item.tags,
        published: item.date_published,
        modified: item.date_modified,
        language: item.language ?? feed?.language,
        url: item.url,
      },
    };
  },
};

const isFeed = (input: Record<string, unknown>): boolean =>
  typeof input.version === 'string' && /^https:\/\/(www\.)?jsonfeed\.org\/version\/1(\.\d+)?\/?$/.test(input.version) && Array.isArray(input.items);

const isItem = (input: Record<string, unknown>): boolean =>
  'id' in input && (typeof input.content_html === 'string' || typeof input.content_text === 'string');

/** 1.1's `authors`, or 1.0's single `author`; `undefined` when the object names none. */
function authorsOf(object: Record<string, unknown>) {
  const authors = Array.isArray(object.authors) ? object.authors : isObject(object.author) ? [object.author] : [];
  const named = authors.filter((author) => isObject(author) && typeof author.name === 'string');
  return named.length ? named.map((author) => ({ name: author.name, url: author.url, image: author.avatar })) : undefined;
}

/** Plain text as paragraph blocks, one per part between blank lines. */
function paragraphs(text: unknown) {
  if (typeof text !== 'string') return [];
  return text.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean).map((part) => ({ type: 'paragraph', text: part }));
}
