/** Shape checks for untrusted JSON, shared by every normalizer. */
export type Json = Record<string, unknown>;

/** A plain object (not null, not an array). */
export const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

/** A non-empty trimmed string, or `undefined`. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

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
