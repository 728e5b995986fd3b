import { baseLanguage } from '../internal/locale.js';

/** Visible text of `<news-article>` and `<news-byline>`; every string can be overridden. */
export interface ArticleStrings {
  loading: string;
  tags: string;
  by: string;
  updated: string;
  minRead: (minutes: number) => string;
  loadFailed: (reason: string) => string;
}

const en: ArticleStrings = {
  loading: 'Loading article…',
  tags: 'Tags',
  by: 'By',
  updated: 'Updated',
  minRead: (minutes) => `${minutes} min read`,
  loadFailed: (reason) => `The article could not be shown: ${reason}.`,
};

const fr: ArticleStrings = {
  loading: 'Chargement de l’article…',
  tags: 'Mots-clés',
  by: 'Par',
  updated: 'Mis à jour',
  minRead: (minutes) => `${minutes} min de lecture`,
  loadFailed: (reason) => `L’article ne peut pas être affiché : ${reason}.`,
};

export function articleStrings(lang: string, overrides: Partial<ArticleStrings> = {}): ArticleStrings {
  return { ...(baseLanguage(lang) === 'fr' ? fr : en), ...overrides };
}
