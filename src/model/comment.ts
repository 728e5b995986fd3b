// The comment data model: what the comment normalizers produce from untrusted JSON and what
// `<comment-list>` renders. Types only.

/** A comment after normalization. Text fields are still untrusted: they are rendered as text,
 * `contentHtml` only through the sanitizer, URLs only through `safeUrl`. */
export interface Comment {
  /** Always a non-empty string (numbers are converted). */
  id: string;
  /** The id of the comment this one replies to; `undefined` for a top-level comment. */
  parentId?: string;
  author: CommentAuthor;
  /** Plain text (line breaks kept, URLs linked). */
  content?: string;
  /** HTML (WordPress's `content.rendered`, or `contentHtml`); sanitized when rendered. */
  contentHtml?: string;
  date?: Date;
  /** `pending` covers WordPress's `hold` and `unapproved`. */
  status: 'approved' | 'pending';
}

export interface CommentAuthor {
  /** May be empty: the element shows its "Anonymous" string then. */
  name: string;
  url?: string;
  avatar?: string;
}

/** What a response (or the `comments` property) amounts to. */
export interface CommentPage {
  comments: Comment[];
  /** Total number of comments on the server, when it says so. */
  total?: number;
  /** URL of the next page, when there is one. */
  next?: string;
}

/** The order of top-level comments (replies always read oldest first). */
export type CommentOrder = 'oldest' | 'newest';
