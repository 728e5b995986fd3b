/**
 * Deutsch. The comment form follows WordPress's de_DE wording („Hinterlasse einen Kommentar“,
 * „Kommentar abschicken“, „Dein Kommentar wartet auf Freischaltung.“), addressing the reader as „du“
 * as de_DE does (de_DE_formal is WordPress's „Sie“ variant).
 * Checked by: written for this project (a machine-assisted draft) against the de_DE comment-form
 * translation in Debian's WordPress 6.1 `wordpress-l10n` (a 2013 file, without the consent
 * sentence, written here after it) and Intl.PluralRules('de'); not yet reviewed by a native speaker.
 */
import type { Locale } from '../internal/localize.js';

const de: Locale<'one'> = {
  tag: 'de',
  dir: 'ltr',
  article: {
    loading: 'Artikel wird geladen…',
    tags: 'Schlagwörter',
    loadFailed: 'Der Artikel kann nicht angezeigt werden: {reason}.',
  },
  byline: {
    by: 'Von',
    updated: 'Aktualisiert',
    minRead: { one: '{count} Min. Lesezeit', other: '{count} Min. Lesezeit' },
  },
  commentForm: {
    heading: 'Hinterlasse einen Kommentar',
    replyHeading: 'Hinterlasse einen Kommentar zu {name}',
    cancelReply: 'Antworten abbrechen',
    emailNote: 'Deine E-Mail-Adresse wird nicht veröffentlicht.',
    requiredNote: 'Erforderliche Felder sind mit * markiert',
    comment: 'Kommentar',
    name: 'Name',
    email: 'E-Mail',
    website: 'Website',
    consent: 'Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für meinen nächsten Kommentar speichern.',
    submit: 'Kommentar abschicken',
    sending: 'Wird gesendet…',
    honeypot: 'Leer lassen',
    retry: 'Erneut versuchen',
    contentMissing: 'Bitte gib deinen Kommentar ein.',
    contentTooLong: 'Bitte kürze deinen Kommentar auf {max} Zeichen (er hat {count}).',
    nameMissing: 'Bitte gib deinen Namen ein.',
    emailMissing: 'Bitte gib deine E-Mail-Adresse ein.',
    emailInvalid: 'Bitte gib eine gültige E-Mail-Adresse ein, etwa name@beispiel.de.',
    urlInvalid: 'Bitte gib eine gültige Website-Adresse ein, etwa https://beispiel.de.',
    textMalformed: 'Dieser Text enthält ein beschädigtes Zeichen. Bitte gib die Stelle, die falsch aussieht, neu ein.',
    fields: {
      one: '{count} Feld benötigt deine Aufmerksamkeit.',
      other: '{count} Felder benötigen deine Aufmerksamkeit.',
    },
    pending: 'Dein Kommentar wartet auf Freischaltung.',
    approved: 'Dein Kommentar wurde veröffentlicht.',
    sent: 'Dein Kommentar wurde gesendet.',
    noEndpoint: 'Dieses Formular hat keine Adresse, an die es Kommentare senden kann.',
    rejected: 'Dein Kommentar konnte nicht veröffentlicht werden (Fehler {status}).',
    duplicate: 'Du hast diesen Kommentar bereits abgeschickt.',
    tooFast: 'Du kommentierst zu schnell. Dein Text bleibt erhalten: Bitte versuche es {time} erneut.',
    soon: 'gleich',
    login: 'Bitte melde dich an, um zu kommentieren.',
    closed: 'Kommentare sind geschlossen.',
    server: 'Der Server hatte ein Problem und hat deinen Kommentar nicht gespeichert. Dein Text bleibt erhalten: Bitte versuche es {time} erneut.',
    badResponse: 'Die Antwort des Servers ist nicht lesbar. Dein Text bleibt erhalten: Bitte versuche es erneut.',
    redirected: 'Der Kommentarserver wollte deinen Kommentar an eine andere Adresse schicken, daher wurde er nicht gesendet. Dein Text bleibt erhalten.',
    network: 'Dein Kommentar konnte nicht gesendet werden. Prüfe deine Verbindung. Dein Text bleibt erhalten: Bitte versuche es erneut.',
    timeout: 'Der Server hat zu lange nicht geantwortet. Dein Text bleibt erhalten: Bitte versuche es erneut.',
  },
  commentList: {
    heading: { one: '{count} Kommentar', other: '{count} Kommentare' },
    headingNone: 'Noch keine Kommentare',
    headingUnknown: 'Kommentare',
    empty: 'Schreibe den ersten Kommentar.',
    loading: 'Kommentare werden geladen…',
    loadFailed: 'Die Kommentare konnten nicht geladen werden. Prüfe deine Verbindung und versuche es erneut.',
    loadFailedStatus: 'Die Kommentare konnten nicht geladen werden (Fehler {status}).',
    retry: 'Erneut versuchen',
    loadMore: 'Weitere Kommentare laden',
    loadingMore: 'Wird geladen…',
    reply: 'Antworten',
    replyTo: 'Antworten an {name}',
    awaitingModeration: 'Dein Kommentar wartet auf Freischaltung.',
    inReplyTo: 'Antwort an {name}',
    anonymous: 'Anonym',
    newComments: { one: '{count} neuer Kommentar', other: '{count} neue Kommentare' },
  },
};
export default de;
