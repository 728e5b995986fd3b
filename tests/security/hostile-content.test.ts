// Hostile content through the elements as a reader meets it: customized built-ins smuggled in with
// `is`, bidirectional spoofing, invisible names, and text built to blow up the layout.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CommentList } from '../../src/comment-list/comment-list.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import type { NewsByline } from '../../src/news-byline/news-byline.js';
import { sanitizeHTML } from '../../src/sanitize/sanitize.js';
import { splitLinks } from '../../src/comment-list/linkify.js';
import { minimalArticle } from '../fixtures/articles.js';

/** Connections of the host page's customized built-ins (`<p is="x-evil-p">`, `<b is="x-evil-b">`). */
let evilConnections = 0;
for (const [tag, base, Base] of [
  ['x-evil-p', 'p', HTMLParagraphElement],
  ['x-evil-b', 'b', HTMLElement],
  ['x-evil-td', 'td', HTMLTableCellElement],
] as const) {
  if (!customElements.get(tag)) {
    customElements.define(
      tag,
      class extends (Base as typeof HTMLElement) {
        connectedCallback() {
          evilConnections++;
        }
      },
      { extends: base },
    );
  }
}

const EVIL = '<p is="x-evil-p">p</p><b is="x-evil-b">b</b><table><tr><td is="x-evil-td">td</td></tr></table>';
const article = (el: NewsArticle) => el.shadowRoot!.querySelector('article')!;
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('hostile content', () => {
  beforeEach(() => (evilConnections = 0));

  describe('customized built-ins (is=)', () => {
    it('should never become the host page\'s customized built-in, in any of the three HTML sinks', async () => {
      // 1. the sanitizer itself
      const container = document.createElement('div');
      document.body.append(container);
      container.append(sanitizeHTML(EVIL));
      // 2. the article: a body string, an html block and a paragraph's html
      const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
      el.data = { ...minimalArticle, body: [{ type: 'html', html: EVIL }, { type: 'paragraph', html: '<b is="x-evil-b">x</b>' }] };
      await el.updateComplete;
      const stringBody = await fixture<NewsArticle>(html`<news-article .data=${{ ...minimalArticle, body: EVIL }}></news-article>`);
      // 3. a comment's HTML
      const list = await fixture<CommentList>(html`<comment-list .comments=${[{ id: 1, contentHtml: EVIL, author: 'A' }]}></comment-list>`);
      await settle();
      expect(evilConnections).to.equal(0);
      for (const root of [container, article(el), article(stringBody), list.shadowRoot!]) {
        expect(root.querySelectorAll('p, b, td').length, 'the elements are kept, as plain ones').to.be.above(0);
        for (const node of root.querySelectorAll('p, b, td')) expect(node.constructor.name).to.match(/^HTML(Paragraph|TableCell)?Element$/);
      }
      container.remove();
    });
  });

  describe('bidirectional text', () => {
    it('should keep a byline in reading order when a name is written right to left', async () => {
      // A Hebrew name followed by digits: without isolation, the digits of the next part join the
      // right-to-left run and the words around the name change places.
      const el = await fixture<NewsByline>(html`<news-byline authors='[{"name":"שרה כהן","role":"2nd desk"},{"name":"Grace Hopper"}]'></news-byline>`);
      const [hebrew, grace] = [...el.shadowRoot!.querySelectorAll('[part=author]')].map((node) => node.getBoundingClientRect());
      const role = el.shadowRoot!.querySelector('[part=role]')!.getBoundingClientRect();
      expect(hebrew.right, 'the first name stands before its role').to.be.at.most(role.left + 1);
      expect(role.right, 'the role stands before the next name').to.be.at.most(grace.left + 1);
    });

    it('should show no bidi control of a name, and end a linked URL at one', async () => {
      const el = await fixture<NewsByline>(html`<news-byline authors='["\u202eAlan Turing","Grace Hopper"]'></news-byline>`);
      expect(el.shadowRoot!.querySelector('[part=author]')!.textContent).to.equal('Alan Turing');
      for (const control of ['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
        const parts = splitLinks(`see https://www.google.com${control}moc.live//:sptth`);
        expect(parts[1], JSON.stringify(control)).to.deep.equal({ href: 'https://www.google.com', text: 'https://www.google.com' });
      }
    });
  });

  describe('invisible names and comments', () => {
    it('should not print invisible authors in a byline, nor blank names in a thread', async () => {
      const el = await fixture<NewsByline>(html`<news-byline .authors=${['\u200b', '\u2800', '\u3164', 'Ada\u0000 Lovelace']}></news-byline>`);
      expect(el.shadowRoot!.querySelector('.names')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('By Ada Lovelace');
      const list = await fixture<CommentList>(html`<comment-list .comments=${[{ id: 1, author: { name: '\u200b\u200b' }, content: 'Hi\u0000' }]}></comment-list>`);
      expect(list.shadowRoot!.querySelector('[part=author]')!.textContent).to.equal('Anonymous');
      expect(list.shadowRoot!.querySelector('[part=content]')!.textContent).to.equal('Hi');
    });
  });

  describe('layout', () => {
    const pageWidth = () => document.documentElement.scrollWidth;

    it('should not widen the page with an unbroken headline, a wide table, long words or long URLs', async () => {
      const viewport = document.documentElement.clientWidth;
      const long = 'W'.repeat(5000);
      const cells = Array.from({ length: 200 }, (_, i) => `<td>cell${i}</td>`).join('');
      const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
      el.data = {
        ...minimalArticle,
        headline: long,
        dek: long,
        authors: [{ name: long, role: long }],
        tags: [long],
        body: [{ type: 'paragraph', text: long }, { type: 'html', html: `<table><tr>${cells}</tr></table><pre>${long}</pre>` }, { type: 'quote', text: long, cite: long }],
      };
      await el.updateComplete;
      // In a page's padded column, as a publisher places it (each thread's box reaches .6rem past the list).
      await fixture(html`<main style="padding: 1rem"><comment-list .comments=${[{ id: 1, author: long, content: `https://a.example/${long} ${long}` }]}></comment-list></main>`);
      expect(pageWidth()).to.be.at.most(viewport);
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.table-scroll')!;
      expect(scroller.scrollWidth, 'the table scrolls inside its own box').to.be.above(scroller.clientWidth);
      expect(scroller.tabIndex, 'and that box is reachable by keyboard').to.equal(0);
    });

    it('should cap the authors and tags an article shows', async () => {
      const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
      el.data = { ...minimalArticle, authors: Array.from({ length: 500 }, (_, i) => `Author ${i}`), tags: Array.from({ length: 500 }, (_, i) => `tag${i}`) };
      await el.updateComplete;
      expect(el.article!.authors).to.have.length(10);
      expect(el.shadowRoot!.querySelectorAll('[part=tag]')).to.have.length(20);
    });
  });
});

describe('hostile servers', () => {
  /** A real streamed response of `bytes` bytes of JSON-looking text. */
  const huge = (bytes: number) => {
    const chunk = new TextEncoder().encode(`[${' '.repeat(1 << 20)}`);
    let sent = 0;
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        if (sent >= bytes) return controller.close();
        controller.enqueue(chunk);
        sent += chunk.byteLength;
      },
    });
    return { response: new Response(body, { headers: { 'Content-Type': 'application/json' } }), sentBytes: () => sent, pulls: () => pulls };
  };

  it('should stop reading a comments answer past 8 MB, show the error state and fire comment-list-error', async () => {
    const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
    const answer = huge(40 * 1024 * 1024);
    el.fetchComments = () => Promise.resolve(answer.response);
    const error = new Promise<CustomEvent>((resolve) => el.addEventListener('comment-list-error', (event) => resolve(event as CustomEvent), { once: true }));
    el.src = '/comments.json';
    expect((await error).detail.message).to.match(/larger than 8388608 bytes/);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')).to.exist;
    expect(answer.sentBytes(), 'the rest was never downloaded').to.be.below(12 * 1024 * 1024);
  });

  it('should stop reading an article past 2 MB and say so', async () => {
    const url = URL.createObjectURL(new Blob([`{"headline":"${'x'.repeat(3 * 1024 * 1024)}"}`], { type: 'application/json' }));
    const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
    const error = new Promise<CustomEvent>((resolve) => el.addEventListener('news-article-error', (event) => resolve(event as CustomEvent), { once: true }));
    el.src = url;
    expect((await error).detail.message).to.match(/larger than 2097152 bytes/);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.match(/could not be shown/);
    URL.revokeObjectURL(url);
  });

  it('should print a total of 1e308 or a huge X-WP-Total as a number that fits', async () => {
    const el = await fixture<CommentList>(html`<comment-list .comments=${{ comments: [{ id: 1, content: 'x' }], total: 1e308 }}></comment-list>`);
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('9,007,199,254,740,991 comments');
    el.fetchComments = () => Promise.resolve(new Response('[{"id":1,"content":"x"}]', { headers: { 'X-WP-Total': '9'.repeat(400) } }));
    el.src = '/wp.json';
    await new Promise((resolve) => el.addEventListener('comment-list-load', resolve, { once: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('9,007,199,254,740,991 comments');
  });

  it('should nest replies at most 10 levels deep whatever max-depth says', async () => {
    const chain = Array.from({ length: 30 }, (_, i) => ({ id: i + 1, parentId: i, content: `c${i}`, author: `P${i}` }));
    const el = await fixture<CommentList>(html`<comment-list max-depth="1000" .comments=${chain}></comment-list>`);
    expect(el.maxDepth).to.equal(10);
    expect(el.shadowRoot!.querySelectorAll(`.thread${' ol'.repeat(9)}`).length).to.be.above(0);
    expect(el.shadowRoot!.querySelectorAll(`.thread${' ol'.repeat(10)}`).length).to.equal(0);
  });
});
