/** Visible text of `<news-article>` (its byline has its own, `BylineStrings`); every string can be overridden. */
export interface ArticleStrings {
  loading: string;
  tags: string;
  /** `{reason}` says what is wrong with the article. */
  loadFailed: string;
}

/** English, built in; other languages are in src/locales/. */
export const en: ArticleStrings = {
  loading: 'Loading article…',
  tags: 'Tags',
  loadFailed: 'The article could not be shown: {reason}.',
};
