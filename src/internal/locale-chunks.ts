/**
 * Every shipped locale but English as an on-demand import, for `setLocaleImports`: the bundle's
 * loader (src/loader.ts) sets it, and the bundler makes each locale a chunk of its own, fetched the
 * first time an element on the page resolves to that language.
 */
import type { AnyLocale, LocaleTag } from './localize.js';

type LocaleModule = Promise<{ default: AnyLocale }>;

/** A tag added to `LOCALE_TAGS` and missing here is a type error. */
export const LOCALE_IMPORTS: Record<Exclude<LocaleTag, 'en'>, () => LocaleModule> = {
  fr: () => import('../locales/fr.js'),
  es: () => import('../locales/es.js'),
  de: () => import('../locales/de.js'),
  it: () => import('../locales/it.js'),
  pt: () => import('../locales/pt.js'),
  nl: () => import('../locales/nl.js'),
  pl: () => import('../locales/pl.js'),
  ar: () => import('../locales/ar.js'),
  he: () => import('../locales/he.js'),
  hi: () => import('../locales/hi.js'),
  ja: () => import('../locales/ja.js'),
  'zh-Hans': () => import('../locales/zh-Hans.js'),
  'zh-Hant': () => import('../locales/zh-Hant.js'),
};
