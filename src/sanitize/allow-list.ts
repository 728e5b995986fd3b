/**
 * The sanitizer's rules, shared by its two walkers: the browser's (sanitize.ts, over a `<template>`'s
 * inert tree) and the server's (sanitize-markup.ts, over a parse5 tree, for server rendering). One
 * table, so that the two cannot disagree about what is kept; the tests run one hostile corpus through
 * both and require identical markup.
 */
import { text } from '../internal/json.js';
import { SERVER_BASE_URL } from '../internal/server-render.js';

/**
 * Removed together with everything inside them (script-like or raw-text content). Any other element
 * not allowed below is unwrapped: `<button>`, `<form>`, `<input>`, `<video>` … vanish, their text stays.
 */
export const DROP = /^(script|style|template|iframe|object|embed|noscript|textarea|select|title|xmp|noembed|noframes|plaintext)$/;

/**
 * Kept elements, each written `tag:attribute,attribute …` with what it may keep besides the global
 * attributes. Any other element is unwrapped and its text kept. A `Map`, so that no inherited
 * object key (`constructor`, `toString` …) can pass for a tag.
 */
export const ALLOWED: ReadonlyMap<string, readonly string[]> = new Map(
  ('a:href abbr b bdi bdo blockquote:cite br caption cite code col:span colgroup:span dd del:cite,datetime details:open ' +
    'dfn div dl dt em figcaption figure h2 h3 h4 h5 h6 hr i img:src,alt,width,height ins:cite,datetime kbd li:value mark ' +
    'ol:start,reversed,type p pre q:cite s samp small span strong sub summary sup table tbody ' +
    'td:colspan,rowspan,headers tfoot th:colspan,rowspan,headers,scope,abbr thead time:datetime tr u ul wbr')
    .split(' ')
    .map((entry) => {
      const [tag, names = ''] = entry.split(':');
      return [tag, names.split(',')];
    }),
);
const GLOBAL_ATTRIBUTES = /^(title|lang|dir)$/;
const URL_ATTRIBUTES = /^(href|src|cite)$/;
const NUMERIC_ATTRIBUTES = /^(width|height|start|value|colspan|rowspan|span)$/;

export type UrlKind = 'link' | 'image';

/**
 * What a relative URL is resolved against to check its scheme: the document's base in a browser;
 * on the server, where there is no document, any http(s) base does (only the scheme is read).
 */
const baseURI = (): string => globalThis.document?.baseURI ?? SERVER_BASE_URL;

/** The `rel` every kept link gets. */
export const LINK_REL = 'noopener noreferrer';
/** The class of the box a table is wrapped in, which scrolls (and takes focus) instead of widening the page. */
export const TABLE_SCROLL_CLASS = 'table-scroll';

/**
 * Returns the URL (trimmed) when it is safe to put in an `href` (`link`) or an `<img src>`
 * (`image`), otherwise `undefined`. The check uses the browser's own URL parser, which strips tabs,
 * newlines and control characters exactly as navigation would, so `java\tscript:` and `JaVaScRiPt:`
 * are seen for what they are. Allowed: http(s) and relative URLs; mailto/tel for links;
 * `data:image/…` for images.
 */
export function safeUrl(value: unknown, kind: UrlKind = 'link'): string | undefined {
  const url = text(value);
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, baseURI());
  } catch {
    return undefined;
  }
  // `href` starts with the scheme, lower-cased, exactly as `protocol` has it.
  const allowed =
    /^https?:$/.test(parsed.protocol) ||
    (kind === 'link' ? /^(mailto|tel):$/.test(parsed.protocol) : /^data:image\/[a-z0-9.+-]+[;,]/i.test(parsed.href));
  return allowed ? url : undefined;
}

/**
 * What an attribute of a kept element may keep: its value (perhaps trimmed), or `undefined` when
 * the attribute goes. `tag` and `name` in lower case, as the HTML parser gives them.
 */
export function allowedAttributeValue(tag: string, name: string, value: string): string | undefined {
  if (!GLOBAL_ATTRIBUTES.test(name) && !ALLOWED.get(tag)?.includes(name)) return undefined;
  if (URL_ATTRIBUTES.test(name)) return safeUrl(value, tag === 'img' ? 'image' : 'link');
  if (NUMERIC_ATTRIBUTES.test(name)) return /^\d{1,5}$/.test(value.trim()) ? value.trim() : undefined;
  if (name === 'dir') return /^(ltr|rtl|auto)$/i.test(value) ? value : undefined;
  return value;
}


/** Elements whose end tag the parser implies when the next one starts (`<li>` closes the open `<li>`), and void elements. */
const SELF_CLOSING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th thead tbody tfoot option optgroup rb rt rp caption colgroup'.split(' '),
);

/**
 * An upper estimate of how many elements are open at once when `html` is parsed, in one linear
 * scan: per tag name, starts minus the ends that match one. The browser's own HTML parser takes
 * time growing with the square of that number (100,000 unclosed `<div>` take 20 s in Chromium),
 * so markup past `MAX_OPEN_ELEMENTS` is never handed to it.
 */
export function openElements(html: string): number {
  const open = new Map<string, number>();
  let total = 0;
  for (const [, end, name] of html.matchAll(/<(\/?)([a-z][^\s/>]*)/gi)) {
    const tag = name.toLowerCase();
    if (SELF_CLOSING.has(tag)) continue;
    const count = open.get(tag) ?? 0;
    if (!end) {
      open.set(tag, count + 1);
      total++;
    } else if (count) {
      open.set(tag, count - 1);
      total--;
    }
  }
  return total;
}
