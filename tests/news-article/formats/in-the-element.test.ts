// The formats as a publisher uses them, through the elements: `format`, `item-id`, the page's own
// JSON-LD with `format="schema"`, and a WordPress post whose nested comment elements find their post
// and REST root from the article's `src` (the test server's /test-api/wp/<key>/wp-json/ stands in for
// a WordPress here; tests/e2e/wordpress.test.mjs does the same against a real one).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { NewsArticle, NewsArticleErrorDetail } from '../../../src/news-article/news-article.js';
import type { CommentForm } from '../../../src/comment-form/comment-form.js';
import type { CommentList } from '../../../src/comment-list/comment-list.js';
import { clearStorage, fillValid, recordedAt, submitButton, uniqueId } from '../../comment-form/helpers.js';

const h1 = (element: NewsArticle) => element.shadowRoot!.querySelector('h1')?.textContent?.trim();

/** A JSON-LD script in the document's head, as an SEO plugin prints it; removed after the test. */
function pageJsonLd(json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = json;
  document.head.append(script);
  return script;
}

describe('article formats in <news-article>', () => {
  afterEach(() => {
    document.querySelectorAll('head > script[type="application/ld+json"]').forEach((script) => script.remove());
    clearStorage();
  });

  it('should read the page\'s own JSON-LD with format="schema" and no src, and not write a second copy', async () => {
    pageJsonLd('{ not json'); // a broken block elsewhere on the page does not hide the good one
    pageJsonLd(await (await fetch('/tests/fixtures/formats/schema/yoast-graph.json')).text());
    const element = await fixture<NewsArticle>(html`<news-article format="schema"></news-article>`);
    await waitUntil(() => element.article, 'the article loads');
    await element.updateComplete;
    expect(h1(element)).to.equal('Canada’s PM resets ties');
    expect(document.querySelectorAll('script[type="application/ld+json"]').length).to.equal(2); // the page's two, no third
    expect(element.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('should still write its JSON-LD for an article that did not come from the page\'s', async () => {
    const element = await fixture<NewsArticle>(html`<news-article src="/tests/fixtures/formats/ghost/post.json" format="ghost"></news-article>`);
    await oneEvent(element, 'news-article-load');
    const script = element.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script!.textContent!).headline).to.equal('Welcome to the Globe & Mail’s <new> desk');
  });

  it('should say so, visibly and with an event, when format="schema" finds no JSON-LD on the page', async () => {
    const element = document.createElement('news-article') as NewsArticle;
    element.format = 'schema';
    const failed = oneEvent(element, 'news-article-error');
    await fixture(html`<div>${element}</div>`);
    const { detail } = (await failed) as CustomEvent<NewsArticleErrorDetail>;
    expect(detail.message).to.contain('the page has no JSON-LD');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('the page has no JSON-LD');
  });

  it('should show the JSON Feed item named by item-id, and fail clearly on a format that does not fit', async () => {
    const src = '/tests/fixtures/formats/jsonfeed/feed.json';
    const element = await fixture<NewsArticle>(
      html`<news-article src=${src} item-id="http://jsonfeed.micro.blog/2017/05/17/announcing-json-feed.html"></news-article>`,
    );
    await oneEvent(element, 'news-article-load');
    await element.updateComplete;
    expect(h1(element)).to.equal('Announcing JSON Feed');
    const wrong = document.createElement('news-article') as NewsArticle;
    wrong.format = 'wordpress';
    wrong.src = src;
    const failed = oneEvent(wrong, 'news-article-error');
    await fixture(html`<div>${wrong}</div>`);
    expect(((await failed) as CustomEvent<NewsArticleErrorDetail>).detail.message).to.contain('date_gmt');
  });

  it('should list and post a WordPress post\'s comments from its src alone: no ids or endpoints given', async () => {
    const key = uniqueId();
    const root = `/test-api/wp/${key}/wp-json/`;
    const wrapper = await fixture<HTMLElement>(html`
      <div>
        <news-article src=${`${root}wp/v2/posts/6?_embed`}>
          <comment-list></comment-list>
          <comment-form format="wordpress"></comment-form>
        </news-article>
      </div>
    `);
    const article = wrapper.querySelector<NewsArticle>('news-article')!;
    const list = wrapper.querySelector<CommentList>('comment-list')!;
    const form = wrapper.querySelector<CommentForm>('comment-form')!;
    await waitUntil(() => list.shadowRoot?.textContent?.includes('First from WordPress'), 'the post\'s comments are listed', { timeout: 5000 });
    expect(h1(article)).to.equal('Canada’s PM “resets” ties — and China’s offer');
    const listed = (await recordedAt(key)).find((request) => request.method === 'GET' && (request as { url?: string }).url!.includes('/comments'));
    expect((listed as { url?: string }).url).to.equal(`${root}wp/v2/comments?post=6&per_page=100`);

    await form.updateComplete;
    await fillValid(form, 'Posted from the theme snippet.');
    const posted = oneEvent(form, 'comment-success');
    submitButton(form).click();
    await posted;
    const post = (await recordedAt(key)).find((request) => request.method === 'POST')!;
    expect((post as { url?: string }).url).to.equal(`${root}wp/v2/comments`);
    expect(JSON.parse(post.body)).to.include({ post: 6, content: 'Posted from the theme snippet.', author_name: 'Ann Lee', author_email: 'ann@example.com' });
  });
});
