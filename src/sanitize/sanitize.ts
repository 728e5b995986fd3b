/**
 * HTML and URL sanitizing for untrusted JSON.
 *
 * Markup is parsed into an inert `<template>` (nothing in it loads or runs) and the tree is walked
 * against one allow-list; the cleaned tree is then copied node by node, never re-serialized, so
 * there is no parse/serialize round trip for mutation XSS to exploit. The HTML Sanitizer API (`setHTML`) was
 * tried as the parser: it needs the same walk for our allow-list and URL rules, Chromium still
 * reports the same CSP violations while parsing, and it cost bytes for a second path.
 *
 * The rules (which elements and attributes stay, which URLs) are in allow-list.ts; server rendering
 * walks a parse5 tree against the same rules (sanitize-markup.ts).
 */
import { MAX_NESTING_DEPTH, MAX_OPEN_ELEMENTS } from '../internal/limits.js';
import { trustedHTML } from '../internal/trusted-types.js';
import { ALLOWED, DROP, LINK_REL, TABLE_SCROLL_CLASS, allowedAttributeValue, openElements } from './allow-list.js';

export { openElements, safeUrl, type UrlKind } from './allow-list.js';

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
  box.className = TABLE_SCROLL_CLASS;
  box.tabIndex = 0; // a scrolling region must be reachable by keyboard
  table.replaceWith(box);
  box.append(table);
}

/**
 * Walks the tree with an explicit stack (a 100,000-deep nesting cannot overflow the call stack), each
 * node once: removed, unwrapped (its children are walked in its place; so is an element nested
 * deeper than `MAX_NESTING_DEPTH`) or kept with its allowed attributes.
 */
function clean(root: ParentNode): void {
  /** Nodes to walk, each with its depth in the parsed tree (1 for the root's children). */
  const pending: { node: Node; depth: number }[] = Array.from(root.childNodes, (node) => ({ node, depth: 1 }));
  while (pending.length) {
    const { node, depth } = pending.pop()!;
    if (node.nodeType === 3 /* text */) continue;
    // Comments and processing instructions go, and so do SVG and MathML (anything outside the HTML
    // namespace, where parser tricks live), whole. The template's inert document shares our
    // window's interfaces, so `instanceof` sees its elements.
    if (!(node instanceof HTMLElement) || DROP.test(node.localName)) {
      (node as ChildNode).remove();
      continue;
    }
    const tag = node.localName;
    for (const child of node.childNodes) pending.push({ node: child, depth: depth + 1 });
    if (!ALLOWED.has(tag) || depth > MAX_NESTING_DEPTH) {
      // Unwrapped: its children take its place.
      const fragment = node.ownerDocument.createDocumentFragment();
      moveChildren(node, fragment);
      node.replaceWith(fragment);
      continue;
    }
    const element = node.hasAttribute('is') ? withoutIsValue(node) : node;
    for (const attr of [...element.attributes]) {
      const value = allowedAttributeValue(tag, attr.name.toLowerCase(), attr.value);
      if (value === undefined) element.removeAttribute(attr.name);
      else if (value !== attr.value) element.setAttribute(attr.name, value);
    }
    if (tag === 'a' && element.hasAttribute('href')) element.setAttribute('rel', LINK_REL);
    if (tag === 'img') element.setAttribute('loading', 'lazy');
    if (tag === 'table') scrollBox(element);
  }
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
