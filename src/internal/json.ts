/** Shape checks for untrusted JSON, shared by every normalizer. */
import { visibleText } from './text.js';

export type Json = Record<string, unknown>;

/** A plain object (not null, not an array). */
export const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

/** A non-empty trimmed string, or `undefined`. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/**
 * A short piece of text to show (a headline, a name, a tag): control and format characters removed,
 * on one line, trimmed; `undefined` when nothing visible is left (a name of zero-width spaces is no name).
 */
export function displayText(value: unknown): string | undefined {
  return (typeof value === 'string' && visibleText(value)) || undefined;
}

/**
 * `target` with every value of `values` that is not `undefined` copied onto it, in order: a field
 * the input lacks stays an absent key rather than one holding `undefined`.
 */
export function withDefined<T extends object>(target: T, values: Partial<T>): T {
  for (const key in values) {
    const value = values[key];
    if (value !== undefined) target[key] = value;
  }
  return target;
}
