import type { Author } from '../model/article.js';
import { displayText, isObject, withDefined } from './json.js';
import { MAX_AUTHORS } from './limits.js';
import { safeUrl } from '../sanitize/sanitize.js';

/**
 * Untrusted author entries → authors with a visible name and checked URLs, at most `MAX_AUTHORS`. A
 * bare string is a name; entries without a usable name are dropped.
 */
export function normalizeAuthors(value: unknown): Author[] {
  if (!Array.isArray(value)) return [];
  const authors: Author[] = [];
  for (const entry of value) {
    const record = typeof entry === 'string' ? { name: entry } : entry;
    if (!isObject(record)) continue;
    const name = displayText(record.name);
    if (!name) continue;
    authors.push(withDefined<Author>({ name }, { url: safeUrl(record.url), image: safeUrl(record.image, 'image'), role: displayText(record.role) }));
    if (authors.length === MAX_AUTHORS) break; // a byline, not a phone book
  }
  return authors;
}

/** The `authors` attribute of `<news-byline>`: JSON (array or one author), or a plain name. */
export function parseAuthorsAttribute(value: string | null): Author[] | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return normalizeAuthors([parsed].flat()); // one author or a list of them
  } catch {
    return normalizeAuthors([value]);
  }
}
