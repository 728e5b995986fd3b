/**
 * Lazy registration of the comment elements, locales loaded on demand, and Lit's hydration support
 * on server-rendered pages — what `dist/news-elements.js` runs, and `news-elements/loader` for
 * bundlers. Importing it defines nothing yet: `<comment-list>` and `<comment-form>` are defined
 * when one of them comes within about a viewport of being seen, gets focus, or says
 * `loading="eager"`. Their code is imported relative to this module, so the files
 * beside it can be copied anywhere or served from a CDN. A page without comment elements never
 * fetches comment code.
 */
import { LitElement } from 'lit';
import { defineLazily } from './internal/lazy-define.js';
import { REQUEST_TIMEOUT_MS } from './internal/limits.js';
import { LOCALE_IMPORTS } from './internal/locale-chunks.js';
import { languageOf } from './internal/locale.js';
import { localeLoading, matchLocale, setLocaleImports } from './internal/localize.js';

// An element whose language is not English waits for its locale's chunk before it first renders.
setLocaleImports(LOCALE_IMPORTS);

const TAGS = 'news-article, news-byline, comment-list, comment-form';

/**
 * The locales of the elements already on the page, imported at once (one chunk per language,
 * shared by all of them). The bundle defines each element after they are in: until then the
 * page's placeholders for undefined elements hold its place, and no English shows first.
 */
const pageLocales = Promise.all(
  [...new Set([...document.querySelectorAll(TAGS)].map((el) => matchLocale(languageOf(el))))].map(localeLoading),
);

/**
 * Lit's hydration support, when elements on the page were rendered on the server (their
 * declarative shadow roots are there already): installed before any element is defined, and
 * fetched only on such a page — a client-rendered page does without it.
 */
const hydration = [...document.querySelectorAll(TAGS)].some((el) => el.shadowRoot)
  ? import('./internal/hydration.js').then(
      ({ installHydration }) => installHydration(LitElement),
      // Without it the elements still work: they render anew over the server's markup.
      (error: unknown) => console.warn('news-elements: hydration support could not be loaded; the elements render anew.', error),
    )
  : undefined;

/** Resolves when the elements may be defined: the page's locales are in, and hydration is installed where it is needed. */
export const beforeDefining: Promise<unknown> = Promise.all([pageLocales, hydration]);

/**
 * Resolves when every `<news-article>` on the page has shown its article or its error (at most
 * `REQUEST_TIMEOUT_MS`): while one is loading, its skeleton holds one viewport, and what follows it
 * is not yet where it will be.
 */
async function articlesSettled(): Promise<void> {
  const articles = [...document.querySelectorAll('news-article')];
  if (!articles.length) return;
  const settled = articles.map(async (article) => {
    await customElements.whenDefined('news-article');
    await (article as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    if ((article as HTMLElement & { article?: unknown }).article || !article.hasAttribute('src')) return;
    await new Promise((resolve) => {
      article.addEventListener('news-article-load', resolve, { once: true });
      article.addEventListener('news-article-error', resolve, { once: true });
    });
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, REQUEST_TIMEOUT_MS));
  await Promise.race([Promise.all(settled), timeout]);
  // One frame for the article's layout: then positions are final.
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

defineLazily(
  [
    { tag: 'comment-list', load: () => beforeDefining.then(() => import('./comment-list/define.js')) },
    { tag: 'comment-form', load: () => beforeDefining.then(() => import('./comment-form/define.js')) },
    { tag: 'comment-moderation', load: () => beforeDefining.then(() => import('./comment-moderation/define.js')) },
  ],
  { ready: document.readyState === 'loading' ? domReady().then(articlesSettled) : articlesSettled() },
);

function domReady(): Promise<void> {
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
