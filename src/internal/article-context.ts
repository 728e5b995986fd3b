import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An author after normalization: `name` is always a non-empty string, URLs are checked. */
export interface Author {
  name: string;
  url?: string;
  image?: string;
  role?: string;
}

export interface ArticleImage {
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}

export type Block =
  | { type: 'paragraph'; text?: string; html?: string }
  | { type: 'heading'; level: 2 | 3 | 4 | 5 | 6; text: string }
  | { type: 'quote'; text: string; cite?: string }
  | ({ type: 'image' } & ArticleImage)
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'html'; html: string };

/** The article every element of the library reads: the result of `normalizeArticle`. */
export interface Article {
  id: string;
  headline: string;
  dek?: string;
  section?: string;
  dateline?: string;
  authors: Author[];
  /** ISO 8601 strings, validated as dates. */
  published: string;
  modified?: string;
  url?: string;
  language?: string;
  image?: ArticleImage;
  tags: string[];
  /** Blocks, or one HTML string (sanitized when rendered). Unknown block types are already dropped. */
  body: Block[] | string;
  /** Words a reader reads in the body, for "N min read". */
  wordCount: number;
}

/**
 * The key of the article in the Context Community Protocol (the `context-request` event that
 * `@lit/context` and other libraries speak): `<news-article>` provides it to everything inside it
 * (`<news-byline>`, `<comment-list>`, `<comment-form>`, or your own `@consume({ context:
 * articleContext })`), which then picks up the article id, authors and dates with no attributes.
 * Typed like `@lit/context`'s `createContext<Article | undefined>()`.
 */
export const articleContext = Symbol.for('news-elements:article') as symbol & { __context__: Article | undefined };

type ContextCallback = (value: Article | undefined, unsubscribe?: () => void) => void;

/** The protocol's request, as any library sends it: only these members are read. */
interface ContextRequest extends Event {
  context?: unknown;
  callback: ContextCallback;
  subscribe?: boolean;
}

// The protocol is two small classes here rather than `@lit/context` (about 1 KB of the bundle): the
// library needs one context, one provider and subscribing consumers, nothing else.

/** Answers `context-request`s for `articleContext` inside its host, and tells subscribers of changes. */
export class ArticleProvider {
  value?: Article;
  /** Each subscriber with its one `unsubscribe` (consumers compare it to tell providers apart). */
  #subscribers = new Map<ContextCallback, () => void>();

  constructor(host: HTMLElement) {
    host.addEventListener('context-request', (event) => {
      const { context, callback, subscribe } = event as ContextRequest;
      if (context !== articleContext) return;
      event.stopPropagation();
      const unsubscribe = () => this.#subscribers.delete(callback);
      if (subscribe) this.#subscribers.set(callback, unsubscribe);
      callback(this.value, unsubscribe);
    });
  }

  set(value: Article | undefined): void {
    this.value = value;
    for (const [callback, unsubscribe] of this.#subscribers) callback(value, unsubscribe);
  }
}

/** The article of the enclosing `<news-article>`, kept up to date; its host re-renders on change. */
export class ArticleConsumer implements ReactiveController {
  value?: Article;
  #host: ReactiveControllerHost & HTMLElement;
  #unsubscribe?: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const request = new Event('context-request', { bubbles: true, composed: true }) as ContextRequest;
    request.context = articleContext;
    request.subscribe = true;
    request.callback = (value, unsubscribe) => {
      this.#unsubscribe = unsubscribe;
      this.value = value;
      this.#host.requestUpdate();
    };
    this.#host.dispatchEvent(request);
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
