import type { Author } from './article-context.js';
import { isObject, text, withDefined } from './json.js';
import { safeUrl } from './sanitize.js';

/**
 * Untrusted author entries → authors with a non-empty name and checked URLs. A bare string is a
 * name; entries without a usable name are dropped.
 */
export function normalizeAuthors(value: unknown): Author[] {
  if (!Array.isArray(value)) return [];
  const authors: Author[] = [];
  for (const entry of value) {
    const record = typeof entry === 'string' ? { name: entry } : entry;
    if (!isObject(record)) continue;
    const name = text(record.name);
    if (!name) continue;
    authors.push(withDefined<Author>({ name }, { url: safeUrl(record.url), image: safeUrl(record.image, 'image'), role: text(record.role) }));
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
