/**
 * Italiano. The comment form follows the wording of WordPress's it_IT translation
 * («Lascia un commento», «I campi obbligatori sono contrassegnati *»), addressing the reader as «tu».
 * Checked by: written for this project (a machine-assisted draft) against the it_IT comment-form
 * translation shipped in Debian's WordPress 6.1 l10n package (its .mo dates from 2013 and lacks the
 * consent sentence, written here after it) and `Intl.PluralRules('it')`; not yet reviewed by a
 * native speaker.
 */
import type { Locale } from '../internal/localize.js';

const it: Locale<'one' | 'many'> = {
  tag: 'it',
  dir: 'ltr',
  article: {
    loading: 'Caricamento dell’articolo…',
    tags: 'Tag',
    loadFailed: 'Impossibile visualizzare l’articolo: {reason}.',
  },
  byline: {
    by: 'Di',
    updated: 'Aggiornato',
    minRead: { one: '{count} min di lettura', many: '{count} min di lettura', other: '{count} min di lettura' },
  },
  commentForm: {
    heading: 'Lascia un commento',
    replyHeading: 'Rispondi a {name}',
    cancelReply: 'Annulla risposta',
    emailNote: 'L’indirizzo email non verrà pubblicato.',
    requiredNote: 'I campi obbligatori sono contrassegnati *',
    comment: 'Commento',
    name: 'Nome',
    email: 'Email',
    website: 'Sito web',
    consent: 'Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.',
    submit: 'Invia commento',
    sending: 'Invio in corso…',
    honeypot: 'Lascia vuoto',
    retry: 'Riprova',
    contentMissing: 'Scrivi il tuo commento.',
    contentTooLong: 'Accorcia il commento a {max} caratteri (ne ha {count}).',
    nameMissing: 'Inserisci il tuo nome.',
    emailMissing: 'Inserisci il tuo indirizzo email.',
    emailInvalid: 'Inserisci un indirizzo email valido, come nome@esempio.it.',
    urlInvalid: 'Inserisci un indirizzo web valido, come https://esempio.it.',
    textMalformed: 'Il testo contiene un carattere danneggiato. Riscrivi la parte che sembra sbagliata.',
    fields: {
      one: '{count} campo richiede la tua attenzione.',
      many: '{count} di campi richiedono la tua attenzione.',
      other: '{count} campi richiedono la tua attenzione.',
    },
    pending: 'Il tuo commento è in attesa di moderazione.',
    approved: 'Il tuo commento è stato pubblicato.',
    sent: 'Il tuo commento è stato inviato.',
    noEndpoint: 'Questo modulo non ha un indirizzo a cui inviare i commenti.',
    rejected: 'Non è stato possibile pubblicare il tuo commento (errore {status}).',
    duplicate: 'Hai già pubblicato questo commento.',
    tooFast: 'Stai commentando troppo in fretta. Il tuo testo non è andato perso: riprova {time}.',
    soon: 'tra poco',
    login: 'Accedi per commentare.',
    closed: 'I commenti sono chiusi.',
    server: 'Il server ha avuto un problema e non ha salvato il tuo commento. Il tuo testo non è andato perso: riprova {time}.',
    badResponse: 'Impossibile leggere la risposta del server. Il tuo testo non è andato perso: riprova.',
    redirected: 'Il server dei commenti ha cercato di inviare il tuo commento a un altro indirizzo, quindi non è stato inviato. Il tuo testo non è andato perso.',
    network: 'Non è stato possibile inviare il tuo commento: controlla la connessione. Il tuo testo non è andato perso: riprova.',
    timeout: 'Il server ha impiegato troppo tempo a rispondere. Il tuo testo non è andato perso: riprova.',
  },
  commentList: {
    heading: { one: '{count} commento', many: '{count} di commenti', other: '{count} commenti' },
    headingNone: 'Ancora nessun commento',
    headingUnknown: 'Commenti',
    empty: 'Sii il primo a dire la tua.',
    loading: 'Caricamento dei commenti…',
    loadFailed: 'Impossibile caricare i commenti. Controlla la connessione e riprova.',
    loadFailedStatus: 'Impossibile caricare i commenti (errore {status}).',
    retry: 'Riprova',
    loadMore: 'Carica altri commenti',
    loadingMore: 'Caricamento…',
    reply: 'Rispondi',
    replyTo: 'Rispondi a {name}',
    awaitingModeration: 'Il tuo commento è in attesa di moderazione.',
    inReplyTo: 'In risposta a {name}',
    anonymous: 'Anonimo',
    newComments: { one: '{count} nuovo commento', many: '{count} di nuovi commenti', other: '{count} nuovi commenti' },
  },
};
export default it;
