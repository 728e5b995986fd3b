import { text } from '../internal/json.js';
import { MAX_OPEN_ELEMENTS } from '../internal/limits.js';
import { trustedHTML } from '../internal/trusted-types.js';

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

/**
 * A plain copy of an element that was parsed with an `is` attribute. The parser stores the "is
 * value" on the element itself, removing the attribute does not clear it, and `importNode` carries
 * it over, so the copy in the page would become the host page's customized built-in (running its
 * code on our content). An element made by `createElement` has none.
 */
function withoutIsValue(element: HTMLElement): HTMLElement {
  const plain = element.ownerDocument.createElement(element.localName);
  for (const attr of element.attributes) if (attr.name !== 'is') plain.setAttribute(attr.name, attr.value);
  moveChildren(element, plain);
  element.replaceWith(plain);
  return plain;
}

/** Moves every child of `from` to the end of `to`, one at a time (no spread: 100,000 children are fine). */
function moveChildren(from: Node, to: Node): void {
  while (from.firstChild) to.appendChild(from.firstChild);
}

/** A wide table scrolls inside its own box instead of widening the page. */
function scrollBox(table: HTMLElement): void {
  const box = table.ownerDocument.createElement('div');
  box.className = 'table-scroll';
  box.tabIndex = 0; // a scrolling region must be reachable by keyboard
  table.replaceWith(box);
  box.append(table);
}

/**
 * Walks the tree with an explicit stack (a 100,000-deep nesting cannot overflow the call stack), each
 * node once: removed, unwrapped (its children are walked in its place) or kept with its allowed
 * attributes.
 */
function clean(root: ParentNode): void {
  const pending: Node[] = [...root.childNodes];
  while (pending.length) {
    const node = pending.pop()!;
    if (node.nodeType === 3 /* text */) continue;
    // Comments and processing instructions go, and so do SVG and MathML (anything outside the HTML
    // namespace, where parser tricks live), whole. The template's inert document shares our
    // window's interfaces, so `instanceof` sees its elements.
    if (!(node instanceof HTMLElement) || DROP.test(node.localName)) {
      (node as ChildNode).remove();
      continue;
    }
    const tag = node.localName;
    for (const child of node.childNodes) pending.push(child);
    if (!ALLOWED.has(tag)) {
      // Unwrapped: its children take its place.
      const fragment = node.ownerDocument.createDocumentFragment();
      moveChildren(node, fragment);
      node.replaceWith(fragment);
      continue;
    }
    const element = node.hasAttribute('is') ? withoutIsValue(node) : node;
    for (const attr of [...element.attributes]) {
      const value = allowAttribute(tag, attr);
      if (value === undefined) element.removeAttribute(attr.name);
      else if (value !== attr.value) element.setAttribute(attr.name, value);
    }
    if (tag === 'a' && element.hasAttribute('href')) element.setAttribute('rel', 'noopener noreferrer');
    if (tag === 'img') element.setAttribute('loading', 'lazy');
    if (tag === 'table') scrollBox(element);
  }
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

/**
 * Untrusted HTML → the cleaned tree, still inert: it belongs to a template's document, where nothing
 * loads or runs. Read it (its text), or put copies of it in the page with
 * `document.importNode(tree, true)` — which is all `sanitizeHTML` adds — so that markup shown more
 * than once is parsed and cleaned once. Markup nested too deeply to parse quickly is kept as what it
 * is, text.
 */
export function sanitizeInert(html: unknown): DocumentFragment {
  const template = document.createElement('template');
  if (typeof html === 'string') {
    if (openElements(html) > MAX_OPEN_ELEMENTS) template.content.append(html);
    else template.innerHTML = trustedHTML(html);
  }
  clean(template.content);
  return template.content;
}

/** Untrusted HTML → a fragment of allowed nodes owned by this document. */
export function sanitizeHTML(html: unknown): DocumentFragment {
  // A structural copy into the page's document: nothing is parsed twice.
  return document.importNode(sanitizeInert(html), true);
}

/** The text a reader would see in untrusted HTML (for word counts), read from the inert tree: no copy. */
export function textOfHTML(html: unknown): string {
  return sanitizeInert(html).textContent ?? '';
}
