// feed.json is shaped after jsonfeed.org's own feed (version 1.1): one item with content_html and a feed
// author, one with content_text, a banner image and a 1.0-style `author` of its own.
import { expect, html } from '@open-wc/testing';
import '../../../src/define.js';
import { normalizeArticle } from '../../../src/news-article/normalize.js';
import { jsonfeed } from '../../../src/news-article/formats/jsonfeed.js';
import { shownArticle } from './helpers.js';
import { minimalArticle } from '../../fixtures/articles.js';

type Feed = { items: Record<string, unknown>[] } & Record<string, unknown>;
const recorded = async (): Promise<Feed> => (await (await fetch('/tests/fixtures/formats/jsonfeed/feed.json')).json()) as Feed;
const SECOND = 'http://jsonfeed.micro.blog/2017/05/17/announcing-json-feed.html';

describe('article format: jsonfeed', () => {
  it('should read a feed\'s first item, with the feed\'s authors and language', async () => {
    const { article, error } = normalizeArticle(await recorded(), { format: 'jsonfeed' });
    expect(error).to.equal(undefined);
    expect(article!.id).to.equal('http://jsonfeed.micro.blog/2020/08/07/json-feed-version.html');
    expect(article!.headline).to.equal('JSON Feed version 1.1');
    expect(article!.dek).to.equal('A minor update: authors, language, and a MIME type.');
    expect(article!.body).to.be.a('string').and.contain('We&rsquo;ve updated the spec'); // HTML, sanitized when rendered
    expect(article!.published).to.equal('2020-08-07T16:44:36.000Z');
    expect(article!.modified).to.equal('2020-08-08T14:00:00.000Z');
    expect(article!.url).to.equal('https://www.jsonfeed.org/2020/08/07/json-feed-version.html');
    expect(article!.image).to.deep.equal({ src: 'https://www.jsonfeed.org/graphics/icon.png', alt: '' });
    expect(article!.tags).to.deep.equal(['spec', 'json']);
    expect(article!.language).to.equal('en-US');
    expect(article!.authors).to.deep.equal([
      { name: 'Manton Reece & Brent Simmons', url: 'https://www.jsonfeed.org/', image: 'https://cdn.micro.blog/jsonfeed/avatar.jpg' },
    ]);
  });

  it('should pick the item named by item-id: text content as paragraphs, its own author (1.0) and language, the banner image', async () => {
    const { article, error } = normalizeArticle(await recorded(), { itemId: SECOND });
    expect(error).to.equal(undefined);
    expect(article!.headline).to.equal('Announcing JSON Feed');
    expect(article!.body).to.deep.equal([
      { type: 'paragraph', text: 'We — Manton Reece and Brent Simmons — have noticed that JSON has become the developers’ choice for APIs.' },
      { type: 'paragraph', text: 'So we developed JSON Feed, a format similar to RSS and Atom but in JSON.' },
    ]);
    expect(article!.authors).to.deep.equal([{ name: 'Brent Simmons', url: 'https://inessential.com/' }]);
    expect(article!.language).to.equal('en-GB');
    expect(article!.image).to.deep.equal({ src: 'https://www.jsonfeed.org/graphics/banner.png', alt: '' });
    expect(article!.dek).to.equal(undefined);
    expect(article!.modified).to.equal(undefined);
    expect(normalizeArticle(await recorded(), { itemId: 'nope' }).error).to.equal('the JSON Feed has no item with the id "nope"');
  });

  it('should read a lone item', async () => {
    const item = (await recorded()).items[1]!;
    const { article } = normalizeArticle(item);
    expect(article!.headline).to.equal('Announcing JSON Feed');
    expect(article!.authors.map((author) => author.name)).to.deep.equal(['Brent Simmons']);
  });

  it('should keep hostile values harmless: text content is text, HTML content is sanitized', async () => {
    const feed = await recorded();
    const hostile = {
      ...feed,
      items: [{ ...feed.items[1], title: '<b>Bold</b>', content_text: '<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>', url: 'javascript:alert(3)' }],
    };
    const { article } = normalizeArticle(hostile);
    expect(article!.url).to.equal(undefined);
    const element = await shownArticle(html`<news-article .data=${hostile}></news-article>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('h1')!.textContent).to.equal('<b>Bold</b>');
    expect(root.querySelector('[part="body"]')!.textContent).to.contain('<script>alert(1)</script>');
    expect(root.querySelector('script, img[onerror], h1 b')).to.equal(null);
    const htmlItem = { ...feed.items[0], content_html: '<p onclick="alert(4)">Hi</p><script>alert(5)</script>' };
    const htmlElement = await shownArticle(html`<news-article .data=${htmlItem}></news-article>`);
    expect(htmlElement.shadowRoot!.querySelector('[part="body"]')!.textContent).to.contain('Hi');
    expect(htmlElement.shadowRoot!.querySelector('script, [onclick]')).to.equal(null);
  });

  it('should say what is wrong with a feed that cannot be shown', async () => {
    const feed = await recorded();
    expect(normalizeArticle({ ...feed, items: [] }).error).to.equal('the JSON Feed has no items');
    expect(normalizeArticle({ ...feed, items: [{ ...feed.items[0], title: undefined }] }).error).to.contain('no "title"');
    expect(normalizeArticle({ ...feed, items: [{ ...feed.items[0], date_published: undefined }] }).error).to.contain('"date_published"');
  });

  it('should be detected from its shape, and not take other shapes', async () => {
    const feed = await recorded();
    expect(jsonfeed.detect(feed)).to.equal(true);
    expect(jsonfeed.detect(feed.items[0]!)).to.equal(true);
    expect(jsonfeed.detect({ ...feed, version: 'https://example.com/version/1.1' })).to.equal(false);
    expect(jsonfeed.detect({ items: [] })).to.equal(false);
    expect(jsonfeed.detect(minimalArticle)).to.equal(false);
  });
});
