import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { normalizeArticle } from '../../src/news-article/normalize.js';
import { renderBody } from '../../src/news-article/blocks.js';
import type { Article } from '../../src/model/article.js';
import { minimalArticle } from '../fixtures/articles.js';

/**
 * How many times each of `htmls` is handed to the HTML parser while `run` runs. The sanitizer parses
 * by setting a `<template>`'s `innerHTML` (its only way in); the setter is wrapped, not replaced: the
 * real one still parses, and the sanitizer runs as it always does.
 */
async function parsesOf(htmls: string[], run: () => Promise<unknown>): Promise<number[]> {
  const counts = new Map(htmls.map((markup) => [markup, 0]));
  const inner = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
  Object.defineProperty(HTMLTemplateElement.prototype, 'innerHTML', {
    configurable: true,
    get() {
      return inner.get!.call(this);
    },
    set(value: unknown) {
      const markup = String(value); // a TrustedHTML under the library's policy
      if (counts.has(markup)) counts.set(markup, counts.get(markup)! + 1);
      inner.set!.call(this, value);
    },
  });
  try {
    await run();
  } finally {
    delete (HTMLTemplateElement.prototype as { innerHTML?: string }).innerHTML;
  }
  return htmls.map((markup) => counts.get(markup)!);
}

const $ = (el: NewsArticle, selector: string) => el.shadowRoot!.querySelector(selector)!;

async function rendered(data: unknown): Promise<NewsArticle> {
  const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
  const loaded = oneEvent(el, 'news-article-load');
  el.data = data;
  await loaded;
  return el;
}

describe('the body HTML of an article', () => {
  const emphasis = 'Said <em>“strategic autonomy”</em> twice <img src=x onerror="window.__xss=1">';
  const table = '<table><tr><td is="x-not-defined">one cell</td></tr></table><script>window.__xss=1</script>';

  it('should be parsed and sanitized once for the word count and every render, each string once', async () => {
    const body = [
      { type: 'paragraph', html: emphasis },
      { type: 'html', html: table },
      { type: 'paragraph', html: emphasis }, // the same string again
    ];
    let el!: NewsArticle;
    const parses = await parsesOf([emphasis, table], async () => {
      el = await rendered({ ...minimalArticle, body });
      // A re-render that is not a new article (new strings) copies nothing again and parses nothing.
      el.strings = { tags: 'Topics' };
      await el.updateComplete;
    });
    expect(parses).to.deep.equal([1, 1]);
    expect(el.article!.wordCount).to.equal(10); // 4 + 2 + 4: the script's text is not counted
    const paragraphs = el.shadowRoot!.querySelectorAll('[part="body"] > p');
    expect([...paragraphs].map((p) => p.textContent)).to.deep.equal(['Said “strategic autonomy” twice ', 'Said “strategic autonomy” twice ']);
    expect(paragraphs[0].querySelector('em'), 'each paragraph has its own copy').not.to.equal(paragraphs[1].querySelector('em'));
    expect($(el, '.html .table-scroll td').textContent).to.equal('one cell');
    expect($(el, '[part="body"] img').hasAttribute('onerror')).to.equal(false);
    expect($(el, '[part="body"] script')).to.equal(null);
  });

  it('should be parsed once when the whole body is one HTML string', async () => {
    const whole = `<p>${emphasis}</p>${table}`;
    let el!: NewsArticle;
    expect(await parsesOf([whole], async () => (el = await rendered({ ...minimalArticle, body: whole })))).to.deep.equal([1]);
    expect(el.article!.wordCount).to.equal(6);
    expect($(el, '[part="body"] em').textContent).to.equal('“strategic autonomy”');
  });

  it('should render a fresh copy each time, owned by the page, from the tree sanitized once', async () => {
    const { article } = normalizeArticle({ ...minimalArticle, body: [{ type: 'html', html: table }] });
    const containers = [document.createElement('div'), document.createElement('div')];
    const parses = await parsesOf([table], async () => {
      for (const container of containers) render(renderBody(article!), container);
    });
    expect(parses, 'normalizeArticle parsed it; rendering copies').to.deep.equal([0]);
    const cells = containers.map((container) => container.querySelector('td')!);
    expect(cells[0]).not.to.equal(cells[1]);
    for (const cell of cells) {
      expect(cell.ownerDocument).to.equal(document);
      expect(cell.textContent).to.equal('one cell');
      expect(cell.hasAttribute('is')).to.equal(false);
      expect(cell.closest('.table-scroll')).to.exist;
    }
  });

  it('should be sanitized when it renders for an article that did not come from normalizeArticle, once', async () => {
    const article: Article = { ...normalizeArticle(minimalArticle).article!, body: [{ type: 'html', html: table }] };
    const container = document.createElement('div');
    const parses = await parsesOf([table], async () => {
      render(renderBody(article), container);
      render(renderBody(article), document.createElement('div'));
    });
    expect(parses).to.deep.equal([1]);
    expect(container.querySelector('td')!.textContent).to.equal('one cell');
    expect(container.querySelector('script')).to.equal(null);
  });

  it('should leave the normalized article plain data: no DOM in it, the same after a structured clone or JSON', () => {
    const { article } = normalizeArticle({ ...minimalArticle, body: [{ type: 'paragraph', html: emphasis }, { type: 'html', html: table }] });
    expect(structuredClone(article)).to.deep.equal(article);
    expect(JSON.parse(JSON.stringify(article))).to.deep.equal(article);
    expect(article!.body).to.deep.equal([
      { type: 'paragraph', html: emphasis },
      { type: 'html', html: table },
    ]);
  });
});
