/**
 * Server HTML → the sentence a reader should see. A comment server controls every byte of what it
 * answers, so each step here is one left-to-right pass: it goes from one tag or reference to the
 * next, never back, and stops looking for an end (`>`, `</script>`) once it knows none is left. Its
 * patterns are fixed words or runs of one kind of character, which cannot make the regular
 * expression engine go over the rest of the input again for each place it tries. So the time is
 * linear in the input whatever its shape (a megabyte of unclosed `<script` openings took minutes
 * with the regular expressions this replaced).
 *
 * Done by scanning, not with a DOM parser: parsing `<img onerror>` even inertly makes a strict CSP
 * page report a violation. The result is only ever rendered as text.
 */

/**
 * Elements dropped with everything in them, each with the pattern of its end tag (any case, spaces
 * allowed before the `>`). Global patterns: `findFrom` sets where each search starts.
 */
const HIDDEN_ELEMENTS: ReadonlyMap<string, RegExp> = new Map(['script', 'style', 'head', 'title'].map((name) => [name, new RegExp(`</${name}\\s*>`, 'gi')]));

/** Tags (opening or closing) that separate words: each becomes a space. */
const BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td']);

/** The named character references decoded; any other `&name;` stays as written. */
// (`&nbsp;` decodes to a plain space: the spaces are collapsed afterwards anyway, no-break ones too.)
const NAMED_REFERENCES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
  ['hellip', '…'],
]);

/** Characters shown at most (the last one an ellipsis when the text was longer). */
const MAX_CHARS = 300;

/**
 * The sentence in server HTML: scripts, styles, `<head>` and `<title>` dropped, block tags a space,
 * other tags removed, character references decoded, spaces collapsed, WordPress's "Error:" prefix
 * removed, at most 300 characters.
 */
export function plainText(html: string): string {
  const text = collapseSpaces(decodeReferences(removeTags(dropHiddenAndSeparateBlocks(html)))).replace(/^(error|erreur)\s*:\s*/i, '');
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

/**
 * The message of a WordPress HTML error page (what `wp_die()` puts in
 * `<div class="wp-die-message">`), else the text of a short page; else nothing.
 */
export function pageMessage(html: string): string {
  const box = wpDieMessage(html);
  const text = plainText(box ?? html);
  return box !== undefined || text.length < 200 ? text : '';
}

/**
 * The HTML between the first `wp-die-message` marker's `>` and the `</div>` after it. Only the
 * first marker counts: when no `>` or no `</div>` follows it, none follows a later marker either.
 */
function wpDieMessage(html: string): string | undefined {
  const marker = /wp-die-message/i.exec(html);
  if (!marker) return undefined;
  const gt = html.indexOf('>', marker.index + marker[0].length);
  if (gt === -1) return undefined;
  const end = findFrom(/<\/div>/gi, html, gt + 1);
  return end === -1 ? undefined : html.slice(gt + 1, end);
}

/** The index of `pattern`'s next match in `text` at or after `from`, or -1. `pattern` must be global. */
function findFrom(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/**
 * Where a tag that matters here starts: a hidden element's opening tag or a block tag (opening or
 * closing), its whole name (`<pre` is not `<p`). Global: the scan sets where it goes on from.
 */
const SPECIAL_TAG = new RegExp(`<(/?)(${[...HIDDEN_ELEMENTS.keys(), ...BLOCK_TAGS].join('|')})\\b`, 'gi');

/**
 * Drops hidden elements (`<script …>…</script>` etc.) and turns block tags into a space. A hidden
 * element without an end tag is left to `removeTags`, which takes away its opening tag only.
 */
function dropHiddenAndSeparateBlocks(html: string): string {
  const parts: string[] = [];
  /** Hidden elements whose end tag does not occur any more: they are not searched for again. */
  const unclosed = new Set<string>();
  let copied = 0; // html before this index is in `parts`
  SPECIAL_TAG.lastIndex = 0;
  for (let tag = SPECIAL_TAG.exec(html); tag; tag = SPECIAL_TAG.exec(html)) {
    const [, slash, tagName] = tag;
    const name = tagName.toLowerCase();
    const endTag = slash || unclosed.has(name) ? undefined : HIDDEN_ELEMENTS.get(name);
    let after = -1; // where the text after the replaced markup starts, when there is markup to replace
    if (endTag) {
      if (findFrom(endTag, html, SPECIAL_TAG.lastIndex) === -1) unclosed.add(name);
      else after = endTag.lastIndex;
    } else if (BLOCK_TAGS.has(name)) {
      const gt = html.indexOf('>', SPECIAL_TAG.lastIndex);
      if (gt === -1) break; // no `>` any more: nothing after this can be a tag
      after = gt + 1;
    }
    if (after !== -1) {
      parts.push(html.slice(copied, tag.index), ' ');
      copied = SPECIAL_TAG.lastIndex = after;
    }
  }
  parts.push(html.slice(copied));
  return parts.join('');
}

/** Removes every `<…>` (from a `<` to the next `>`); a `<` with no `>` after it stays as text. */
function removeTags(html: string): string {
  const parts: string[] = [];
  let copied = 0;
  for (let lt = html.indexOf('<'); lt !== -1; lt = html.indexOf('<', copied)) {
    const gt = html.indexOf('>', lt);
    if (gt === -1) break; // no `>` any more: the rest is text
    parts.push(html.slice(copied, lt));
    copied = gt + 1;
  }
  parts.push(html.slice(copied));
  return parts.join('');
}

/** `&#8217;` (decimal), `&#x2019;` (hex) or `&name;`. Global: the scan sets where it goes on from. */
const REFERENCE = /&(?:#(\d+)|#[xX]([\da-fA-F]+)|(\w+));/g;

/** A numeric reference's character (U+FFFD for NUL, surrogates and out-of-range codes). */
const charOf = (code: number): string => String.fromCodePoint(code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? code : 0xfffd);

/** The character a `REFERENCE` match stands for, or `undefined` for a name not in the table. */
function referencedChar([, decimal, hex, name]: RegExpExecArray): string | undefined {
  if (decimal) return charOf(parseInt(decimal, 10));
  if (hex) return charOf(parseInt(hex, 16));
  return NAMED_REFERENCES.get(name);
}

/** Decodes numeric references and the named ones in `NAMED_REFERENCES`; anything else stays as written. */
function decodeReferences(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  REFERENCE.lastIndex = 0;
  // (At each `&` the pattern reads digits or a name, which contain no `&`: every character is read
  // for one `&` at most.)
  for (let reference = REFERENCE.exec(text); reference; reference = REFERENCE.exec(text)) {
    const char = referencedChar(reference);
    if (char === undefined) continue;
    parts.push(text.slice(copied, reference.index), char);
    copied = REFERENCE.lastIndex;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Every run of white space (no-break spaces too) as one space, none at the ends. */
const collapseSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();
