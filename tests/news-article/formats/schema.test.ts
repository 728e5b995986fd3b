// news-article.json is Google's NewsArticle example (developers.google.com/search/docs/appearance/structured-data/article)
// filled out; yoast-graph.json is the @graph Yoast SEO prints on a WordPress post, author and image by @id.
import { expect, html } from '@open-wc/testing';
import '../../../src/define.js';
import { normalizeArticle } from '../../../src/news-article/normalize.js';
import { schema } from '../../../src/news-article/formats/schema.js';
import { shownArticle } from './helpers.js';
import { minimalArticle } from '../../fixtures/articles.js';

const recorded = async (name: string): Promise<Record<string, unknown>> =>
  (await (await fetch(`/tests/fixtures/formats/schema/${name}.json`)).json()) as Record<string, unknown>;

describe('article format: schema', () => {
  it('should read a NewsArticle: identifier, headline with its entity decoded, description, articleBody as paragraphs, dates', async () => {
    const { article, error } = normalizeArticle(await recorded('news-article'), { format: 'schema' });
    expect(error).to.equal(undefined);
    expect(article!.id).to.equal('canada-china-reset-2026');
    expect(article!.headline).to.equal('Canada’s PM "resets" ties with China');
    expect(article!.dek).to.equal('Ottawa’s envoy said it’s “early days”.');
    expect(article!.body).to.deep.equal([
      { type: 'paragraph', text: 'BEIJING — The prime minister arrived on Wednesday.' },
      { type: 'paragraph', text: 'Trade was first on the agenda & the <b>tariffs</b> question second.' }, // text, not markup
    ]);
    expect(article!.published).to.equal('2026-01-14T01:30:00.000Z');
    expect(article!.modified).to.equal('2026-01-14T03:05:00.000Z');
  });

  it('should read authors, the first image of an array, section, keywords, language, page url and dateline', async () => {
    const { article } = normalizeArticle(await recorded('news-article'));
    expect(article!.authors).to.deep.equal([
      { name: 'Jane Doe', url: 'https://example.com/profile/janedoe123', image: 'https://example.com/profile/janedoe.jpg' },
      { name: 'John Doe', url: 'https://example.com/profile/johndoe123' },
    ]);
    expect(article!.image).to.deep.equal({
      src: 'https://example.com/photos/16x9/flags.jpg',
      alt: 'The Canadian and Chinese flags',
      caption: 'The two flags',
      width: 1200,
      height: 675,
    });
    expect(article!.section).to.equal('World');
    expect(article!.tags).to.deep.equal(['Canada', 'China', 'Trade & Tariffs']);
    expect(article!.language).to.equal('en-CA');
    expect(article!.url).to.equal('https://example.com/world/canada-china-reset');
    expect(article!.dateline).to.equal('Beijing');
  });

  it('should pick the article node of a Yoast @graph and resolve author, image and page by @id', async () => {
    const { article, error } = normalizeArticle(await recorded('yoast-graph'));
    expect(error).to.equal(undefined);
    expect(article!.id).to.equal('https://example.com/2026/01/canada-china/#article');
    expect(article!.headline).to.equal('Canada’s PM resets ties');
    expect(article!.dek).to.equal('Ottawa’s envoy said it’s early days.'); // from the WebPage
    expect(article!.url).to.equal('https://example.com/2026/01/canada-china/');
    expect(article!.authors).to.deep.equal([
      { name: 'Jane Doe', url: 'https://example.com/author/jane/', image: 'https://secure.gravatar.com/avatar/abc?s=96&d=mm&r=g' },
    ]);
    expect(article!.image).to.deep.equal({
      src: 'https://example.com/wp-content/uploads/2026/01/flags.jpg',
      alt: '',
      caption: 'The Canadian and Chinese flags',
      width: 1200,
      height: 600,
    });
    expect(article!.tags).to.deep.equal(['Canada', 'Trade & Tariffs']);
    expect(article!.body).to.deep.equal([]); // no articleBody: the header alone
    expect(article!.language).to.equal('en-US');
  });

  it('should read the other forms: @type arrays and IRIs, a string author, an image URL, an array of documents, a cycle of references', () => {
    const base = { '@context': 'https://schema.org', headline: 'H', datePublished: '2026-01-14T09:30:00Z', url: 'https://example.com/a' };
    const typed = normalizeArticle({ ...base, '@type': ['CreativeWork', 'https://schema.org/BlogPosting'], author: 'Ann Lee', image: 'https://example.com/i.jpg' });
    expect(typed.article!.authors).to.deep.equal([{ name: 'Ann Lee' }]);
    expect(typed.article!.image).to.deep.equal({ src: 'https://example.com/i.jpg', alt: '' });
    expect(typed.article!.id).to.equal('https://example.com/a');
    const documents = [
      { '@context': 'https://schema.org', '@type': 'Organization', name: 'Org' },
      { ...base, '@type': 'ReportageNewsArticle', author: { '@id': '#p' }, inLanguage: { '@type': 'Language', name: 'French', alternateName: 'fr' } },
      { '@context': 'https://schema.org', '@id': '#p', '@type': 'Person', name: 'Pat', image: { '@id': '#p' } }, // refers to itself
    ];
    const { article, error } = normalizeArticle(documents);
    expect(error).to.equal(undefined);
    expect(article!.authors).to.deep.equal([{ name: 'Pat' }]);
    expect(article!.language).to.equal('fr');
  });

  it('should keep hostile values harmless', async () => {
    const input = {
      ...(await recorded('news-article')),
      headline: '<img src=x onerror=alert(1)>&amp;',
      articleBody: '<script>alert(2)</script>',
      url: 'javascript:alert(3)',
      mainEntityOfPage: 'javascript:alert(3)',
      image: { '@type': 'ImageObject', url: 'javascript:alert(4)' },
      author: { '@type': 'Person', name: 'Eve', url: 'javascript:alert(5)' },
    };
    const { article } = normalizeArticle(input);
    expect(article!.headline).to.equal('<img src=x onerror=alert(1)>&');
    expect(article!.url).to.equal(undefined);
    expect(article!.image).to.equal(undefined);
    expect(article!.authors).to.deep.equal([{ name: 'Eve' }]);
    const element = await shownArticle(html`<news-article .data=${input}></news-article>`);
    expect(element.shadowRoot!.querySelector('[part="body"]')!.textContent).to.contain('<script>alert(2)</script>');
    expect(element.shadowRoot!.querySelector('script, img[onerror]')).to.equal(null);
  });

  it('should say what it found when there is no article in the JSON-LD', async () => {
    const { error } = normalizeArticle({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'Person', name: 'x' }] }, { format: 'schema' });
    expect(error).to.equal('the schema.org JSON-LD has no article (NewsArticle, Article, BlogPosting…); it has WebPage, Person');
  });

  it('should be detected from its shape, and not take other shapes', async () => {
    expect(schema.detect(await recorded('news-article'))).to.equal(true);
    expect(schema.detect(await recorded('yoast-graph'))).to.equal(true);
    expect(schema.detect({ '@context': 'https://schema.org', '@type': 'Recipe', name: 'Soup' })).to.equal(false);
    expect(schema.detect({ '@type': 'NewsArticle', headline: 'no @context' })).to.equal(false);
    expect(schema.detect(minimalArticle)).to.equal(false);
  });
});
