import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { consume } from '@lit/context';
import '../../src/define.js';
import '../../src/internal/all-locales.js';
import type { NewsArticle } from '../../src/news-article/news-article.js';
import { articleContext } from '../../src/context.js';
import type { Article } from '../../src/model/article.js';
import { fullArticle, minimalArticle } from '../fixtures/articles.js';

const respond = (params: Record<string, string | number>) => `/test-api/respond?${new URLSearchParams(params as Record<string, string>)}`;
const json = (value: unknown) => JSON.stringify(value);
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector));

async function rendered(el: NewsArticle): Promise<NewsArticle> {
  if (!$(el, 'article')) await oneEvent(el, 'news-article-load');
  await el.updateComplete;
  return el;
}

describe('<news-article>', () => {
  describe('ways in', () => {
    it('should render from the data property', async () => {
      const el = await fixture<NewsArticle>(html`<news-article .data=${minimalArticle}></news-article>`);
      await rendered(el);
      expect($(el, 'h1')!.textContent).to.equal('Minimal headline');
    });

    it('should fetch src, showing a loading state until it arrives', async () => {
      const el = await fixture<NewsArticle>(html`<news-article src=${respond({ delay: 300, body: json(minimalArticle) })}></news-article>`);
      const loading = $(el, '[part="loading"]')!;
      expect(loading.getAttribute('role')).to.equal('status');
      expect(loading.textContent).to.contain('Loading article…');
      const event = await oneEvent(el, 'news-article-load');
      expect(event.detail.headline).to.equal('Minimal headline');
      await el.updateComplete;
      expect($(el, '[part="loading"]')).to.equal(null);
      expect($(el, 'h1')!.textContent).to.equal('Minimal headline');
    });

    it('should hold a viewport-tall skeleton while loading, and show nested content only once the article is there', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article src=${respond({ delay: 300, body: json(minimalArticle) })}><p class="nested">Comments</p></news-article>`,
      );
      const nested = el.querySelector('.nested')!;
      expect($(el, '[part="loading"]')!.getBoundingClientRect().height).to.be.at.least(innerHeight);
      expect(nested.getBoundingClientRect().height, 'nested content is not laid out while loading').to.equal(0);
      await oneEvent(el, 'news-article-load');
      await el.updateComplete;
      expect(nested.getBoundingClientRect().height).to.be.above(0);
    });

    it('should abort the previous fetch when src changes', async () => {
      const slow = respond({ delay: 400, body: json({ ...minimalArticle, headline: 'Old' }) });
      const fast = respond({ body: json({ ...minimalArticle, headline: 'New' }) });
      const el = await fixture<NewsArticle>(html`<news-article src=${slow}></news-article>`);
      let loads = 0;
      el.addEventListener('news-article-load', () => loads++);
      el.src = fast;
      await oneEvent(el, 'news-article-load');
      await new Promise((resolve) => setTimeout(resolve, 600));
      await el.updateComplete;
      expect($(el, 'h1')!.textContent).to.equal('New');
      expect(loads).to.equal(1);
    });

    it('should read an inline <script type="application/json"> child', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article><script type="application/json">${json({ ...minimalArticle, headline: 'Inline' })}</script></news-article>`,
      );
      await rendered(el);
      expect($(el, 'h1')!.textContent).to.equal('Inline');
    });

    it('should read inline JSON inserted after the element upgraded', async () => {
      const el = await fixture<NewsArticle>(html`<news-article></news-article>`);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json({ ...minimalArticle, headline: 'Late' });
      const loaded = oneEvent(el, 'news-article-load');
      el.append(script);
      await loaded;
      await el.updateComplete;
      expect($(el, 'h1')!.textContent).to.equal('Late');
    });
  });

  describe('markup', () => {
    let el: NewsArticle;
    beforeEach(async () => {
      el = await rendered(await fixture<NewsArticle>(html`<news-article .data=${fullArticle}></news-article>`));
    });

    it('should use an article with a header holding section, h1, dek, dateline and byline', () => {
      const header = $(el, 'article > header')!;
      expect(header.querySelector('[part="section"]')!.textContent).to.equal('World');
      expect(header.querySelector('h1')!.textContent).to.equal('China Sees Chance to Woo Canada');
      expect(header.querySelector('[part="dek"]')!.textContent).to.equal('Beijing signals hopes.');
      expect(header.querySelector('[part="dateline"]')!.textContent).to.equal('Beijing/Ottawa');
      expect(header.querySelector('news-byline')).to.exist;
      expect($(el, 'article')!.getAttribute('lang')).to.equal('en');
    });

    it('should render the hero as a figure with reserved size, alt, caption and credit', () => {
      const figure = $(el, 'article > figure[part="figure"]')!;
      const img = figure.querySelector('img')!;
      expect(img.alt).to.equal('Flags');
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['1200', '600']);
      expect(figure.querySelector('figcaption')!.textContent).to.contain('A caption.');
      expect(figure.querySelector('[part="credit"]')!.textContent).to.equal('Photo: Agency');
    });

    it('should render every block type and skip unknown ones', () => {
      const body = $(el, '[part="body"]')!;
      const paragraphs = body.querySelectorAll(':scope > p');
      expect(paragraphs[0].textContent).to.equal('Plain <b>not bold</b> paragraph.');
      expect(paragraphs[0].querySelector('b')).to.equal(null);
      expect(paragraphs[1].querySelector('em')!.textContent).to.equal('emphasis');
      expect(paragraphs[1].querySelector('a')!.getAttribute('href')).to.equal('https://example.com');
      expect(body.querySelector('h2')!.textContent).to.equal('A subheading');
      expect(body.querySelector('h3')!.textContent).to.equal('Clamped heading');
      expect(body.querySelector('blockquote')!.textContent!.trim()).to.equal('A quotation.');
      expect(body.querySelector('figure.quote cite')!.textContent).to.equal('China Daily');
      expect(body.querySelector('figure[part="body-figure"] img')!.getAttribute('alt')).to.equal('Inline');
      expect(Array.from(body.querySelectorAll('ol li')).map((li) => li.textContent)).to.deep.equal(['First', 'Second']);
      expect(body.querySelector('ul li')!.textContent).to.equal('Bullet');
      expect(body.querySelector('table td')!.textContent).to.equal('cell');
      expect(body.children).to.have.length(9);
    });

    it('should list the tags in a footer', () => {
      expect($$(el, 'footer[part="tags"] li').map((li) => li.textContent)).to.deep.equal(['Canada', 'China']);
    });

    it('should show nested content after the body and tags, through a slot', async () => {
      const host = await fixture<NewsArticle>(html`<news-article .data=${minimalArticle}><p id="after">Comments</p></news-article>`);
      await rendered(host);
      const slot = $(host, 'slot') as HTMLSlotElement;
      expect(slot.assignedElements()).to.include(host.querySelector('#after'));
      expect($(host, 'article')!.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    });

    it('should be accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('untrusted data', () => {
    afterEach(() => delete (window as { __xss?: number }).__xss);

    it('should show markup in text fields as text', async () => {
      const hostile = '<img src=x onerror="window.__xss=1">';
      const el = await rendered(
        await fixture<NewsArticle>(html`<news-article .data=${{ ...minimalArticle, headline: hostile, dek: hostile, tags: [hostile] }}></news-article>`),
      );
      expect($(el, 'h1')!.textContent).to.equal(hostile);
      expect($(el, '[part="dek"]')!.textContent).to.equal(hostile);
      expect($(el, '[part="tag"]')!.textContent).to.equal(hostile);
      expect($$(el, 'img')).to.have.length(0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });

    it('should sanitize body HTML', async () => {
      const el = await rendered(
        await fixture<NewsArticle>(html`<news-article
          .data=${{
            ...minimalArticle,
            body: '<p>Kept <a href="javascript:window.__xss=1">link</a></p><script>window.__xss=1</script><img src=x onerror="window.__xss=1"><iframe src="/"></iframe>',
          }}
        ></news-article>`),
      );
      const body = $(el, '[part="body"]')!;
      expect(body.querySelector('p')!.textContent).to.equal('Kept link');
      expect(body.querySelector('a')!.hasAttribute('href')).to.equal(false);
      expect(body.querySelector('script, iframe, [onerror]')).to.equal(null);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as { __xss?: number }).__xss).to.equal(undefined);
    });

    it('should drop unsafe URLs from URL fields', async () => {
      const el = await rendered(
        await fixture<NewsArticle>(html`<news-article
          .data=${{ ...minimalArticle, image: { src: 'javascript:alert(1)', alt: 'x' }, authors: [{ name: 'A', url: 'javascript:alert(1)' }] }}
        ></news-article>`),
      );
      expect($(el, 'figure')).to.equal(null);
      const byline = $(el, 'news-byline')!;
      await (byline as LitElement).updateComplete;
      expect(byline.shadowRoot!.querySelector('a')).to.equal(null);
      expect(byline.shadowRoot!.textContent).to.contain('A');
    });
  });

  describe('errors', () => {
    const cases: [string, string, string][] = [
      ['a 404', respond({ status: 404, body: 'missing' }), 'answered HTTP 404'],
      ['a non-JSON response', respond({ type: 'text/html', body: '<!doctype html><p>Hello</p>' }), 'is not valid JSON'],
      ['malformed JSON', respond({ body: '{"id": "a1",' }), 'is not valid JSON'],
      ['a network failure', 'http://127.0.0.1:9/article.json', 'could not be loaded (network error)'],
      ['a missing required field', respond({ body: json({ ...minimalArticle, headline: '' }) }), '"headline" must be a non-empty string'],
    ];
    for (const [name, src, message] of cases) {
      it(`should show an alert and fire news-article-error on ${name}`, async () => {
        const el = await fixture<NewsArticle>(html`<news-article src=${src}></news-article>`);
        const event = await oneEvent(el, 'news-article-error');
        expect(event.detail.message).to.contain(message);
        await el.updateComplete;
        const alert = $(el, '[part="error"]')!;
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(alert.textContent).to.contain(message);
        expect($(el, 'article')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('should report malformed inline JSON', async () => {
      const el = document.createElement('news-article');
      el.innerHTML = '<script type="application/json">{ not json</script>';
      const error = oneEvent(el, 'news-article-error');
      document.body.append(el);
      try {
        expect((await error).detail.message).to.equal('the inline JSON is not valid JSON');
      } finally {
        el.remove();
      }
    });

    it('should carry the HTTP status in the event', async () => {
      const el = await fixture<NewsArticle>(html`<news-article src=${respond({ status: 500, body: 'x' })}></news-article>`);
      expect((await oneEvent(el, 'news-article-error')).detail.status).to.equal(500);
    });

    it('should recover when good data follows bad', async () => {
      // Not our own shape: read once the other formats are in, which none fits either.
      const el = await fixture<NewsArticle>(html`<news-article .data=${{ id: 'x' }}></news-article>`);
      await waitUntil(() => $(el, '[part="error"]'), 'the error shows');
      el.data = minimalArticle;
      await rendered(el);
      expect($(el, '[part="error"]')).to.equal(null);
    });
  });

  describe('JSON-LD', () => {
    const ldOf = (el: Element) => el.querySelector(':scope > script[type="application/ld+json"]') as HTMLScriptElement | null;

    it('should write NewsArticle JSON-LD in the light DOM, keep it in sync and remove it on disconnect', async () => {
      const el = await rendered(await fixture<NewsArticle>(html`<news-article .data=${fullArticle}></news-article>`));
      expect(JSON.parse(ldOf(el)!.text)).to.include({ '@type': 'NewsArticle', headline: 'China Sees Chance to Woo Canada' });
      el.data = { ...fullArticle, headline: 'Changed' };
      await oneEvent(el, 'news-article-load');
      expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      expect(JSON.parse(ldOf(el)!.text).headline).to.equal('Changed');
      const parent = el.parentElement!;
      el.remove();
      expect(ldOf(el)).to.equal(null);
      parent.append(el);
      expect(JSON.parse(ldOf(el)!.text).headline).to.equal('Changed');
    });

    it('should not let </script> in the data break out of the script', async () => {
      const headline = '</script><img src=x onerror="window.__xss=1">';
      const el = await rendered(await fixture<NewsArticle>(html`<news-article .data=${{ ...minimalArticle, headline }}></news-article>`));
      const script = ldOf(el)!;
      expect(script.text).not.to.contain('</script>');
      expect(JSON.parse(script.text).headline).to.equal(headline);
      expect(el.querySelector('img')).to.equal(null);
    });

    it('should remove the JSON-LD when the data becomes invalid', async () => {
      const el = await rendered(await fixture<NewsArticle>(html`<news-article .data=${minimalArticle}></news-article>`));
      const failed = oneEvent(el, 'news-article-error');
      el.data = { id: 'broken' };
      await failed;
      expect(ldOf(el)).to.equal(null);
    });
  });

  describe('dates and language', () => {
    it('should format dates for the language of an ancestor, with "Updated"', async () => {
      const wrapper = await fixture(html`<div lang="fr"><news-article .data=${fullArticle}></news-article></div>`);
      const el = await rendered(wrapper.querySelector('news-article')!);
      const byline = $(el, 'news-byline') as LitElement;
      await byline.updateComplete;
      const times = Array.from(byline.shadowRoot!.querySelectorAll('time'));
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2026-01-14T09:30:00.000Z', '2026-01-15T15:05:00.000Z']);
      // The article's own language ("en") wins inside it over the page's "fr".
      expect(times[0].textContent).to.contain('January 14, 2026');
      const frenchArticle = await rendered(
        (await fixture(html`<div lang="fr"><news-article .data=${{ ...fullArticle, language: undefined }}></news-article></div>`)).querySelector('news-article')!,
      );
      const frenchByline = $(frenchArticle, 'news-byline') as LitElement;
      await frenchByline.updateComplete;
      const frenchText = frenchByline.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(frenchText).to.contain('14 janvier 2026');
      expect(frenchText).to.contain('Mis à jour');
      expect(frenchText).to.contain('Par Rajeev Sharma');
    });

    it('should pass its string overrides on to its byline', async () => {
      const strings = { by: 'بقلم', updated: 'آخر تحديث', minRead: { other: '{count} دقيقة' }, tags: 'الوسوم' };
      const el = await rendered(await fixture<NewsArticle>(html`<news-article .data=${fullArticle} .strings=${strings}></news-article>`));
      const byline = $(el, 'news-byline') as LitElement;
      await byline.updateComplete;
      const text = byline.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('بقلم Rajeev Sharma');
      expect(text).to.contain('آخر تحديث');
      expect(text).to.match(/\d+ دقيقة/);
    });
  });

  describe('context', () => {
    class ContextProbe extends LitElement {
      @consume({ context: articleContext, subscribe: true }) article?: Article;
    }
    customElements.define('context-probe', ContextProbe);

    it('should provide the normalized article to nested elements', async () => {
      const el = await rendered(
        await fixture<NewsArticle>(html`<news-article .data=${fullArticle}><context-probe></context-probe><news-byline></news-byline></news-article>`),
      );
      const probe = el.querySelector('context-probe') as ContextProbe;
      expect(probe.article!.id).to.equal('carney-beijing-visit');
      el.data = { ...fullArticle, id: 'next' };
      await oneEvent(el, 'news-article-load');
      expect(probe.article!.id).to.equal('next');
      const byline = el.querySelector('news-byline') as LitElement;
      await byline.updateComplete;
      expect(byline.shadowRoot!.textContent).to.contain('Rajeev Sharma');
    });
  });

  describe('theming', () => {
    it('should take its measure from --news-article-max-width and lay out right to left', async () => {
      const wrapper = await fixture(html`<div dir="rtl" style="--news-article-max-width: 30rem"><news-article .data=${fullArticle}></news-article></div>`);
      const el = await rendered(wrapper.querySelector('news-article')!);
      const article = $(el, 'article')!;
      expect(getComputedStyle(article).maxWidth).to.equal(`${30 * parseFloat(getComputedStyle(document.documentElement).fontSize)}px`);
      const quote = $(el, 'figure.quote')!;
      expect(getComputedStyle(quote).borderRightWidth).to.equal('4px');
      expect(getComputedStyle(quote).borderLeftWidth).to.equal('0px');
    });
  });
});
