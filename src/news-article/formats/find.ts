import { isObject } from '../../internal/json.js';
import type { ArticleFormat, ArticleFormatName } from './format.js';

/**
 * The format of `formats` to read `input` with: the one named, or with `auto` the first whose shape
 * fits. When none fits, the error lists what each format looks for, so a publisher sees what was tried.
 */
export function findFormat(
  formats: readonly ArticleFormat[],
  input: unknown,
  name: ArticleFormatName | 'auto',
): { format: ArticleFormat } | { error: string } {
  if (name !== 'auto') {
    const format = formats.find((candidate) => candidate.name === name);
    if (!format) return { error: `unknown format "${String(name)}" (one of auto, ${formats.map((f) => f.name).join(', ')})` };
    return isObject(input) || (format.name === 'schema' && Array.isArray(input)) ? { format } : { error: 'the article must be a JSON object' };
  }
  // An array is a page's JSON-LD scripts, which only schema.org reads.
  if (Array.isArray(input)) {
    const schema = formats.find((candidate) => candidate.name === 'schema');
    return schema?.detect(input as unknown as Record<string, unknown>) ? { format: schema } : { error: 'the article must be a JSON object' };
  }
  if (!isObject(input)) return { error: 'the article must be a JSON object' };
  const format = formats.find((candidate) => candidate.detect(input));
  if (format) return { format };
  return { error: `the JSON is not an article in a format we read; tried ${formats.map((f) => `${f.name}: ${f.expects}`).join('; ')}` };
}
