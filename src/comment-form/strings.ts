import type { PluralText } from '../internal/messages.js';
import { RULE_MESSAGES } from './rules.js';

/**
 * Every text `<comment-form>` shows. `{name}`, `{max}`, `{count}`, `{status}` and `{time}` are
 * filled in. Override any of them with the element's `strings` property.
 */
export interface CommentFormStrings<Plural = PluralText> {
  heading: string;
  /** Heading of a reply form; `{name}` is `reply-to`. */
  replyHeading: string;
  cancelReply: string;
  emailNote: string;
  requiredNote: string;
  comment: string;
  name: string;
  email: string;
  website: string;
  consent: string;
  submit: string;
  sending: string;
  /** Label of the hidden anti-spam field (read by bots only). */
  honeypot: string;
  retry: string;
  contentMissing: string;
  /** `{max}` allowed characters, `{count}` typed. */
  contentTooLong: string;
  nameMissing: string;
  emailMissing: string;
  emailInvalid: string;
  urlInvalid: string;
  /** A value with a broken character (a lone UTF-16 surrogate), which cannot be stored. */
  textMalformed: string;
  /** The announcement after a blocked submit: `{count}` fields need attention. */
  fields: Plural;
  pending: string;
  approved: string;
  /** Accepted, but whether it is published or held is not known (the server's answer could not be read). */
  sent: string;
  noEndpoint: string;
  /** A refusal without a message of its own; `{status}` is the HTTP status. */
  rejected: string;
  duplicate: string;
  /** Posting too fast (429); `{time}` is "in 2 minutes" from `Retry-After`, else `soon`. */
  tooFast: string;
  /** `{time}` when the server did not say when to try again. */
  soon: string;
  login: string;
  closed: string;
  /** A 5xx answer; `{time}` is `soon`. */
  server: string;
  badResponse: string;
  /** The endpoint answered with a redirect, which is not followed: it would send the comment elsewhere. */
  redirected: string;
  network: string;
  timeout: string;
}

/** English, built in; other languages are in src/locales/. */
export const en: CommentFormStrings<Record<'one' | 'other', string>> = {
  heading: 'Leave a Reply',
  replyHeading: 'Leave a Reply to {name}',
  cancelReply: 'Cancel reply',
  emailNote: 'Your email address will not be published.',
  requiredNote: 'Required fields are marked *',
  comment: 'Comment',
  name: 'Name',
  email: 'Email',
  website: 'Website',
  consent: 'Save my name, email, and website in this browser for the next time I comment.',
  submit: 'Post Comment',
  sending: 'Posting…',
  honeypot: 'Leave empty',
  retry: 'Try again',
  // contentMissing … textMalformed: the rules' own messages, which the comments server answers with too.
  ...RULE_MESSAGES,
  fields: { one: '{count} field needs your attention.', other: '{count} fields need your attention.' },
  pending: 'Your comment is awaiting moderation.',
  approved: 'Your comment has been posted.',
  sent: 'Your comment has been sent.',
  noEndpoint: 'This form has no address to send comments to.',
  rejected: 'Your comment could not be posted (error {status}).',
  duplicate: 'You have already posted this comment.',
  tooFast: 'You are posting too quickly. Your text is kept: please try again {time}.',
  soon: 'in a moment',
  login: 'Please log in to comment.',
  closed: 'Comments are closed.',
  server: 'The server had a problem and did not save your comment. Your text is kept: please try again {time}.',
  badResponse: 'The server’s answer could not be read. Your text is kept: please try again.',
  redirected: 'The comment server tried to send your comment to another address, so it was not sent. Your text is kept.',
  network: 'Your comment could not be sent: check your connection. Your text is kept: please try again.',
  timeout: 'The server took too long to answer. Your text is kept: please try again.',
};
