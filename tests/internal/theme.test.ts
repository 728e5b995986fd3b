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
