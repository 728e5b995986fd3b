import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ArticleConsumer, ArticleProvider, articleContext, type Article } from '../../src/internal/article-context.js';

const article = (id: string) => ({ id }) as Article;

class ProbeConsumer extends LitElement {
  context = new ArticleConsumer(this);
  renders = 0;
  override render() {
    this.renders++;
    return this.context.value?.id ?? '';
  }
}
customElements.define('probe-consumer', ProbeConsumer);

describe('article context', () => {
  it('should answer consumers inside its host and tell subscribers of every change until they disconnect', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><section><probe-consumer></probe-consumer></section></div>`);
    const provider = new ArticleProvider(host);
    const consumer = host.querySelector('probe-consumer') as ProbeConsumer;
    // Connected before the provider existed: nothing answered yet; reconnecting asks again.
    expect(consumer.context.value).to.equal(undefined);
    provider.set(article('a'));
    consumer.remove();
    host.append(consumer);
    expect(consumer.context.value!.id).to.equal('a');
    provider.set(article('b'));
    await consumer.updateComplete;
    expect(consumer.shadowRoot!.textContent).to.equal('b');
    consumer.remove();
    provider.set(article('c'));
    expect(consumer.context.value!.id).to.equal('b');
  });

  it('should leave requests for other contexts to travel on', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div><div id="inner"></div></div>`);
    new ArticleProvider(outer.querySelector('#inner')!);
    let reached = false;
    outer.addEventListener('context-request', () => (reached = true));
    const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: Symbol('other'),
      callback: () => expect.fail('answered a request for another context'),
    });
    outer.querySelector('#inner')!.dispatchEvent(request);
    expect(reached).to.equal(true);
    expect(String(articleContext.description)).to.equal('news-elements:article');
  });
});
