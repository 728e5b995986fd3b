import { expect } from '@open-wc/testing';
import { normalizeArticle } from '../../src/news-article/normalize.js';
import { serializeJsonLd, toNewsArticleLd } from '../../src/news-article/json-ld.js';
import { fullArticle } from '../fixtures/articles.js';

describe('JSON-LD', () => {
  it('should describe the article as a schema.org NewsArticle', () => {
    // What crawlers read: the serialized script text.
    const ld = JSON.parse(serializeJsonLd(toNewsArticleLd(normalizeArticle(fullArticle).article!)));
    expect(ld).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'China Sees Chance to Woo Canada',
      description: 'Beijing signals hopes.',
      datePublished: '2026-01-14T09:30:00.000Z',
      dateModified: '2026-01-15T15:05:00.000Z',
      author: [
        { '@type': 'Person', name: 'Rajeev Sharma', url: 'https://example.com/rs' },
        { '@type': 'Person', name: 'Ada Lovelace' },
      ],
      image: [new URL('/demo/hero.svg', document.baseURI).href],
      url: 'https://news.example.com/carney',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example.com/carney' },
      articleSection: 'World',
      keywords: ['Canada', 'China'],
      inLanguage: 'en',
    });
  });

  it('should leave out what the article does not have', () => {
    const ld = JSON.parse(serializeJsonLd(toNewsArticleLd(normalizeArticle({
      id: 'a', headline: 'H', authors: [{ name: 'A' }], published: '2026-01-14T09:30:00Z', body: [],
    }).article!)));
    expect(Object.keys(ld)).to.deep.equal(['@context', '@type', 'headline', 'datePublished', 'dateModified', 'author']);
    expect(ld.author).to.deep.equal([{ '@type': 'Person', name: 'A' }]);
  });

  it('should escape text that would close the script element', () => {
    const text = serializeJsonLd({ headline: '</script><script>alert(1)</script><!--', sep: '\u2028' });
    expect(text).not.to.contain('<');
    expect(text).not.to.contain('\u2028');
    expect(JSON.parse(text)).to.deep.equal({ headline: '</script><script>alert(1)</script><!--', sep: '\u2028' });
  });
});
