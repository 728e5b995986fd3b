/**
 * Numbers and comment dates: "3 hours ago" for the last week, "March 3, 2024 at 10:00 AM" after that, and the
 * full date for the tooltip. One set of `Intl` formatters per language, made once — creating an
 * `Intl.DateTimeFormat` costs far more than formatting with one, and a thread has thousands of dates.
 */

const WEEK = 7 * 86400;

function locale(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined; // a malformed lang attribute: the browser's default
  }
}

export class CommentFormats {
  readonly lang: string;
  private readonly relative: Intl.RelativeTimeFormat;
  private readonly absolute: Intl.DateTimeFormat;
  private readonly full: Intl.DateTimeFormat;
  private readonly numbers: Intl.NumberFormat;
  private readonly plurals: Intl.PluralRules;

  constructor(lang: string) {
    this.lang = lang;
    const loc = locale(lang);
    this.relative = new Intl.RelativeTimeFormat(loc, { numeric: 'auto' });
    this.absolute = new Intl.DateTimeFormat(loc, { dateStyle: 'long', timeStyle: 'short' });
    this.full = new Intl.DateTimeFormat(loc, { dateStyle: 'full', timeStyle: 'long' });
    this.numbers = new Intl.NumberFormat(loc);
    this.plurals = new Intl.PluralRules(loc);
  }

  number(n: number): string {
    return this.numbers.format(n);
  }

  plural(n: number): Intl.LDMLPluralRule {
    return this.plurals.select(n);
  }

  /** What the comment shows: relative within a week of `now` (either side), absolute otherwise. */
  label(date: Date, now: number): string {
    let seconds = Math.round((date.getTime() - now) / 1000);
    const abs = Math.abs(seconds);
    if (abs > WEEK) return this.absolute.format(date);
    if (seconds > 0 && seconds < 300) seconds = 0; // a server clock a little ahead: "now", not "in 2 minutes"
    if (abs < 60 || seconds === 0) return this.relative.format(0, 'second');
    if (abs < 3600) return this.relative.format(Math.round(seconds / 60), 'minute');
    if (abs < 86400) return this.relative.format(Math.round(seconds / 3600), 'hour');
    return this.relative.format(Math.round(seconds / 86400), 'day');
  }

  /** The full date and time, for `title`. */
  title(date: Date): string {
    return this.full.format(date);
  }
}
