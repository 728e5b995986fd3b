import { expect } from '@open-wc/testing';
import { sanitizeHTML, textOfHTML } from '../../src/sanitize/sanitize.js';
import { sanitizeMarkup, sanitizeMarkupWithText } from '../../src/sanitize/sanitize-markup.js';
import { HOSTILE_HTML, KEPT_HTML } from './corpus.js';

/** What the browser sanitizer keeps of `html`, serialized by the browser. */
function browserMarkup(html: string): string {
  const container = document.createElement('div');
  container.append(sanitizeHTML(html));
  return container.innerHTML;
}

/** The HTML pieces of the demo article (its `html` paragraphs). */
const article = (await (await fetch('/demo/article.json')).json()) as { body: { html?: string }[] };
const articleHtml = article.body.flatMap((block) => (block.html ? [block.html] : []));

describe('sanitizeMarkup: the server sanitizer gives the browser sanitizer’s markup', () => {
  for (const [name, corpus] of [['hostile', HOSTILE_HTML], ['kept', KEPT_HTML], ['the demo article', articleHtml]] as const) {
    it(`should agree on every piece of the ${name} corpus (${corpus.length})`, () => {
      expect(corpus.length).to.be.greaterThan(0);
      for (const html of corpus) expect(sanitizeMarkup(html), html.slice(0, 120)).to.equal(browserMarkup(html));
    });
  }

  it('should agree on the text a reader sees (word counts)', () => {
    for (const html of [...HOSTILE_HTML, ...KEPT_HTML, ...articleHtml]) expect(sanitizeMarkupWithText(html).text, html.slice(0, 120)).to.equal(textOfHTML(html));
  });

  it('should give nothing for what is not a string', () => {
    for (const value of [undefined, null, 42, { html: '<b>x</b>' }]) expect(sanitizeMarkup(value)).to.equal('');
  });
});

describe('sanitizeMarkupWithText: the top-level nodes, one by one', () => {
  it('should give the markup of each of sanitizeHTML’s child nodes, for every piece of every corpus', () => {
    const serialize = (node: ChildNode) => {
      const box = document.createElement('div');
      box.append(node.cloneNode(true));
      return box.innerHTML;
    };
    for (const html of [...HOSTILE_HTML, ...KEPT_HTML, ...articleHtml, 'a<x-y>b</x-y>c', '<b>1</b><x-y><i>2</i>3</x-y>']) {
      expect(sanitizeMarkupWithText(html).nodes, html.slice(0, 120)).to.deep.equal([...sanitizeHTML(html).childNodes].map(serialize));
    }
  });
});
