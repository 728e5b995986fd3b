import type { CommentList } from '../../src/comment-list/comment-list.js';

/** A URL of the test middleware that answers with `body` (JSON-encoded unless a string). */
export function respond(body: unknown, options: { status?: number; delay?: number; type?: string; headers?: Record<string, string> } = {}): string {
  const params = new URLSearchParams({ body: typeof body === 'string' ? body : JSON.stringify(body) });
  if (options.status) params.set('status', String(options.status));
  if (options.delay) params.set('delay', String(options.delay));
  if (options.type) params.set('type', options.type);
  for (const [name, value] of Object.entries(options.headers ?? {})) params.set(`header.${name}`, value);
  return `/test-api/respond?${params}`;
}

export const shadow = (el: CommentList) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: CommentList, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: CommentList, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<T>(selector));
export const headingText = (el: CommentList) => $(el, '[part="heading"]')!.textContent!.trim();
/** Author names in reading order. */
export const authors = (el: CommentList) => $$(el, '[part="author"]').map((a) => a.textContent!.trim());

/** The element focused, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * A stand-in for `<comment-form>` with the same surface the list relies on: the attributes it
 * reads, `focusComment()`, and `comment-cancel` / `comment-success` events.
 */
export class StandInForm extends HTMLElement {
  textarea: HTMLTextAreaElement;
  cancel: HTMLButtonElement;
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    this.textarea = document.createElement('textarea');
    this.textarea.setAttribute('aria-label', 'Comment');
    this.cancel = document.createElement('button');
    this.cancel.type = 'button';
    this.cancel.textContent = 'Cancel reply';
    this.cancel.addEventListener('click', () =>
      this.dispatchEvent(new CustomEvent('comment-cancel', { bubbles: true, composed: true })),
    );
    root.append(this.textarea, this.cancel);
  }
  focusComment() {
    this.textarea.focus();
  }
  succeed(detail: unknown) {
    this.dispatchEvent(new CustomEvent('comment-success', { detail, bubbles: true, composed: true }));
  }
}
if (!customElements.get('test-reply-form')) customElements.define('test-reply-form', StandInForm);

/** A short readable description of a node, for failure messages (chai's own dump of a DOM node can hang). */
export function describeNode(node: Element | null | undefined): string {
  if (!node) return String(node);
  const part = node.getAttribute('part');
  const text = (node.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
  return `<${node.localName}${node.id ? `#${node.id}` : ''}${part ? ` part="${part}"` : ''}> "${text}"`;
}

/** Asserts where focus is, looking through shadow roots. */
export function expectFocusOn(target: Element | null | undefined): void {
  const active = deepActiveElement();
  if (!target || active !== target) throw new Error(`focus is on ${describeNode(active)}, expected ${describeNode(target)}`);
}
