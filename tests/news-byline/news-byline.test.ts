import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/internal/all-locales.js';
import { setViewport } from '@web/test-runner-commands';
import type { NewsByline } from '../../src/news-byline/news-byline.js';

const textOf = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const names = (el: Element) => el.shadowRoot!.querySelector('.names')!.textContent!.replace(/\s+/g, ' ').trim();

async function byline(template: ReturnType<typeof html>): Promise<NewsByline> {
  const root = await fixture(template);
  const el = (root.localName === 'news-byline' ? root : root.querySelector('news-byline')!) as NewsByline;
  await el.updateComplete;
  return el;
}

describe('<news-byline>', () => {
  it('should join one, two and three authors with Intl.ListFormat', async () => {
    const one = await byline(html`<news-byline lang="en-GB" .authors=${[{ name: 'Ada' }]}></news-byline>`);
    expect(names(one)).to.equal('By Ada');
    const two = await byline(html`<news-byline lang="en-GB" .authors=${[{ name: 'Ada' }, { name: 'Grace' }]}></news-byline>`);
    expect(names(two)).to.equal('By Ada and Grace');
    const three = await byline(html`<news-byline lang="en-GB" .authors=${[{ name: 'Ada' }, { name: 'Grace' }, { name: 'Hedy' }]}></news-byline>`);
    expect(names(three)).to.equal('By Ada, Grace and Hedy');
    const us = await byline(html`<news-byline lang="en-US" .authors=${[{ name: 'Ada' }, { name: 'Grace' }, { name: 'Hedy' }]}></news-byline>`);
    expect(names(us)).to.equal('By Ada, Grace, and Hedy');
    const fr = await byline(html`<news-byline lang="fr" .authors=${[{ name: 'Ada' }, { name: 'Grace' }, { name: 'Hedy' }]}></news-byline>`);
    expect(names(fr)).to.equal('Par Ada, Grace et Hedy');
  });

  it('should link names with rel="author" when a URL is given, with avatar and role', async () => {
    const el = await byline(html`<news-byline
      .authors=${[{ name: 'Ada', url: 'https://example.com/ada', image: 'data:image/png;base64,AA', role: 'Editor' }, { name: 'Grace' }]}
    ></news-byline>`);
    const links = el.shadowRoot!.querySelectorAll('a[part="author"]');
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('rel')).to.equal('author');
    expect(links[0].getAttribute('href')).to.equal('https://example.com/ada');
    expect(el.shadowRoot!.querySelector('[part="role"]')!.textContent).to.contain('Editor');
    const avatar = el.shadowRoot!.querySelector('img[part="avatar"]') as HTMLImageElement;
    expect(avatar.getAttribute('src')).to.equal('data:image/png;base64,AA');
    expect(avatar.alt).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(1);
  });

  it('should read authors from a JSON attribute, or take the attribute as a name', async () => {
    const el = await byline(html`<news-byline authors='[{"name":"Ada","url":"javascript:alert(1)"},{"name":"Grace"}]'></news-byline>`);
    expect(names(el)).to.contain('Ada and Grace');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    const plain = await byline(html`<news-byline authors="Rajeev Sharma"></news-byline>`);
    expect(names(plain)).to.equal('By Rajeev Sharma');
  });

  it('should check URLs and names given through the authors property', async () => {
    const el = await byline(html`<news-byline
      .authors=${[{ name: 'X', url: 'javascript:alert(1)', image: 'javascript:alert(2)' }, { url: 'https://nameless.example' }, 'Grace', { name: '<b>Ada</b>' }] as any}
    ></news-byline>`);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(names(el)).to.equal('By X, Grace, and <b>Ada</b>');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  });

  it('should show published and updated times as <time> in the element language', async () => {
    const el = await byline(html`<news-byline lang="en" authors="Ada" published="2026-01-14T09:30:00Z" modified="2026-01-16T10:00:00Z"></news-byline>`);
    const times = el.shadowRoot!.querySelectorAll('time');
    expect(Array.from(times).map((t) => t.getAttribute('datetime'))).to.deep.equal(['2026-01-14T09:30:00.000Z', '2026-01-16T10:00:00.000Z']);
    expect(times[0].textContent).to.contain('January 14, 2026');
    expect(textOf(el)).to.contain('Updated January 16, 2026');
    const fr = await byline(html`<div lang="fr"><news-byline authors="Ada" published="2026-01-14T09:30:00Z"></news-byline></div>`);
    expect(fr.shadowRoot!.querySelector('time')!.textContent).to.contain('14 janvier 2026');
  });

  it('should keep a phone byline compact: name and role on one line, short dates and reading time on the next', async () => {
    const lines = (el: Element, selector: string) => {
      const box = el.shadowRoot!.querySelector(selector)!;
      return Math.round(box.getBoundingClientRect().height / parseFloat(getComputedStyle(box).lineHeight));
    };
    // In a grid, as in the article's meta row: a grid item may not shrink below its content unless told.
    const template = html`<div style="display: grid; max-width: 350px; font: 16px/1.5 sans-serif">
      <news-byline
        lang="en"
        .authors=${[{ name: 'Rajeev Sharma', role: 'Foreign Affairs Correspondent', image: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }]}
        published="2026-01-14T09:30:00Z"
        modified="2026-01-14T15:05:00Z"
        word-count="460"
      ></news-byline>
    </div>`;
    await setViewport({ width: 1280, height: 800 });
    const wide = await byline(template);
    expect(wide.shadowRoot!.querySelector('time')!.innerText).to.contain('January 14, 2026');
    expect(lines(wide, '.details')).to.be.above(1); // the long dates wrap in 350px
    await setViewport({ width: 390, height: 844 });
    try {
      const phone = await byline(template);
      expect(lines(phone, '.names')).to.equal(1);
      const nameLine = phone.shadowRoot!.querySelector('.names')!;
      expect(nameLine.getBoundingClientRect().right, 'ends in "…" inside the byline').to.be.at.most(phone.getBoundingClientRect().right + 0.5);
      expect(nameLine.scrollWidth).to.be.above(nameLine.clientWidth);
      expect(lines(phone, '.details')).to.equal(1);
      expect(phone.shadowRoot!.querySelector('time')!.innerText).to.equal('Jan 14, 2026');
      expect(names(phone), 'the whole role stays in the text').to.contain('Foreign Affairs Correspondent');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('should not say "Updated" when modified equals published', async () => {
    const el = await byline(html`<news-byline authors="Ada" published="2026-01-14T09:30:00Z" modified="2026-01-14T09:30:00Z"></news-byline>`);
    expect(el.shadowRoot!.querySelectorAll('time')).to.have.length(1);
    expect(textOf(el)).not.to.contain('Updated');
  });

  it('should show the reading time when the word count is known', async () => {
    const el = await byline(html`<news-byline authors="Ada" word-count="920"></news-byline>`);
    expect(el.shadowRoot!.querySelector('[part="reading-time"]')!.textContent!.trim()).to.equal('4 min read');
    const none = await byline(html`<news-byline authors="Ada"></news-byline>`);
    expect(none.shadowRoot!.querySelector('[part="reading-time"]')).to.equal(null);
  });

  it('should be the byline <news-article> renders in its header', async () => {
    const article = await fixture(html`<news-article .data=${{
      id: 'a', headline: 'H', authors: [{ name: 'Ada' }], published: '2026-01-14T09:30:00Z',
      body: [{ type: 'paragraph', text: Array(460).fill('word').join(' ') }],
    }}></news-article>`);
    await (article as NewsByline).updateComplete;
    const el = article.shadowRoot!.querySelector('header news-byline') as NewsByline;
    expect(el).to.be.instanceOf(customElements.get('news-byline')!);
    await el.updateComplete;
    expect(textOf(el)).to.contain('By Ada');
    expect(textOf(el)).to.contain('2 min read');
  });

  it('should be accessible', async () => {
    const el = await byline(html`<news-byline
      .authors=${[{ name: 'Ada', url: 'https://example.com', image: 'data:image/png;base64,AA', role: 'Editor' }]}
      published="2026-01-14T09:30:00Z" modified="2026-01-15T09:30:00Z" word-count="400"
    ></news-byline>`);
    await expect(el).to.be.accessible();
  });
});
