/**
 * Polski. The comment form follows WordPress's pl_PL wording („Dodaj komentarz”, „Podpis”,
 * „Opublikuj komentarz”, „Twój komentarz oczekuje na moderację.”), addressing the reader as „ty”.
 * A name cannot be declined in a template, so a reply names its author after „użytkownikowi”
 * („Odpowiedz użytkownikowi {name}”) rather than WordPress's „Odpowiedz na %s”.
 * Checked by: written for this project (a machine-assisted draft) against the pl_PL comment-form
 * translation in Debian's WordPress 6.1 `wordpress-l10n` (a 2011 file, for WordPress 3.2.1, without
 * the consent sentence, written here after it) and Intl.PluralRules('pl'); not yet reviewed by a
 * native speaker.
 */
import type { Locale } from '../internal/localize.js';

const pl: Locale<'one' | 'few' | 'many'> = {
  tag: 'pl',
  dir: 'ltr',
  article: {
    loading: 'Wczytywanie artykułu…',
    tags: 'Tagi',
    loadFailed: 'Nie można wyświetlić artykułu: {reason}.',
  },
  byline: {
    by: 'Autor:',
    updated: 'Zaktualizowano',
    minRead: {
      one: '{count} min czytania',
      few: '{count} min czytania',
      many: '{count} min czytania',
      other: '{count} min czytania',
    },
  },
  commentForm: {
    heading: 'Dodaj komentarz',
    replyHeading: 'Odpowiedz użytkownikowi {name}',
    cancelReply: 'Anuluj pisanie odpowiedzi',
    emailNote: 'Twój adres e-mail nie zostanie opublikowany.',
    requiredNote: 'Wymagane pola są oznaczone *',
    comment: 'Komentarz',
    name: 'Podpis',
    email: 'E-mail',
    website: 'Witryna internetowa',
    consent: 'Zapisz w tej przeglądarce mój podpis, e-mail i witrynę na potrzeby kolejnych komentarzy.',
    submit: 'Opublikuj komentarz',
    sending: 'Wysyłanie…',
    honeypot: 'Zostaw puste',
    retry: 'Spróbuj ponownie',
    contentMissing: 'Wpisz treść komentarza.',
    contentTooLong: 'Skróć komentarz do {max} znaków (ma ich {count}).',
    nameMissing: 'Wpisz swój podpis.',
    emailMissing: 'Wpisz swój adres e-mail.',
    emailInvalid: 'Wpisz prawidłowy adres e-mail, np. jan@przyklad.pl.',
    urlInvalid: 'Wpisz prawidłowy adres witryny, np. https://przyklad.pl.',
    textMalformed: 'Ten tekst zawiera uszkodzony znak. Wpisz ponownie fragment, który wygląda nieprawidłowo.',
    fields: {
      one: '{count} pole wymaga uwagi.',
      few: '{count} pola wymagają uwagi.',
      many: '{count} pól wymaga uwagi.',
      other: '{count} pola wymaga uwagi.',
    },
    pending: 'Twój komentarz oczekuje na moderację.',
    approved: 'Twój komentarz został opublikowany.',
    sent: 'Twój komentarz został wysłany.',
    noEndpoint: 'Ten formularz nie ma adresu, na który mógłby wysyłać komentarze.',
    rejected: 'Nie udało się opublikować komentarza (błąd {status}).',
    duplicate: 'Ten komentarz został już przez ciebie dodany.',
    tooFast: 'Dodajesz komentarze zbyt szybko. Twój tekst został zachowany: spróbuj ponownie {time}.',
    soon: 'za chwilę',
    login: 'Zaloguj się, aby dodać komentarz.',
    closed: 'Możliwość komentowania jest wyłączona.',
    server: 'Wystąpił problem z serwerem i komentarz nie został zapisany. Twój tekst został zachowany: spróbuj ponownie {time}.',
    badResponse: 'Nie udało się odczytać odpowiedzi serwera. Twój tekst został zachowany: spróbuj ponownie.',
    redirected: 'Serwer komentarzy próbował przekierować komentarz pod inny adres, więc nie został on wysłany. Twój tekst został zachowany.',
    network: 'Nie udało się wysłać komentarza. Sprawdź połączenie z internetem. Twój tekst został zachowany: spróbuj ponownie.',
    timeout: 'Serwer zbyt długo nie odpowiadał. Twój tekst został zachowany: spróbuj ponownie.',
  },
  commentList: {
    heading: { one: '{count} komentarz', few: '{count} komentarze', many: '{count} komentarzy', other: '{count} komentarza' },
    headingNone: 'Nie ma jeszcze komentarzy',
    headingUnknown: 'Komentarze',
    empty: 'Dodaj pierwszy komentarz.',
    loading: 'Wczytywanie komentarzy…',
    loadFailed: 'Nie udało się wczytać komentarzy. Sprawdź połączenie i spróbuj ponownie.',
    loadFailedStatus: 'Nie udało się wczytać komentarzy (błąd {status}).',
    retry: 'Spróbuj ponownie',
    loadMore: 'Pokaż więcej komentarzy',
    loadingMore: 'Wczytywanie…',
    reply: 'Odpowiedz',
    replyTo: 'Odpowiedz użytkownikowi {name}',
    awaitingModeration: 'Twój komentarz oczekuje na moderację.',
    inReplyTo: 'W odpowiedzi użytkownikowi {name}',
    anonymous: 'Anonim',
    newComments: { one: '{count} nowy komentarz', few: '{count} nowe komentarze', many: '{count} nowych komentarzy', other: '{count} nowego komentarza' },
  },
};
export default pl;
