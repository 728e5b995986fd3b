import { text } from './json.js';
import { trustedHTML } from './trusted-types.js';

/**
 * HTML and URL sanitizing for untrusted JSON.
 *
 * Markup is parsed into an inert `<template>` (nothing in it loads or runs) and the tree is walked
 * against one allow-list; the cleaned tree is then copied node by node, never re-serialized, so
 * there is no parse/serialize round trip for mutation XSS to exploit. The HTML Sanitizer API (`setHTML`) was
 * tried as the parser: it needs the same walk for our allow-list and URL rules, Chromium still
 * reports the same CSP violations while parsing, and it cost bytes for a second path.
 */

/**
 * Removed together with everything inside them (script-like or raw-text content). Any other element
 * not allowed below is unwrapped: `<button>`, `<form>`, `<input>`, `<video>` … vanish, their text stays.
 */
const DROP = /^(script|style|template|iframe|object|embed|noscript|textarea|select|title|xmp|noembed|noframes|plaintext)$/;

/**
 * Kept elements, each written `tag:attribute,attribute …` with what it may keep besides the global
 * attributes. Any other element is unwrapped and its text kept. A `Map`, so that no inherited
 * object key (`constructor`, `toString` …) can pass for a tag.
 */
const ALLOWED = new Map(
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
    parsed = new URL(url, document.baseURI);
  } catch {
    return undefined;
  }
  // `href` starts with the scheme, lower-cased, exactly as `protocol` has it.
  const allowed =
    /^https?:$/.test(parsed.protocol) ||
    (kind === 'link' ? /^(mailto|tel):$/.test(parsed.protocol) : /^data:image\/[a-z0-9.+-]+[;,]/i.test(parsed.href));
  return allowed ? url : undefined;
}

function allowAttribute(tag: string, attr: Attr): string | undefined {
  const name = attr.name.toLowerCase();
  const value = attr.value;
  if (!GLOBAL_ATTRIBUTES.test(name) && !ALLOWED.get(tag)?.includes(name)) return undefined;
  if (URL_ATTRIBUTES.test(name)) return safeUrl(value, tag === 'img' ? 'image' : 'link');
  if (NUMERIC_ATTRIBUTES.test(name)) return /^\d{1,5}$/.test(value.trim()) ? value.trim() : undefined;
  if (name === 'dir') return /^(ltr|rtl|auto)$/i.test(value) ? value : undefined;
  return value;
}

function clean(parent: ParentNode): void {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === 3 /* text */) continue;
    // Comments and processing instructions go, and so do SVG and MathML (anything outside the HTML
    // namespace, where parser tricks live), whole. The template's inert document shares our
    // window's interfaces, so `instanceof` sees its elements.
    if (!(node instanceof HTMLElement) || DROP.test(node.localName)) {
      node.remove();
      continue;
    }
    const tag = node.localName;
    clean(node);
    if (!ALLOWED.has(tag)) {
      node.replaceWith(...node.childNodes);
      continue;
    }
    for (const attr of [...node.attributes]) {
      const value = allowAttribute(tag, attr);
      if (value === undefined) node.removeAttribute(attr.name);
      else if (value !== attr.value) node.setAttribute(attr.name, value);
    }
    if (tag === 'a' && node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer');
    if (tag === 'img') node.setAttribute('loading', 'lazy');
  }
}

/** Untrusted HTML → the cleaned tree, still inert (template contents load nothing). */
function cleaned(html: unknown): DocumentFragment {
  const template = document.createElement('template');
  if (typeof html === 'string') template.innerHTML = trustedHTML(html);
  clean(template.content);
  return template.content;
}

/** Untrusted HTML → a fragment of allowed nodes owned by this document. */
export function sanitizeHTML(html: unknown): DocumentFragment {
  // A structural copy into the page's document: nothing is parsed twice.
  return document.importNode(cleaned(html), true);
}

/** The text a reader would see in untrusted HTML (for word counts), read from the inert tree: no copy. */
export function textOfHTML(html: unknown): string {
  return cleaned(html).textContent ?? '';
}
