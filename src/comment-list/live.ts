/**
 * The live thread's connection: Server-Sent Events from the comments server
 * (`GET /api/articles/:id/events`, server/live.ts), read with `fetch` rather than `EventSource` —
 * `EventSource` cannot tell a server without the stream (a 404, stop quietly) from a dropped one
 * (reconnect), nor back off. No element code here: the list gives callbacks and starts and stops it.
 */

export interface StreamEvent {
  /** The event's `id:` (the log position to reconnect from), if it had one. */
  id?: string;
  event: string;
  data: string;
}

/**
 * An incremental `text/event-stream` parser (the WHATWG rules this server's stream needs: `id`,
 * `event`, `data` on one or more lines, comments, CRLF or LF). `push` takes text as it comes.
 */
export function eventStreamParser(onEvent: (event: StreamEvent) => void): { push(text: string): void } {
  let buffer = '';
  let event: StreamEvent = { event: 'message', data: '' };
  let hasData = false;
  const line = (text: string) => {
    if (text === '') {
      if (hasData) onEvent(event);
      event = { event: 'message', data: '' };
      hasData = false;
      return;
    }
    if (text.startsWith(':')) return; // a comment (the server's heartbeat)
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    const value = colon < 0 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') {
      event.data = hasData ? `${event.data}\n${value}` : value;
      hasData = true;
    } else if (field === 'event') event.event = value;
    else if (field === 'id' && !value.includes('\0')) event.id = value;
  };
  return {
    push(text) {
      buffer += text;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop()!;
      for (const text of lines) line(text);
    },
  };
}

/**
 * Where the events of a comments URL are: `…/articles/<id>/comments` → `…/articles/<id>/events`
 * (the query dropped); undefined for any other URL (a CMS's REST route has no stream).
 */
export function eventsUrlFor(commentsUrl: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(commentsUrl, base);
  } catch {
    return undefined;
  }
  if (!/\/articles\/[^/]+\/comments\/?$/.test(url.pathname)) return undefined;
  url.pathname = url.pathname.replace(/\/comments\/?$/, '/events');
  url.search = '';
  url.hash = '';
  return url.href;
}

/** The wait before reconnect attempt `attempt` (0, 1, …): doubling from 1 s to at most a minute, ±20 % so readers don't come back in step. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 1000 * 2 ** Math.min(attempt, 6));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export interface LiveCallbacks {
  onEvent(event: StreamEvent): void;
  /** The stream is not there (404, or not an event stream): the connection stops for good. */
  onUnavailable?(status: number): void;
}

/** How long a hidden page keeps its stream open before closing it (it reconnects, and catches up, when shown). */
export const HIDDEN_CLOSE_MS = 60_000;

/**
 * One live connection: reconnects after a drop with the last event id (`?lastEventId=`: a header
 * would make a cross-origin request need a preflight) and backs off while the server is away.
 */
export class LiveConnection {
  #url: string;
  #callbacks: LiveCallbacks;
  #fetch: typeof fetch;
  #controller?: AbortController;
  #retry?: ReturnType<typeof setTimeout>;
  #attempt = 0;
  #stopped = true;
  /** The last event id received: where a reconnect resumes. */
  lastEventId?: string;

  constructor(url: string, callbacks: LiveCallbacks, options: { lastEventId?: string; fetch?: typeof fetch } = {}) {
    this.#url = url;
    this.#callbacks = callbacks;
    this.lastEventId = options.lastEventId;
    this.#fetch = options.fetch ?? ((...args) => fetch(...args));
  }

  /** The stream's URL. */
  get url(): string {
    return this.#url;
  }

  get running(): boolean {
    return !this.#stopped;
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    void this.#connect();
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#retry);
    this.#retry = undefined;
    this.#controller?.abort();
    this.#controller = undefined;
  }

  async #connect(): Promise<void> {
    const controller = new AbortController();
    this.#controller = controller;
    const url = new URL(this.#url);
    if (this.lastEventId !== undefined) url.searchParams.set('lastEventId', this.lastEventId);
    try {
      const response = await this.#fetch(url.href, { headers: { Accept: 'text/event-stream' }, cache: 'no-store', signal: controller.signal });
      const type = response.headers.get('Content-Type') ?? '';
      if (response.status === 404 || response.status === 405 || (response.ok && !type.startsWith('text/event-stream'))) {
        this.stop();
        this.#callbacks.onUnavailable?.(response.status);
        return;
      }
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      const parser = eventStreamParser((event) => {
        if (event.id !== undefined) this.lastEventId = event.id;
        this.#attempt = 0; // a stream that delivers is a healthy one
        this.#callbacks.onEvent(event);
      });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) parser.push(read.value);
    } catch {
      // Dropped, refused or aborted: reconnect below unless stopped.
    }
    if (this.#stopped || this.#controller !== controller) return;
    this.#retry = setTimeout(() => void this.#connect(), backoffMs(this.#attempt++));
  }
}
