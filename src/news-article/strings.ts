import { baseLanguage } from '../internal/locale.js';

/** Visible text of `<news-article>` (its byline has its own, `BylineStrings`); every string can be overridden. */
export interface ArticleStrings {
  loading: string;
  tags: string;
  loadFailed: (reason: string) => string;
}

const en: ArticleStrings = {
  loading: 'Loading article…',
  tags: 'Tags',
  loadFailed: (reason) => `The article could not be shown: ${reason}.`,
};

const fr: ArticleStrings = {
  loading: 'Chargement de l’article…',
  tags: 'Mots-clés',
  loadFailed: (reason) => `L’article ne peut pas être affiché : ${reason}.`,
};

export function articleStrings(lang: string, overrides: Partial<ArticleStrings> = {}): ArticleStrings {
  return { ...(baseLanguage(lang) === 'fr' ? fr : en), ...overrides };
}
