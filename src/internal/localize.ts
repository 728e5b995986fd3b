/**
 * The locales the elements speak, and which one an element uses. English is built into each
 * element; every other locale is a module of its own (`src/locales/<tag>.ts`) that is registered —
 * by `registerLocale()`, or by the loader the bundle sets (`setLocaleLoader`), which imports a
 * locale's chunk the first time an element on the page resolves to it.
 */
import type { ArticleStrings } from '../news-article/strings.js';
import type { BylineStrings } from '../news-byline/strings.js';
import type { CommentFormStrings } from '../comment-form/strings.js';
import type { CommentListStrings } from '../comment-list/strings.js';
import type { PluralText } from './messages.js';

/** The locales this package ships, English first (the fallback). */
export const LOCALE_TAGS = ['en', 'fr', 'es', 'de', 'it', 'pt', 'nl', 'pl', 'ar', 'he', 'hi', 'ja', 'zh-Hans', 'zh-Hant'] as const;
export type LocaleTag = (typeof LOCALE_TAGS)[number];

/**
 * Every text of every element in one language. `C` lists the plural categories of the language
 * (`Intl.PluralRules(tag).resolvedOptions().pluralCategories`): each plural message has exactly
 * those texts, so a missing or extra category — like a missing or extra key — is a type error.
 */
export interface Locale<C extends Intl.LDMLPluralRule = Intl.LDMLPluralRule> {
  /** The BCP 47 tag the locale is for (`fr`, `zh-Hant`). */
  tag: string;
  /** The direction its text runs in. */
  dir: 'ltr' | 'rtl';
  article: ArticleStrings;
  byline: BylineStrings<Record<C | 'other', string>>;
  commentForm: CommentFormStrings<Record<C | 'other', string>>;
  commentList: CommentListStrings<Record<C | 'other', string>>;
}

/** A locale as the registry holds it (any language's plural categories). */
export type AnyLocale = Omit<Locale, 'byline' | 'commentForm' | 'commentList'> & {
  byline: BylineStrings<PluralText>;
  commentForm: CommentFormStrings<PluralText>;
  commentList: CommentListStrings<PluralText>;
};

/** Each element's part of a locale. */
export type LocaleGroup = Exclude<keyof AnyLocale, 'tag' | 'dir'>;

/** How a locale's module is imported, by tag (src/internal/locale-chunks.ts). */
export type LocaleImports = Readonly<Partial<Record<string, () => Promise<{ default: AnyLocale }>>>>;

const registered = new Map<string, AnyLocale>();
/** Locales being imported, by tag: every element that needs one waits on the same promise. */
const loading = new Map<string, Promise<void>>();
let imports: LocaleImports = {};

/**
 * Makes a locale available to every element on the page (`import fr from 'news-elements/locales/fr'`,
 * then `registerLocale(fr)`); a locale of another tag than those shipped is matched too. Elements
 * already on the page speak it at their next render.
 */
export function registerLocale(locale: AnyLocale): void {
  registered.set(locale.tag, locale);
}

/**
 * The locales that can be imported when an element first needs one, and how: the bundle's loader
 * sets every shipped locale's chunk (src/internal/locale-chunks.ts).
 */
export function setLocaleImports(localeImports: LocaleImports): void {
  imports = localeImports;
}

/** The language and script subtags of a canonical tag: `zh-Hant` for zh-TW and zh-HK, `zh-Hans` for zh and zh-CN. */
function withScript(tag: string): string | undefined {
  try {
    const { language, script } = new Intl.Locale(tag).maximize();
    return script ? `${language}-${script}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The locale that best serves `lang`, by BCP 47 lookup among those registered or importable: the
 * whole tag, then its language and script (`zh-TW` → `zh-Hant`), then its language (`fr-CA` → `fr`,
 * `pt-BR` → `pt`); English when none is available.
 */
export function matchLocale(lang: string): string {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en'; // a malformed lang attribute
  }
  const known = (tag: string | undefined): tag is string => !!tag && (registered.has(tag) || Object.hasOwn(imports, tag));
  const language = canonical.split('-')[0];
  // A language written in several scripts is matched by script (Chinese); others by language alone.
  const candidates = [canonical, withScript(canonical), language];
  return candidates.find(known) ?? 'en';
}

/**
 * Resolves once the locale `tag` can be used: `undefined` when it already can (English, a
 * registered locale, or one that cannot be imported), else a promise that settles when its chunk
 * has been imported — or has failed to, and English stands in.
 */
export function localeLoading(tag: string): Promise<void> | undefined {
  const load = Object.hasOwn(imports, tag) ? imports[tag] : undefined;
  if (registered.has(tag) || !load) return undefined;
  let promise = loading.get(tag);
  if (!promise) {
    promise = load().then(
      (module) => registerLocale(module.default),
      (error: unknown) => console.warn(`news-elements: the "${tag}" locale could not be loaded; English is shown instead.`, error),
    );
    loading.set(tag, promise);
  }
  return promise;
}

/**
 * One element's strings for `lang`: the matched locale's, else `english`, with the element's
 * `strings` overrides on top.
 */
export function localized<G extends LocaleGroup>(group: G, lang: string, english: AnyLocale[G], overrides: Partial<AnyLocale[G]> = {}): AnyLocale[G] {
  return { ...(registered.get(matchLocale(lang))?.[group] ?? english), ...overrides };
}

/** The direction of `lang`'s text when the element's page does not say (`dir`): from the locale. */
export function localeDirection(lang: string): 'ltr' | 'rtl' {
  return registered.get(matchLocale(lang))?.dir ?? 'ltr';
}
