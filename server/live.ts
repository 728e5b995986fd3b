// The live thread: `GET /api/articles/:id/events`, Server-Sent Events of the article's public
// thread — `comment` (a comment became visible, or a visible one was edited: the public comment as
// JSON) and `hidden` (`{ "id": … }`: it left the thread). Each event's `id` is its place in the
// store's event log, so a reader who reconnects with `Last-Event-ID` (or `?lastEventId=`) gets
// exactly what they missed, from any instance. New events are noticed through the store's
// `watchEvents` (PostgreSQL LISTEN/NOTIFY; SQLite polls its file) and read from the log once per
// wake-up for every reader of every article.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { publicComment } from './public-comment.js';
import type { CommentEvent, CommentsStore } from './storage/store.js';

export interface LiveOptions {
  /** Readers one process streams to at most; more are told 503 to come back later. Default 2000. */
  maxStreams?: number;
  /** A comment line this often keeps proxies from closing a quiet stream. Default 25 s. */
  heartbeatMs?: number;
}

export interface LiveThreads {
  /** Streams the article's events to this response until the reader or `close()` ends it. */
  stream(req: IncomingMessage, res: ServerResponse, articleId: string, query: URLSearchParams): Promise<void>;
  close(): void;
}

interface Reader {
  articleId: string;
  res: ServerResponse;
  /** The last event id sent: nothing at or below it is sent again. */
  last: number;
  /** While what it missed is read from the log: the live events, sent after that. */
  waiting?: CommentEvent[];
}

/** How many events one read of the log takes; a backlog is read in several. */
const EVENTS_PER_READ = 500;
/** How long a browser waits before reconnecting after a drop (the stream's `retry:`). */
const RETRY_MS = 2000;

/** One event in the stream's format; undefined when a reader has nothing to see of it. */
export function formatEvent(event: CommentEvent): string | undefined {
  const row = event.row;
  if (event.kind === 'hidden' || !row || row.status !== 'approved') {
    // A comment approved and hidden again before the reader heard of it: `hidden` either way,
    // which a list without it ignores.
    return `id: ${event.id}\nevent: hidden\ndata: ${JSON.stringify({ id: event.commentId })}\n\n`;
  }
  return `id: ${event.id}\nevent: comment\ndata: ${JSON.stringify(publicComment(row))}\n\n`;
}

export function createLiveThreads(store: () => Promise<CommentsStore>, options: LiveOptions = {}): LiveThreads {
  const maxStreams = options.maxStreams ?? 2000;
  const heartbeatMs = options.heartbeatMs ?? 25_000;
  const readers = new Set<Reader>();
  let unwatch: (() => void) | undefined;
  /** The log's last id this process has read up to. */
  let cursor = 0;
  let reading: Promise<void> | undefined;
  let again = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;

  const send = (reader: Reader, event: CommentEvent) => {
    if (reader.waiting) {
      reader.waiting.push(event);
      return;
    }
    if (event.id <= reader.last) return;
    reader.last = event.id;
    const text = formatEvent(event);
    if (text) reader.res.write(text);
  };

  /** Reads what was logged since `cursor` and sends each event to its article's readers. */
  const readNew = async (s: CommentsStore) => {
    for (;;) {
      const events = await s.eventsAfter(cursor, EVENTS_PER_READ);
      for (const event of events) {
        cursor = event.id;
        for (const reader of readers) if (reader.articleId === event.articleId) send(reader, event);
      }
      if (events.length < EVENTS_PER_READ) return;
    }
  };
  /** One read at a time; a wake-up during a read asks for one more after it. */
  const wake = () => {
    if (reading) {
      again = true;
      return;
    }
    reading = (async () => {
      try {
        const s = await store();
        do {
          again = false;
          await readNew(s);
        } while (again);
      } catch (error) {
        console.error(`[comments] the live thread could not read new events: ${(error as Error).message}`);
      } finally {
        reading = undefined;
      }
    })();
  };

  const end = (reader: Reader) => {
    readers.delete(reader);
    if (!readers.size) {
      unwatch?.();
      unwatch = undefined;
      clearInterval(heartbeat);
      heartbeat = undefined;
    }
  };

  return {
    async stream(req, res, articleId, query) {
      if (readers.size >= maxStreams) {
        res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '30', 'Cache-Control': 'no-store' });
        res.end('Too many live readers right now.');
        return;
      }
      const s = await store();
      const header = req.headers['last-event-id'];
      const given = Number((typeof header === 'string' ? header : undefined) ?? query.get('lastEventId') ?? NaN);
      const current = await s.lastEventId();
      // Without an id the reader has the thread as it is now: only what comes next is sent.
      const last = Number.isSafeInteger(given) && given >= 0 ? given : current;
      // No await between the check and the watch: two first readers at once start one watch.
      if (!unwatch) {
        cursor = Math.max(cursor, current);
        unwatch = s.watchEvents(wake);
        heartbeat = setInterval(() => {
          for (const reader of readers) reader.res.write(': ping\n\n');
        }, heartbeatMs);
        heartbeat.unref();
      }
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Accel-Buffering': 'no', // nginx: pass each event on at once
        'X-Content-Type-Options': 'nosniff',
      });
      // The first event carries the current id: a reader that drops before anything happens
      // reconnects from here and misses nothing.
      res.write(`retry: ${RETRY_MS}\nid: ${last}\nevent: ready\ndata: {}\n\n`);
      const reader: Reader = { articleId, res, last, waiting: [] };
      readers.add(reader);
      req.socket.setTimeout(0);
      res.once('close', () => end(reader));
      // What the reader missed (its Last-Event-ID is older than now): from the log, then live.
      const live = reader.waiting!;
      try {
        for (let after = last; ; ) {
          const missed = await s.eventsAfter(after, EVENTS_PER_READ, articleId);
          reader.waiting = undefined;
          for (const event of missed) send(reader, event);
          reader.waiting = live;
          if (missed.length < EVENTS_PER_READ) break;
          after = missed[missed.length - 1]!.id;
        }
      } finally {
        reader.waiting = undefined;
        for (const event of live) send(reader, event);
      }
    },
    close() {
      for (const reader of [...readers]) {
        reader.res.end();
        end(reader);
      }
    },
  };
}
