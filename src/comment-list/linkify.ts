import { html, type TemplateResult } from 'lit';
import { safeUrl } from '../internal/sanitize.js';

/**
 * Plain comment text → Lit values. Only two things ever become markup: blank lines start a new
 * paragraph, and http(s) URLs become links with `rel="ugc nofollow noopener"`. Everything else —
 * `<b>`, `javascript:…`, entities — stays text, because Lit binds strings as text nodes. No HTML
 * string is ever built. Single line breaks are kept by `white-space: pre-line` on the paragraph.
 */

/** An http(s) URL that does not start in the middle of a word. Trailing punctuation is trimmed below. */
// `\s` already covers the no-break, ideographic and other Unicode spaces; U+200B is not a space to it.
const URL_PATTERN = /(?<![\p{L}\p{N}_@/.-])https?:\/\/[^\s<>"'`\u200b]+/giu;
const TRAILING = /[.,;:!?'"\u2019\u201d*_~]+$/u;
const OPENING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** How often `char` occurs in `text`. */
const count = (text: string, char: string) => text.split(char).length;

/** Strips sentence punctuation after a URL, and a closing bracket that the URL did not open. */
function trimUrl(url: string): string {
  for (;;) {
    url = url.replace(TRAILING, '');
    const last = url.at(-1)!;
    const open = OPENING[last];
    if (!open || count(url, open) >= count(url, last)) return url;
    url = url.slice(0, -1);
  }
}

export type LinkifiedPart = string | { href: string; text: string };

/** Splits one piece of text into strings and links (pure: used by the element and by tests). */
export function splitLinks(text: string): LinkifiedPart[] {
  const parts: LinkifiedPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    const href = url.length > 8 && safeUrl(url); // more than a bare "https://"
    if (!href) continue;
    const index = match.index!;
    if (index > last) parts.push(text.slice(last, index));
    parts.push({ href, text: url });
    last = index + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Plain text → paragraphs of text and links. */
export const linkify = (text: string): TemplateResult[] =>
  text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map(
      (paragraph) =>
        // The common case — no URL — costs one string search and one text binding.
        html`<p>${paragraph.includes('://')
          ? splitLinks(paragraph).map((part) =>
              typeof part == 'string' ? part : html`<a href=${part.href} rel="ugc nofollow noopener">${part.text}</a>`,
            )
          : paragraph}</p>`,
    );
