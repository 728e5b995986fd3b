import { html, type TemplateResult } from 'lit';
import { safeUrl } from '../internal/sanitize.js';

/**
 * Plain comment text → Lit values. Only two things ever become markup: blank lines start a new
 * paragraph, and http(s) URLs become links with `rel="ugc nofollow noopener"`. Everything else —
 * `<b>`, `javascript:…`, entities — stays text, because Lit binds strings as text nodes. No HTML
 * string is ever built. Single line breaks are kept by `white-space: pre-line` on the paragraph.
 */

/** An http(s) URL that does not start in the middle of a word. Trailing punctuation is trimmed below. */
const URL_PATTERN = /(?<![\p{L}\p{N}_@/.-])https?:\/\/[^\s<>"'`\u00a0\u2000-\u200b\u2028\u2029\u3000]+/giu;
const TRAILING = /[.,;:!?'"\u2019\u201d*_~]+$/u;

/** Strips sentence punctuation after a URL, and a closing bracket that the URL did not open. */
function trimUrl(url: string): string {
  let result = url;
  for (;;) {
    const trimmed = result.replace(TRAILING, '');
    const last = trimmed.at(-1);
    const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
    const open = last ? pairs[last] : undefined;
    if (open && count(trimmed, open) < count(trimmed, last!)) {
      result = trimmed.slice(0, -1);
      continue;
    }
    return trimmed;
  }
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (const char of haystack) if (char === needle) n++;
  return n;
}

export type LinkifiedPart = string | { href: string; text: string };

/** Splits one piece of text into strings and links (pure: used by the element and by tests). */
export function splitLinks(text: string): LinkifiedPart[] {
  const parts: LinkifiedPart[] = [];
  let last = 0;
  URL_PATTERN.lastIndex = 0;
  for (let match = URL_PATTERN.exec(text); match; match = URL_PATTERN.exec(text)) {
    const url = trimUrl(match[0]);
    const href = url.length > 'https://'.length ? safeUrl(url, 'link') : undefined;
    if (!href) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ href, text: url });
    last = match.index + url.length;
    URL_PATTERN.lastIndex = last;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

const link = (part: { href: string; text: string }) =>
  html`<a href=${part.href} rel="ugc nofollow noopener">${part.text}</a>`;

/** Plain text → paragraphs of text and links. */
export function linkify(text: string): TemplateResult[] {
  const paragraphs = text.replace(/\r\n?/g, '\n').trim().split(/\n[ \t]*\n\s*/);
  return paragraphs.map((paragraph) => {
    // The common case — no URL — costs one regex test and one text binding.
    if (!paragraph.includes('://')) return html`<p>${paragraph}</p>`;
    return html`<p>${splitLinks(paragraph).map((part) => (typeof part === 'string' ? part : link(part)))}</p>`;
  });
}
