/**
 * Language and `Intl` helpers. The language comes from the nearest `lang` attribute, crossing
 * shadow-root boundaries (an element rendered inside another element's shadow root still follows
 * the page), then `<html lang>`, then the browser.
 */
export function languageOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    const lang = withLang?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || navigator.language || 'en';
}

/** Primary subtag in lower case: `fr-CA` → `fr`. */
export function baseLanguage(lang: string): string {
  return lang.toLowerCase().split('-')[0];
}

/** The canonical form of a `lang` value, or `undefined` (the browser's default) when it is malformed. */
export function safeLocale(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined; // a malformed lang attribute falls back to the browser's default
  }
}

/** Parses a date string (ISO 8601); `undefined` for anything that is not a real date. */
export function parseDate(value: unknown): Date | undefined {
  const date = new Date(typeof value === 'string' ? value : NaN);
  return isNaN(+date) ? undefined : date;
}

export function formatDate(date: Date, lang: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' }): string {
  return new Intl.DateTimeFormat(safeLocale(lang), options).format(date);
}

/** The parts of "A", "A and B", "A, B and C" in the given language (`element` parts are the items). */
export function listParts(items: string[], lang: string): { type: string; value: string }[] {
  return new Intl.ListFormat(safeLocale(lang)).formatToParts(items);
}

