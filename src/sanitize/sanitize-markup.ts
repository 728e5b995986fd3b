/**
 * The sanitizer without a DOM, for server rendering: untrusted HTML → the markup of what the browser
 * sanitizer (sanitize.ts) keeps of it, character for character. parse5 parses it as a `<template>`'s
 * `innerHTML` is parsed (the same HTML parsing algorithm, scripting off as in a template's inert
 * document), the tree is walked against the same allow-list (allow-list.ts), and what is kept is
 * written out as the browser serializes it. The tests run one hostile corpus through both sanitizers
 * and require identical markup.
 *
 * Node only: parse5 stays out of the browser bundle.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { MAX_NESTING_DEPTH, MAX_OPEN_ELEMENTS } from '../internal/limits.js';
import { ALLOWED, DROP, LINK_REL, TABLE_SCROLL_CLASS, allowedAttributeValue, openElements } from './allow-list.js';

type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** The void elements the allow-list keeps: written without an end tag, and never with children. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set(['br', 'col', 'hr', 'img', 'wbr']);

/** What a walk of the kept tree reports, in document order. */
interface KeptTreeVisitor {
  text(value: string): void;
  /** A kept element's start tag, with its attributes as they are kept (and those the walk adds). */
  open(tag: string, attributes: readonly (readonly [name: string, value: string])[]): void;
  close(tag: string): void;
}

/** The attributes a kept element keeps, in their order, then those every element of its tag gets. */
function keptAttributes(element: Element): [string, string][] {
  const tag = element.tagName;
  const kept: [string, string][] = [];
  for (const { name, value } of element.attrs) {
    const allowed = allowedAttributeValue(tag, name, value);
    if (allowed !== undefined) kept.push([name, allowed]);
  }
  if (tag === 'a' && kept.some(([name]) => name === 'href')) kept.push(['rel', LINK_REL]);
  if (tag === 'img') kept.push(['loading', 'lazy']);
  return kept;
}

/**
 * Walks the parsed tree as the browser sanitizer cleans it: text kept; comments, elements outside
 * the HTML namespace (SVG, MathML) and script-like elements dropped with everything in them; elements
 * not allowed, or nested deeper than `MAX_NESTING_DEPTH`, unwrapped (their children take their
 * place); allowed ones kept with their allowed attributes, a table inside its scrolling box. With an
 * explicit stack, like the browser walk.
 */
function walkKept(nodes: readonly ChildNode[], visitor: KeptTreeVisitor): void {
  /**
   * Taken from the end: a node to visit with its depth in the parsed tree, or the end tag of an
   * element whose children are done.
   */
  const pending: ({ node: ChildNode; depth: number } | { close: string })[] = nodes.map((node) => ({ node, depth: 1 })).reverse();
  while (pending.length) {
    const next = pending.pop()!;
    if ('close' in next) {
      visitor.close(next.close);
      continue;
    }
    const { node: item, depth } = next;
    if (item.nodeName === '#text') {
      visitor.text((item as DefaultTreeAdapterMap['textNode']).value);
      continue;
    }
    if (!('tagName' in item) || item.namespaceURI !== HTML_NAMESPACE || DROP.test(item.tagName)) continue;
    const children = item.childNodes.map((node) => ({ node, depth: depth + 1 })).reverse();
    if (!ALLOWED.has(item.tagName) || depth > MAX_NESTING_DEPTH) {
      pending.push(...children);
      continue;
    }
    const tag = item.tagName;
    if (tag === 'table') {
      visitor.open('div', [['class', TABLE_SCROLL_CLASS], ['tabindex', '0']]);
      pending.push({ close: 'div' });
    }
    visitor.open(tag, keptAttributes(item));
    if (VOID_ELEMENTS.has(tag)) continue;
    pending.push({ close: tag }, ...children);
  }
}

/** The parsed tree of untrusted markup; markup nested too deeply to parse quickly is one text node. */
function parse(html: unknown): ChildNode[] {
  if (typeof html !== 'string') return [];
  if (openElements(html) > MAX_OPEN_ELEMENTS) return [{ nodeName: '#text', value: html } as ChildNode];
  return parseFragment(html, { scriptingEnabled: false }).childNodes;
}

// Escaping as the HTML serializer does it (attribute values also escape < and >, as browsers do).
const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string): string => escapeText(value).replace(/"/g, '&quot;');

/**
 * Untrusted HTML → what the browser sanitizer keeps of it, from one walk: the markup of each
 * top-level node of the sanitized tree, in order — what the browser's `outerHTML` (or, for text,
 * escaped `data`) of each of `sanitizeHTML(html).childNodes` reads — and the text a reader sees, as
 * `textOfHTML` reads it. Unwrapping leaves an element's children as nodes of their own, here as
 * there: `a<x>b</x>` is two text nodes.
 */
export function sanitizeMarkupWithText(html: unknown): { nodes: string[]; text: string } {
  const nodes: string[] = [];
  const text: string[] = [];
  let current: string[] = [];
  let open = 0; // kept elements open: at 0 a node ends
  const write = (markup: string, depthChange: number) => {
    current.push(markup);
    open += depthChange;
    if (open === 0) {
      nodes.push(current.join(''));
      current = [];
    }
  };
  walkKept(parse(html), {
    text: (value) => {
      text.push(value);
      write(escapeText(value), 0);
    },
    open: (tag, attributes) => write(`<${tag}${attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('')}>`, VOID_ELEMENTS.has(tag) ? 0 : 1),
    close: (tag) => write(`</${tag}>`, -1),
  });
  return { nodes, text: text.join('') };
}

/** Untrusted HTML → the markup of its sanitized tree, as the browser's `innerHTML` of `sanitizeHTML`'s result reads. */
export function sanitizeMarkup(html: unknown): string {
  return sanitizeMarkupWithText(html).nodes.join('');
}
