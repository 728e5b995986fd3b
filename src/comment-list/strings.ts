import type { PluralText } from '../internal/messages.js';

/** Visible (and announced) text of `<comment-list>`; every string can be overridden. */
export interface CommentListStrings<Plural = PluralText> {
  /** The heading: `{count}` comments, one text per plural category. */
  heading: Plural;
  /** The heading when there are no comments yet. */
  headingNone: string;
  /** The heading while the comments are loading or could not be loaded. */
  headingUnknown: string;
  /** The empty state, inviting the first comment. */
  empty: string;
  loading: string;
  /** The error state when no answer came. */
  loadFailed: string;
  /** The error state when the server refused; `{status}` is the HTTP status. */
  loadFailedStatus: string;
  retry: string;
  loadMore: string;
  loadingMore: string;
  reply: string;
  /** Accessible name of each Reply button; `{name}` is the comment's author. */
  replyTo: string;
  /** Shown on a comment that is held for moderation. */
  awaitingModeration: string;
  /** Shown on a reply that the depth cap lifted to its parent's level; `{name}` is the parent's author. */
  inReplyTo: string;
  /** Name shown when a comment has none. */
  anonymous: string;
  /** The live list's button (and announcement) for comments that arrived while the reader was reading: `{count}` of them. */
  newComments: Plural;
}

/** English, built in; other languages are in src/locales/. */
export const en: CommentListStrings<Record<'one' | 'other', string>> = {
  heading: { one: '{count} comment', other: '{count} comments' },
  headingNone: 'No comments yet',
  headingUnknown: 'Comments',
  empty: 'Be the first to share your thoughts.',
  loading: 'Loading comments…',
  loadFailed: 'The comments could not be loaded. Check your connection and try again.',
  loadFailedStatus: 'The comments could not be loaded (error {status}).',
  retry: 'Try again',
  loadMore: 'Load more comments',
  loadingMore: 'Loading…',
  reply: 'Reply',
  replyTo: 'Reply to {name}',
  awaitingModeration: 'Your comment is awaiting moderation.',
  inReplyTo: 'In reply to {name}',
  anonymous: 'Anonymous',
  newComments: { one: '{count} new comment', other: '{count} new comments' },
};
