import { baseLanguage } from '../internal/locale.js';

/** Visible (and announced) text of `<comment-list>`; every string can be overridden. */
export interface CommentListStrings {
  /**
   * The heading. `count` is the number, `formatted` the same number formatted for the language,
   * `category` its `Intl.PluralRules` category in that language.
   */
  heading: (count: number, formatted: string, category: Intl.LDMLPluralRule) => string;
  /** The heading while the comments are loading or could not be loaded. */
  headingUnknown: string;
  /** The empty state, inviting the first comment. */
  empty: string;
  loading: string;
  /** The error state. `status` is the HTTP status when the server answered. */
  loadFailed: (status?: number) => string;
  retry: string;
  loadMore: string;
  loadingMore: string;
  reply: string;
  /** Accessible name of each Reply button. */
  replyTo: (name: string) => string;
  /** Shown on a comment that is held for moderation. */
  awaitingModeration: string;
  /** Shown on a reply that the depth cap lifted to its parent's level. */
  inReplyTo: (name: string) => string;
  /** Name shown when a comment has none. */
  anonymous: string;
}

export const en: CommentListStrings = {
  heading: (count, formatted, category) => (count ? `${formatted} comment${category === 'one' ? '' : 's'}` : 'No comments yet'),
  headingUnknown: 'Comments',
  empty: 'Be the first to share your thoughts.',
  loading: 'Loading comments…',
  loadFailed: (status) =>
    `The comments could not be loaded${status ? ` (error ${status}).` : '. Check your connection and try again.'}`,
  retry: 'Try again',
  loadMore: 'Load more comments',
  loadingMore: 'Loading…',
  reply: 'Reply',
  replyTo: (name) => `Reply to ${name}`,
  awaitingModeration: 'Your comment is awaiting moderation.',
  inReplyTo: (name) => `In reply to ${name}`,
  anonymous: 'Anonymous',
};

export const fr: CommentListStrings = {
  heading: (count, formatted, category) =>
    count ? `${formatted} commentaire${category === 'one' ? '' : 's'}` : 'Aucun commentaire pour l’instant',
  headingUnknown: 'Commentaires',
  empty: 'Soyez le premier à donner votre avis.',
  loading: 'Chargement des commentaires…',
  loadFailed: (status) =>
    `Les commentaires n’ont pas pu être chargés${status ? ` (erreur ${status}).` : '. Vérifiez votre connexion et réessayez.'}`,
  retry: 'Réessayer',
  loadMore: 'Afficher plus de commentaires',
  loadingMore: 'Chargement…',
  reply: 'Répondre',
  replyTo: (name) => `Répondre à ${name}`,
  awaitingModeration: 'Votre commentaire est en attente de modération.',
  inReplyTo: (name) => `En réponse à ${name}`,
  anonymous: 'Anonyme',
};

export function commentListStrings(lang: string, overrides: Partial<CommentListStrings> = {}): CommentListStrings {
  return { ...(baseLanguage(lang) === 'fr' ? fr : en), ...overrides };
}
