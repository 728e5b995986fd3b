// Comments come out of WordPress and Disqus as HTML ("<p>", entities, "<a href>"); ours are plain
// text, shown as text. This turns the one into the other with parse5 (HTML's own parsing, so every
// entity and every broken tag is read as a browser would): the words kept, tags gone, entities
// decoded, paragraphs as blank lines, line breaks as line breaks, a link's address written after its
// text. Nothing of the markup is ever kept, so nothing of it can run: `<script>` and `<style>` are
// dropped with what is in them, and `<b>` in the output can only be text someone wrote as `&lt;b&gt;`.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { cleanField } from 'news-elements/rules';

type ChildNode = DefaultTreeAdapterMap['childNode'];

/** Elements that separate paragraphs. */
const BLOCKS: ReadonlySet<string> = new Set([
  'p', 'div', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'figure', 'figcaption', 'section', 'article', 'aside',
  'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'address', 'details', 'summary',
]);
/** Elements that start a line of their own. */
const LINES: ReadonlySet<string> = new Set(['li', 'dt', 'dd', 'tr', 'caption']);
/** Dropped with everything inside them: not text anyone wrote to be read. */
const DROPPED: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title']);

export interface PlainTextOptions {
  /**
   * `keep`: a line break in the text is one (WordPress stores comments as typed, and adds `<p>` and
   * `<br>` only when it shows them); `collapse`: it is white space, as in any HTML (Disqus).
   */
  newlines: 'keep' | 'collapse';
}

/** Plain text of an HTML fragment, cleaned as a typed comment is (`cleanField`). */
export function htmlToText(html: string, { newlines }: PlainTextOptions): string {
  let out = '';
  /** Line breaks owed before the next word: 0, 1 (a line) or 2 (a paragraph). */
  let owedBreaks = 0;
  let owedSpace = false;

  const word = (value: string) => {
    if (out !== '' && owedBreaks > 0) out += '\n'.repeat(owedBreaks);
    else if (out !== '' && owedSpace) out += ' ';
    owedBreaks = 0;
    owedSpace = false;
    out += value;
  };
  const lineBreak = (n: 1 | 2) => {
    owedBreaks = Math.max(owedBreaks, n);
  };
  const text = (value: string) => {
    for (const part of value.split(/(\s+)/)) {
      if (part === '') continue;
      if (!/^\s+$/.test(part)) word(part);
      else if (newlines === 'keep' && part.includes('\n')) lineBreak(part.split('\n').length > 2 ? 2 : 1);
      else owedSpace = true;
    }
  };

  // An explicit stack (the text of a record is bounded, its nesting is not): a node to visit, or
  // what to do once an element's children are done.
  type Step = { node: ChildNode } | { after: () => void };
  const pending: Step[] = parseFragment(html).childNodes.map((node) => ({ node })).reverse();
  while (pending.length > 0) {
    const step = pending.pop()!;
    if ('after' in step) {
      step.after();
      continue;
    }
    const { node } = step;
    if (node.nodeName === '#text') {
      text((node as DefaultTreeAdapterMap['textNode']).value);
      continue;
    }
    if (!('tagName' in node)) continue; // a comment
    const tag = node.tagName;
    if (DROPPED.has(tag)) continue;
    if (tag === 'br') {
      lineBreak(1);
      continue;
    }
    const children: Step[] = node.childNodes.map((child) => ({ node: child }));
    if (BLOCKS.has(tag)) {
      lineBreak(2);
      children.push({ after: () => lineBreak(2) });
    } else if (LINES.has(tag)) {
      lineBreak(1);
      children.push({ after: () => lineBreak(1) });
    } else if (tag === 'a') {
      // The address after the text, as a word of its own, unless the text already shows it.
      const href = node.attrs.find((attribute) => attribute.name === 'href')?.value.trim() ?? '';
      const address = href.replace(/^mailto:/i, '');
      const start = out.length;
      children.push({
        after: () => {
          if (!/^(https?:|mailto:)/i.test(href) || out.slice(start).includes(address)) return;
          owedSpace = true;
          word(`(${address})`);
        },
      });
    } else if (tag === 'img') {
      const alt = node.attrs.find((attribute) => attribute.name === 'alt')?.value ?? '';
      if (alt.trim()) text(alt);
      continue;
    }
    pending.push(...children.reverse());
  }
  return cleanField('content', out);
}

/** A one-line value (a name) that may hold entities or tags (WordPress stores names as kses left them). */
export function htmlToLine(html: string): string {
  return cleanField('name', htmlToText(html, { newlines: 'collapse' }));
}
