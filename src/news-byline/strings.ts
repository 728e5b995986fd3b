import type { PluralText } from '../internal/messages.js';

/** Visible text of `<news-byline>`; every string can be overridden. */
export interface BylineStrings<Plural = PluralText> {
  by: string;
  updated: string;
  /** The reading time; `{count}` is the number of minutes. */
  minRead: Plural;
}

/** English, built in; other languages are in src/locales/. */
export const en: BylineStrings<Record<'one' | 'other', string>> = {
  by: 'By',
  updated: 'Updated',
  minRead: { one: '{count} min read', other: '{count} min read' },
};
