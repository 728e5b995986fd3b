import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import '../../src/comment-list/define.js';
import '../../src/internal/all-locales.js';
import { fullArticle } from '../fixtures/articles.js';

const thread = [
  { id: '1', author: { name: 'فاطمة' }, content: 'مقال ممتاز.', date: '2026-01-14T10:00:00Z' },
  { id: '2', parent: '1', author: { name: 'John Smith' }, content: 'Thanks — شكرًا!', date: '2026-01-14T11:00:00Z' },
  { id: '3', author: { name: 'Ana' }, content: 'Read it twice. Good piece.', date: '2026-01-14T12:00:00Z' },
];

async function arabicPage() {
  const root = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl" style="inline-size: 720px">
    <news-article .data=${{ ...fullArticle, language: undefined }}></news-article>
    <comment-list .comments=${thread}></comment-list>
    <comment-form endpoint="/api/comments"></comment-form>
  </div>`);
  const [article, list, form] = (['news-article', 'comment-list', 'comment-form'] as const).map((tag) => root.querySelector(tag) as unknown as LitElement);
  await Promise.all([article, list, form].map((el) => el.updateComplete));
  const byline = article.shadowRoot!.querySelector('news-byline') as LitElement;
  await byline.updateComplete;
  return { root, article, byline, list, form };
}

const box = (el: Element) => el.getBoundingClientRect();

describe('right to left: Arabic', () => {
  it('should indent replies from the right, with the thread line on the right', async () => {
    const { list } = await arabicPage();
    const [parent, reply] = [...list.shadowRoot!.querySelectorAll('[part~="comment"]')];
    const nested = list.shadowRoot!.querySelector('ol ol')!;
    // The reply starts further from the right edge than its parent, and reaches the left edge as far.
    expect(box(reply).right).to.be.lessThan(box(parent).right - 10);
    expect(Math.round(box(reply).left)).to.equal(Math.round(box(parent).left));
    const style = getComputedStyle(nested);
    expect(style.borderRightStyle).to.equal('solid');
    expect(style.borderLeftStyle).to.equal('none');
    // The avatar sits on the right of the author's name.
    const avatar = parent.querySelector('[part="avatar"]')!;
    const author = parent.querySelector('[part="author"]')!;
    expect(box(avatar).left).to.be.greaterThan(box(author).right - 1);
  });

  it('should set the form right to left: labels from the right, the asterisk after them, the checkbox on the right', async () => {
    const { form } = await arabicPage();
    const shadow = form.shadowRoot!;
    const field = shadow.querySelector('#content')!;
    const label = shadow.querySelector('label[for="content"]')!;
    expect(getComputedStyle(label).direction).to.equal('rtl');
    // The label's text starts at the field's right edge.
    expect(Math.abs(box(label).right - box(field).right)).to.be.lessThan(2);
    const marker = label.querySelector('.req')!;
    expect(box(marker).right).to.be.lessThan(box(label).right - 5); // read after the word: to its left
    const consent = shadow.querySelector('#consent')!;
    const consentLabel = shadow.querySelector('label[for="consent"]')!;
    expect(box(consent).left).to.be.greaterThan(box(consentLabel).left);
    const submit = shadow.querySelector('#submit')!;
    expect(box(submit).right).to.be.closeTo(box(field).right, 2);
  });

  it('should speak Arabic in every element and keep Latin names readable', async () => {
    const { byline, list, form } = await arabicPage();
    expect(list.shadowRoot!.querySelector('h2')!.textContent).not.to.match(/[A-Za-z]/);
    expect(form.shadowRoot!.querySelector('h2')!.textContent).not.to.match(/[A-Za-z]/);
    // A Latin name inside Arabic text is isolated, so its letters keep their order.
    const latin = [...list.shadowRoot!.querySelectorAll('[part="author"]')].find((a) => a.textContent === 'John Smith')!;
    expect(latin.getAttribute('dir')).to.equal('auto');
    for (const name of byline.shadowRoot!.querySelectorAll('[part="author"]')) {
      expect(name.closest('bdi') ?? (name.getAttribute('dir') === 'auto' ? name : null), name.textContent!).to.exist;
    }
  });

  it('should set each comment in its own direction: Arabic from the right, English from the left', async () => {
    const { list } = await arabicPage();
    const [arabic, , english] = [...list.shadowRoot!.querySelectorAll('[part="content"]')];
    // Commenters write in any language: an English comment keeps its full stop at its end.
    expect(getComputedStyle(arabic).direction).to.equal('rtl');
    expect(getComputedStyle(english).direction).to.equal('ltr');
  });

  it('should be accessible in Arabic (axe)', async () => {
    const { root } = await arabicPage();
    for (const tag of ['news-article', 'comment-list', 'comment-form']) await expect(root.querySelector(tag)).to.be.accessible();
  });
});
