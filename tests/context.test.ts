import { expect, fixture, html } from '@open-wc/testing';
import { ContextConsumer } from '@lit/context';
import { LitElement } from 'lit';
import '../src/define.js';
import { articleContext } from '../src/context.js';
import { NewsArticle } from '../src/news-article/news-article.js';
import { fullArticle, minimalArticle } from './fixtures/articles.js';

class ProbeConsumer extends LitElement {
  article = new ContextConsumer(this, { context: articleContext, subscribe: true });
  override render() {
    return this.article.value?.id ?? '';
  }
}
customElements.define('probe-consumer', ProbeConsumer);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('articleContext (@lit/context)', () => {
  it('should reach a consumer inside <news-article>, and tell it of every change', async () => {
    const article = await fixture<NewsArticle>(html`<news-article .data=${minimalArticle}><probe-consumer></probe-consumer></news-article>`);
    const probe = article.querySelector<ProbeConsumer>('probe-consumer')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('a1');
    article.data = { ...minimalArticle, id: 'a2' };
    await article.updateComplete;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('a2');
  });

  it('should reach a consumer that upgraded before its provider', async () => {
    // The byline and the probe are defined; this article's tag is not yet: they ask first.
    const page = await fixture(html`<late-news-article .data=${fullArticle}>
      <news-byline></news-byline>
      <probe-consumer></probe-consumer>
    </late-news-article>`);
    const byline = page.querySelector('news-byline')!;
    const probe = page.querySelector<ProbeConsumer>('probe-consumer')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent, 'nothing to answer yet').to.equal('');
    customElements.define('late-news-article', class extends NewsArticle {});
    await nextFrame();
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal(fullArticle.id);
    expect(byline.shadowRoot!.textContent).to.contain('Rajeev Sharma');
  });
});
