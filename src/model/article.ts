// The article data model: what `normalizeArticle` produces from untrusted JSON and what every
// element reads. Types only.

/** An author after normalization: `name` is always a non-empty string, URLs are checked. */
export interface Author {
  name: string;
  url?: string;
  image?: string;
  role?: string;
}

export interface ArticleImage {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}

export type Block =
  | { type: 'paragraph'; text?: string; html?: string }
  | { type: 'heading'; level: 2 | 3 | 4 | 5 | 6; text: string }
  | { type: 'quote'; text: string; cite?: string }
  | ({ type: 'image' } & ArticleImage)
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'html'; html: string };

/**
 * Where an article's comments are read and posted, when the CMS it came from says so (a WordPress
 * post fetched from its REST API): `<comment-list>` and `<comment-form>` inside the article use it
 * when they have no `src`/`endpoint` of their own.
 */
export interface ArticleComments {
  /** The comments to list, e.g. `https://site/wp-json/wp/v2/comments?post=42&per_page=100` (WordPress pages by 10 otherwise). */
  src: string;
  /** Where a new comment is posted, e.g. `https://site/wp-json/wp/v2/comments`. */
  endpoint: string;
  /** The comment form's format for that endpoint. */
  format: 'wordpress';
}

/** The article every element of the library reads: the result of `normalizeArticle`. */
export interface Article {
  id: string;
  headline: string;
  dek?: string;
  section?: string;
  dateline?: string;
  authors: Author[];
  /** ISO 8601 strings, validated as dates. */
  published: string;
  modified?: string;
  url?: string;
  language?: string;
  image?: ArticleImage;
  tags: string[];
  /** Blocks, or one HTML string (sanitized when rendered). Unknown block types are already dropped. */
  body: Block[] | string;
  /** Words a reader reads in the body, for "N min read". */
  wordCount: number;
  /** Where its comments live, when its CMS says so (see `ArticleComments`). */
  comments?: ArticleComments;
}
