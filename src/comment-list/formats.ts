/**
 * Numbers and comment dates: "3 hours ago" for the last week, "March 3, 2024 at 10:00 AM" after that, and the
 * full date for the tooltip. One set of `Intl` formatters per language, made once — creating an
 * `Intl.DateTimeFormat` costs far more than formatting with one, and a thread has thousands of dates
 * (which is why the per-call helpers of `internal/locale.ts` are not used here).
 */

import { safeLocale } from '../internal/locale.js';

/** Units of the relative label, largest first, in seconds. */
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

export class CommentFormats {
  readonly lang: string;
  #locale?: string;
  #relative: Intl.RelativeTimeFormat;
  #absolute: Intl.DateTimeFormat;
  #full: Intl.DateTimeFormat;
  #plurals: Intl.PluralRules;

  constructor(lang: string) {
    this.lang = lang;
    const locale = (this.#locale = safeLocale(lang));
    this.#relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    this.#absolute = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    this.#full = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'long' });
    this.#plurals = new Intl.PluralRules(locale);
  }

  number(n: number): string {
    return n.toLocaleString(this.#locale);
  }

  plural(n: number): Intl.LDMLPluralRule {
    return this.#plurals.select(n);
  }

  /** What the comment shows: relative within a week of `now` (either side), absolute otherwise. */
  label(date: Date, now: number): string {
    const seconds = Math.round((date.getTime() - now) / 1000);
    const abs = Math.abs(seconds);
    if (abs > 7 * 86400) return this.#absolute.format(date);
    // Under a minute, or a server clock a little ahead: "now", not "in 2 minutes".
    const unit = abs >= 60 && !(seconds > 0 && seconds < 300) && UNITS.find((unit) => abs >= unit[1]);
    return unit ? this.#relative.format(Math.round(seconds / unit[1]), unit[0]) : this.#relative.format(0, 'second');
  }

  /** The full date and time, for `title`. */
  title(date: Date): string {
    return this.#full.format(date);
  }
}
