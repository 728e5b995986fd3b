/**
 * Endpoints for stories, answered inside the page: the static Storybook build needs no server.
 *
 * A story declares its routes in `parameters.fetch`; `.storybook/preview.ts` installs them before
 * the story renders and removes them when it is torn down. Routes are keyed by method and path
 * (`'POST /stub/comments/pending'`, or just a path for any method), and every story uses paths of
 * its own, so the stories rendered together on a docs page never answer for each other. A request
 * no route claims goes to the real `fetch`.
 */

/** A canned answer. */
export interface StubReply {
  status?: number;
  /** A JSON body (serialized, with `Content-Type: application/json`). */
  json?: unknown;
  /** A raw body (e.g. an HTML error page); give its `Content-Type` in `headers`. */
  text?: string;
  headers?: Record<string, string>;
  /** Milliseconds before the answer arrives (an abort still cancels it, as with a real server). */
  delay?: number;
  /** The request fails as on a broken connection: `fetch` rejects with a `TypeError`. */
  networkError?: boolean;
  /**
   * No answer, ever, and the request cannot be aborted either: loading and sending states stay
   * on screen for as long as anyone looks at them (elements' own timeouts never fire).
   */
  never?: boolean;
}

export type StubHandler = (request: Request) => StubReply | Promise<StubReply>;
export type FetchRoutes = Record<string, StubReply | StubHandler>;

interface Entry {
  method?: string;
  path: string;
  reply: StubReply | StubHandler;
}

const installed = new Set<Entry[]>();
let realFetch: typeof fetch | undefined;

const NO_BODY = new Set([101, 204, 205, 304]);

function parseKey(key: string): Pick<Entry, 'method' | 'path'> {
  const match = /^([A-Z]+)\s+(\S+)$/.exec(key.trim());
  return match ? { method: match[1], path: match[2] } : { path: key.trim() };
}

/** The most recently installed route for this request, if any. */
function routeFor(request: Request): Entry | undefined {
  const url = new URL(request.url);
  let found: Entry | undefined;
  for (const entries of installed) {
    for (const entry of entries) {
      if (entry.path === url.pathname && (!entry.method || entry.method === request.method)) found = entry;
    }
  }
  return found;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(abortReason(signal));
    }, { once: true });
  });
}

/** Turns a reply into what `fetch` would give: a `Response`, a rejection, or nothing at all. */
export async function respond(reply: StubReply, signal: AbortSignal): Promise<Response> {
  if (reply.never) return new Promise<Response>(() => {});
  await wait(reply.delay ?? 0, signal);
  if (reply.networkError) throw new TypeError('Failed to fetch');
  const status = reply.status ?? 200;
  const headers = new Headers(reply.headers);
  let body: string | null = reply.text ?? null;
  if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json; charset=utf-8');
  }
  return new Response(NO_BODY.has(status) ? null : body, { status, headers });
}

async function stubbedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const route = routeFor(request);
  if (!route) return realFetch!(input, init);
  const reply = typeof route.reply === 'function' ? await route.reply(request.clone()) : route.reply;
  return respond(reply, request.signal);
}

/**
 * Installs a story's routes; returns the function that removes them (and puts the real `fetch`
 * back once no story has routes installed).
 */
export function installFetchRoutes(routes: FetchRoutes): () => void {
  const entries = Object.entries(routes).map(([key, reply]) => ({ ...parseKey(key), reply }));
  if (!entries.length) return () => {};
  installed.add(entries);
  if (!realFetch) {
    realFetch = window.fetch;
    window.fetch = stubbedFetch;
  }
  return () => {
    installed.delete(entries);
    if (!installed.size && realFetch) {
      window.fetch = realFetch;
      realFetch = undefined;
    }
  };
}
