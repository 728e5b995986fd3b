// The live thread (server/live.ts): GET /api/articles/:id/events as Server-Sent Events, read by a
// real HTTP client; across two instances on one SQLite file, and on PostgreSQL (LISTEN/NOTIFY).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import pg from 'pg';
import { postgresUnavailable, startPostgres } from '../../scripts/postgres.mjs';
import { ARTICLE, TOKEN, jsonComment, postJson, startServer, tempDir, type TestServer } from './helpers.js';

const tmp = tempDir();
after(() => tmp.remove());

interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

/** An open stream: its events as they come, `next()` waits for the next one (or fails after `ms`). */
async function openStream(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const events: SseEvent[] = [];
  const waiting: Array<() => void> = [];
  let ended = false;
  let buffer = '';
  void (async () => {
    try {
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        const chunk = read.value;
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = { event: 'message', data: '' };
          let isEvent = false;
          for (const line of block.split('\n')) {
            const [field, ...rest] = line.split(': ');
            const value = rest.join(': ');
            if (field === 'id') event.id = value;
            if (field === 'event') event.event = value;
            if (field === 'data') ((event.data = value), (isEvent = true));
          }
          if (isEvent) events.push(event);
          waiting.splice(0).forEach((wake) => wake());
        }
      }
    } catch {
      // aborted
    }
    ended = true;
    waiting.splice(0).forEach((wake) => wake());
  })();
  let read = 0;
  return {
    response,
    events,
    get ended() {
      return ended;
    },
    async next(ms = 2000): Promise<SseEvent> {
      const deadline = Date.now() + ms;
      while (read >= events.length) {
        if (ended) throw new Error('the stream ended');
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no event within ${ms} ms (had: ${JSON.stringify(events)})`);
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, left);
        });
      }
      return events[read++]!;
    },
    close: () => controller.abort(),
  };
}

const moderate = (s: TestServer, id: number, body: unknown) =>
  fetch(`${s.url}/api/moderation/comments/${id}`, { method: 'PATCH', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

async function held(s: TestServer, content: string, articleId = ARTICLE): Promise<number> {
  const r = await postJson(s.url, jsonComment({ content, articleId }));
  assert.equal(r.status, 201, r.text);
  return r.json.id;
}

describe('live thread: one server', () => {
  let s: TestServer;
  before(async () => {
    s = await startServer({ dbPath: join(tmp.dir, 'live.db'), moderationToken: TOKEN });
  });
  after(() => s.stop());

  test('a stream of the article: ready with the current id, then approved comments, edits and hides, in order', async () => {
    const stream = await openStream(`${s.url}/api/articles/${ARTICLE}/events`);
    assert.equal(stream.response.status, 200);
    assert.equal(stream.response.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    assert.equal(stream.response.headers.get('cache-control'), 'no-store');
    const ready = await stream.next();
    assert.equal(ready.event, 'ready');
    const other = await openStream(`${s.url}/api/articles/another/events`);
    await other.next();

    const id = await held(s, 'Held, then approved.');
    await held(s, 'On another article.', 'another');
    const started = Date.now();
    await moderate(s, id, { status: 'approved' });
    const shown = await stream.next(1000);
    assert.equal(shown.event, 'comment');
    assert.ok(Date.now() - started < 1000);
    const comment = JSON.parse(shown.data);
    assert.deepEqual([comment.id, comment.content, comment.status], [id, 'Held, then approved.', 'approved']);
    assert.equal(comment.author.email, undefined, 'the public never sees the email');
    assert.ok(Number(shown.id) > Number(ready.id));

    await moderate(s, id, { content: 'Edited.' });
    assert.equal(JSON.parse((await stream.next()).data).content, 'Edited.');
    await moderate(s, id, { status: 'spam' });
    const hidden = await stream.next();
    assert.deepEqual([hidden.event, JSON.parse(hidden.data)], ['hidden', { id }]);
    assert.equal(other.events.length, 1, 'another article hears nothing of this one (its own comment is still held)');
    stream.close();
    other.close();
  });

  test('a reader who reconnects with Last-Event-ID (or ?lastEventId=) gets what they missed, once', async () => {
    const stream = await openStream(`${s.url}/api/articles/${ARTICLE}/events`);
    const ready = await stream.next();
    stream.close();
    const a = await held(s, 'Missed one.');
    const b = await held(s, 'Missed two.');
    await moderate(s, a, { status: 'approved' });
    await moderate(s, b, { status: 'approved' });
    await moderate(s, a, { status: 'trash' });

    const back = await openStream(`${s.url}/api/articles/${ARTICLE}/events`, { 'Last-Event-ID': ready.id! });
    assert.equal((await back.next()).event, 'ready');
    const missed = [await back.next(), await back.next(), await back.next()];
    assert.deepEqual(
      missed.map((e) => [e.event, JSON.parse(e.data).id]),
      [
        ['hidden', a], // approved, then trashed before the reader came back: it is told the comment is gone
        ['comment', b],
        ['hidden', a],
      ],
    );
    const c = await held(s, 'Live again.');
    await moderate(s, c, { status: 'approved' });
    assert.equal(JSON.parse((await back.next()).data).id, c);
    back.close();

    const byQuery = await openStream(`${s.url}/api/articles/${ARTICLE}/events?lastEventId=${ready.id}`);
    await byQuery.next();
    assert.equal(JSON.parse((await byQuery.next()).data).id, a);
    byQuery.close();
  });

  test('a new comment posted with auto-approval is streamed at once; closing the app ends the streams', async () => {
    const auto = await startServer({ dbPath: join(tmp.dir, 'auto.db'), autoApprove: true });
    try {
      const stream = await openStream(`${auto.url}/api/articles/${ARTICLE}/events`);
      await stream.next();
      const posted = await postJson(auto.url, jsonComment({ content: 'Straight in.' }));
      assert.equal(JSON.parse((await stream.next(1000)).data).id, posted.json.id);
      await auto.app.close();
      for (let i = 0; i < 50 && !stream.ended; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.ok(stream.ended, 'the stream ended with the app');
    } finally {
      await auto.stop();
    }
  });

  test('only GET; a malformed article id is 400', async () => {
    assert.equal((await fetch(`${s.url}/api/articles/${ARTICLE}/events`, { method: 'POST', headers: { 'Sec-Fetch-Site': 'same-origin' } })).status, 405);
    assert.equal((await fetch(`${s.url}/api/articles/%E0%A4%A/events`)).status, 400);
  });
});

describe('live thread: two instances', () => {
  test('SQLite: a comment approved through one server reaches a reader of the other within a second', async () => {
    const dbPath = join(tmp.dir, 'shared.db');
    const one = await startServer({ dbPath, moderationToken: TOKEN });
    const two = await startServer({ dbPath, moderationToken: TOKEN });
    try {
      const stream = await openStream(`${two.url}/api/articles/${ARTICLE}/events`);
      await stream.next();
      const id = await held(one, 'Approved on the other instance.');
      const started = Date.now();
      await moderate(one, id, { status: 'approved' });
      assert.equal(JSON.parse((await stream.next(1000)).data).id, id);
      console.log(`# sqlite: seen on the other instance after ${Date.now() - started} ms`);
      stream.close();
    } finally {
      await one.stop();
      await two.stop();
    }
  });

  const skip = postgresUnavailable() ?? false;
  test('PostgreSQL (LISTEN/NOTIFY): the same, and a reader keeps hearing after the database restarts', { skip }, async () => {
    const cluster = await startPostgres();
    const admin = new pg.Client(cluster.url);
    await admin.connect();
    await admin.query('CREATE DATABASE live');
    await admin.end();
    const databaseUrl = cluster.url.replace(/\/postgres$/, '/live');
    const one = await startServer({ dbPath: 'postgres', databaseUrl, moderationToken: TOKEN });
    const two = await startServer({ dbPath: 'postgres', databaseUrl, moderationToken: TOKEN });
    try {
      const stream = await openStream(`${two.url}/api/articles/${ARTICLE}/events`);
      await stream.next();
      await new Promise((resolve) => setTimeout(resolve, 300)); // the LISTEN connection, just opened
      const id = await held(one, 'Approved on the PostgreSQL twin.');
      const started = Date.now();
      await moderate(one, id, { status: 'approved' });
      assert.equal(JSON.parse((await stream.next(1000)).data).id, id);
      console.log(`# postgres: seen on the other instance after ${Date.now() - started} ms`);

      cluster.pause();
      cluster.resume();
      let after: number | undefined;
      for (let i = 0; i < 50 && after === undefined; i++) {
        const r = await postJson(one.url, jsonComment({ content: `After the restart ${i}.` }));
        if (r.status === 201) after = r.json.id;
        else await new Promise((resolve) => setTimeout(resolve, 200));
      }
      assert.ok(after !== undefined, 'the database came back');
      await moderate(one, after!, { status: 'approved' });
      assert.equal(JSON.parse((await stream.next(5000)).data).id, after);
      stream.close();
    } finally {
      await one.stop();
      await two.stop();
      cluster.stop();
    }
  });
});
