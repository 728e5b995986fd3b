import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/comment-form/define.js';
import type { CommentForm } from '../../src/comment-form/comment-form.js';

export type Field = 'content' | 'name' | 'email' | 'url' | 'consent' | 'hp';

export const q = <T extends Element = HTMLElement>(el: Element, selector: string): T | null => el.shadowRoot!.querySelector<T>(selector);
export const control = (el: CommentForm, field: Field) => q<HTMLInputElement>(el, `#${field}`)!;
export const submitButton = (el: CommentForm) => q<HTMLButtonElement>(el, 'button[type=submit]')!;
export const alertText = (el: CommentForm) => q(el, '[role=alert]')!.textContent!.replace(/\s+/g, ' ').trim();
export const statusText = (el: CommentForm) => q(el, '[role=status]')!.textContent!.trim();
export const errorOf = (el: CommentForm, field: Field) => q(el, `#${field}-error`)?.textContent?.trim() ?? null;
export const focused = (el: CommentForm) => el.shadowRoot!.activeElement;

export async function form(attributes = 'endpoint="/test-api/echo" article-id="42"', wrapper?: (tag: string) => string): Promise<CommentForm> {
  const tag = `<comment-form ${attributes}></comment-form>`;
  const root = await fixture<HTMLElement>(wrapper ? wrapper(tag) : tag);
  const el = (root.localName === 'comment-form' ? root : root.querySelector('comment-form')) as CommentForm;
  await el.updateComplete;
  return el;
}

/** Types real keys into a field. */
export async function type(el: CommentForm, field: Field, text: string): Promise<void> {
  control(el, field).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

export async function press(el: CommentForm, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

export async function fillValid(el: CommentForm, content = 'Great piece, thanks.'): Promise<void> {
  await type(el, 'content', content);
  await type(el, 'name', 'Ann Lee');
  await type(el, 'email', 'ann@example.com');
}

export interface Call {
  url: string;
  init: RequestInit;
  headers: Headers;
  body: string;
}
type Reply = () => Response | Promise<Response>;

const realFetch = window.fetch;
/** Replaces fetch: each call gets the next reply (or passes through to the network without replies). */
export function stubFetch(...replies: Reply[]): Call[] {
  const calls: Call[] = [];
  const passThrough = replies.length === 0;
  window.fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init, headers: new Headers(init.headers), body: String(init.body ?? '') });
    if (passThrough) return realFetch(input, init);
    const reply = replies.shift();
    if (!reply) throw new Error('unexpected fetch');
    return reply();
  };
  return calls;
}
export function restoreFetch(): void {
  window.fetch = realFetch;
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A URL of the test middleware answering with the given status, body and headers (`cors`: readable from any origin). */
export function respond(status: number, body = '', options: { type?: string; headers?: Record<string, string>; delay?: number; cors?: boolean } = {}): string {
  const params = new URLSearchParams({ status: String(status), body, type: options.type ?? 'application/json' });
  if (options.delay) params.set('delay', String(options.delay));
  if (options.cors) params.set('cors', '1');
  for (const [k, v] of Object.entries(options.headers ?? {})) params.set(`header.${k}`, v);
  return `/test-api/respond?${params}`;
}

/** The test server under its other name (`localhost` ↔ `127.0.0.1`, same port): another origin. */
export function otherOrigin(): string {
  const url = new URL(location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
}

/** A URL under which the test server keeps every request it gets (see `recordedAt`). */
export const recorder = (id: string, origin = location.origin): string => `${origin}/test-api/record?id=${encodeURIComponent(id)}`;

/** The requests `recorder(id)` got, on any origin. */
export async function recordedAt(id: string): Promise<{ method: string; headers: Record<string, string>; body: string }[]> {
  return (await fetch(`/test-api/recorded?id=${encodeURIComponent(id)}`)).json();
}

/** A fresh id for `recorder` and `bigAnswer`. */
export const uniqueId = (): string => `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * A URL answering `status` with about `bytes` bytes of JSON, `fill` repeated inside, `paceMs` of
 * pause after each 64 KB (see /test-api/big).
 */
export function bigAnswer(id: string, bytes: number, status: number, fill = 'x', paceMs = 0): string {
  return `/test-api/big?${new URLSearchParams({ id, bytes: String(bytes), status: String(status), fill, pace: String(paceMs) })}`;
}

/** How much of `bigAnswer(id, …)` the server handed to the connection, and whether all of it. */
export async function bigAnswerSent(id: string): Promise<{ sent: number; done: boolean }> {
  return (await fetch(`/test-api/big-sent?id=${encodeURIComponent(id)}`)).json();
}

export function clearStorage(): void {
  for (const storage of [localStorage, sessionStorage]) {
    Object.keys(storage)
      .filter((k) => k.startsWith('news-elements:'))
      .forEach((k) => storage.removeItem(k));
  }
}
