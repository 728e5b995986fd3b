import type { ModerationAction, ModerationStatus } from './api.js';
import type { Command } from './queue.js';

/**
 * Visible (and announced) text of `<comment-moderation>`; every string can be overridden with the
 * `strings` property. English only: moderation is a tool for the site's own staff, and its text
 * stays out of the readers' locale chunks.
 */
export interface CommentModerationStrings {
  heading: string;
  signInIntro: string;
  tokenLabel: string;
  signIn: string;
  signingIn: string;
  signOut: string;
  /** 401: the token typed (or remembered) is not the server's. */
  wrongToken: string;
  /** 404 `moderation_disabled`. */
  disabled: string;
  /** The tab of each status; `{count}` is its number of comments. */
  tabs: Record<ModerationStatus, string>;
  statusLabel: string;
  articleLabel: string;
  articleApply: string;
  articleClear: string;
  loading: string;
  /** The empty state of each status. */
  empty: Record<ModerationStatus, string>;
  /** No answer, or one that could not be read. */
  loadFailed: string;
  /** The server refused; `{status}` is the HTTP status. */
  loadFailedStatus: string;
  retry: string;
  loadMore: string;
  loadingMore: string;
  /** Accessible name of the list of comments; `{status}` is the tab's name. */
  listLabel: string;
  /** Each row's checkbox; `{name}` is the author. */
  selectComment: string;
  selectAll: string;
  /** `{count}` comments selected. */
  selected: string;
  bulkLabel: string;
  /** Button text per action. */
  actions: Record<ModerationAction, string>;
  edit: string;
  reply: string;
  save: string;
  cancel: string;
  sendReply: string;
  editLabel: string;
  /** The reply field; `{name}` is the author replied to. */
  replyLabel: string;
  /** Above the row's content; `{name}` is the parent comment's author, `{excerpt}` its start. */
  inReplyTo: string;
  anonymous: string;
  email: string;
  website: string;
  address: string;
  article: string;
  /** Announced after an action on one comment. */
  done: Record<ModerationAction | 'edit' | 'reply', string>;
  /** Announced after an action on several; `{count}` is their number. */
  doneMany: Record<ModerationAction, string>;
  undo: string;
  undone: string;
  /** An action failed; `{message}` is the server's words. */
  actionFailed: string;
  confirmDelete: string;
  /** `{count}` comments. */
  confirmDeleteMany: string;
  confirmDeleteNote: string;
  confirmDeleteButton: string;
  /** Asked when a field is left empty. */
  contentRequired: string;
  shortcutsHeading: string;
  shortcuts: Record<Command, string>;
}

/**
 * Fills `{key}` placeholders (own keys only). The elements' shared `fill` (internal/messages.ts) is
 * not imported here: importing it, or internal/locale.ts or internal/text.ts, from this chunk made
 * Rolldown move Lit and the text rules out of news-elements.js into shared chunks, and the reading
 * path grew by 0.94 KB gzip (18.15 KB against 17.21 KB), past scripts/size.mjs's limit.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : match));
}

export const en: CommentModerationStrings = {
  heading: 'Moderation',
  signInIntro: 'Sign in with the moderation token of this comments server.',
  tokenLabel: 'Moderation token',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signOut: 'Sign out',
  wrongToken: 'That token is not right. Check it and try again.',
  disabled: 'Moderation is off on this server. Start it with MODERATION_TOKEN set to turn it on.',
  tabs: { pending: 'Pending ({count})', approved: 'Approved ({count})', spam: 'Spam ({count})', trash: 'Trash ({count})' },
  statusLabel: 'Status',
  articleLabel: 'Article id',
  articleApply: 'Filter',
  articleClear: 'All articles',
  loading: 'Loading…',
  empty: {
    pending: 'No comments awaiting moderation.',
    approved: 'No approved comments.',
    spam: 'No spam.',
    trash: 'The trash is empty.',
  },
  loadFailed: 'The comments could not be loaded. Check your connection and try again.',
  loadFailedStatus: 'The comments could not be loaded (error {status}).',
  retry: 'Try again',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  listLabel: '{status} comments',
  selectComment: 'Select the comment by {name}',
  selectAll: 'Select all',
  selected: '{count} selected',
  bulkLabel: 'Selected comments',
  actions: { approve: 'Approve', unapprove: 'Unapprove', spam: 'Spam', trash: 'Trash', restore: 'Restore', delete: 'Delete for good' },
  edit: 'Edit',
  reply: 'Reply',
  save: 'Save',
  cancel: 'Cancel',
  sendReply: 'Send reply',
  editLabel: 'Comment text',
  replyLabel: 'Reply to {name} as the site',
  inReplyTo: 'In reply to {name}: {excerpt}',
  anonymous: 'Anonymous',
  email: 'Email',
  website: 'Website',
  address: 'Address hash',
  article: 'Article',
  done: {
    approve: 'Comment approved.',
    unapprove: 'Comment unapproved.',
    spam: 'Comment marked as spam.',
    trash: 'Comment moved to the trash.',
    restore: 'Comment restored.',
    delete: 'Comment deleted for good.',
    edit: 'Comment saved.',
    reply: 'Reply posted.',
  },
  doneMany: {
    approve: '{count} comments approved.',
    unapprove: '{count} comments unapproved.',
    spam: '{count} comments marked as spam.',
    trash: '{count} comments moved to the trash.',
    restore: '{count} comments restored.',
    delete: '{count} comments deleted for good.',
  },
  undo: 'Undo',
  undone: 'Undone.',
  actionFailed: 'That did not work: {message}',
  confirmDelete: 'Delete this comment for good?',
  confirmDeleteMany: 'Delete {count} comments for good?',
  confirmDeleteNote: 'This cannot be undone. Replies move up to the comment it answered.',
  confirmDeleteButton: 'Delete for good',
  contentRequired: 'Write something first.',
  shortcutsHeading: 'Keyboard shortcuts',
  shortcuts: {
    next: 'Next comment',
    previous: 'Previous comment',
    select: 'Select or unselect',
    approve: 'Approve',
    unapprove: 'Unapprove',
    spam: 'Spam',
    trash: 'Trash',
    edit: 'Edit',
    reply: 'Reply',
    undo: 'Undo the last action',
  },
};
