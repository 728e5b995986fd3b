/**
 * Language and `Intl` helpers. The language comes from the nearest `lang` attribute, crossing
 * shadow-root boundaries (an element rendered inside another element's shadow root still follows
 * the page), then `<html lang>`, then the browser.
 */
export function languageOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    const lang = withLang?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || navigator.language || 'en';
}

/** Primary subtag in lower case: `fr-CA` → `fr`. */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0];
}

/** The canonical form of a `lang` value, or `undefined` (the browser's default) when it is malformed. */
export function safeLocale(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined; // a malformed lang attribute falls back to the browser's default
  }
}

/**
 * An RFC 3339 / ISO 8601 date-time (`2026-01-14T09:30:00Z`, `…+05:30`, `…T09:30` in the reader's
 * zone) or date (`2026-01-14`, midnight UTC). Nothing looser: `Date.parse` would also take "1"
 * (as 2001), RFC 1123 strings and February 30 (as March 2).
 */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?([Zz]|[+-](\d{2}):?(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year, by the Gregorian calendar. */
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/**
 * Parses an ISO 8601 date or date-time (see above); `undefined` for anything else or an impossible
 * date. Called for every comment of a thread (10,000 of them at times), so it reads the matched
 * groups directly rather than through intermediate arrays.
 */
export function parseDate(value: unknown): Date | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  const match = ISO_8601.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', , offsetHours = '0', offsetMinutes = '0'] = match;
  const possible =
    +month >= 1 && +month <= 12 && +day >= 1 && +day <= daysIn(+year, +month) &&
    +hour <= 23 && +minute <= 59 && +second <= 59 && +offsetHours <= 23 && +offsetMinutes <= 59;
  if (!possible) return undefined;
  // A date alone is midnight UTC (as `Date` reads it); with a time, `Date` reads what the pattern allowed.
  const date = new Date(match[4] ? text : `${text}T00:00:00Z`);
  return isNaN(+date) ? undefined : date;
}

/**
 * Formatters made once per language and options, and reused: creating an `Intl` formatter costs far
 * more than formatting with one (the byline formats on every render).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

export function formatDate(date: Date, lang: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' }): string {
  const locale = safeLocale(lang);
  return cached(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** The parts of "A", "A and B", "A, B and C" in the given language (`element` parts are the items). */
export function listParts(items: string[], lang: string): { type: string; value: string }[] {
  const locale = safeLocale(lang);
  return cached(`list ${locale}`, () => new Intl.ListFormat(locale)).formatToParts(items);
}
