import { baseLanguage } from '../internal/locale.js';
import { RULE_MESSAGES } from './rules.js';

/**
 * Every text `<comment-form>` shows. `{name}`, `{max}`, `{count}`, `{status}` and `{time}` are
 * filled in. Override any of them with the element's `strings` property.
 */
export interface CommentFormStrings {
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
  /** The announcement after a blocked submit: one field / `{count}` fields. */
  fieldsOne: string;
  fieldsOther: string;
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

export const en: CommentFormStrings = {
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
  fieldsOne: '1 field needs your attention.',
  fieldsOther: '{count} fields need your attention.',
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

export const fr: CommentFormStrings = {
  heading: 'Laisser un commentaire',
  replyHeading: 'Répondre à {name}',
  cancelReply: 'Annuler la réponse',
  emailNote: 'Votre adresse e-mail ne sera pas publiée.',
  requiredNote: 'Les champs obligatoires sont indiqués avec *',
  comment: 'Commentaire',
  name: 'Nom',
  email: 'E-mail',
  website: 'Site web',
  consent: 'Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.',
  submit: 'Publier le commentaire',
  sending: 'Publication…',
  honeypot: 'Laisser vide',
  retry: 'Réessayer',
  contentMissing: 'Veuillez écrire votre commentaire.',
  contentTooLong: 'Veuillez raccourcir votre commentaire à {max} caractères (il en a {count}).',
  nameMissing: 'Veuillez indiquer votre nom.',
  emailMissing: 'Veuillez indiquer votre adresse e-mail.',
  emailInvalid: 'Veuillez indiquer une adresse e-mail valide, comme nom@exemple.fr.',
  urlInvalid: 'Veuillez indiquer une adresse de site valide, comme https://exemple.fr.',
  textMalformed: 'Ce texte contient un caractère endommagé. Veuillez retaper la partie qui semble incorrecte.',
  fieldsOne: '1 champ demande votre attention.',
  fieldsOther: '{count} champs demandent votre attention.',
  pending: 'Votre commentaire est en attente de modération.',
  approved: 'Votre commentaire a été publié.',
  sent: 'Votre commentaire a été envoyé.',
  noEndpoint: 'Ce formulaire n’a pas d’adresse où envoyer les commentaires.',
  rejected: 'Votre commentaire n’a pas pu être publié (erreur {status}).',
  duplicate: 'Vous avez déjà publié ce commentaire.',
  tooFast: 'Vous publiez trop vite. Votre texte est conservé : réessayez {time}.',
  soon: 'dans un instant',
  login: 'Veuillez vous connecter pour commenter.',
  closed: 'Les commentaires sont fermés.',
  server: 'Le serveur a eu un problème et n’a pas enregistré votre commentaire. Votre texte est conservé : réessayez {time}.',
  badResponse: 'La réponse du serveur est illisible. Votre texte est conservé : réessayez.',
  redirected: 'Le serveur de commentaires a tenté d’envoyer votre commentaire à une autre adresse : il n’a donc pas été envoyé. Votre texte est conservé.',
  network: 'Votre commentaire n’a pas pu être envoyé : vérifiez votre connexion. Votre texte est conservé : réessayez.',
  timeout: 'Le serveur a mis trop de temps à répondre. Votre texte est conservé : réessayez.',
};

/** The built-in strings for a language (English unless it is French). */
export function stringsFor(lang: string): CommentFormStrings {
  return baseLanguage(lang) === 'fr' ? fr : en;
}

/** Fills `{key}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  // Own keys only: `{constructor}` in an overriding string stays as written instead of printing a native function.
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : match));
}
