// Fixtures shaped as Ghost's Content API answers (docs.ghost.org/content-api/posts, `include=authors,tags`):
//   post.json            one post, with two authors, an internal "#wide" tag and an HTML feature-image caption
//   posts-envelope.json  the API's `{ posts: [post], meta }` answer, without includes
import { expect, html } from '@open-wc/testing';
import '../../../src/define.js';
import { normalizeArticle } from '../../../src/news-article/normalize.js';
import { ghost } from '../../../src/news-article/formats/ghost.js';
import { shownArticle } from './helpers.js';
import { minimalArticle } from '../../fixtures/articles.js';

const recorded = async (name: string): Promise<Record<string, unknown>> =>
  (await (await fetch(`/tests/fixtures/formats/ghost/${name}.json`)).json()) as Record<string, unknown>;

describe('article format: ghost', () => {
  it('should read a post: title as text, custom excerpt, html, dates, url', async () => {
    const { article, error } = normalizeArticle(await recorded('post'), { format: 'ghost' });
    expect(error).to.equal(undefined);
    expect(article!.id).to.equal('5ddc9141c35e7700383b2937');
    expect(article!.headline).to.equal('Welcome to the Globe & Mail’s <new> desk'); // Ghost's title is text: "<new>" stays
    expect(article!.dek).to.equal("Welcome, it's great to have you here.");
    expect(article!.body).to.equal('<p>👋 Welcome, it\'s great to have you here.</p><p>Read <a href="https://ghost.org/docs/">the docs</a>.</p>');
    expect(article!.published).to.equal('2019-11-26T02:44:17.000Z');
    expect(article!.modified).to.equal('2019-11-26T02:44:17.000Z');
    expect(article!.url).to.equal('https://docs.ghost.io/welcome-short/');
  });

  it('should read authors, the primary tag as section, public tags, the feature image with its caption as text', async () => {
    const { article } = normalizeArticle(await recorded('post'), { format: 'ghost' });
    expect(article!.authors).to.deep.equal([
      { name: 'Ghost', url: 'https://docs.ghost.io/author/ghost/', image: 'https://static.ghost.org/v3.0.0/images/ghost.png' },
      { name: 'Jo Bloggs', url: 'https://docs.ghost.io/author/jo/' },
    ]);
    expect(article!.section).to.equal('Getting Started');
    expect(article!.tags).to.deep.equal(['Getting Started', 'News & Weather']); // "#wide" is internal
    expect(article!.image).to.deep.equal({
      src: 'https://static.ghost.org/v3.0.0/images/welcome-to-ghost.png',
      alt: 'A hand waving',
      caption: 'Photo by Jane & Co', // the caption's HTML as text, &amp; decoded
    });
  });

  it('should read the { posts } envelope, and fall back where optional parts are missing', async () => {
    const { article, error } = normalizeArticle(await recorded('posts-envelope'));
    expect(error).to.equal(undefined);
    expect(article!.headline).to.equal('Welcome');
    expect(article!.dek).to.equal("👋 Welcome, it's great to have you here."); // no custom_excerpt: the generated one
    expect(article!.authors).to.deep.equal([]); // no include=authors: nobody named
    expect(article!.image).to.equal(undefined);
    expect(article!.tags).to.deep.equal([]);
    expect(article!.section).to.equal(undefined);
    const post = await recorded('post');
    const onlyPrimary = { ...post, authors: undefined, tags: undefined };
    expect(normalizeArticle(onlyPrimary).article!.authors.map((author) => author.name)).to.deep.equal(['Ghost']);
    expect(normalizeArticle(onlyPrimary).article!.section).to.equal('Getting Started');
  });

  it('should keep hostile values harmless', async () => {
    const post = await recorded('post');
    const hostile = {
      ...post,
      title: '<img src=x onerror=alert(1)>',
      html: '<p onclick="alert(2)">Body</p><script>alert(3)</script>',
      url: 'javascript:alert(4)',
      feature_image: 'javascript:alert(5)',
      authors: [{ name: 'Eve', url: 'javascript:alert(6)', profile_image: 'data:text/html,x' }],
    };
    const { article } = normalizeArticle(hostile);
    expect(article!.url).to.equal(undefined);
    expect(article!.image).to.equal(undefined);
    expect(article!.authors).to.deep.equal([{ name: 'Eve' }]);
    const element = await shownArticle(html`<news-article .data=${hostile}></news-article>`);
    expect(element.shadowRoot!.querySelector('h1')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(element.shadowRoot!.querySelector('img[onerror], script, [onclick]')).to.equal(null);
  });

  it('should say what is wrong with a post that cannot be shown', async () => {
    const post = await recorded('post');
    expect(normalizeArticle({ posts: [] }, { format: 'ghost' }).error).to.equal('the Ghost response has no post in "posts"');
    expect(normalizeArticle({ ...post, published_at: null }, { format: 'ghost' }).error).to.contain('"published_at"');
    expect(normalizeArticle({ ...post, visibility: 'paid', html: '' }, { format: 'ghost' }).error).to.contain('paid readers only');
  });

  it('should be detected from its shape, and not take other shapes', async () => {
    expect(ghost.detect(await recorded('post'))).to.equal(true);
    expect(ghost.detect(await recorded('posts-envelope'))).to.equal(true);
    expect(ghost.detect(minimalArticle)).to.equal(false);
    expect(ghost.detect({ posts: [] })).to.equal(false);
    expect(ghost.detect({ title: 'x', html: '<p>x</p>' })).to.equal(false); // not published
  });
});
