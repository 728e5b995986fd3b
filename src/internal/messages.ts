/**
 * How a message is written: a string with named placeholders (`{name}`, `{count}`), or — for a
 * message that depends on a number — one such string per plural category of the language
 * (`Intl.PluralRules`: English has `one` and `other`, Arabic six, Japanese only `other`).
 */
import { safeLocale } from './locale.js';

/** A plural message: one text per category the language has; `other` is always there. */
export type PluralText = { readonly [category in Intl.LDMLPluralRule]?: string } & { readonly other: string };

/** Fills `{key}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  // Own keys only: `{constructor}` in an overriding string stays as written instead of printing a native function.
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : match));
}

const pluralRules = new Map<string | undefined, Intl.PluralRules>();
const numberFormats = new Map<string | undefined, Intl.NumberFormat>();

/**
 * The text of `message` for `count` in `lang`: the text of `count`'s plural category (else
 * `other`), with `{count}` written as a number of that language and the other `values` filled in.
 */
export function plural(message: PluralText, count: number, lang: string, values: Record<string, string | number> = {}): string {
  const locale = safeLocale(lang);
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return fill(message[rules.select(count)] ?? message.other, { ...values, count: formatNumber(count, lang) });
}

/** `value` written as numbers are in `lang` ("1,234", "1 234", "١٬٢٣٤"). */
export function formatNumber(value: number, lang: string): string {
  const locale = safeLocale(lang);
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}
