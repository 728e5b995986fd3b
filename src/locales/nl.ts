/**
 * Nederlands. The comment form follows WordPress's nl_NL wording (“Geef een reactie”,
 * “Verplichte velden zijn gemarkeerd met *”, “Reactie plaatsen”), addressing the reader as “je”.
 * Checked by: written for this project (a machine-assisted draft) against the nl_NL comment-form
 * translation in Debian's WordPress 6.1 `wordpress-l10n` (a 2011 file, for WordPress 3.2, without
 * the consent sentence, written here after it) and Intl.PluralRules('nl'); not yet reviewed by a
 * native speaker.
 */
import type { Locale } from '../internal/localize.js';

const nl: Locale<'one'> = {
  tag: 'nl',
  dir: 'ltr',
  article: {
    loading: 'Artikel wordt geladen…',
    tags: 'Tags',
    loadFailed: 'Het artikel kan niet worden weergegeven: {reason}.',
  },
  byline: {
    by: 'Door',
    updated: 'Bijgewerkt',
    minRead: { one: '{count} min leestijd', other: '{count} min leestijd' },
  },
  commentForm: {
    heading: 'Geef een reactie',
    replyHeading: 'Laat een reactie achter bij {name}',
    cancelReply: 'Reactie annuleren',
    emailNote: 'Je e-mailadres wordt niet gepubliceerd.',
    requiredNote: 'Verplichte velden zijn gemarkeerd met *',
    comment: 'Reactie',
    name: 'Naam',
    email: 'E-mail',
    website: 'Site',
    consent: 'Mijn naam, e-mail en site in deze browser opslaan voor de volgende keer dat ik een reactie plaats.',
    submit: 'Reactie plaatsen',
    sending: 'Bezig met plaatsen…',
    honeypot: 'Leeg laten',
    retry: 'Opnieuw proberen',
    contentMissing: 'Vul je reactie in.',
    contentTooLong: 'Maak je reactie korter: maximaal {max} tekens (nu {count}).',
    nameMissing: 'Vul je naam in.',
    emailMissing: 'Vul je e-mailadres in.',
    emailInvalid: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    urlInvalid: 'Vul een geldig websiteadres in, zoals https://voorbeeld.nl.',
    textMalformed: 'Deze tekst bevat een beschadigd teken. Typ het deel dat er niet goed uitziet opnieuw.',
    fields: {
      one: '{count} veld vraagt je aandacht.',
      other: '{count} velden vragen je aandacht.',
    },
    pending: 'Je reactie is in afwachting van moderatie.',
    approved: 'Je reactie is geplaatst.',
    sent: 'Je reactie is verzonden.',
    noEndpoint: 'Dit formulier heeft geen adres om reacties naartoe te sturen.',
    rejected: 'Je reactie kon niet worden geplaatst (fout {status}).',
    duplicate: 'Je hebt deze reactie al geplaatst.',
    tooFast: 'Je plaatst te snel reacties. Je tekst blijft bewaard: probeer het {time} opnieuw.',
    soon: 'zo meteen',
    login: 'Log in om te reageren.',
    closed: 'Reacties zijn gesloten.',
    server: 'De server had een probleem en heeft je reactie niet opgeslagen. Je tekst blijft bewaard: probeer het {time} opnieuw.',
    badResponse: 'Het antwoord van de server is onleesbaar. Je tekst blijft bewaard: probeer het opnieuw.',
    redirected: 'De reactieserver probeerde je reactie naar een ander adres te sturen, daarom is ze niet verzonden. Je tekst blijft bewaard.',
    network: 'Je reactie kon niet worden verzonden. Controleer je verbinding. Je tekst blijft bewaard: probeer het opnieuw.',
    timeout: 'De server deed er te lang over om te antwoorden. Je tekst blijft bewaard: probeer het opnieuw.',
  },
  commentList: {
    heading: { one: '{count} reactie', other: '{count} reacties' },
    headingNone: 'Nog geen reacties',
    headingUnknown: 'Reacties',
    empty: 'Wees de eerste die reageert.',
    loading: 'Reacties worden geladen…',
    loadFailed: 'De reacties konden niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
    loadFailedStatus: 'De reacties konden niet worden geladen (fout {status}).',
    retry: 'Opnieuw proberen',
    loadMore: 'Meer reacties laden',
    loadingMore: 'Laden…',
    reply: 'Beantwoorden',
    replyTo: 'Reactie van {name} beantwoorden',
    awaitingModeration: 'Je reactie is in afwachting van moderatie.',
    inReplyTo: 'In antwoord op {name}',
    anonymous: 'Anoniem',
    newComments: { one: '{count} nieuwe reactie', other: '{count} nieuwe reacties' },
  },
};
export default nl;
