import { isObject } from '../../internal/json.js';
import type { ArticleFormat } from './format.js';
import { htmlText } from './format.js';

type JsonLdNode = Record<string, unknown>;

/** The schema.org types read as an article (`Article` and its news and blog subtypes). */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'SatiricalArticle',
  'Report',
]);

/**
 * schema.org JSON-LD (https://schema.org/NewsArticle): one article object, a `@graph` document as SEO
 * plugins (Yoast, Rank Math) emit it, or an array of those (a page's `<script type="application/ld+json">`
 * blocks, which `<news-article format="schema">` reads when it has no `src`). The first node of an
 * article type is the article; `author`, `image` and the page given as `{ "@id": … }` are looked up in
 * the same document.
 *
 * | schema.org                                          | ours                    |
 * |-----------------------------------------------------|-------------------------|
 * | `identifier`, else `@id`, else `url`                | `id`                    |
 * | `headline`, else `name`                             | `headline`              |
 * | `description` (else its page's, as Yoast puts it)   | `dek`                   |
 * | `articleBody` (text: one paragraph per line break)  | `body` (none: an empty body) |
 * | `author` (a name, a `Person`/`Organization`, an array, or `@id` references): `name`, `url`, `image` | `authors` |
 * | `image` (a URL, an `ImageObject` — `url`/`contentUrl`, `caption`, `width`, `height` — or an array: the first) | `image` |
 * | `datePublished` (else `dateCreated`), `dateModified` | `published`, `modified` |
 * | `articleSection` (the first)                        | `section`               |
 * | `keywords` (an array, or one comma-separated text)  | `tags`                  |
 * | `inLanguage` (a tag, or a `Language`'s `alternateName`) | `language`          |
 * | `url`, else `mainEntityOfPage`                      | `url`                   |
 * | `locationCreated.name`                              | `dateline`              |
 *
 * JSON-LD values are text: character references some plugins leave in them (`&#8217;`) are decoded,
 * but nothing in them is read as markup. schema.org has no alt text: an image's `description` is used
 * when it has one, else the image is decorative.
 */
export const schema: ArticleFormat = {
  name: 'schema',
  expects: `schema.org JSON-LD (@context, @type ${[...ARTICLE_TYPES].slice(0, 3).join('/')}/BlogPosting…, or @graph)`,
  detect: (input) => {
    const documents = Array.isArray(input) ? (input as unknown[]) : [input];
    return documents.some((document) => isObject(document) && ('@context' in document || '@graph' in document)) && !!articleNode(nodesOf(input));
  },
  map(input) {
    const nodes = nodesOf(input);
    const article = articleNode(nodes);
    if (!article) {
      const found = [...new Set(nodes.flatMap(typesOf))];
      return { error: `the schema.org JSON-LD has no article (NewsArticle, Article, BlogPosting…)${found.length ? `; it has ${found.join(', ')}` : ''}` };
    }
    const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]));
    // A reference may repeat some of its node's fields (Yoast: `{ "@id": …, "name": … }`): both are read.
    const resolve = (value: unknown): unknown => {
      const node = isObject(value) && typeof value['@id'] === 'string' ? byId.get(value['@id']) : undefined;
      return node && node !== value ? { ...node, ...(value as JsonLdNode) } : value;
    };
    const page = resolve(article.mainEntityOfPage);
    const url = literal(article.url) ?? literal(page) ?? (isObject(page) ? (literal(page.url) ?? literal(page['@id'])) : undefined);
    return {
      article: {
        id: identifier(resolve(article.identifier)) ?? literal(article['@id']) ?? url,
        headline: plainText(article.headline) ?? plainText(article.name),
        // Yoast puts the description on the page the article is the main entity of.
        dek: plainText(article.description) ?? (isObject(page) ? plainText(page.description) : undefined),
        body: paragraphs(literal(article.articleBody)),
        authors: list(article.author).map(resolve).flatMap((author) => {
          if (typeof author === 'string') return [{ name: plainText(author) }];
          if (!isObject(author)) return [];
          return [{ name: plainText(author.name), url: literal(author.url), image: imageOf(resolve(author.image), resolve)?.src }];
        }),
        image: imageOf(resolve(list(article.image)[0]), resolve),
        published: literal(article.datePublished) ?? literal(article.dateCreated),
        modified: literal(article.dateModified),
        section: plainText(list(article.articleSection)[0]),
        tags: keywords(article.keywords),
        language: language(resolve(article.inLanguage)),
        url,
        dateline: isObject(resolve(article.locationCreated)) ? plainText((resolve(article.locationCreated) as JsonLdNode).name) : undefined,
      },
    };
  },
};

/** Every node of a document: the object itself, the items of its `@graph`, the objects of an array of those. */
function nodesOf(input: unknown): JsonLdNode[] {
  if (Array.isArray(input)) return input.flatMap(nodesOf);
  if (!isObject(input)) return [];
  return Array.isArray(input['@graph']) ? [input, ...input['@graph'].flatMap(nodesOf)] : [input];
}

/** `@type` as bare names: "NewsArticle", ["Article", "NewsArticle"], "schema:NewsArticle", "https://schema.org/NewsArticle". */
const typesOf = (node: JsonLdNode): string[] =>
  list(node['@type']).filter((type): type is string => typeof type === 'string').map((type) => type.replace(/^.*[/:#]/, ''));

const articleNode = (nodes: JsonLdNode[]): JsonLdNode | undefined => nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));

const list = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** A string or number value, also as JSON-LD's `{ "@value": … }`. */
function literal(value: unknown): string | undefined {
  if (isObject(value) && '@value' in value) return literal(value['@value']);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** Text with its character references decoded; a `<` stays a `<`, never the start of a tag. */
function plainText(value: unknown): string | undefined {
  const text = literal(value);
  return text === undefined ? undefined : text.includes('&') ? htmlText(text.replace(/</g, '&lt;')) : text;
}

/** `articleBody` as paragraph blocks: paragraphs are separated by blank lines, or else by line breaks. */
function paragraphs(body: string | undefined) {
  if (!body) return [];
  const parts = /\n\s*\n/.test(body) ? body.split(/\n\s*\n/) : body.split(/\n/);
  return parts.map(plainText).filter(Boolean).map((text) => ({ type: 'paragraph', text }));
}

const identifier = (value: unknown): string | undefined => (isObject(value) ? literal(value.value) : literal(list(value)[0]));

function imageOf(value: unknown, resolve: (value: unknown) => unknown) {
  if (typeof value === 'string') return { src: value, alt: '' };
  if (!isObject(value)) return undefined;
  const src = literal(value.url) ?? literal(value.contentUrl);
  if (!src) return undefined;
  const size = (dimension: unknown) => Number(isObject(dimension) ? literal(dimension.value) : literal(dimension));
  const caption = resolve(value.caption);
  return {
    src,
    alt: plainText(value.description) ?? '',
    caption: plainText(isObject(caption) ? caption.text : caption),
    width: size(value.width),
    height: size(value.height),
  };
}

function keywords(value: unknown): string[] {
  const words = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return words.map(plainText).filter((word): word is string => !!word);
}

function language(value: unknown): string | undefined {
  return isObject(value) ? (literal(value.alternateName) ?? literal(value.name)) : literal(value);
}
