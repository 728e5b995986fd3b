import { isServer } from 'lit';
import { ContextRoot } from '@lit/context';

const ATTACHED = Symbol.for('news-elements:context-root');

/**
 * A consumer may upgrade before its provider: a comment element whose tag was defined first, a
 * `<news-byline>` slotted in a `<news-article>` that upgrades after it. Its `context-request` then
 * reaches the document unanswered; a `ContextRoot` there keeps it and replays it when the provider
 * announces itself. One per page, however many copies of the library run (the flag is global).
 */
export function attachContextRoot(): void {
  const page = globalThis as { [ATTACHED]?: boolean };
  // (Server rendering has no document to listen on: there, the article reaches its byline directly.)
  if (page[ATTACHED] || isServer) return;
  page[ATTACHED] = true;
  new ContextRoot().attach(document.documentElement);
}
