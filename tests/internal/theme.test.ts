import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { minimalArticle } from '../fixtures/articles.js';

/** The computed value of the private accent every element derives from its custom properties. */
const accentOf = (el: Element, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).getPropertyValue('--_accent').trim();

describe('theming', () => {
  it('should give all four elements one accent from --news-accent, and let an element-specific property win', async () => {
    const page = await fixture(html`<div style="--news-accent: rgb(1, 2, 3)">
      <news-article .data=${minimalArticle}></news-article>
      <news-byline authors="Ada"></news-byline>
      <comment-list .comments=${[{ id: 1, content: 'x', author: 'A' }]}></comment-list>
      <comment-form endpoint="/x" style="--comment-form-accent: rgb(9, 9, 9)"></comment-form>
      <comment-form endpoint="/x" class="plain"></comment-form>
    </div>`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const $ = (selector: string) => page.querySelector(selector)!;
    expect(accentOf($('news-article'), 'article')).to.equal('rgb(1, 2, 3)');
    expect(accentOf($('news-byline'), 'div')).to.equal('rgb(1, 2, 3)');
    expect(accentOf($('comment-list'), 'section')).to.equal('rgb(1, 2, 3)');
    expect(accentOf($('comment-form.plain'), 'form')).to.equal('rgb(1, 2, 3)');
    expect(accentOf($('comment-form:not(.plain)'), 'form')).to.equal('rgb(9, 9, 9)');
  });
});

/** A computed style of the element matched by `selector` in `el`'s shadow root. */
const styleOf = (el: Element, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);

const sampleElements = html`<news-article .data=${{ ...minimalArticle, dek: 'A dek' }}></news-article>
  <news-byline .authors=${[{ name: 'Ada', role: 'Editor' }]}></news-byline>
  <comment-list .comments=${[{ id: 1, content: 'x', author: 'A', date: '2026-01-01T00:00:00Z' }, { id: 2, parent: 1, content: 'y', author: 'B' }]}></comment-list>
  <comment-form endpoint="/x"></comment-form>`;

describe('one visual language', () => {
  it('should give all four elements the same accent, muted text, headings and corners by default', async () => {
    const page = await fixture(html`<div>${sampleElements}</div>`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const $ = (selector: string) => page.querySelector(selector)!;
    const accents = [accentOf($('news-article'), 'article'), accentOf($('news-byline'), 'div'), accentOf($('comment-list'), 'section'), accentOf($('comment-form'), 'form')];
    expect(new Set(accents).size, accents.join(' | ')).to.equal(1);
    const headingFonts = [styleOf($('news-article'), 'h1'), styleOf($('comment-list'), 'h2'), styleOf($('comment-form'), 'h2')].map((style) => style.fontFamily);
    expect(new Set(headingFonts).size, headingFonts.join(' | ')).to.equal(1);
    expect(headingFonts[0]).to.match(/serif$/);
    const muted = [styleOf($('news-article'), '.dek'), styleOf($('news-byline'), '.role'), styleOf($('comment-list'), '[part=date]'), styleOf($('comment-form'), '[part=notice]')].map((style) => style.color);
    expect(new Set(muted).size, muted.join(' | ')).to.equal(1);
  });

  it('should let a publisher retheme all four from the shared tokens', async () => {
    const page = await fixture(html`<div
      style="--news-muted: rgb(1, 1, 1); --news-rule-color: rgb(2, 2, 2); --news-radius: 7px; --news-font: monospace; --news-heading-font: fantasy"
    >
      ${sampleElements}
    </div>`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const $ = (selector: string) => page.querySelector(selector)!;
    for (const [el, selector] of [['news-article', '.dek'], ['news-byline', '.role'], ['comment-list', '[part=date]'], ['comment-form', '[part=notice]']]) {
      expect(styleOf($(el), selector).color, el).to.equal('rgb(1, 1, 1)');
    }
    expect(styleOf($('news-article'), '.meta').borderTopColor).to.equal('rgb(2, 2, 2)');
    expect(styleOf($('comment-list'), 'ol ol').borderInlineStartColor).to.equal('rgb(2, 2, 2)');
    expect(styleOf($('comment-form'), 'textarea').borderTopLeftRadius).to.equal('7px');
    for (const [el, selector] of [['news-article', 'h1'], ['comment-list', 'h2'], ['comment-form', 'h2']]) {
      expect(styleOf($(el), selector).fontFamily, el).to.equal('fantasy');
    }
    for (const [el, selector] of [['news-article', '.body'], ['news-byline', '.byline'], ['comment-list', '[part=content]'], ['comment-form', 'textarea']]) {
      expect(styleOf($(el), selector).fontFamily, el).to.equal('monospace');
    }
  });
});

describe('spacing without page CSS', () => {
  it('should keep the comment elements apart from what precedes them, and not add space when they come first', async () => {
    const page = await fixture(html`<div>
      <comment-list class="first" .comments=${[]}></comment-list>
      <p>Something before</p>
      <comment-list .comments=${[]}></comment-list>
      <comment-form endpoint="/x"></comment-form>
    </div>`);
    const margin = (selector: string) => parseFloat(getComputedStyle(page.querySelector(selector)!).marginBlockStart);
    expect(margin('comment-list.first')).to.equal(0);
    expect(margin('comment-list:not(.first)')).to.be.above(16);
    expect(margin('comment-form')).to.be.above(16);
  });
});
