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
  /** Posting too fast (429); `{time}` is "in 2 minutes" from `Retry-After`, else `soon`. */
  tooFast: string;
  /** `{time}` when the server did not say when to try again. */
  soon: string;
  login: string;
  closed: string;
  /** A 5xx answer; `{time}` is `soon`. */
  server: string;
  badResponse: string;
  network: string;
  timeout: string;
}

// The keys once, then each language as one text per line in the same order: a table, rather than
// two objects repeating every key (gzip finds the repeated sentences by itself).
const KEYS = 'heading replyHeading cancelReply emailNote requiredNote comment name email website consent submit sending honeypot retry contentMissing contentTooLong nameMissing emailMissing emailInvalid urlInvalid fieldsOne fieldsOther pending approved noEndpoint rejected duplicate tooFast soon login closed server badResponse network timeout'.split(' ') as (keyof CommentFormStrings)[];
const table = (texts: string): CommentFormStrings => Object.fromEntries(texts.trim().split('\n').map((text, i) => [KEYS[i], text])) as unknown as CommentFormStrings;

export const en = table(`
Leave a Reply
Leave a Reply to {name}
Cancel reply
Your email address will not be published.
Required fields are marked *
Comment
Name
Email
Website
Save my name, email, and website in this browser for the next time I comment.
Post Comment
Posting…
Leave empty
Try again
Please type your comment.
Please shorten your comment to {max} characters (it has {count}).
Please enter your name.
Please enter your email address.
Please enter a valid email address, like name@example.com.
Please enter a valid website address, like https://example.com.
1 field needs your attention.
{count} fields need your attention.
Your comment is awaiting moderation.
Your comment has been posted.
This form has no address to send comments to.
Your comment could not be posted (error {status}).
You have already posted this comment.
You are posting too quickly. Your text is kept: please try again {time}.
in a moment
Please log in to comment.
Comments are closed.
The server had a problem and did not save your comment. Your text is kept: please try again {time}.
The server’s answer could not be read. Your text is kept: please try again.
Your comment could not be sent: check your connection. Your text is kept: please try again.
The server took too long to answer. Your text is kept: please try again.
`);

export const fr = table(`
Laisser un commentaire
Répondre à {name}
Annuler la réponse
Votre adresse e-mail ne sera pas publiée.
Les champs obligatoires sont indiqués avec *
Commentaire
Nom
E-mail
Site web
Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.
Publier le commentaire
Publication…
Laisser vide
Réessayer
Veuillez écrire votre commentaire.
Veuillez raccourcir votre commentaire à {max} caractères (il en a {count}).
Veuillez indiquer votre nom.
Veuillez indiquer votre adresse e-mail.
Veuillez indiquer une adresse e-mail valide, comme nom@exemple.fr.
Veuillez indiquer une adresse de site valide, comme https://exemple.fr.
1 champ demande votre attention.
{count} champs demandent votre attention.
Votre commentaire est en attente de modération.
Votre commentaire a été publié.
Ce formulaire n’a pas d’adresse où envoyer les commentaires.
Votre commentaire n’a pas pu être publié (erreur {status}).
Vous avez déjà publié ce commentaire.
Vous publiez trop vite. Votre texte est conservé : réessayez {time}.
dans un instant
Veuillez vous connecter pour commenter.
Les commentaires sont fermés.
Le serveur a eu un problème et n’a pas enregistré votre commentaire. Votre texte est conservé : réessayez {time}.
La réponse du serveur est illisible. Votre texte est conservé : réessayez.
Votre commentaire n’a pas pu être envoyé : vérifiez votre connexion. Votre texte est conservé : réessayez.
Le serveur a mis trop de temps à répondre. Votre texte est conservé : réessayez.
`);

/** The built-in strings for a language (English unless it is French). */
export function stringsFor(lang: string): CommentFormStrings {
  return baseLanguage(lang) === 'fr' ? fr : en;
}

/** Fills `{key}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
