import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { LOCALE_IMPORTS } from '../../src/internal/locale-chunks.js';
import { setLocaleImports } from '../../src/internal/localize.js';
import { fullArticle } from '../fixtures/articles.js';
import type { LitElement } from 'lit';

const textOf = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
/** The mutation observer's callback runs after a microtask; then the renders it asked for. */
async function settled(elements: LitElement[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(elements.map((el) => el.updateComplete));
}

describe('LanguageController: the elements follow the page’s language at runtime', () => {
  const pageLang = document.documentElement.lang;
  // French is loaded when first asked for, as the bundle does it.
  before(() => setLocaleImports(LOCALE_IMPORTS));
  afterEach(() => {
    document.documentElement.lang = pageLang;
  });

  async function page() {
    document.documentElement.lang = 'en';
    const root = await fixture<HTMLDivElement>(html`<div>
      <news-article .data=${{ ...fullArticle, language: undefined }}></news-article>
      <comment-list .comments=${[{ id: '1', author: { name: 'Ada' }, content: 'Hi', date: '2026-01-14T10:00:00Z' }]}></comment-list>
      <comment-form endpoint="/api/comments"></comment-form>
    </div>`);
    const article = root.querySelector<LitElement>('news-article')!;
    await article.updateComplete;
    const byline = article.shadowRoot!.querySelector<LitElement>('news-byline')!;
    const list = root.querySelector<LitElement>('comment-list')!;
    const form = root.querySelector<LitElement>('comment-form')!;
    await settled([byline, list, form]);
    const all = [article, byline, list, form];
    /** Each element's telltale text: English or French. */
    const texts = () => ({
      article: article.shadowRoot!.querySelector('footer ul')!.getAttribute('aria-label'),
      byline: textOf(byline).includes('Par ') ? 'fr' : textOf(byline).includes('By ') ? 'en' : '?',
      list: list.shadowRoot!.querySelector('h2')!.textContent!.trim(),
      form: form.shadowRoot!.querySelector('h2, h3')!.textContent!.trim(),
    });
    return { root, all, form, texts };
  }

  const english = { article: 'Tags', byline: 'en', list: '1 comment', form: 'Leave a Reply' };
  const french = { article: 'Mots-clés', byline: 'fr', list: '1 commentaire', form: 'Laisser un commentaire' };

  it('should render all four elements again when <html lang> changes', async () => {
    const { all, texts } = await page();
    expect(texts()).to.deep.equal(english);
    document.documentElement.lang = 'fr-CA';
    await settled(all);
    expect(texts()).to.deep.equal(french);
    document.documentElement.lang = 'en';
    await settled(all);
    expect(texts()).to.deep.equal(english);
  });

  it('should follow an ancestor’s lang added and removed, and the element’s own', async () => {
    const { root, all, form, texts } = await page();
    root.lang = 'fr';
    await settled(all);
    expect(texts()).to.deep.equal(french);
    root.removeAttribute('lang');
    await settled(all);
    expect(texts()).to.deep.equal(english);
    form.lang = 'fr';
    await settled(all);
    expect(texts()).to.deep.equal({ ...english, form: french.form });
  });

  it('should follow a lang set inside a shadow root the element sits in', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><comment-form endpoint="/api/comments"></comment-form></section>';
    const form = shadow.querySelector<LitElement>('comment-form')!;
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('h2, h3')!.textContent!.trim()).to.equal('Leave a Reply');
    shadow.querySelector('section')!.lang = 'fr';
    await settled([form]);
    expect(form.shadowRoot!.querySelector('h2, h3')!.textContent!.trim()).to.equal('Laisser un commentaire');
  });

  it('should render again when moved under another language', async () => {
    const { root, form, texts } = await page();
    const french = document.createElement('div');
    french.lang = 'fr';
    root.append(french);
    french.append(form);
    await settled([form as LitElement]);
    expect(texts().form).to.equal('Laisser un commentaire');
  });
});
