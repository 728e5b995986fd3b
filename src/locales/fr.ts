/**
 * Français. The comment form follows WordPress's French wording (« Laisser un commentaire »,
 * « Les champs obligatoires sont indiqués avec * »).
 * Checked by: written for this project (a machine-assisted draft) against the fr_FR translation in
 * Debian's WordPress 6.1 `wordpress-l10n` (a 2013 file, for WordPress 3.6, without the consent
 * sentence) and Intl.PluralRules('fr'); not yet reviewed by a native speaker.
 */
import type { Locale } from '../internal/localize.js';

const fr: Locale<'one' | 'many'> = {
  tag: 'fr',
  dir: 'ltr',
  article: {
    loading: 'Chargement de l’article…',
    tags: 'Mots-clés',
    loadFailed: 'L’article ne peut pas être affiché : {reason}.',
  },
  byline: {
    by: 'Par',
    updated: 'Mis à jour',
    minRead: { one: '{count} min de lecture', many: '{count} min de lecture', other: '{count} min de lecture' },
  },
  commentForm: {
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
    fields: {
      one: '{count} champ demande votre attention.',
      many: '{count} de champs demandent votre attention.',
      other: '{count} champs demandent votre attention.',
    },
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
  },
  commentList: {
    heading: { one: '{count} commentaire', many: '{count} de commentaires', other: '{count} commentaires' },
    headingNone: 'Aucun commentaire pour l’instant',
    headingUnknown: 'Commentaires',
    empty: 'Soyez le premier à donner votre avis.',
    loading: 'Chargement des commentaires…',
    loadFailed: 'Les commentaires n’ont pas pu être chargés. Vérifiez votre connexion et réessayez.',
    loadFailedStatus: 'Les commentaires n’ont pas pu être chargés (erreur {status}).',
    retry: 'Réessayer',
    loadMore: 'Afficher plus de commentaires',
    loadingMore: 'Chargement…',
    reply: 'Répondre',
    replyTo: 'Répondre à {name}',
    awaitingModeration: 'Votre commentaire est en attente de modération.',
    inReplyTo: 'En réponse à {name}',
    anonymous: 'Anonyme',
  },
};
export default fr;
