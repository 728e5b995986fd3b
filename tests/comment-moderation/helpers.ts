import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CommentModeration } from '../../src/comment-moderation/comment-moderation.js';
import '../../src/comment-moderation/define.js';

/**
 * Tests run against the real comments server, mounted by tests/middleware.mjs under
 * /test-moderation/<key>/ (one in-memory database per key; token `test-token`; a key starting
 * with `off-` has moderation turned off).
 */
export const TOKEN = 'test-token';

let keys = 0;
/** A fresh server of its own for one test. */
export const newKey = (prefix = 'm') => `${prefix}-${Date.now().toString(36)}-${++keys}`;
export const endpointOf = (key: string) => `/test-moderation/${key}/api/moderation`;

export interface Seed {
  articleId?: string;
  content: string;
  author?: { name?: string; email?: string; url?: string };
  parentId?: number;
}

/** Posts comments in order through the public POST /api/comments; answers their ids. */
export async function seed(key: string, comments: Seed[]): Promise<number[]> {
  const body = comments.map(({ articleId = 'article-1', content, author = {}, parentId }) => ({
    articleId,
    content,
    parentId: parentId ?? null,
    author: { name: author.name ?? 'Reader', email: author.email ?? 'reader@example.com', url: author.url ?? '' },
  }));
  const response = await fetch(`/test-moderation/${key}/seed`, { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`seed: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Asks the server itself (not the element) — what a test checks the element did. */
export async function serverList(key: string, status = 'all', article?: string): Promise<{ comments: { id: number; status: string; content: string; author: { name: string }; parentId: number | null }[]; counts: Record<string, number> }> {
  const params = new URLSearchParams({ status, limit: '100' });
  if (article) params.set('article', article);
  const response = await fetch(`${endpointOf(key)}/comments?${params}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  if (!response.ok) throw new Error(`list: ${response.status}`);
  return response.json();
}

/** The statuses of the server's comments, by id. */
export async function serverStatuses(key: string): Promise<Record<number, string>> {
  const { comments } = await serverList(key);
  return Object.fromEntries(comments.map((c) => [c.id, c.status]));
}

export const $ = <T extends Element = HTMLElement>(el: CommentModeration, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: CommentModeration, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The ids of the rows shown, in order. */
export const rowIds = (el: CommentModeration) => $$(el, '[part~=comment]').map((row) => Number(row.id.replace('c-', '')));
export const row = (el: CommentModeration, id: number) => $(el, `#c-${id}`);
/** A row's button for an action (`approve`, `edit`, …). */
export const rowButton = (el: CommentModeration, id: number, action: string) => $<HTMLButtonElement>(el, `#c-${id} [data-action=${action}]`)!;
export const notice = (el: CommentModeration) => text($(el, '[part=notice]'));
export const tabTexts = (el: CommentModeration) => $$(el, '[part=tabs] button').map(text);

/** The element focused, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
export const focusedId = () => deepActiveElement()?.id ?? '';

export async function moderation(key: string): Promise<CommentModeration> {
  return fixture<CommentModeration>(html`<comment-moderation endpoint=${endpointOf(key)}></comment-moderation>`);
}

/** Waits until the queue has loaded (rows, the empty state or the error state). */
export async function settled(el: CommentModeration): Promise<void> {
  await el.updateComplete; // a load just asked for shows its loading state first
  await waitUntil(() => !$(el, '[part=loading]') && el.signedIn, 'the queue did not load', { timeout: 5000 });
  await el.updateComplete;
}

/** Types `token` into the sign-in form and submits it (by its button); resolves once the answer is shown. */
export async function signIn(el: CommentModeration, token = TOKEN): Promise<void> {
  const input = $<HTMLInputElement>(el, '#token')!;
  input.value = token;
  const done = Promise.race([oneEvent(el, 'comment-moderation-signin'), oneEvent(el, 'comment-moderation-error')]);
  $<HTMLButtonElement>(el, '[type=submit]')!.click();
  await done;
  await el.updateComplete;
  if (el.signedIn) await settled(el);
}

/** Clicks `button` and waits for the action it starts to be done. */
export async function clickAction(el: CommentModeration, button: HTMLElement): Promise<CustomEvent<{ action: string; ids: number[] }>> {
  const done = oneEvent(el, 'comment-moderation-action');
  button.click();
  const event = await done;
  await el.updateComplete;
  return event;
}
