import { expect } from '@open-wc/testing';
import { countWords, normalizeArticle } from '../../src/news-article/normalize.js';
import { fullArticle, minimalArticle } from '../fixtures/articles.js';

describe('normalizeArticle', () => {
  it('should accept the minimal article and fill defaults', () => {
    const { article, error } = normalizeArticle(minimalArticle);
    expect(error).to.equal(undefined);
    expect(article!.tags).to.deep.equal([]);
    expect(article!.published).to.equal('2026-01-14T09:30:00.000Z');
    expect(article!.wordCount).to.equal(2);
  });

  it('should name the missing or invalid required field', () => {
    const cases: [unknown, string][] = [
      [null, 'the article must be a JSON object'],
      [[minimalArticle], 'the article must be a JSON object'],
      [{ ...minimalArticle, id: '' }, '"id" must be a non-empty string'],
      [{ ...minimalArticle, headline: undefined }, '"headline" must be a non-empty string'],
      [{ ...minimalArticle, headline: '   ' }, '"headline" must be a non-empty string'],
      [{ ...minimalArticle, authors: [] }, '"authors" must list at least one author with a "name"'],
      [{ ...minimalArticle, authors: [{ url: 'https://x' }] }, '"authors" must list at least one author with a "name"'],
      [{ ...minimalArticle, published: 'yesterday' }, '"published" must be an ISO 8601 date'],
      [{ ...minimalArticle, body: 42 }, '"body" must be an HTML string or an array of blocks'],
    ];
    for (const [input, message] of cases) {
      expect(normalizeArticle(input).error, message).to.contain(message);
    }
  });

  it('should skip unknown and empty blocks, and keep heading levels in outline order', () => {
    const { article } = normalizeArticle(fullArticle);
    const types = (article!.body as { type: string }[]).map((block) => block.type);
    expect(types).not.to.include('carousel');
    expect(types).to.have.length(9);
    const headings = (article!.body as { type: string; level?: number }[]).filter((b) => b.type === 'heading');
    // h3 right under the h1 becomes h2; level 9 is clamped to 6, then to one below the previous.
    expect(headings.map((h) => h.level)).to.deep.equal([2, 3]);
    const deep = normalizeArticle({ ...minimalArticle, body: [2, 3, 4, 2, 5].map((level) => ({ type: 'heading', level, text: 'h' })) });
    expect((deep.article!.body as { level: number }[]).map((h) => h.level)).to.deep.equal([2, 3, 4, 2, 3]);
  });

  it('should drop unsafe URLs from URL fields', () => {
    const { article } = normalizeArticle({
      ...minimalArticle,
      url: 'javascript:alert(1)',
      authors: [{ name: 'A', url: 'vbscript:x', image: 'javascript:alert(1)' }],
      image: { src: 'data:text/html,<script>alert(1)</script>', alt: 'x' },
    });
    expect(article!.url).to.equal(undefined);
    expect(article!.authors[0]).to.deep.equal({ name: 'A' });
    expect(article!.image).to.equal(undefined);
  });

  it('should accept an HTML string body and count its visible words', () => {
    const { article } = normalizeArticle({ ...minimalArticle, body: '<p>three little words</p><script>not counted at all</script>' });
    expect(article!.body).to.be.a('string');
    expect(article!.wordCount).to.equal(3);
  });

  it('should count the words a reader reads: text, list items, captions and the visible text of HTML', async () => {
    // The figures the word count gave before the HTML was sanitized once for it and for rendering.
    const seed: unknown = await (await fetch('/demo/article.json')).json();
    expect(normalizeArticle(seed).article!.wordCount).to.equal(435);
    expect(normalizeArticle(fullArticle).article!.wordCount).to.equal(21);
    expect(countWords('<p>one <b>two</b></p><style>p { not: counted }</style>\tthree\u00a0four')).to.equal(4);
    expect(countWords([{ type: 'list', ordered: false, items: ['a b', 'c'] }, { type: 'html', html: '<i>d</i>' }], () => 'x y')).to.equal(5);
  });

  it('should refuse an invalid modified date, naming the field', () => {
    expect(normalizeArticle({ ...minimalArticle, modified: 'not a date' }).error).to.match(/^"modified" must be an ISO 8601 date/);
    expect(normalizeArticle({ ...minimalArticle, modified: null }).article!.modified).to.equal(undefined);
  });

  it('should take only RFC 3339 / ISO 8601 dates and refuse impossible ones, naming the field', () => {
    for (const published of ['1', '2026', '2026-02-30', '2026-13-01', '2026-01-14T24:00:00Z', '2026-01-14T09:60:00Z', 'Wed, 14 Jan 2026 09:30:00 GMT', 'January 14, 2026', 14e11, '']) {
      expect(normalizeArticle({ ...minimalArticle, published }).error, String(published)).to.match(/^"published" (must be|is required)/);
    }
    const accepted = {
      '2024-02-29': '2024-02-29T00:00:00.000Z',
      '2026-01-14T09:30:00Z': '2026-01-14T09:30:00.000Z',
      '2026-01-14T09:30:00.250+05:30': '2026-01-14T04:00:00.250Z',
      '2026-01-14 09:30:00-04:00': '2026-01-14T13:30:00.000Z',
    };
    for (const [published, iso] of Object.entries(accepted)) expect(normalizeArticle({ ...minimalArticle, published }).article!.published, published).to.equal(iso);
  });
});
