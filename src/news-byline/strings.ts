import { baseLanguage } from '../internal/locale.js';

/** Visible text of `<news-byline>`; every string can be overridden. */
export interface BylineStrings {
  by: string;
  updated: string;
  minRead: (minutes: number) => string;
}

const en: BylineStrings = {
  by: 'By',
  updated: 'Updated',
  minRead: (minutes) => `${minutes} min read`,
};

const fr: BylineStrings = {
  by: 'Par',
  updated: 'Mis à jour',
  minRead: (minutes) => `${minutes} min de lecture`,
};

export function bylineStrings(lang: string, overrides: Partial<BylineStrings> = {}): BylineStrings {
  return { ...(baseLanguage(lang) === 'fr' ? fr : en), ...overrides };
}
