/**
 * What counts as text, for every field a person types or a server sends: one set of rules for the
 * elements and the comments server (pure functions of strings, no DOM), so that an invisible name
 * is "missing" on both sides.
 *
 * - Control characters (C0, DEL, C1) go, except tab and line feed; `\r\n` and `\r` become `\n`.
 * - Format characters (Unicode's Cf: zero-width space, bidirectional controls, soft hyphen, BOM …)
 *   go, except those that real writing needs: the zero-width (non-)joiners of Persian, Indic scripts
 *   and emoji sequences, and the tag characters of flag emoji. Direction is handled by the renderer,
 *   which isolates every user-provided value (`dir="auto"`, FSI…PDI).
 * - A value is blank when nothing visible is left: only white space, joiners, or characters that
 *   look like a space without being one (Braille blank U+2800, Hangul fillers U+3164, U+115F,
 *   U+1160, U+FFA0).
 * - Text must be well-formed UTF-16: a lone surrogate is an error, not something to guess at.
 */

// The C0 controls except tab (U+0009) and line feed (U+000A), DEL and the C1 controls.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const FORMATS = /(?![\u200c\u200d\u{e0020}-\u{e007f}])\p{Cf}/gu;
/** A character that is visible (neither white space, a joiner, nor blank-looking). */
const VISIBLE = /[^\s\u200c\u200d\u2800\u3164\u115f\u1160\uffa0]/u;
/**
 * Any character `cleanText` would change. Nearly every value has none, and one test is far cheaper
 * than three replacements (10,000 comments are cleaned when a thread loads).
 */
const TO_CLEAN = /[\r\u0000-\u0008\u000b-\u001f\u007f-\u009f]|\p{Cf}/u;

/** `value` without control and format characters (see above); line breaks as `\n`. */
export function cleanText(value: string): string {
  if (!TO_CLEAN.test(value)) return value;
  return value.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(FORMATS, '');
}

/** `cleanText` for a one-line value (a name, an address): tabs and line breaks become spaces. */
export function cleanLine(value: string): string {
  const cleaned = cleanText(value);
  return /[\t\n]/.test(cleaned) ? cleaned.replace(/[\t\n]/g, ' ') : cleaned;
}

/**
 * What is kept of a typed or received value: cleaned (`cleanText`, or `cleanLine` for a one-line
 * value), trimmed, and `''` when nothing visible is left. The form, the server and the elements'
 * normalizers all keep values this way.
 */
export function visibleText(value: string, { multiline = false } = {}): string {
  const text = (multiline ? cleanText(value) : cleanLine(value)).trim();
  return onlyInvisible(text) ? '' : text;
}

/** Nothing a reader could see: empty, white space, joiners or blank-looking characters only. */
export function isBlank(value: string): boolean {
  return onlyInvisible(cleanText(value));
}

/** `isBlank` for a value already cleaned (a name of each of 10,000 comments is not cleaned twice). */
const onlyInvisible = (cleaned: string): boolean => !VISIBLE.test(cleaned);

/** No lone surrogate (text that cannot be encoded as UTF-8). */
export function isWellFormed(value: string): boolean {
  // With the `u` flag a pair is one code point, so only a lone surrogate is a surrogate (Cs) here.
  return !/\p{Cs}/u.test(value);
}

/** Unicode's first-strong isolate around `value`: a name inside a sentence cannot reorder the sentence. */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}
