import { expect, fixture, html, oneEvent, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { provide } from '@lit/context';
import { property } from 'lit/decorators.js';
import '../../src/comment-list/define.js';
import '../../src/internal/all-locales.js';
import { CommentList, type CommentListErrorDetail, type CommentListLoadDetail } from '../../src/comment-list/comment-list.js';
import { articleContext } from '../../src/context.js';
import type { Article } from '../../src/model/article.js';
import { MAX_COMMENTS_RESPONSE_BYTES, RENDER_BATCH, REQUEST_TIMEOUT_MS } from '../../src/internal/limits.js';
import { $, $$, authors, deepActiveElement, describeNode, expectFocusOn, headingText, respond, StandInForm } from './helpers.js';

const NOW = Date.parse('2024-05-10T12:00:00Z');

const thread = [
  { id: 1, author: { name: 'Ada Lovelace', url: 'https://ada.example' }, content: 'First!', date: '2024-05-10T09:00:00Z' },
  { id: 2, parentId: 1, author: { name: 'Grace Hopper' }, content: 'A reply', date: '2024-05-10T10:00:00Z' },
  { id: 3, author: { name: 'Alan Turing', avatar: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }, content: 'Second', date: '2024-03-01T10:00:00Z' },
];

async function loaded(el: CommentList, src: string): Promise<CustomEvent<CommentListLoadDetail>> {
  const event = oneEvent(el, 'comment-list-load');
  el.src = src;
  const result = await event;
  await el.updateComplete;
  return result;
}

async function listWith(comments: unknown, attrs: Partial<CommentList> = {}): Promise<CommentList> {
  const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
  Object.assign(el, attrs, { comments });
  await el.updateComplete;
  return el;
}

describe('<comment-list>', () => {
  const realNow = Date.now;
  beforeEach(() => {
    Date.now = () => NOW;
  });
  afterEach(() => {
    Date.now = realNow;
    CommentList.formTag = 'comment-form';
  });

  describe('input shapes', () => {
    it('should show an array given as the comments property', async () => {
      const el = await listWith(thread);
      expect(authors(el)).to.deep.equal(['Alan Turing', 'Ada Lovelace', 'Grace Hopper']);
      expect(headingText(el)).to.equal('3 comments');
    });

    it('should accept { comments, total, next } and show the total and "Load more"', async () => {
      const el = await listWith({ comments: thread, total: 23, next: '/more' });
      expect(headingText(el)).to.equal('23 comments');
      expect($$(el, '[part="load-more"]').length).to.be.above(0);
    });

    it('should load an array from src', async () => {
      const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
      const event = await loaded(el, respond(thread));
      expect(event.detail.total).to.equal(3);
      expect(event.detail.comments.map((c) => c.id)).to.deep.equal(['1', '2', '3']);
      expect(authors(el)).to.have.length(3);
    });

    it('should load WordPress REST comments as they are, with X-WP-Total and the Link header', async () => {
      const wp = [
        {
          id: 41, post: 5, parent: 0, author_name: 'Grace', author_url: 'https://grace.example',
          author_avatar_urls: { 24: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', 96: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' },
          date: '2024-05-10T13:00:00', date_gmt: '2024-05-10T11:00:00',
          content: { rendered: '<p>Hello <strong>there</strong></p>\n' }, status: 'approved', link: 'https://wp.example/?p=5#comment-41',
        },
        {
          id: 42, post: 5, parent: 41, author_name: 'Linus', author_url: '', author_avatar_urls: {},
          date: '2024-05-10T13:30:00', date_gmt: '2024-05-10T11:30:00', content: { rendered: '<p>Reply</p>' }, status: 'approved',
        },
      ];
      const next = respond([]);
      const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
      await loaded(el, respond(wp, { headers: { 'X-WP-Total': '57', Link: `<${new URL(next, location.href).href}>; rel="next"` } }));
      expect(headingText(el)).to.equal('57 comments');
      expect($(el, 'ol ol [part="author"]')!.textContent).to.equal('Linus');
      expect($(el, '[part="content"] strong')!.textContent).to.equal('there');
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2024-05-10T11:00:00.000Z');
      expect($$(el, 'img[part="avatar"]').length).to.be.above(0);
      expect($$(el, '[part="load-more"]').length).to.be.above(0);
    });

    it('should show the error state for a body that is not comments', async () => {
      const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
      const error = oneEvent(el, 'comment-list-error');
      el.src = respond({ data: [] });
      expect((await error).detail.message).to.match(/Invalid comments/);
      await el.updateComplete;
      expect($$(el, '[role="alert"]').length).to.be.above(0);
    });
  });

  describe('threading', () => {
    it('should nest replies in lists under their parent', async () => {
      const el = await listWith(thread);
      const reply = $$(el, 'article').find((a) => a.textContent!.includes('Grace Hopper'))!;
      const parentArticle = reply.closest('ol')!.closest('li')!.querySelector('article')!;
      expect(parentArticle.textContent).to.contain('Ada Lovelace');
    });

    it('should stop nesting at max-depth and say whom a lifted reply answers', async () => {
      const chain = [1, 2, 3, 4].map((n) => ({ id: n, parentId: n - 1, author: { name: `P${n}` }, content: `c${n}`, date: `2024-05-0${n}T00:00:00Z` }));
      const el = await fixture<CommentList>(html`<comment-list max-depth="2" .comments=${chain}></comment-list>`);
      expect($$(el, 'ol ol ol').length).to.equal(0);
      expect($$(el, 'ol ol > li').length).to.equal(3);
      expect($$(el, '.in-reply-to').map((s) => s.textContent)).to.deep.equal(['In reply to \u2068P2\u2069', 'In reply to \u2068P3\u2069']);
      el.setAttribute('max-depth', 'nonsense');
      await el.updateComplete;
      expect(el.maxDepth).to.equal(5);
      expect($$(el, 'ol ol ol ol').length).to.equal(1);
    });

    it('should put the newest top-level comments first with order="newest"', async () => {
      const el = await listWith(thread, { order: 'newest' });
      expect(authors(el)).to.deep.equal(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
      el.order = 'oldest';
      await el.updateComplete;
      expect(authors(el)).to.deep.equal(['Alan Turing', 'Ada Lovelace', 'Grace Hopper']);
    });
  });

  describe('heading and states', () => {
    it('should count with plural rules: none, one, many', async () => {
      const el = await listWith([]);
      expect(headingText(el)).to.equal('No comments yet');
      el.comments = [thread[0]];
      await el.updateComplete;
      expect(headingText(el)).to.equal('1 comment');
      el.comments = { comments: thread, total: 1234 };
      await el.updateComplete;
      expect(headingText(el)).to.equal('1,234 comments');
    });

    it('should speak French under lang="fr" and take overrides', async () => {
      const wrapper = await fixture(html`<div lang="fr"><comment-list .comments=${thread.slice(0, 2)}></comment-list></div>`);
      const el = wrapper.querySelector('comment-list')!;
      await el.updateComplete;
      expect(headingText(el)).to.equal('2 commentaires');
      el.strings = { heading: { other: '{count} réactions' } };
      await el.updateComplete;
      expect(headingText(el)).to.equal('2 réactions');
    });

    it('should invite the first comment when there are none', async () => {
      const el = await listWith([]);
      expect($(el, '[part="empty"]')!.textContent).to.equal('Be the first to share your thoughts.');
      expect($$(el, 'ol').length).to.equal(0);
      el.comments = thread;
      await el.updateComplete;
      expect($$(el, '[part="empty"]').length).to.equal(0);
    });

    it('should show a loading state while src loads', async () => {
      const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
      const done = oneEvent(el, 'comment-list-load');
      el.src = respond(thread, { delay: 400 });
      await el.updateComplete;
      expect($(el, '[part="loading"]')!.getAttribute('role')).to.equal('status');
      expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('true');
      expect(headingText(el)).to.equal('Comments');
      await expect(el).to.be.accessible();
      await done;
      await el.updateComplete;
      expect($$(el, '[part="loading"]').length).to.equal(0);
      expect($(el, 'section')!.getAttribute('aria-busy')).to.equal('false');
    });

    it('should show an alert with the status, fire comment-list-error, and retry', async () => {
      const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
      let calls = 0;
      el.fetchComments = async () => (++calls === 1 ? new Response('oops', { status: 503 }) : Response.json(thread));
      const error = oneEvent(el, 'comment-list-error');
      el.src = '/comments';
      const detail: CommentListErrorDetail = (await error).detail;
      expect(detail.status).to.equal(503);
      await el.updateComplete;
      const alert = $(el, '[part="error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('The comments could not be loaded (error 503).');
      await expect(el).to.be.accessible();

      const retry = alert.querySelector('button')!;
      retry.focus();
      const load = oneEvent(el, 'comment-list-load');
      await sendKeys({ press: 'Enter' });
      await load;
      await el.updateComplete;
      expect(calls).to.equal(2);
      expect($$(el, '[part="error"]').length).to.equal(0);
      expect(authors(el)).to.have.length(3);
      expectFocusOn($(el, '[part="heading"]'));
    });

    it('should report a network failure and a non-JSON answer', async () => {
      const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
      el.fetchComments = () => Promise.reject(new TypeError('Failed to fetch'));
      let error = oneEvent(el, 'comment-list-error');
      el.src = '/a';
      expect((await error).detail).to.deep.equal({ message: 'Network error loading /a: Failed to fetch' });
      await el.updateComplete;
      expect($(el, '[part="error"]')!.textContent).to.contain('Check your connection');

      el.fetchComments = CommentList.prototype.fetchComments;
      error = oneEvent(el, 'comment-list-error');
      el.src = respond('<html>nope</html>', { type: 'text/html' });
      expect((await error).detail.message).to.contain('not JSON');
    });
  });

  describe('load failures', () => {
    /** The first `comment-list-error` detail after `src` is set, with `fetchComments` answering `answer`. */
    async function failureFor(answer: CommentList['fetchComments'], src = '/c'): Promise<{ el: CommentList; detail: CommentListErrorDetail }> {
      const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
      el.fetchComments = answer;
      const error = oneEvent(el, 'comment-list-error');
      el.src = src;
      const { detail } = await error;
      await el.updateComplete;
      return { el, detail };
    }

    it('should say what went wrong, with the URL and the status of the answer', async () => {
      const http = await failureFor(async () => new Response('oops', { status: 404 }));
      expect(http.detail).to.deep.equal({ message: '/c: HTTP 404', status: 404 });
      expect($(http.el, '[part="error"]')!.textContent).to.contain('(error 404).');
      const html = await failureFor(async () => new Response('<html>nope</html>'));
      expect(html.detail).to.deep.equal({ message: '/c: not JSON', status: 200 });
      const shape = await failureFor(async () => Response.json({ data: [] }));
      expect(shape.detail).to.deep.equal({ message: '/c: Invalid comments: not an array or { comments: [...] }', status: 200 });
    });

    it('should refuse an answer larger than MAX_COMMENTS_RESPONSE_BYTES without reading it all', async () => {
      const { detail } = await failureFor(async () => new Response(new Uint8Array(MAX_COMMENTS_RESPONSE_BYTES + 1)));
      expect(detail).to.deep.equal({ message: `/c: larger than ${MAX_COMMENTS_RESPONSE_BYTES} bytes`, status: 200 });
    });

    it('should report invalid comments given as the property, without a status', async () => {
      const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
      const error = oneEvent(el, 'comment-list-error');
      el.comments = { comments: 'no' } as never;
      expect((await error).detail).to.deep.equal({ message: 'Invalid comments: not an array or { comments: [...] }' });
      await el.updateComplete;
      expect($$(el, '[role="alert"] button').length, 'nothing to retry').to.equal(0);
    });

    it('should report whatever an overridden fetchComments throws as a network error', async () => {
      const { detail } = await failureFor(() => Promise.reject('offline'));
      expect(detail).to.deep.equal({ message: 'Network error loading /c: offline' });
    });

    it('should give up after REQUEST_TIMEOUT_MS and say so', async () => {
      const timeout = AbortSignal.timeout;
      const asked: number[] = [];
      AbortSignal.timeout = (ms: number) => {
        asked.push(ms);
        return AbortSignal.abort(new DOMException('signal timed out', 'TimeoutError'));
      };
      try {
        const slow = respond(thread, { delay: 2000 });
        const { detail } = await failureFor(CommentList.prototype.fetchComments, slow);
        expect(asked).to.deep.equal([REQUEST_TIMEOUT_MS]);
        expect(detail).to.deep.equal({ message: `Network error loading ${slow}: signal timed out` });
      } finally {
        AbortSignal.timeout = timeout;
      }
    });

    it('should stay quiet about a request that a newer one replaced, whether it fails or succeeds', async () => {
      const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
      const answers: ((response: Response) => void)[] = [];
      // Ignores the abort signal, as an overriding transport might: the old answers still arrive.
      el.fetchComments = () => new Promise((resolve) => answers.push(resolve));
      const events: string[] = [];
      el.addEventListener('comment-list-error', () => events.push('error'));
      el.addEventListener('comment-list-load', () => events.push('load'));
      el.src = '/first';
      await el.updateComplete;
      el.src = '/second';
      await el.updateComplete;
      el.src = '/third';
      await el.updateComplete;
      answers[2](Response.json([{ id: 3, author: { name: 'Third' }, content: 'x' }]));
      await oneEvent(el, 'comment-list-load');
      answers[0](new Response('gone', { status: 500 }));
      answers[1](Response.json([{ id: 2, author: { name: 'Second' }, content: 'x' }]));
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(events).to.deep.equal(['load']);
      expect(authors(el)).to.deep.equal(['Third']);
      expect($$(el, '[role="alert"]').length).to.equal(0);
    });
  });

  describe('load more', () => {
    it('should append the next page, then move focus to the first new comment when no page is left', async () => {
      const page2 = respond({ comments: [{ id: 4, author: { name: 'Dennis' }, content: 'late', date: '2024-05-10T11:00:00Z' }, thread[0]], total: 4 }, { delay: 300 });
      const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
      await loaded(el, respond({ comments: thread, total: 4, next: page2 }));
      expect(headingText(el)).to.equal('4 comments');
      const more = $(el, '[part="load-more"]')!;
      expect(more.textContent!.trim()).to.equal('Load more comments');
      more.focus();
      const second = oneEvent(el, 'comment-list-load');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($(el, '[part="load-more"]')!.getAttribute('aria-disabled')).to.equal('true');
      expect((await second).detail.comments).to.have.length(2);
      await el.updateComplete;
      await nextFrame();
      expect(authors(el)).to.deep.equal(['Alan Turing', 'Ada Lovelace', 'Grace Hopper', 'Dennis']); // no duplicate of 1
      expect($$(el, '[part="load-more"]').length).to.equal(0);
      expect(deepActiveElement()!.textContent).to.contain('Dennis');
    });

    it('should keep the list and offer a retry when the next page fails', async () => {
      const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
      await loaded(el, respond({ comments: thread, next: respond('x', { status: 500 }) }));
      const error = oneEvent(el, 'comment-list-error');
      $(el, '[part="load-more"]')!.click();
      expect((await error).detail.status).to.equal(500);
      await el.updateComplete;
      expect(authors(el)).to.have.length(3);
      expect($(el, '.more [role="alert"] button')!.textContent).to.equal('Try again');
    });
  });

  describe('a comment', () => {
    it('should link the author with rel="ugc nofollow noopener" and never a javascript: URL', async () => {
      const el = await listWith([
        { id: 1, author: { name: 'Ada', url: 'https://ada.example' }, content: 'x' },
        { id: 2, author: { name: 'Mallory', url: 'javascript:alert(1)' }, content: 'x' },
      ]);
      const [ada, mallory] = $$(el, '[part="author"]');
      expect(ada.tagName).to.equal('A');
      expect(ada.getAttribute('href')).to.equal('https://ada.example');
      expect(ada.getAttribute('rel')).to.equal('ugc nofollow noopener');
      expect(mallory.tagName).to.equal('SPAN');
      expect($$(el, 'a[href^="javascript"]').length).to.equal(0);
    });

    it('should be an article labelled by its author', async () => {
      const el = await listWith([{ id: 'x y_1', author: { name: 'Ada' }, content: 'x' }]);
      const article = $(el, 'article')!;
      const label = el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!)!;
      expect(label.textContent).to.equal('Ada');
    });

    it('should show an avatar when its URL is safe, else initials', async () => {
      const el = await listWith([
        { id: 1, author: { name: 'Ada Lovelace', avatar: 'https://img.example/ada.png' }, content: 'x' },
        { id: 2, author: { name: 'grace brewster hopper' }, content: 'x' },
        { id: 3, author: { name: 'Eve', avatar: 'javascript:alert(1)' }, content: 'x' },
        { id: 4, author: { name: '' }, content: 'x' },
      ]);
      const avatars = $$(el, '[part="avatar"]');
      expect(avatars[0].tagName).to.equal('IMG');
      expect(avatars[0].getAttribute('src')).to.equal('https://img.example/ada.png');
      expect(avatars[0].getAttribute('alt')).to.equal('');
      expect(avatars.slice(1).map((a) => [a.tagName, a.textContent])).to.deep.equal([
        ['SPAN', 'GH'],
        ['SPAN', 'E'],
        ['SPAN', 'A'],
      ]);
      expect(authors(el)[3]).to.equal('Anonymous');
    });

    it('should show recent dates as relative and older ones as absolute, with the full date as title', async () => {
      const el = await listWith(thread);
      const times = $$(el, 'time');
      const byAuthor = (name: string) => times.find((t) => t.closest('article')!.textContent!.includes(name))!;
      expect(byAuthor('Ada').textContent).to.equal('3 hours ago');
      expect(byAuthor('Ada').getAttribute('datetime')).to.equal('2024-05-10T09:00:00.000Z');
      expect(byAuthor('Alan').textContent).to.match(/^March 1, 2024 at \d/);
      expect(byAuthor('Ada').title).to.match(/Friday, May 10, 2024 at/);
    });

    it('should keep line breaks, link URLs, and show markup and javascript: as text', async () => {
      const el = await listWith([
        { id: 1, author: { name: 'A' }, content: 'line one\nline two\n\nsee https://example.com/a.\njavascript:alert(1) <img src=x onerror=alert(1)><b>b</b>' },
      ]);
      // content-visibility: auto skips the text (innerText) of comments not yet known to be on screen.
      el.scrollIntoView();
      await nextFrame();
      await nextFrame();
      const content = $(el, '[part="content"]')!;
      expect(content.querySelectorAll('p')).to.have.length(2);
      expect((content.querySelector('p') as HTMLElement).innerText).to.equal('line one\nline two');
      const links = content.querySelectorAll('a');
      expect(links).to.have.length(1);
      expect(links[0].getAttribute('href')).to.equal('https://example.com/a');
      expect(links[0].rel).to.equal('ugc nofollow noopener');
      expect(content.querySelectorAll('img, b')).to.have.length(0);
      expect(content.textContent).to.contain('javascript:alert(1) <img src=x onerror=alert(1)><b>b</b>');
    });

    it('should sanitize hostile contentHtml', async () => {
      const el = await listWith([
        {
          id: 1,
          author: { name: 'A' },
          contentHtml:
            '<p onclick="alert(1)" style="color:red">ok <em>fine</em></p><script>window.__pwned = 1</script><img src="javascript:alert(1)" onerror="window.__pwned=1"><a href="javascript:alert(1)">x</a><iframe src="https://evil.example"></iframe><svg><script>alert(1)</script></svg>',
        },
      ]);
      await nextFrame();
      const content = $(el, '[part="content"]')!;
      expect(content.querySelector('em')!.textContent).to.equal('fine');
      expect(content.querySelectorAll('script, iframe, svg, [onclick], [onerror], [style]')).to.have.length(0);
      expect(content.querySelector('a')!.hasAttribute('href')).to.equal(false);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('should mark a comment awaiting moderation', async () => {
      const el = await listWith([{ id: 1, author: { name: 'A' }, content: 'x', status: 'pending' }]);
      expect($(el, '[part="moderation"]')!.textContent).to.equal('Your comment is awaiting moderation.');
      expect($(el, 'article')!.getAttribute('part')).to.equal('comment pending');
    });
  });

  describe('reply', () => {
    beforeEach(() => {
      CommentList.formTag = 'test-reply-form';
    });

    it('should indent a reply form with the replies of the comment it answers, on a phone too', async () => {
      for (const width of ['700px', '340px']) {
        const el = await fixture<CommentList>(
          html`<comment-list style="width: ${width}" endpoint="/api/comments" .comments=${[{ id: 1, author: 'Ada', content: 'x' }]}></comment-list>`,
        );
        $<HTMLButtonElement>(el, '[part="reply-button"]')!.click();
        await el.updateComplete;
        const comment = $(el, 'article')!.getBoundingClientRect();
        const form = $(el, 'test-reply-form')!;
        const formBox = form.getBoundingClientRect();
        expect(formBox.left, width).to.be.above(comment.left + 10);
        expect(formBox.right, width).to.be.at.most(comment.right + 1);
        expect(getComputedStyle(form).borderInlineStartStyle, 'the thread line').to.equal('solid');
      }
    });

    it('should open a form under the comment, focus it, and return focus on cancel — by keyboard', async () => {
      const el = await fixture<CommentList>(
        html`<comment-list article-id="a1" endpoint="/api/comments" format="wordpress" .comments=${thread}></comment-list>`,
      );
      const button = $$(el, '[part="reply-button"]').find((b) => b.getAttribute('aria-label') === 'Reply to Ada Lovelace')!;
      expect(button.textContent!.trim()).to.equal('Reply');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await nextFrame();

      const form = $<StandInForm>(el, 'test-reply-form')!;
      expect(describeNode(form)).to.match(/^<test-reply-form/);
      expect(form.previousElementSibling!.textContent).to.contain('Ada Lovelace'); // right under that comment
      expect(Object.fromEntries(['parent-id', 'reply-to', 'article-id', 'endpoint', 'format'].map((n) => [n, form.getAttribute(n)]))).to.deep.equal({
        'parent-id': '1',
        'reply-to': 'Ada Lovelace',
        'article-id': 'a1',
        endpoint: '/api/comments',
        format: 'wordpress',
      });
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expectFocusOn(form.textarea);

      await sendKeys({ type: 'Hi' });
      await sendKeys({ press: 'Tab' });
      expectFocusOn(form.cancel);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await nextFrame();
      expect($$(el, 'test-reply-form').length).to.equal(0);
      expectFocusOn(button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('should copy endpoint and format from the page form in the same parent when unset', async () => {
      const wrapper = await fixture(html`<div>
        <comment-list article-id="a1" .comments=${thread}></comment-list>
        <test-reply-form endpoint="/wp-comments-post.php" format="form" credentials="include"></test-reply-form>
      </div>`);
      const el = wrapper.querySelector('comment-list')!;
      await el.updateComplete;
      $(el, '[part="reply-button"]')!.click();
      await el.updateComplete;
      const form = $(el, 'test-reply-form')!;
      expect([form.getAttribute('endpoint'), form.getAttribute('format'), form.getAttribute('credentials')]).to.deep.equal(['/wp-comments-post.php', 'form', 'include']);
    });

    it('should show no Reply button when no comment form is defined', async () => {
      CommentList.formTag = 'not-defined-form';
      const el = await listWith(thread);
      expect($$(el, '[part="reply-button"]').length).to.equal(0);
    });

    it('should insert a successful reply under its parent, close the form and focus the new comment', async () => {
      const el = await fixture<CommentList>(html`<comment-list article-id="a1" .comments=${thread}></comment-list>`);
      $(el, '[part="reply-button"]')!.click(); // Alan Turing, id 3
      await el.updateComplete;
      const form = $<StandInForm>(el, 'test-reply-form')!;
      form.succeed({
        response: { id: 77, articleId: 'a1', parentId: 3, author: { name: 'Zoë' }, content: 'Thanks', date: '2024-05-10T11:59:00Z', status: 'pending' },
        payload: { articleId: 'a1', parentId: '3', content: 'Thanks', author: { name: 'Zoë', email: 'z@example.com', url: '' } },
        status: 'pending',
      });
      await el.updateComplete;
      await nextFrame();
      expect($$(el, 'test-reply-form').length).to.equal(0);
      const article = $(el, '#comment-77')!;
      expect(article.closest('ol ol')!.closest('li')!.querySelector('article')!.textContent).to.contain('Alan Turing');
      expect(article.textContent).to.contain('Your comment is awaiting moderation.');
      expectFocusOn(article);
      expect(headingText(el)).to.equal('4 comments');
    });
  });

  describe('live updates', () => {
    const success = (articleId: string, id: number | null, status: 'pending' | 'approved' = 'approved') => ({
      response: id === null ? null : { id, articleId, parentId: null, author: { name: 'New Person' }, content: 'Fresh', date: '2024-05-10T11:59:30Z', status },
      payload: { articleId, parentId: null, content: 'Fresh', author: { name: 'New Person', email: 'n@example.com', url: 'https://new.example' } },
      status,
    });
    const fire = (target: EventTarget, detail: unknown) =>
      target.dispatchEvent(new CustomEvent('comment-success', { detail, bubbles: true, composed: true }));

    it('should insert a comment from a form of the same article at once, once', async () => {
      const wrapper = await fixture(html`<div><comment-list article-id="a1" .comments=${thread}></comment-list><span id="form"></span></div>`);
      const el = wrapper.querySelector('comment-list')!;
      const form = wrapper.querySelector('#form')!;
      fire(form, success('a1', 50, 'pending'));
      fire(form, success('a1', 50, 'pending'));
      await el.updateComplete;
      expect(authors(el).filter((a) => a === 'New Person')).to.have.length(1);
      expect($$(el, '#comment-50 [part="moderation"]').length).to.be.above(0);
      expect($(el, '#comment-50 time')!.textContent).to.equal('now');
      expect(headingText(el)).to.equal('4 comments');
    });

    it('should count a live comment once when the total of a later page already includes it', async () => {
      // Page 2 is asked for after two comments were posted: the server's new total counts the
      // approved one (which page 2 also lists) but not the one held for moderation.
      const page2 = respond({ comments: [{ id: 80, author: { name: 'New Person' }, content: 'Fresh', date: '2024-05-10T11:59:30Z' }], total: 5, next: '/page3' });
      const el = await fixture<CommentList>(html`<comment-list article-id="a1"></comment-list>`);
      await loaded(el, respond({ comments: thread, total: 4, next: page2 }));
      fire(document.body, success('a1', 80));
      fire(document.body, success('a1', 81, 'pending'));
      await el.updateComplete;
      expect(headingText(el)).to.equal('6 comments');
      const second = oneEvent(el, 'comment-list-load');
      $(el, '[part="load-more"]')!.click();
      expect((await second).detail.total).to.equal(6);
      await el.updateComplete;
      expect(headingText(el)).to.equal('6 comments');
      expect(authors(el).filter((a) => a === 'New Person')).to.have.length(2);
    });

    it('should build the comment from the payload when the server sent none', async () => {
      const el = await fixture<CommentList>(html`<comment-list article-id="a1" .comments=${[]}></comment-list>`);
      fire(document.body, success('a1', null));
      await el.updateComplete;
      const author = $(el, '[part="author"]')!;
      expect(author.textContent).to.equal('New Person');
      expect(author.getAttribute('href')).to.equal('https://new.example');
      expect($$(el, '[part="moderation"]').length).to.equal(0);
      expect(headingText(el)).to.equal('1 comment');
    });

    it('should ignore comments for another article', async () => {
      const el = await fixture<CommentList>(html`<comment-list article-id="a1" .comments=${thread}></comment-list>`);
      fire(document.body, success('a2', 60));
      fire(document.body, { payload: { articleId: undefined, content: 'x', author: { name: 'x' } } });
      await el.updateComplete;
      expect(authors(el)).to.have.length(3);
    });

    it('should listen on the surrounding news-article, and stop listening when removed', async () => {
      const wrapper = await fixture(html`<div><news-article><comment-list article-id="a1"></comment-list><span></span></news-article></div>`);
      const el = wrapper.querySelector('comment-list')!;
      await el.updateComplete;
      fire(document, success('a1', 70)); // outside the article: not ours
      fire(wrapper.querySelector('span')!, success('a1', 71));
      await el.updateComplete;
      expect($$(el, 'article').map((a) => a.id)).to.deep.equal(['comment-71']);
      const article = wrapper.querySelector('news-article')!;
      el.remove();
      fire(article, success('a1', 72));
      article.append(el);
      await el.updateComplete;
      expect($$(el, 'article').map((a) => a.id)).to.deep.equal(['comment-71']);
    });

    it('should take the article id from the article context', async () => {
      class Provider extends LitElement {
        @provide({ context: articleContext }) @property({ attribute: false }) article?: Article;
        protected override createRenderRoot() {
          return this;
        }
      }
      if (!customElements.get('test-article-provider')) customElements.define('test-article-provider', Provider);
      const article = { id: 'ctx-1', headline: 'H', authors: [], published: '2024-01-01', tags: [], body: [], wordCount: 0 } as Article;
      const wrapper = await fixture(html`<test-article-provider .article=${article}><comment-list></comment-list></test-article-provider>`);
      const el = wrapper.querySelector('comment-list')!;
      await el.updateComplete;
      expect(el.effectiveArticleId).to.equal('ctx-1');
      fire(wrapper, success('ctx-1', 80));
      await el.updateComplete;
      expect(authors(el)).to.deep.equal(['New Person']);
    });
  });

  it('should abort the old request when src changes, and show only the new answer', async () => {
    const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
    const signals: AbortSignal[] = [];
    const original = el.fetchComments.bind(el);
    el.fetchComments = (url, signal) => {
      signals.push(signal);
      return original(url, signal);
    };
    const errors: unknown[] = [];
    el.addEventListener('comment-list-error', (e) => errors.push(e.detail));
    el.src = respond([{ id: 1, author: { name: 'Old' }, content: 'x' }], { delay: 600 });
    await el.updateComplete;
    const load = oneEvent(el, 'comment-list-load');
    el.src = respond([{ id: 2, author: { name: 'New' }, content: 'x' }]);
    await load;
    expect(signals).to.have.length(2);
    expect(signals[0].aborted).to.equal(true);
    expect(signals[1].aborted).to.equal(false);
    await new Promise((r) => setTimeout(r, 800));
    await el.updateComplete;
    expect(authors(el)).to.deep.equal(['New']);
    expect(errors).to.deep.equal([]);
  });

  describe('big threads', () => {
    const big = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: i + 1,
        parentId: i % 4 === 3 ? i : 0,
        author: { name: `Person ${i}` },
        content: `Comment ${i}`,
        date: new Date(NOW - (n - i) * 60_000).toISOString(),
      }));

    // A hostile or huge thread must not block the page: one render is one bounded batch.
    it('should render 1,000 comments 100 at a time: the first batch at once, the next ones on "Load more" without fetching', async () => {
      CommentList.formTag = 'test-reply-form';
      const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
      el.comments = big(1000);
      await el.updateComplete;
      expect($$(el, 'article').length).to.equal(RENDER_BATCH);
      expect($$(el, '[part="reply-button"]').length).to.equal(RENDER_BATCH);
      expect(headingText(el)).to.equal('1,000 comments');
      let fetched = false;
      el.fetchComments = (url, signal) => ((fetched = true), fetch(url, { signal }));
      for (let shown = RENDER_BATCH; shown < 1000; shown += RENDER_BATCH) {
        $(el, '[part="load-more"]')!.click();
        await el.updateComplete;
        expect($$(el, 'article').length).to.equal(shown + RENDER_BATCH);
      }
      expect($(el, '[part="load-more"]')).to.equal(null);
      expect(fetched).to.equal(false);
    });

    it('should keep the rendered comments when one is inserted live, and show it with its parent even beyond the batch', async () => {
      const el = await fixture<CommentList>(html`<comment-list article-id="a1" .comments=${big(600)}></comment-list>`);
      const before = $$(el, 'article');
      document.body.dispatchEvent(
        new CustomEvent('comment-success', {
          detail: { response: null, payload: { articleId: 'a1', parentId: '300', content: 'Live', author: { name: 'Live Person' } }, status: 'approved' },
          bubbles: true,
          composed: true,
        }),
      );
      await el.updateComplete;
      const after = $$(el, 'article');
      expect(before.every((article) => after.includes(article))).to.equal(true);
      const live = after.find((article) => article.textContent!.includes('Live Person'))!;
      expect(live, 'the live comment is shown').to.exist;
      expect(live.closest('ol')!.closest('li')!.querySelector('article')!.textContent).to.contain('Person 299'); // comment 300, hidden before
      expect(after).to.have.length(RENDER_BATCH + 3); // the batch, + comment 299 and its reply 300 above it, + the live one
    });
  });

  describe('accessibility', () => {
    beforeEach(() => {
      CommentList.formTag = 'test-reply-form';
    });

    it('should be accessible with a thread, a pending comment and load more', async () => {
      const el = await listWith({ comments: [...thread, { id: 9, parentId: 2, author: { name: 'P' }, content: 'wait', status: 'pending' }], next: '/x' });
      expect($$(el, '[part="reply-button"]').length).to.equal(4);
      await expect(el).to.be.accessible();
    });

    it('should be accessible with a reply form open', async () => {
      const el = await listWith(thread);
      $(el, '[part="reply-button"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('should be accessible when empty', async () => {
      const el = await listWith([]);
      await expect(el).to.be.accessible();
    });

    it('should be accessible in the error state', async () => {
      const el = await fixture<CommentList>(html`<comment-list></comment-list>`);
      const error = oneEvent(el, 'comment-list-error');
      el.src = respond('no', { status: 500 });
      await error;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    // The page declares a dark scheme (as the Storybook "Dark" stories do): light text on a dark
    // ground. The accent (Reply, links, Load more) must keep 4.5:1 there, also on the pending tint.
    const darkPage = (content: unknown) =>
      fixture(html`<div style="color-scheme: dark; background: #16181d; color: #e9e7e2; padding: 1rem">${content}</div>`);

    it('should be accessible on a dark page: a pending comment with its Reply button, links, Load more', async () => {
      const pending = { id: 9, parentId: 2, author: { name: 'P', url: 'https://p.example' }, content: 'wait https://example.com/x', status: 'pending' };
      const wrapper = await darkPage(html`<comment-list .comments=${{ comments: [...thread, pending], next: '/x' }}></comment-list>`);
      const el = wrapper.querySelector('comment-list')!;
      await el.updateComplete;
      expect($$(el, '[part~="pending"] [part="reply-button"], [part~="pending"] [part="content"] a').length).to.equal(2);
      $(el, '[part~="pending"]')!.scrollIntoView({ block: 'center' });
      await nextFrame();
      await expect(wrapper).to.be.accessible();
    });

    it('should be accessible on a dark page in the error state', async () => {
      const wrapper = await darkPage(html`<comment-list></comment-list>`);
      const el = wrapper.querySelector('comment-list')!;
      const error = oneEvent(el, 'comment-list-error');
      el.src = respond('no', { status: 500 });
      await error;
      await el.updateComplete;
      await expect(wrapper).to.be.accessible();
    });
  });
});
