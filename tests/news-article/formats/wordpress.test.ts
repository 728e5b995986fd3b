// The fixtures were recorded from a real WordPress 6.1 (Debian's package, ../shared/wordpress/rig.sh):
// a post with a title WordPress "texturizes" into entities, a category, two tags (one with "&") and a
// featured image with alt text and an HTML caption —
//   post-embedded.json      GET /wp-json/wp/v2/posts/6?_embed
//   post.json               GET /wp-json/wp/v2/posts/6            (no _embed: author is a bare id)
//   post-auto-excerpt.json  GET /wp-json/wp/v2/posts/7?_embed     (a generated excerpt ending "[&hellip;]")
import { expect, html } from '@open-wc/testing';
import '../../../src/define.js';
import { normalizeArticle } from '../../../src/news-article/normalize.js';
import { wordpress } from '../../../src/news-article/formats/wordpress.js';
import { shownArticle } from './helpers.js';
import { minimalArticle } from '../../fixtures/articles.js';

const recorded = async (name: string): Promise<Record<string, unknown>> =>
  (await (await fetch(`/tests/fixtures/formats/wordpress/${name}.json`)).json()) as Record<string, unknown>;
const SRC = 'http://127.0.0.1:8081/wp-json/wp/v2/posts/6?_embed';

describe('article format: wordpress', () => {
  it('should read an embedded post: headline and dek as text with entities decoded, body, dates in UTC, link', async () => {
    const { article, error } = normalizeArticle(await recorded('post-embedded'), { format: 'wordpress' });
    expect(error).to.equal(undefined);
    expect(article!.id).to.equal('6');
    expect(article!.headline).to.equal('Canada’s PM “resets” ties — and China’s offer'); // no <em>, no &#8217;
    expect(article!.dek).to.equal('Ottawa’s envoy said it’s “early days”. Second paragraph with a link.');
    expect(article!.body).to.be.a('string').and.contain('<a href="https://example.com/">a link</a>');
    expect(article!.published).to.equal('2026-01-14T09:30:00.000Z'); // date_gmt has no zone: it is UTC
    expect(article!.modified).to.equal('2026-01-14T09:30:00.000Z');
    expect(article!.url).to.equal('http://127.0.0.1:8081/canadas-pm-resets-ties-and-chinas-offer/');
  });

  it('should read the embedded author, featured image, category and tags', async () => {
    const { article } = normalizeArticle(await recorded('post-embedded'), { format: 'wordpress' });
    expect(article!.authors).to.deep.equal([
      {
        name: 'admin',
        url: 'http://127.0.0.1:8081/author/admin/',
        image: 'http://2.gravatar.com/avatar/e7813aa012f3af2a065acabb9c1f5aa3?s=96&d=mm&r=g', // the largest of avatar_urls
      },
    ]);
    expect(article!.image).to.deep.equal({
      src: 'http://127.0.0.1:8081/wp-content/uploads/2026/12/hero.png',
      alt: 'The Canadian and Chinese flags side by side',
      caption: 'Carney’s visit is the first in six years & more.', // caption.rendered as text
      width: 1200,
      height: 600,
    });
    expect(article!.section).to.equal('World');
    expect(article!.tags).to.deep.equal(['Canada', 'Trade & Tariffs']);
  });

  it('should render a post without _embed, naming no author', async () => {
    const { article, error } = normalizeArticle(await recorded('post'), { format: 'wordpress' });
    expect(error).to.equal(undefined);
    expect(article!.authors).to.deep.equal([]);
    expect(article!.image).to.equal(undefined);
    expect(article!.tags).to.deep.equal([]);
    expect(article!.headline).to.equal('Canada’s PM “resets” ties — and China’s offer');
  });

  it('should drop the "[…]" of a generated excerpt, keeping an ellipsis, and a theme\'s read-more link', async () => {
    const { article } = normalizeArticle(await recorded('post-auto-excerpt'), { format: 'wordpress' });
    expect(article!.dek).to.match(/Word54…$/);
    expect(article!.section).to.equal(undefined); // "Uncategorized" is WordPress's default, not a section
    const post = await recorded('post-embedded');
    const themed = {
      ...post,
      excerpt: { rendered: '<p>The gist. <a href="http://127.0.0.1:8081/p/" class="more-link">Continue reading<span class="screen-reader-text"> &#8220;Post&#8221;</span></a></p>' },
    };
    expect(normalizeArticle(themed, { format: 'wordpress' }).article!.dek).to.equal('The gist.');
  });

  it('should keep hostile values harmless: markup in the title is text, bad URLs are dropped, scripts are sanitized away', async () => {
    const post = await recorded('post-embedded');
    const embedded = post._embedded as Record<string, unknown[]>;
    const hostile = {
      ...post,
      title: { rendered: '<img src=x onerror=alert(1)>Title<script>alert(2)</script>' },
      content: { rendered: '<p onclick="alert(3)">Body</p><script>alert(4)</script>' },
      link: 'javascript:alert(5)',
      _embedded: {
        ...embedded,
        author: [{ name: '<b>Eve</b>', link: 'javascript:alert(6)', avatar_urls: { 96: 'javascript:alert(7)' } }],
        'wp:featuredmedia': [{ source_url: 'javascript:alert(8)', alt_text: 'x' }],
      },
    };
    const { article } = normalizeArticle(hostile, { format: 'wordpress' });
    expect(article!.headline).to.equal('Title');
    expect(article!.url).to.equal(undefined);
    expect(article!.authors).to.deep.equal([{ name: 'Eve' }]);
    expect(article!.image).to.equal(undefined);
    const element = await shownArticle(html`<news-article .data=${hostile}></news-article>`);
    const body = element.shadowRoot!.querySelector('[part="body"]')!;
    expect(body.textContent).to.contain('Body');
    expect(body.querySelector('script, [onclick]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('h1')!.innerHTML).not.to.contain('<img');
  });

  it('should say what is wrong with a post that cannot be shown', async () => {
    const post = await recorded('post-embedded');
    expect(normalizeArticle({ ...post, content: { rendered: '', protected: true } }, { format: 'wordpress' }).error).to.contain('password-protected');
    expect(normalizeArticle({ ...post, date_gmt: null }, { format: 'wordpress' }).error).to.contain('"date_gmt"');
    expect(normalizeArticle({ ...post, title: { rendered: '' } }, { format: 'wordpress' }).error).to.contain('"headline"');
  });

  it('should find where the post\'s comments live from the src URL only, with pretty permalinks or without', async () => {
    const post = await recorded('post-embedded');
    expect(normalizeArticle(post, { format: 'wordpress', src: SRC }).article!.comments).to.deep.equal({
      src: 'http://127.0.0.1:8081/wp-json/wp/v2/comments?post=6&per_page=100',
      endpoint: 'http://127.0.0.1:8081/wp-json/wp/v2/comments',
      format: 'wordpress',
    });
    expect(normalizeArticle(post, { src: 'https://site.example/blog/?rest_route=/wp/v2/posts/6&_embed' }).article!.comments).to.deep.equal({
      src: 'https://site.example/blog/?rest_route=/wp/v2/comments&post=6&per_page=100',
      endpoint: 'https://site.example/blog/?rest_route=/wp/v2/comments',
      format: 'wordpress',
    });
    // Not from `src` (the `data` property), or a src that is not a post's route: the JSON's own links are not trusted.
    expect(normalizeArticle(post).article!.comments).to.equal(undefined);
    expect(normalizeArticle(post, { src: 'https://evil.example/post.json' }).article!.comments).to.equal(undefined);
  });

  it('should be detected from its shape, and not take other shapes', async () => {
    expect(wordpress.detect(await recorded('post'))).to.equal(true);
    expect(wordpress.detect(minimalArticle)).to.equal(false);
    expect(wordpress.detect({ title: 'A title', content: '<p>x</p>' })).to.equal(false); // rendered fields are objects in REST
    expect(normalizeArticle(await recorded('post')).article!.headline).to.equal('Canada’s PM “resets” ties — and China’s offer'); // auto
  });
});
