import { baseLanguage } from '../internal/locale.js';

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
  /** The announcement after a blocked submit: one field / `{count}` fields. */
  fieldsOne: string;
  fieldsOther: string;
  pending: string;
  approved: string;
  noEndpoint: string;
  /** A refusal without a message of its own; `{status}` is the HTTP status. */
  rejected: string;
  duplicate: string;
  tooFast: string;
  /** `{time}` is relative: "in 2 minutes". */
  tooFastUntil: string;
  login: string;
  closed: string;
  server: string;
  badResponse: string;
  network: string;
  timeout: string;
}

const KEPT = 'Your text is still here: please try again';
const GARDE = 'Votre texte est toujours là : veuillez réessayer';

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
  honeypot: 'Leave this field empty',
  retry: 'Try again',
  contentMissing: 'Please type your comment.',
  contentTooLong: 'Please shorten your comment to {max} characters or fewer (it has {count}).',
  nameMissing: 'Please enter your name.',
  emailMissing: 'Please enter your email address.',
  emailInvalid: 'Please enter a valid email address, like name@example.com.',
  urlInvalid: 'Please enter a valid website address, like https://example.com.',
  fieldsOne: '1 field needs your attention.',
  fieldsOther: '{count} fields need your attention.',
  pending: 'Thank you! Your comment is awaiting moderation.',
  approved: 'Thank you! Your comment has been posted.',
  noEndpoint: 'This comment form is not set up yet: it has no address to send comments to.',
  rejected: 'Your comment could not be posted (error {status}).',
  duplicate: 'It looks as though you’ve already posted this comment.',
  tooFast: `You are posting comments too quickly. ${KEPT} in a moment.`,
  tooFastUntil: `You are posting comments too quickly. ${KEPT} {time}.`,
  login: 'You need to be logged in to comment here.',
  closed: 'Comments are closed for this article.',
  server: `The comment service had a problem and did not save your comment. ${KEPT} in a moment.`,
  badResponse: `The comment service sent an answer that could not be understood. ${KEPT}.`,
  network: `Your comment could not be sent: check your connection. ${KEPT}.`,
  timeout: `The comment service took too long to answer. ${KEPT}.`,
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
  honeypot: 'Laissez ce champ vide',
  retry: 'Réessayer',
  contentMissing: 'Veuillez écrire votre commentaire.',
  contentTooLong: 'Veuillez raccourcir votre commentaire à {max} caractères au plus (il en compte {count}).',
  nameMissing: 'Veuillez indiquer votre nom.',
  emailMissing: 'Veuillez indiquer votre adresse e-mail.',
  emailInvalid: 'Veuillez indiquer une adresse e-mail valide, comme nom@exemple.fr.',
  urlInvalid: 'Veuillez indiquer une adresse de site valide, comme https://exemple.fr.',
  fieldsOne: '1 champ demande votre attention.',
  fieldsOther: '{count} champs demandent votre attention.',
  pending: 'Merci ! Votre commentaire est en attente de modération.',
  approved: 'Merci ! Votre commentaire a été publié.',
  noEndpoint: 'Ce formulaire de commentaire n’est pas encore configuré : il n’a pas d’adresse où envoyer les commentaires.',
  rejected: 'Votre commentaire n’a pas pu être publié (erreur {status}).',
  duplicate: 'Il semble que vous ayez déjà publié ce commentaire.',
  tooFast: `Vous publiez des commentaires trop rapidement. ${GARDE} dans un instant.`,
  tooFastUntil: `Vous publiez des commentaires trop rapidement. ${GARDE} {time}.`,
  login: 'Vous devez être connecté pour commenter ici.',
  closed: 'Les commentaires sont fermés pour cet article.',
  server: `Le service de commentaires a rencontré un problème et n’a pas enregistré votre commentaire. ${GARDE} dans un instant.`,
  badResponse: `Le service de commentaires a envoyé une réponse incompréhensible. ${GARDE}.`,
  network: `Votre commentaire n’a pas pu être envoyé : vérifiez votre connexion. ${GARDE}.`,
  timeout: `Le service de commentaires a mis trop de temps à répondre. ${GARDE}.`,
};

/** The built-in strings for a language (English unless it is French). */
export function stringsFor(lang: string): CommentFormStrings {
  return baseLanguage(lang) === 'fr' ? fr : en;
}

/** Fills `{key}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
