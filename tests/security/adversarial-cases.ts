/**
 * The worst inputs we know of, at the largest size each function accepts, for every function that
 * touches untrusted text or structure. Shared by `adversarial.test.ts` (each must finish within a
 * generous bound) and `npm run bench:adversarial` (prints how long each takes). A super-linear
 * function shows up here as seconds instead of milliseconds.
 */
import { render } from 'lit';
import { linkify, splitLinks } from '../../src/comment-list/linkify.js';
import { buildThread, nextFromLinkHeader, normalizePage, visibleThread, type Comment } from '../../src/comment-list/thread.js';
import { pageMessage, plainText } from '../../src/comment-form/plain-text.js';
import { checkField, cleanField, DEFAULT_MAXLENGTH } from '../../src/comment-form/rules.js';
import { MAX_ARTICLE_BLOCKS, MAX_ARTICLE_BODY_CHARS, MAX_LINKIFIED_CHARS, MAX_OPEN_ELEMENTS, RENDER_BATCH } from '../../src/internal/limits.js';
import { parseDate } from '../../src/internal/locale.js';
import { sanitizeHTML, textOfHTML } from '../../src/sanitize/sanitize.js';
import { cleanText, isBlank } from '../../src/internal/text.js';
import { countWords, normalizeArticle } from '../../src/news-article/normalize.js';

export interface AdversarialCase<T = unknown> {
  /** `function: what the input is`. */
  name: string;
  /** Builds the input (not timed). */
  input: () => T;
  /** The work that is timed. */
  run: (input: T) => unknown;
}

const repeat = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);
const COMMENT = DEFAULT_MAXLENGTH; // the longest comment a server of ours accepts (WordPress's limit)

/** Renders linkified text into a detached element, as the list does. */
const renderLinkified = (text: string) => render(linkify(text), document.createElement('div'));

/** A chain of `n` comments, each replying to the one before. */
const chain = (n: number): Comment[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${i + 1}`, parentId: i ? `${i}` : undefined, author: { name: `P${i}` }, content: 'x', status: 'approved' }));

const cases: AdversarialCase<never>[] = [];
const add = <T>(entry: AdversarialCase<T>) => cases.push(entry as unknown as AdversarialCase<never>);

add({ name: 'linkify: a URL followed by 65,000 ")"', input: () => 'https://a.example/x' + ')'.repeat(COMMENT - 19), run: renderLinkified });
add({ name: 'linkify: a URL followed by 65,000 "." then a letter', input: () => 'https://a.example/' + '.'.repeat(COMMENT - 19) + 'a', run: splitLinks });
add({ name: 'linkify: 65,000 "(" inside a URL, closed at the end', input: () => 'https://a.example/' + '('.repeat(COMMENT - 30) + ')', run: splitLinks });
add({ name: 'linkify: 6,500 URLs in a row', input: () => repeat('https://a.e/ ', COMMENT), run: renderLinkified });
add({ name: 'linkify: "https://" repeated without spaces', input: () => repeat('https://', COMMENT), run: renderLinkified });
add({ name: 'linkify: line breaks and tabs that never make a blank line', input: () => repeat('\n\t\t\t\t\t\t\t\t', COMMENT), run: renderLinkified });
add({ name: 'linkify: text just over the linkify cap', input: () => repeat('https://a.example/) ', MAX_LINKIFIED_CHARS + 1), run: renderLinkified });

// A comment server's answer is read up to 64 KB (MAX_SUBMIT_RESPONSE_BYTES); these take a megabyte.
const ANSWER = 1024 * 1024;
add({ name: 'plainText: 1 MB of "<p " without ">"', input: () => repeat('<p ', ANSWER), run: plainText });
add({ name: 'plainText: 1 MB of "<script" openings', input: () => repeat('<script', ANSWER), run: plainText });
add({ name: 'plainText: 1 MB of "&#x" and "&amp" without ";"', input: () => repeat('&#x&amp', ANSWER), run: plainText });
add({ name: 'pageMessage: 1 MB of wp-die-message markers', input: () => repeat('<div class="wp-die-message">', ANSWER), run: pageMessage });
add({ name: 'cleanField: 65,000 zero-width spaces', input: () => '\u200b'.repeat(COMMENT), run: (text: string) => cleanField('content', text) });
add({ name: 'checkField: 65,000 mixed controls, format and blank-looking characters', input: () => repeat('\u0000\u200b\u202e\u2800\u3164\r\n', COMMENT), run: (text: string) => checkField('content', text) });
add({ name: 'isBlank / cleanText: 65,000 joiners', input: () => '\u200d'.repeat(COMMENT), run: (text: string) => isBlank(cleanText(text)) });
add({ name: 'parseDate: a 65,000-digit "date"', input: () => '2'.repeat(COMMENT), run: parseDate });

add({ name: 'sanitizeHTML: 500,000 characters of nested <div>', input: () => repeat('<div>', MAX_ARTICLE_BODY_CHARS), run: sanitizeHTML });
add({ name: 'sanitizeHTML: 500,000 characters of nested <b>, just under the nesting cap, then text', input: () => '<b>'.repeat(MAX_OPEN_ELEMENTS) + repeat('t ', MAX_ARTICLE_BODY_CHARS - 3 * MAX_OPEN_ELEMENTS), run: sanitizeHTML });
add({ name: 'normalizeArticle: an HTML body of 500,000 characters of nested <span>', input: () => ({ id: 'a', headline: 'h', authors: ['A'], published: '2026-01-14', body: repeat('<span>', MAX_ARTICLE_BODY_CHARS) }), run: normalizeArticle });
add({ name: 'sanitizeHTML: 500,000 characters of unwrapped <x-a><font>', input: () => repeat('<x-a><font>t</font></x-a>', MAX_ARTICLE_BODY_CHARS), run: sanitizeHTML });
add({ name: 'sanitizeHTML: 500,000 characters of <p is=…> with attributes', input: () => repeat('<p is="x-evil" title="t" onclick="x">t</p>', MAX_ARTICLE_BODY_CHARS), run: sanitizeHTML });
add({ name: 'sanitizeHTML: 500,000 characters of table cells', input: () => `<table><tr>${repeat('<td>c</td>', MAX_ARTICLE_BODY_CHARS - 20)}</tr></table>`, run: sanitizeHTML });
add({ name: 'textOfHTML / countWords: 500,000 characters of words and tags', input: () => repeat('word <b>bold</b> ', MAX_ARTICLE_BODY_CHARS), run: (html: string) => countWords(html) + textOfHTML(html).length });

add({
  name: 'normalizeArticle: 2,000 blocks, 500,000 characters',
  input: () => ({
    id: 'a',
    headline: 'h',
    authors: Array.from({ length: 10_000 }, (_, i) => ({ name: `Author ${i}` })),
    tags: Array.from({ length: 10_000 }, (_, i) => `tag ${i}`),
    published: '2026-01-14T09:30:00Z',
    body: Array.from({ length: MAX_ARTICLE_BLOCKS }, () => ({ type: 'paragraph', html: repeat('<i>w</i> ', MAX_ARTICLE_BODY_CHARS / MAX_ARTICLE_BLOCKS) })),
  }),
  run: normalizeArticle,
});

add({
  name: 'normalizePage: 100,000 comments, half of them duplicates',
  input: () => Array.from({ length: 100_000 }, (_, i) => ({ id: i % 50_000, author: { name: '\u200b'.repeat(50) }, content: 'x', status: i % 3 ? 'approved' : 'spam' })),
  run: normalizePage,
});
// Chromium reads response headers up to 256 KB in all.
add({ name: 'nextFromLinkHeader: 256 KB of "<"', input: () => '<'.repeat(256 * 1024), run: (header: string) => nextFromLinkHeader(header, 'https://a.example/') });
add({ name: 'nextFromLinkHeader: 256 KB of links without rel=next', input: () => repeat('<https://a.example/?p=1>; rel="prev ', 256 * 1024), run: (header: string) => nextFromLinkHeader(header, 'https://a.example/') });
add({ name: 'buildThread: a 10,000-deep reply chain', input: () => chain(10_000), run: (comments: Comment[]) => buildThread(comments) });
add({ name: 'buildThread: 100,000 comments in one reply chain', input: () => chain(100_000), run: (comments: Comment[]) => buildThread(comments) });
add({
  name: 'visibleThread: the first batch of a 100,000-comment chain, a live reply at its end',
  input: () => buildThread(chain(100_000)),
  run: (tree: ReturnType<typeof buildThread>) => visibleThread(tree, RENDER_BATCH, new Set(['100000'])),
});

export const ADVERSARIAL_CASES: readonly AdversarialCase<never>[] = cases;
