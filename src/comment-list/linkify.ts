import { html, type TemplateResult } from 'lit';
import { MAX_LINKIFIED_CHARS, MAX_URL_CHARS } from '../internal/limits.js';
import { safeUrl } from '../sanitize/sanitize.js';

/**
 * Plain comment text → Lit values. Only two things ever become markup: blank lines start a new
 * paragraph, and http(s) URLs become links with `rel="ugc nofollow noopener"`. Everything else —
 * `<b>`, `javascript:…`, entities — stays text, because Lit binds strings as text nodes. No HTML
 * string is ever built. Single line breaks are kept by `white-space: pre-line` on the paragraph.
 */

/** An http(s) URL that does not start in the middle of a word. Trailing punctuation is trimmed below. */
// `\s` already covers the no-break, ideographic and other Unicode spaces; U+200B is not a space to it.
// A URL also ends at a bidirectional control (U+200E/F, U+202A–E, U+2066–9): after one, the text that
// follows could be shown reversed, so a link would read as an address it does not go to.
const URL_PATTERN = /(?<![\p{L}\p{N}_@/.-])https?:\/\/[^\s<>"'`\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]+/giu;
/** Sentence punctuation that ends a sentence rather than a URL. */
const TRAILING = new Set('.,;:!?\'"\u2019\u201d*_~');
const OPENING = new Map([
  [')', '('],
  [']', '['],
  ['}', '{'],
]);

/**
 * Strips sentence punctuation after a URL, and each closing bracket that the URL did not open.
 * Linear: the brackets are counted once, then the end is walked back one character at a time.
 */
function trimUrl(url: string): string {
  const balance = new Map<string, number>(); // closers minus openers, per closing bracket
  for (const [close, open] of OPENING) balance.set(close, count(url, close) - count(url, open));
  let end = url.length;
  while (end > 0) {
    const last = url[end - 1];
    if (TRAILING.has(last)) end--;
    else if ((balance.get(last) ?? 0) > 0) {
      balance.set(last, balance.get(last)! - 1);
      end--;
    } else break;
  }
  return url.slice(0, end);
}

/** How often `char` occurs in `text`. */
function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

export type LinkifiedPart = string | { href: string; text: string };

/** Splits one piece of text into strings and links (pure: used by the element and by tests). */
export function splitLinks(text: string): LinkifiedPart[] {
  const parts: LinkifiedPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    // More than a bare "https://", and not so long that no server would take it.
    const href = url.length > 8 && url.length <= MAX_URL_CHARS && safeUrl(url);
    if (!href) continue;
    const index = match.index!;
    if (index > last) parts.push(text.slice(last, index));
    parts.push({ href, text: url });
    last = index + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Plain text → paragraphs of text and links. A text longer than `MAX_LINKIFIED_CHARS` gets no links. */
export const linkify = (text: string): TemplateResult[] => {
  const linksAllowed = text.length <= MAX_LINKIFIED_CHARS;
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map(
      (paragraph) =>
        // The common case — no URL — costs one string search and one text binding.
        html`<p>${linksAllowed && paragraph.includes('://')
          ? splitLinks(paragraph).map((part) =>
              typeof part === 'string' ? part : html`<a href=${part.href} rel="ugc nofollow noopener">${part.text}</a>`,
            )
          : paragraph}</p>`,
    );
};
