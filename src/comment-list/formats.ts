/**
 * Comment dates: "3 hours ago" for the last week, "March 3, 2024 at 10:00 AM" after that, and the
 * full date for the tooltip. One set of `Intl` formatters per language, made once — creating an
 * `Intl.DateTimeFormat` costs far more than formatting with one, and a thread has thousands of dates
 * (which is why the per-call helpers of `internal/locale.ts` are not used here, but for the zone a
 * server render names).
 */

import { formatDate, renderTimeZone, safeLocale } from '../internal/locale.js';

/** Units of the relative label, largest first. */
const UNITS: { unit: Intl.RelativeTimeFormatUnit; inSeconds: number }[] = [
  { unit: 'day', inSeconds: 86400 },
  { unit: 'hour', inSeconds: 3600 },
  { unit: 'minute', inSeconds: 60 },
];

/** The formatters of one language (closures rather than a class: their names minify). */
export interface CommentFormats {
  /** What the comment shows: relative within a week of `now` (either side), absolute otherwise. */
  label(date: Date, now: number): string;
  /** The full date and time, for `title`. */
  title(date: Date): string;
}

const formatsByLanguage = new Map<string, CommentFormats>();

/**
 * The formatters for `lang`, made on first use and shared by every list. A server render writes
 * dates in its own time zone (and names it: see `formatDate`).
 */
export function commentFormats(lang: string): CommentFormats {
  const timeZone = renderTimeZone();
  const key = timeZone ? `${lang} ${timeZone}` : lang;
  let formats = formatsByLanguage.get(key);
  if (!formats) {
    formats = createFormats(lang, timeZone);
    formatsByLanguage.set(key, formats);
  }
  return formats;
}

function createFormats(lang: string, timeZone: string | undefined): CommentFormats {
  const locale = safeLocale(lang);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };
  // On the server: in the render's zone, named ("10:00 AM UTC"), as `formatDate` writes it.
  const absolute = timeZone ? (date: Date) => formatDate(date, lang, options) : new Intl.DateTimeFormat(locale, options).format;
  return {
    label(date, now) {
      const seconds = Math.round((date.getTime() - now) / 1000);
      const abs = Math.abs(seconds);
      if (abs > 7 * 86400) return absolute(date);
      // Under a minute, or a server clock a little ahead: "now", not "in 2 minutes".
      if (abs < 60 || (seconds > 0 && seconds < 300)) return relative.format(0, 'second');
      // `abs` is a minute or more here: some unit fits.
      const { unit, inSeconds } = UNITS.find((candidate) => abs >= candidate.inSeconds)!;
      return relative.format(Math.round(seconds / inSeconds), unit);
    },
    // `format` of an Intl.DateTimeFormat is already bound to it.
    title: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long', timeZone }).format,
  };
}
