import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { backoffMs, eventStreamParser, eventsUrlFor, LiveConnection, type StreamEvent } from '../../src/comment-list/live.js';
import { CommentList } from '../../src/comment-list/comment-list.js';
import '../../src/comment-list/define.js';
import { newKey, seed, TOKEN } from '../comment-moderation/helpers.js';

// The real comments server, one per key (tests/middleware.mjs: /test-moderation/<key>/api/…).
const api = (key: string) => `/test-moderation/${key}/api`;
const moderate = (key: string, id: number, body: unknown) =>
  fetch(`${api(key)}/moderation/comments/${id}`, { method: 'PATCH', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('eventStreamParser', () => {
  it('reads events split anywhere, with CRLF or LF, several data lines, comments and ids', () => {
    const events: StreamEvent[] = [];
    const parser = eventStreamParser((event) => events.push(event));
    for (const chunk of ['retry: 2000\r\nid: 4\r\nevent: rea', 'dy\r\ndata: {}\r\n\r\n: ping\n\n', 'id: 5\nevent: comment\ndata: {"a":\ndata: 1}\n', '\ndata: plain\n\n']) parser.push(chunk);
    expect(events).to.deep.equal([
      { id: '4', event: 'ready', data: '{}' },
      { id: '5', event: 'comment', data: '{"a":\n1}' },
      { event: 'message', data: 'plain' },
    ]);
  });

  it('sends nothing for a block without data, or before its blank line', () => {
    const events: StreamEvent[] = [];
    const parser = eventStreamParser((event) => events.push(event));
    parser.push('event: comment\n\ndata: not yet');
    expect(events).to.deep.equal([]);
  });
});

describe('eventsUrlFor', () => {
  it('puts the events beside the comments of an article, and nowhere else', () => {
    const base = 'https://news.example/story/';
    expect(eventsUrlFor('/api/articles/a%2F1/comments?limit=20', base)).to.equal('https://news.example/api/articles/a%2F1/events');
    expect(eventsUrlFor('https://c.example/x/articles/a1/comments/', base)).to.equal('https://c.example/x/articles/a1/events');
    expect(eventsUrlFor('/wp-json/wp/v2/comments?post=6', base)).to.equal(undefined);
    expect(eventsUrlFor('http://[::1', base)).to.equal(undefined);
  });
});

describe('backoffMs', () => {
  it('doubles from about a second to at most about a minute, never in step', () => {
    expect([0, 1, 2, 3].map((attempt) => backoffMs(attempt, () => 0.5))).to.deep.equal([1000, 2000, 4000, 8000]);
    expect(backoffMs(30, () => 0.5)).to.equal(60_000);
    expect(backoffMs(0, () => 0)).to.equal(800);
    expect(backoffMs(0, () => 1)).to.equal(1200);
  });
});

describe('LiveConnection (against the real server)', () => {
  it('receives what is approved, and after the server goes away reconnects with the last event id', async () => {
    const key = newKey('live');
    const [id] = await seed(key, [{ articleId: 'a1', content: 'Held for a moment.' }]);
    const asked: string[] = [];
    const events: StreamEvent[] = [];
    const connection = new LiveConnection(new URL(`${api(key)}/articles/a1/events`, location.href).href, { onEvent: (event) => events.push(event) }, {
      fetch: (input, init) => {
        asked.push(String(input));
        return fetch(input, init);
      },
    });
    connection.start();
    try {
      await waitUntil(() => events.some((e) => e.event === 'ready'), 'ready', { timeout: 3000 });
      await moderate(key, id!, { status: 'approved' });
      await waitUntil(() => events.some((e) => e.event === 'comment'), 'the approved comment', { timeout: 2000 });
      expect(JSON.parse(events.find((e) => e.event === 'comment')!.data).content).to.equal('Held for a moment.');
      const last = connection.lastEventId;
      expect(last).to.match(/^\d+$/);

      await fetch(`/test-moderation/${key}/close`, { method: 'POST' }); // the stream ends; the server answers 503 meanwhile
      await fetch(`/test-moderation/${key}/reopen`, { method: 'POST' });
      await waitUntil(() => asked.length >= 2 && events.filter((e) => e.event === 'ready').length >= 2, 'reconnected', { timeout: 6000 });
      expect(asked[0]).not.to.contain('lastEventId');
      expect(new URL(asked.at(-1)!).searchParams.get('lastEventId')).to.equal(last);
      expect(connection.running).to.equal(true);
    } finally {
      connection.stop();
    }
  });

  it('stops quietly where there is no stream (404, or not an event stream)', async () => {
    for (const url of ['/test-api/respond?status=404&body=none', '/test-api/respond?status=200&type=application/json&body=%7B%7D']) {
      const unavailable: number[] = [];
      let asked = 0;
      const connection = new LiveConnection(new URL(url, location.href).href, { onEvent: () => {}, onUnavailable: (status) => unavailable.push(status) }, {
        fetch: (input, init) => (asked++, fetch(input, init)),
      });
      connection.start();
      await waitUntil(() => unavailable.length === 1, url);
      await new Promise((resolve) => setTimeout(resolve, 1500)); // longer than the first retry would wait
      expect(asked, url).to.equal(1);
      expect(connection.running).to.equal(false);
    }
  });
});

describe('<comment-list live>', () => {
  it('inserts an approved comment, announces it, and removes one hidden again', async () => {
    const key = newKey('list');
    const [first, second] = await seed(key, [
      { articleId: 'a1', content: 'Already approved.' },
      { articleId: 'a1', content: 'Approved while the reader reads.' },
    ]);
    await moderate(key, first!, { status: 'approved' });
    const list = await fixture<CommentList>(html`<comment-list live src="${api(key)}/articles/a1/comments"></comment-list>`);
    const texts = () => [...list.shadowRoot!.querySelectorAll('[part=content]')].map((node) => node.textContent);
    await waitUntil(() => texts().length === 1, 'the first page');
    await new Promise((resolve) => setTimeout(resolve, 300)); // its stream opens

    await moderate(key, second!, { status: 'approved' });
    await waitUntil(() => texts().length === 2, 'inserted live', { timeout: 2000 });
    expect(texts()).to.deep.equal(['Already approved.', 'Approved while the reader reads.']);
    expect(list.shadowRoot!.querySelector('h2')!.textContent).to.equal('2 comments');
    expect(list.shadowRoot!.querySelector('.live-status[role=status]')!.textContent).to.equal('1 new comment');

    await moderate(key, second!, { content: 'Edited by a moderator.' });
    await waitUntil(() => texts().includes('Edited by a moderator.'), 'the edit', { timeout: 2000 });
    await moderate(key, first!, { status: 'trash' });
    await waitUntil(() => texts().length === 1, 'removed live', { timeout: 2000 });
    expect(list.shadowRoot!.querySelector('h2')!.textContent).to.equal('1 comment');
    list.remove(); // closes the stream
  });

  it('closes the stream while the page is hidden, and catches up when it is shown again', async () => {
    const key = newKey('hidden');
    const [id] = await seed(key, [{ articleId: 'a1', content: 'Approved while the page was hidden.' }]);
    const list = await fixture<CommentList>(html`<comment-list live src="${api(key)}/articles/a1/comments"></comment-list>`);
    await waitUntil(() => list.shadowRoot!.querySelector('h2')?.textContent === 'No comments yet');
    await new Promise((resolve) => setTimeout(resolve, 300)); // its stream opens
    const closeAfter = CommentList.liveHiddenCloseMs;
    const visibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      CommentList.liveHiddenCloseMs = 50;
      visibility('hidden');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await moderate(key, id!, { status: 'approved' });
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(list.shadowRoot!.querySelectorAll('[part=content]').length, 'closed: nothing arrives').to.equal(0);
      visibility('visible');
      await waitUntil(() => list.shadowRoot!.querySelectorAll('[part=content]').length === 1, 'caught up', { timeout: 3000 });
    } finally {
      CommentList.liveHiddenCloseMs = closeAfter;
      delete (document as { visibilityState?: unknown }).visibilityState;
      list.remove();
    }
  });

  it('without `live`, opens no stream', async () => {
    const key = newKey('still');
    const [id] = await seed(key, [{ articleId: 'a1', content: 'Later.' }]);
    const list = await fixture<CommentList>(html`<comment-list src="${api(key)}/articles/a1/comments"></comment-list>`);
    await waitUntil(() => list.shadowRoot!.querySelector('h2')?.textContent === 'No comments yet');
    await moderate(key, id!, { status: 'approved' });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(list.shadowRoot!.querySelectorAll('[part=content]').length, 'a live list would show it by now').to.equal(0);
  });
});
