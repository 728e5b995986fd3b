/** Shape checks for untrusted JSON, shared by every normalizer. */
export type Json = Record<string, unknown>;

/** A plain object (not null, not an array). */
export const isObject = (value: unknown): value is Json => !!value && typeof value === 'object' && !Array.isArray(value);

/** A non-empty trimmed string, or `undefined`. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;
