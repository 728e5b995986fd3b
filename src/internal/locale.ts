/**
 * Language and `Intl` helpers. The language comes from the nearest `lang` attribute, crossing
 * shadow-root boundaries (an element rendered inside another element's shadow root still follows
 * the page), then `<html lang>`, then the browser.
 */
import { isServer } from 'lit';
import { serverRender } from './server-render.js';

export function languageOf(el: Element): string {
  // On the server an element has no ancestors to ask: its own `lang`, else the page's.
  if (isServer) return el.getAttribute('lang') || serverRender().lang;
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
 * Groups: year, month, day, hour, minute, second, fraction (`.123`), zone (`Z` or an offset), and
 * the offset's sign, hours and minutes.
 */
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|([+-])(\d{2}):?(\d{2}))?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year, by the Gregorian calendar. */
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/**
 * Parses an ISO 8601 date or date-time (see above); `undefined` for anything else or an impossible
 * date. Called for every comment of a thread (10,000 of them at times), so the date is built from
 * the matched numbers rather than by parsing the string a second time with `new Date(text)`.
 */
export function parseDate(value: unknown): Date | undefined {
  const match = ISO_8601.exec(typeof value === 'string' ? value.trim() : '');
  if (!match) return undefined;
  const [, yearDigits, monthDigits, dayDigits, hourDigits, minuteDigits = '0', secondDigits = '0', fraction = '', zone, sign, offsetHours = '0', offsetMinutes = '0'] = match;
  const [year, month, day] = [Number(yearDigits), Number(monthDigits), Number(dayDigits)];
  const [hour, minute, second] = [Number(hourDigits ?? 0), Number(minuteDigits), Number(secondDigits)];
  const possible =
    month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) &&
    hour <= 23 && minute <= 59 && second <= 59 && Number(offsetHours) <= 23 && Number(offsetMinutes) <= 59;
  if (!possible) return undefined;
  // Milliseconds: the first three digits of the fraction (further digits are cut off, as `Date` does).
  const milliseconds = Number(fraction.slice(1, 4).padEnd(3, '0'));
  // The setters, unlike `Date.UTC`, leave years 0–99 as they are (not 1900–1999).
  const date = new Date(0);
  if (hourDigits !== undefined && zone === undefined) {
    // A time without a zone is the reader's local time.
    date.setFullYear(year, month - 1, day);
    date.setHours(hour, minute, second, milliseconds);
  } else {
    // UTC (a date alone is midnight UTC): an offset is taken off the local hours and minutes given.
    const direction = sign === '-' ? -1 : 1;
    date.setUTCFullYear(year, month - 1, day);
    date.setUTCHours(hour - direction * Number(offsetHours), minute - direction * Number(offsetMinutes), second, milliseconds);
  }
  return date;
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

/**
 * The zone a server render writes dates in (`RenderOptions.timeZone`); in a browser `undefined`:
 * the reader's own.
 */
export function renderTimeZone(): string | undefined {
  return isServer ? serverRender().timeZone : undefined;
}

/** The short name of `timeZone` at `date` in `locale` ("UTC", "EST", "GMT+1"). */
function zoneName(date: Date, locale: string | undefined, timeZone: string): string {
  const parts = cached(`zone ${locale} ${timeZone}`, () => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * `date` in `lang`. A browser writes the reader's local time. A server writes the render's time
 * zone, and names it after a short or medium time ("9:30 AM UTC"): the reader may be anywhere, and
 * the text stays as it is when the element hydrates.
 */
export function formatDate(date: Date, lang: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' }): string {
  const locale = safeLocale(lang);
  const timeZone = renderTimeZone();
  const zoned: Intl.DateTimeFormatOptions = timeZone ? { ...options, timeZone } : options;
  const text = cached(`date ${locale} ${JSON.stringify(zoned)}`, () => new Intl.DateTimeFormat(locale, zoned)).format(date);
  const unnamed = options.timeStyle === 'short' || options.timeStyle === 'medium';
  return timeZone && unnamed ? `${text} ${zoneName(date, locale, timeZone)}` : text;
}

/** Whether `a` and `b` fall on the same day where the date is shown (the reader's zone, or a server render's). */
export function isSameDay(a: Date, b: Date): boolean {
  const day: Intl.DateTimeFormatOptions = { dateStyle: 'short' };
  return formatDate(a, 'en', day) === formatDate(b, 'en', day);
}

/** The parts of "A", "A and B", "A, B and C" in the given language (`element` parts are the items). */
export function listParts(items: string[], lang: string): { type: string; value: string }[] {
  const locale = safeLocale(lang);
  return cached(`list ${locale}`, () => new Intl.ListFormat(locale)).formatToParts(items);
}
