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
}
