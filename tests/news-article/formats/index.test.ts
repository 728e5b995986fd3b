// `format="auto"` (the default): every format is told from its shape, and input that fits none gets an
// error naming each format tried and what it looks for.
import { expect } from '@open-wc/testing';
import { normalizeArticle } from '../../../src/news-article/normalize.js';
import { ARTICLE_FORMATS } from '../../../src/news-article/formats/index.js';
import { findFormat } from '../../../src/news-article/formats/find.js';
import { minimalArticle } from '../../fixtures/articles.js';

const recorded = async (path: string): Promise<unknown> => (await fetch(`/tests/fixtures/formats/${path}`)).json();

describe('article formats: auto-detection', () => {
  it('should recognise each format from a real-shaped example', async () => {
    const examples: [string, unknown][] = [
      ['news-elements', minimalArticle],
      ['news-elements', await recorded('../../../demo/article.json')],
      ['wordpress', await recorded('wordpress/post-embedded.json')],
      ['wordpress', await recorded('wordpress/post.json')],
      ['ghost', await recorded('ghost/post.json')],
      ['ghost', await recorded('ghost/posts-envelope.json')],
      ['jsonfeed', await recorded('jsonfeed/feed.json')],
      ['schema', await recorded('schema/news-article.json')],
      ['schema', await recorded('schema/yoast-graph.json')],
    ];
    for (const [name, input] of examples) {
      const found = findFormat(ARTICLE_FORMATS, input, 'auto');
      expect('format' in found && found.format.name, name).to.equal(name);
      expect(normalizeArticle(input).error, name).to.equal(undefined);
    }
  });

  it('should keep the precise message for our own shape with one bad field', () => {
    expect(normalizeArticle({ ...minimalArticle, authors: [] }).error).to.equal('"authors" must list at least one author with a "name"');
    expect(normalizeArticle({ ...minimalArticle, headline: '' }).error).to.equal('"headline" must be a non-empty string');
  });

  it('should reject near-misses with the formats it tried', () => {
    const nearMisses: unknown[] = [
      { title: 'A title', body: '<p>x</p>' }, // no format has title + body as strings
      { id: 1, title: 'x', content: '<p>x</p>' }, // WordPress without its { rendered } objects
      { items: [] }, // a feed without its version
      { type: 'NewsArticle', name: 'x' }, // schema.org without its "@" keys
    ];
    for (const input of nearMisses) {
      const { error } = normalizeArticle(input);
      expect(error, JSON.stringify(input)).to.match(/^the JSON is not an article in a format we read; tried /);
      for (const { name } of ARTICLE_FORMATS) expect(error).to.contain(`${name}: `);
    }
    expect(normalizeArticle(null).error).to.equal('the article must be a JSON object');
    expect(normalizeArticle(minimalArticle, { format: 'rss' as never }).error).to.contain('unknown format "rss"');
  });

  it('should read a named format as that format even when another would fit', () => {
    // Our own shape read as WordPress is not a WordPress post: an error, not a guess.
    expect(normalizeArticle(minimalArticle, { format: 'wordpress' }).error).to.be.a('string');
    expect(normalizeArticle(minimalArticle, { format: 'news-elements' }).error).to.equal(undefined);
  });
});
