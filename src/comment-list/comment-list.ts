import { LitElement, html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { articleContext } from '../context.js';
import { emit } from '../internal/events.js';
import { languageOf } from '../internal/locale.js';
import { LanguageController } from '../internal/language-controller.js';
import { sanitizedOnServer, serverRender, serverSanitizer } from '../internal/server-render.js';
import { MAX_COMMENTS_RESPONSE_BYTES, MAX_THREAD_DEPTH, RENDER_BATCH, REQUEST_TIMEOUT_MS } from '../internal/limits.js';
import { readBoundedJson } from '../internal/read-text.js';
import { safeUrl, sanitizeHTML } from '../sanitize/sanitize.js';
import { isolate } from '../internal/text.js';
import {
  buildThread,
  commentFromSubmission,
  countOf,
  idSuffix,
  initials,
  nextFromLinkHeader,
  visibleThread,
  normalizePage,
  type Comment,
  type CommentOrder,
  type CommentPage,
  type ReceivedSuccessDetail,
  type ThreadNode,
} from './thread.js';
import { linkify } from './linkify.js';
import { commentFormats, type CommentFormats } from './formats.js';
import { localized } from '../internal/localize.js';
import { fill, plural } from '../internal/messages.js';
import { en, type CommentListStrings } from './strings.js';
import { commentListStyles } from './comment-list.styles.js';
import { eventsUrlFor, HIDDEN_CLOSE_MS, LiveConnection, type StreamEvent } from './live.js';

/** What the `comments` property accepts (untrusted: every item is checked). */
export type CommentsInput = unknown[] | { comments: unknown[]; total?: number; next?: string };

/** Detail of `comment-list-load`. */
export interface CommentListLoadDetail {
  /** The comments of the response that just arrived (the first page, or the page "Load more" fetched). */
  comments: Comment[];
  /** The number the heading shows: the server's `total` when given, else the comments loaded. */
  total: number;
}

/** Detail of `comment-list-error`. */
export interface CommentListErrorDetail {
  /** What went wrong, for logs (the visible message comes from `strings.loadFailed`/`loadFailedStatus`). */
  message: string;
  /**
   * HTTP status of the answer, when one came: a non-2xx status, or the status of an answer whose body
   * was too large, not JSON or not comments (then usually 200). Absent when no answer came.
   */
  status?: number;
}

/** `more`: a "Load more" page is loading; `more-error`: it failed (the list stays). */
type Status = 'ready' | 'loading' | 'error' | 'more' | 'more-error';

/** The reply form that is open, under the comment it answers. */
interface OpenReply {
  commentId: string;
  form: HTMLElement;
}

/** What every comment of one render shares. */
interface RenderContext {
  strings: CommentListStrings;
  formats: CommentFormats;
  /** The time of this render, for relative dates. */
  now: number;
  /** Whether the reply form's tag is defined: no Reply buttons before. */
  canReply: boolean;
  /** The reply form that is open, if any. */
  reply?: OpenReply;
}

/** Why a page of comments could not be loaded. */
type LoadFailure =
  /** No answer: offline, refused, timed out (or a body that broke off). */
  | { kind: 'network'; reason: string }
  /** The server answered with a status other than 2xx. */
  | { kind: 'http'; status: number }
  /** The body is longer than `MAX_COMMENTS_RESPONSE_BYTES` (and was not read past it). */
  | { kind: 'too-large'; status: number }
  | { kind: 'not-json'; status: number }
  /** JSON, but not comments: `reason` says why. */
  | { kind: 'not-comments'; status: number; reason: string };

/** A fetched page of comments, with the headers and the URL its links resolve against; or why there is none. */
type PageResult = { ok: true; page: CommentPage; headers: Headers; base: string } | { ok: false; failure: LoadFailure };

/** What `comment-list-error` says about a failed load of `url`. */
function errorDetail(url: string, failure: LoadFailure): CommentListErrorDetail {
  switch (failure.kind) {
    case 'network':
      return { message: `Network error loading ${url}: ${failure.reason}` };
    case 'http':
      return { message: `${url}: HTTP ${failure.status}`, status: failure.status };
    case 'too-large':
      return { message: `${url}: larger than ${MAX_COMMENTS_RESPONSE_BYTES} bytes`, status: failure.status };
    case 'not-json':
      return { message: `${url}: not JSON`, status: failure.status };
    case 'not-comments':
      return { message: `${url}: ${failure.reason}`, status: failure.status };
  }
}

/**
 * Copied from the page's own `<comment-form>` to reply forms when the list does not set them: the
 * attribute, else the property (React 19, Vue and Svelte set a defined element's properties, not its attributes).
 */
const INHERITED = {
  endpoint: 'endpoint',
  format: 'format',
  credentials: 'credentials',
  timeout: 'timeout',
  maxlength: 'maxlength',
  'require-name-email': 'requireNameEmail',
} as const;

/** Where `comment-success` is listened for: the nearest `<news-article>`, looking out through shadow roots; else the document. */
function successScopeOf(element: Element): EventTarget {
  for (let inner = element; ; ) {
    const article = inner.closest('news-article');
    if (article) return article;
    const root = inner.getRootNode();
    if (!(root instanceof ShadowRoot)) return document;
    inner = root.host;
  }
}

/** Rendered content per comment (each list has its own comment objects). */
const rendered = new WeakMap<Comment, unknown>();

/**
 * A comment's text as nodes: sanitized HTML (on the server, its markup node by node), or linkified
 * plain text; made once per comment. A list of nodes, not a fragment: when the thread re-renders, a
 * comment may move to another part, and nodes move with it.
 */
function contentOf(comment: Comment): unknown {
  let content = rendered.get(comment);
  if (!content) {
    const html = comment.contentHtml;
    if (html) content = isServer ? sanitizedOnServer(html).nodes.map(serverSanitizer().renderMarkup) : [...sanitizeHTML(html).childNodes];
    else content = linkify(comment.content ?? '');
    rendered.set(comment, content);
  }
  return content;
}

/**
 * A threaded comment list, like WordPress's: nested replies, avatars, relative dates, "Load more",
 * a Reply button that opens a `<comment-form>` under the comment, and new comments shown at once.
 *
 * Reply forms get `parent-id`, `reply-to`, `article-id`, `endpoint` and `format`. When the list has
 * no `endpoint`/`format`, they are copied (with `credentials`, `timeout`, `maxlength`,
 * `require-name-email` and the `headers` property) from the first `<comment-form>` inside the list's
 * parent element — so a page that already has its main form needs no extra configuration.
 *
 * New comments: the list listens for `comment-success` on the nearest `<news-article>` ancestor (or
 * the document when there is none) and inserts the comment when the event comes from one of its
 * reply forms, or when its `payload.articleId` is the list's article id.
 *
 * Other readers' comments: with `live`, the list follows the server's event stream
 * (`…/articles/<id>/events` beside `src`'s `…/comments`, or `live-src`), inserts comments as they
 * are approved and removes the ones hidden, without moving what the reader is looking at — those
 * that belong above the viewport wait behind a "N new comments" button. It reconnects after a drop
 * (catching up from the last event), closes the stream while the page is hidden for a minute, and
 * does nothing at all when the server has no stream.
 *
 * @tagname comment-list
 * @summary Shows the comments of an article from `src` (JSON, or WordPress REST comments) or the
 * `comments` property.
 *
 * @fires comment-list-load - A response from `src` (or a "Load more" page) was shown. `detail`: `{ comments, total }`.
 * @fires comment-list-error - Loading failed. `detail`: `{ message, status? }`.
 *
 * @csspart heading - The `<h2>` that counts the comments.
 * @csspart list - The top-level `<ol>` of the thread.
 * @csspart comment - Each comment's `<article>` (also `pending` when it awaits moderation).
 * @csspart pending - A comment awaiting moderation.
 * @csspart avatar - The avatar `<img>`, or the initials when there is no avatar.
 * @csspart author - The author's name (a link when the comment gives a URL).
 * @csspart date - The `<time>`.
 * @csspart moderation - "Your comment is awaiting moderation."
 * @csspart content - The comment text.
 * @csspart reply-button - Each "Reply" button.
 * @csspart load-more - The "Load more comments" button.
 * @csspart loading - The loading message.
 * @csspart error - The error message with its retry button (`role="alert"`).
 * @csspart empty - The empty state.
 * @csspart new-comments - The live list's "N new comments" button.
 *
 * @cssprop [--comment-list-accent=var(--news-accent)] - Links, buttons, focus ring.
 * @cssprop [--comment-list-muted=var(--news-muted)] - Dates and secondary text.
 * @cssprop [--comment-list-border-color=var(--news-rule-color)] - Thread lines.
 * @cssprop [--comment-list-gap=1.25rem] - Space between comments.
 * @cssprop [--comment-list-indent=2.5rem] - Indent of each reply level (0.9rem in narrow containers).
 * @cssprop [--comment-list-avatar-size=2.5rem] - Avatar size (2rem in narrow containers).
 * @cssprop [--comment-list-avatar-background=color-mix(in srgb, currentColor 12%, transparent)] - Behind initials.
 * @cssprop [--comment-list-avatar-color=inherit] - Initials colour.
 * @cssprop [--comment-list-pending-background=color-mix(in srgb, #f9a825 16%, transparent)] - A comment awaiting moderation.
 * @cssprop [--comment-list-error-color=color-mix(in srgb, #c62828 80%, currentColor)] - The error state's rule.
 * @cssprop [--comment-list-heading-font=var(--news-heading-font)] - Heading font family.
 * @cssprop [--comment-list-heading-size=1.4em] - Heading size.
 * @cssprop [--comment-list-line-height=1.55] - Line height.
 */
export class CommentList extends LitElement {
  static override styles = commentListStyles;

  // Plain `static properties` rather than decorators (the decorator runtime costs bundle bytes);
  // internal state lives in `#private` fields, which the minifier shortens, and asks for a render
  // with `requestUpdate()`.
  static override properties = {
    src: {},
    articleId: { attribute: 'article-id' },
    maxDepth: {
      attribute: 'max-depth',
      converter: (value: string | null) => (Number(value) >= 1 ? Math.min(Math.floor(Number(value)), MAX_THREAD_DEPTH) : 5),
    },
    order: {},
    endpoint: {},
    format: {},
    comments: { attribute: false },
    strings: { attribute: false },
    live: { type: Boolean },
    liveSrc: { attribute: 'live-src' },
    liveFrom: { attribute: 'live-from' },
  };

  /** The tag reply forms are created with: change it if you registered `CommentForm` under another name. */
  static formTag = 'comment-form';

  /** How long (ms) a hidden page keeps a live list's stream open; it reconnects and catches up when shown. */
  static liveHiddenCloseMs = HIDDEN_CLOSE_MS;

  /** URL of the comments JSON (GET). Setting a new one aborts the previous request. */
  src?: string;

  /** The article the comments belong to; defaults to the surrounding `<news-article>`'s id. */
  articleId?: string;

  /** Replies nest up to this many levels (at most 10); deeper ones are shown at the last level. Default 5. */
  maxDepth = 5;

  /** `oldest` (default) or `newest` first, for top-level comments; replies always read oldest first. */
  order: CommentOrder = 'oldest';

  /** Passed on to the reply forms (see above for the fallback). */
  endpoint?: string;

  /** Passed on to the reply forms: `json`, `form` or `wordpress`. */
  format?: string;

  /** Comments given directly: an array, or `{ comments, total, next }`. Untrusted, like fetched JSON. */
  comments?: CommentsInput;

  /** Follow the thread live: other readers' comments appear as they are approved (see above). */
  live = false;

  /** The event stream's URL, when it is not beside `src` (`…/events` for `…/comments`). */
  liveSrc?: string;

  /**
   * The event id the comments given inline were read at (the thread answer's `X-Comments-Event-Id`):
   * the stream starts there, so nothing approved between the server's render and the page's
   * connection is missed. A server render (`news-elements/ssr`, `liveFrom`) writes it.
   */
  liveFrom?: string;

  /** Overrides for any visible text (see `CommentListStrings`); the page's language picks the rest. */
  strings: Partial<CommentListStrings> = {};

  #article = new ContextConsumer(this, { context: articleContext, subscribe: true });
  /** Renders again when the page's language changes, in that language's locale. */
  #language = new LanguageController(this);

  /** Each render waits for the locale of the element's language (on a French page, no English first). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#language.beforeUpdate(() => super.scheduleUpdate());
  }
  #status: Status = 'ready';
  #failure?: CommentListErrorDetail;
  #items: Comment[] = [];
  #total?: number;
  #next?: string;
  /** Comments inserted live that the server's `total` does not count (yet): added to it. */
  #live: Comment[] = [];
  #localIds = 0;
  #request?: AbortController;
  #scope?: EventTarget;
  /** The open reply form, if any. */
  #reply?: OpenReply;
  /** The display tree, built when the comments, `order` or `max-depth` change. */
  #tree?: ThreadNode[];
  /** How many comments are rendered (in reading order); "Load more" shows the next batch before fetching. */
  #shown = RENDER_BATCH;
  /** Comments loaded but not rendered (counted by the last render). */
  #hidden = 0;
  /** The first page came inline (a server render): `src` is not fetched for it. */
  #pageInline = false;
  /** The live thread's stream, while `live`. */
  #connection?: LiveConnection;
  /** The server's event id when the shown page was read: the stream starts there. */
  #pageEventId?: string;
  /** Live comments that belong above the viewport: shown when the reader asks ("N new comments"). */
  #arrived: Comment[] = [];
  /** The polite live region's text. */
  #announcement = '';
  #hiddenTimer?: ReturnType<typeof setTimeout>;

  /** The article id used for reply forms and to recognise new comments. */
  get effectiveArticleId(): string | undefined {
    return this.articleId || this.#article.value?.id || undefined;
  }

  /** `src`, else where the surrounding article's CMS lists its comments (a WordPress post's REST root). */
  get #src(): string | undefined {
    return this.src || this.#article.value?.comments?.src || undefined;
  }

  /** The comments URL last loaded (or given inline): a change of `#src` loads again. */
  #loadedSrc?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readInlinePage();
    this.#scope = successScopeOf(this);
    this.#scope.addEventListener('comment-success', this.#onSuccess);
    // Reply buttons appear once the form element is defined; when it already is, the first render
    // has them, and a second render of the whole thread would only find nothing to change.
    if (!customElements.get(CommentList.formTag)) void customElements.whenDefined(CommentList.formTag).then(() => this.requestUpdate());
    if (!isServer) document.addEventListener('visibilitychange', this.#onVisibility);
    this.#connection?.start(); // back in the page: catch up from the last event
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A request under way is left to finish: the list is up to date if it comes back.
    this.#scope?.removeEventListener('comment-success', this.#onSuccess);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    clearTimeout(this.#hiddenTimer);
    this.#connection?.stop();
  }

  /**
   * A server render (news-elements/ssr) embeds the first page as `<script type="application/json">`:
   * shown at once — the thread the server rendered, which then hydrates — and not fetched again.
   */
  #readInlinePage(): void {
    const script = this.hasUpdated ? null : this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    let page: unknown;
    try {
      page = JSON.parse(script.textContent ?? '');
    } catch {
      this.#fail({ message: 'Invalid comments: the inline JSON is not valid JSON' });
      return;
    }
    this.#show(page);
    this.#pageInline = true;
    this.#pageEventId = this.getAttribute('live-from') ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('comments') && this.comments !== undefined) this.#show(this.comments);
    const pageInline = this.#pageInline;
    this.#pageInline = false;
    // On the server the renderer gives the page; in a browser an inline first page stands for `src`'s.
    const src = this.#src;
    if (src !== this.#loadedSrc && !isServer) {
      this.#loadedSrc = src;
      if (!pageInline) {
        if (src) void this.#load(src);
        else if (this.comments === undefined) this.#reset();
      }
    }
    if (changed.has('order') || changed.has('maxDepth')) this.#tree = undefined;
    if ((changed.has('live') || changed.has('liveSrc')) && !isServer) this.#follow();
  }

  /**
   * Fetches one page of comments. Override to change the request (headers, credentials, a
   * different transport); it must honour `signal`.
   */
  fetchComments(url: string, signal: AbortSignal): Promise<Response> {
    return fetch(url, { signal, headers: { Accept: 'application/json' } }); // credentials: same-origin, fetch's default
  }

  /** Loads `src` again (what the retry button does). */
  async reload(): Promise<void> {
    const src = this.#src;
    if (src) await this.#load(src);
  }

  /** The number in the heading. */
  get #count(): number {
    return this.#total !== undefined ? this.#total + this.#live.length : this.#items.length;
  }

  #set(items: Comment[]): void {
    this.#items = items;
    this.#tree = undefined;
    this.requestUpdate();
  }

  #reset(): void {
    this.#request?.abort();
    this.#request = undefined;
    this.#total = undefined;
    this.#next = undefined;
    this.#shown = RENDER_BATCH;
    this.#set([]);
    this.#live = [];
    this.#arrived = [];
    this.#status = 'ready';
    this.#close();
  }

  #show(input: unknown): void {
    this.#reset();
    const page = normalizePage(input);
    if ('error' in page) {
      this.#fail({ message: page.error });
      return;
    }
    this.#set(page.comments);
    this.#total = page.total;
    this.#next = page.next;
  }

  /** Fetches `url` and shows its comments: the first page (which starts over), or with `more` the next one. */
  async #load(url: string, { more = false }: { more?: boolean } = {}): Promise<void> {
    // A first page starts over (which aborts a request under way); "Load more" and its retry only
    // run when no request is under way.
    if (!more) this.#reset();
    const controller = new AbortController();
    this.#request = controller;
    this.#status = more ? 'more' : 'loading';
    this.requestUpdate();
    const result = await this.#fetchPage(url, AbortSignal.any([controller.signal, AbortSignal.timeout(REQUEST_TIMEOUT_MS)]));
    // Superseded by a newer request: stay quiet.
    if (this.#request !== controller) return;
    if (!result.ok) {
      this.#fail(errorDetail(url, result.failure), { more });
      return;
    }
    const { page, headers, base } = result;
    const known = new Set(this.#items.map((c) => c.id));
    const fresh = page.comments.filter((c) => !known.has(c.id));
    this.#set(more ? [...this.#items, ...fresh] : fresh);
    // WordPress REST: the total and the next page come in headers.
    const total = page.total ?? countOf(headers.get('X-WP-Total'));
    if (total !== undefined) {
      this.#total = total;
      // A total counted after the live comments were posted includes the approved ones, and any the
      // page lists: only those still held for moderation are left to add.
      this.#live = this.#live.filter((c) => c.status === 'pending' && !page.comments.some((listed) => listed.id === c.id));
    }
    this.#next = page.next ?? nextFromLinkHeader(headers.get('Link'), base);
    this.#status = 'ready';
    if (!more) {
      this.#pageEventId = headers.get('X-Comments-Event-Id') ?? undefined;
      this.#follow();
    }
    emit<CommentListLoadDetail>(this, 'comment-list-load', { comments: page.comments, total: this.#count });
    // The button that had focus is gone: go on reading at the first new comment.
    if (more && !this.#next && fresh[0]) this.#focus(`#comment-${idSuffix(fresh[0].id)}`);
  }

  /** One page of comments from `url`, or why there is none. Never throws. */
  async #fetchPage(url: string, signal: AbortSignal): Promise<PageResult> {
    try {
      const response = await this.fetchComments(url, signal);
      const { status } = response;
      if (!response.ok) return { ok: false, failure: { kind: 'http', status } };
      const body = await readBoundedJson(response, MAX_COMMENTS_RESPONSE_BYTES);
      if ('problem' in body) return { ok: false, failure: { kind: body.problem, status } };
      const base = response.url || new URL(url, document.baseURI).href;
      const page = normalizePage(body.value, base);
      if ('error' in page) return { ok: false, failure: { kind: 'not-comments', status, reason: page.error } };
      return { ok: true, page, headers: response.headers, base };
    } catch (error) {
      // No answer (offline, refused, timed out), or the body broke off.
      return { ok: false, failure: { kind: 'network', reason: error instanceof Error ? error.message : String(error) } };
    }
  }

  /** Shows the error state (under the list with `more`) and fires `comment-list-error`. */
  #fail(detail: CommentListErrorDetail, { more = false }: { more?: boolean } = {}): void {
    this.#failure = detail;
    this.#status = more ? 'more-error' : 'error';
    this.requestUpdate();
    emit<CommentListErrorDetail>(this, 'comment-list-error', detail);
  }

  /** Focuses what `selector` finds once the next render is done. */
  #focus(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #onMore(): void {
    if (this.#status !== 'ready') return; // not while a page is loading
    if (this.#hidden) {
      // Comments already here come first. When the button goes with this batch, go on reading at
      // the first comment it revealed.
      const first = this.#shown;
      this.#shown += RENDER_BATCH;
      this.requestUpdate();
      void this.updateComplete.then(() => {
        if (!this.renderRoot.querySelector('[part=load-more]')) this.renderRoot.querySelectorAll<HTMLElement>('article')[first]?.focus();
      });
    } else {
      // Nothing hidden is left, so the button shows because there is a next page.
      void this.#load(this.#next!, { more: true });
    }
  }

  #onRetry(): void {
    const more = this.#status === 'more-error';
    // The button shows only with a `src`, or when "Load more" failed (`#next` is still set then).
    void this.#load(more ? this.#next! : this.#src!, { more });
    // The retry button goes away: keep focus in the list.
    this.#focus(more ? '[part=load-more]' : 'h2');
  }

  // ——— Live updates ———

  #onSuccess = (event: Event): void => {
    const detail = (event as CustomEvent<ReceivedSuccessDetail>).detail;
    const replyForm = this.#reply?.form;
    const fromReply = replyForm !== undefined && event.composedPath().includes(replyForm);
    const articleId = this.effectiveArticleId;
    if (!fromReply && (!articleId || `${detail?.payload?.articleId}` !== articleId)) return;
    const comment = commentFromSubmission(detail, { localId: `local-${++this.#localIds}`, now: new Date(Date.now()) });
    if (!comment) return;
    if (!this.#items.some((c) => c.id === comment.id)) {
      this.#set([...this.#items, comment]);
      this.#live.push(comment);
    }
    if (fromReply) {
      this.#close();
      this.#focus(`#comment-${idSuffix(comment.id)}`);
    }
  };

  /** Starts (or stops) following the event stream, as `live`, the URLs and the loaded page say. */
  #follow(): void {
    const url = this.#liveUrl;
    if (this.#connection && this.#connection.url === url) return;
    this.#connection?.stop();
    this.#connection = undefined;
    if (!url) return;
    this.#connection = new LiveConnection(url, { onEvent: this.#onStreamEvent }, { lastEventId: this.#pageEventId });
    this.#connection.start();
  }

  /** The stream to follow now: none unless `live`, connected and showing a loaded thread. */
  get #liveUrl(): string | undefined {
    if (!this.live || !this.isConnected || this.#status !== 'ready') return undefined;
    if (this.liveSrc) return new URL(this.liveSrc, document.baseURI).href;
    const src = this.#src;
    return src ? eventsUrlFor(src, document.baseURI) : undefined;
  }

  #onVisibility = (): void => {
    clearTimeout(this.#hiddenTimer);
    if (document.visibilityState === 'hidden') this.#hiddenTimer = setTimeout(() => this.#connection?.stop(), CommentList.liveHiddenCloseMs);
    else this.#connection?.start();
  };

  #onStreamEvent = (event: StreamEvent): void => {
    let data: unknown;
    try {
      data = JSON.parse(event.data);
    } catch {
      return; // not ours to show
    }
    if (event.event === 'hidden') this.#removeLive(String((data as { id?: unknown })?.id));
    else if (event.event === 'comment') {
      const page = normalizePage([data]);
      const comment = 'error' in page ? undefined : page.comments[0];
      if (comment) this.#receive(comment);
    }
  };

  /** A comment from the stream: an edit of one shown, or a new one — inserted, or held above the viewport. */
  #receive(comment: Comment): void {
    const index = this.#items.findIndex((c) => c.id === comment.id);
    if (index >= 0) {
      this.#set(this.#items.map((c, i) => (i === index ? comment : c)));
      return;
    }
    if (this.#arrived.some((c) => c.id === comment.id)) return;
    if (this.#landsAboveViewport(comment)) {
      this.#arrived = [...this.#arrived, comment];
      this.#announce(this.#arrived.length);
      this.requestUpdate();
      return;
    }
    this.#live.push(comment);
    this.#set([...this.#items, comment]);
    this.#announce(1);
  }

  #removeLive(id: string): void {
    if (this.#arrived.some((c) => c.id === id)) {
      this.#arrived = this.#arrived.filter((c) => c.id !== id);
      this.requestUpdate();
      return;
    }
    if (!this.#items.some((c) => c.id === id)) return;
    const wasLive = this.#live.some((c) => c.id === id);
    this.#live = this.#live.filter((c) => c.id !== id);
    if (!wasLive && this.#total !== undefined) this.#total = Math.max(0, this.#total - 1);
    this.#set(this.#items.filter((c) => c.id !== id));
  }

  /**
   * Whether the comment's place in the thread is above what the reader sees: after its parent's
   * replies, or at the thread's end (`oldest`) or start (`newest`).
   */
  #landsAboveViewport(comment: Comment): boolean {
    const parent = comment.parentId ? this.renderRoot.querySelector(`#comment-${idSuffix(comment.parentId)}`)?.parentElement : undefined;
    const thread = this.renderRoot.querySelector('[part=list]');
    const edge = parent ? parent.getBoundingClientRect().bottom : thread ? (this.order === 'newest' ? thread.getBoundingClientRect().top : thread.getBoundingClientRect().bottom) : 1;
    return edge < 0;
  }

  #announce(count: number): void {
    const lang = languageOf(this);
    this.#announcement = plural(localized('commentList', lang, en, this.strings).newComments, count, lang);
    this.requestUpdate();
  }

  /** "N new comments": shows them, and moves the reader to the first. */
  #onShowArrived(): void {
    const arrived = this.#arrived;
    if (!arrived.length) return;
    this.#arrived = [];
    this.#live.push(...arrived);
    this.#set([...this.#items, ...arrived]);
    this.#focus(`#comment-${idSuffix(arrived[0]!.id)}`);
  }

  // ——— Replies ———

  async #open(comment: Comment, name: string): Promise<void> {
    let form = this.#reply?.commentId === comment.id ? this.#reply.form : undefined;
    if (!form) {
      this.#close();
      const tag = CommentList.formTag;
      form = document.createElement(tag);
      const pageForm = (this.parentNode as ParentNode | null)?.querySelector(tag);
      const attributes: Record<string, string | undefined> = {
        endpoint: this.endpoint,
        format: this.format ?? (this.endpoint ? undefined : this.#article.value?.comments?.format),
        class: 'reply-form',
        'parent-id': comment.id,
        'reply-to': name,
        'article-id': this.effectiveArticleId,
      };
      const properties: Record<string, unknown> = {};
      for (const [attribute, property] of Object.entries(INHERITED)) {
        if (attributes[attribute] !== undefined || !pageForm) continue;
        const value = pageForm.getAttribute(attribute);
        if (value !== null) attributes[attribute] = value;
        else if (property in pageForm) properties[property] = (pageForm as unknown as Record<string, unknown>)[property];
      }
      for (const [attribute, value] of Object.entries(attributes)) if (value !== undefined) form.setAttribute(attribute, value);
      Object.assign(form, properties);
      const headers = (pageForm as { headers?: unknown } | null)?.headers;
      if (headers) (form as unknown as { headers: unknown }).headers = headers;
      this.#reply = { commentId: comment.id, form };
      this.requestUpdate();
    }
    await this.updateComplete;
    if (this.#reply?.form === form) (form as { focusComment?: () => void }).focusComment?.();
  }

  /** `comment-cancel` bubbling up from the open reply form. */
  #onCancel(event: Event): void {
    const reply = this.#reply;
    if (!reply || reply.form !== event.target) return;
    this.#close();
    this.#focus(`#comment-${idSuffix(reply.commentId)} [part=reply-button]`);
  }

  #close(): void {
    this.#reply = undefined;
    this.requestUpdate();
  }

  // ——— Rendering ———
  // Templates break their lines inside `${…}`, not between tags: no whitespace text nodes.
  // `@event=${this.#method}` needs no arrow function: Lit calls listeners with the element as `this`.

  override render(): TemplateResult {
    const lang = languageOf(this);
    const strings = localized('commentList', lang, en, this.strings);
    const formats = commentFormats(lang);
    // The count is unknown while the first page loads, and when it could not be loaded.
    const countKnown = this.#status !== 'loading' && this.#status !== 'error';
    const count = this.#count;
    this.#tree ??= buildThread(this.#items, { maxDepth: this.maxDepth, order: this.order });
    // A bounded batch, plus what the reader posted live (never hidden from its author).
    const postedLive = new Set(this.#live.map((c) => c.id));
    const visible = visibleThread(this.#tree, this.#shown, postedLive);
    this.#hidden = visible.hidden;
    const context: RenderContext = {
      strings,
      formats,
      now: isServer ? serverRender().now : Date.now(),
      canReply: customElements.get(CommentList.formTag) !== undefined,
      reply: this.#reply,
    };
    const arrived = this.#arrived.length;
    return html`<section aria-labelledby="heading" aria-busy=${this.#status === 'loading'} @comment-cancel=${this.#onCancel}><h2 id="heading" part="heading" tabindex="-1">${
      !countKnown ? strings.headingUnknown : count ? plural(strings.heading, count, lang) : strings.headingNone
    }</h2>${
      arrived ? html`<button part="new-comments" type="button" @click=${this.#onShowArrived}>${plural(strings.newComments, arrived, lang)}</button>` : ''
    }${this.#renderThread(visible.nodes, context, countKnown)}${this.#renderMore(strings, countKnown)}${
      this.live ? html`<p class="live-status" role="status">${this.#announcement}</p>` : ''
    }</section>`;
  }

  /** The thread, or what stands in its place: the loading message, the empty state, or nothing (after an error). */
  #renderThread(nodes: ThreadNode[], context: RenderContext, countKnown: boolean): TemplateResult | '' {
    if (this.#status === 'loading') return html`<p part="loading" role="status">${context.strings.loading}</p>`;
    if (nodes.length > 0) {
      return html`<ol part="list" class="thread" aria-busy=${this.#status === 'more'}>${nodes.map((node) => this.#renderComment(node, context))}</ol>`;
    }
    if (countKnown) return html`<p part="empty">${context.strings.empty}</p>`;
    return '';
  }

  /** One comment with its replies (and the reply form, when it is open under this comment). */
  #renderComment({ comment, children, inReplyTo }: ThreadNode, context: RenderContext): TemplateResult {
    const { strings, formats } = context;
    const suffix = idSuffix(comment.id);
    const name = comment.author.name || strings.anonymous;
    const url = safeUrl(comment.author.url);
    const avatar = safeUrl(comment.author.avatar, 'image');
    const pending = comment.status === 'pending';
    const replyForm = context.reply?.commentId === comment.id ? context.reply.form : undefined;
    // The slot holds a server render's light-DOM anchor of the same id (news-elements/ssr): a link to
    // #comment-{id} finds it without JavaScript, where an id inside the shadow root is out of reach.
    return html`<li><article part="comment${pending ? ' pending' : ''}" id="comment-${suffix}" aria-labelledby="author-${suffix}" tabindex="-1"><slot name="comment-${suffix}"></slot>${
      avatar
        ? html`<img part="avatar" src=${avatar} alt="" loading="lazy" />`
        : html`<span part="avatar" aria-hidden="true">${initials(name)}</span>`
    }<header>${
      url
        ? html`<a part="author" id="author-${suffix}" dir="auto" href=${url} rel="ugc nofollow noopener">${name}</a>`
        : html`<span part="author" id="author-${suffix}" dir="auto">${name}</span>`
    }${
      comment.date
        ? html`<time part="date" datetime=${comment.date.toISOString()} title=${formats.title(comment.date)}>${formats.label(comment.date, context.now)}</time>`
        : ''
    }${
      inReplyTo !== undefined ? html`<span class="in-reply-to">${fill(strings.inReplyTo, { name: isolate(inReplyTo || strings.anonymous) })}</span>` : ''
    }</header>${
      pending ? html`<p part="moderation">${strings.awaitingModeration}</p>` : ''
    }<div part="content" dir="auto">${contentOf(comment)}</div>${
      context.canReply
        ? html`<footer><button part="reply-button" type="button" aria-label=${fill(strings.replyTo, { name })} aria-expanded=${replyForm !== undefined} @click=${() =>
            this.#open(comment, name)}>${strings.reply}</button></footer>`
        : ''
    }</article>${
      replyForm ?? ''
    }${
      children.length > 0 ? html`<ol>${children.map((child) => this.#renderComment(child, context))}</ol>` : ''
    }</li>`;
  }

  /** Under the thread: the error with its retry button, or "Load more" while comments are left to show. */
  #renderMore(strings: CommentListStrings, countKnown: boolean): TemplateResult | '' {
    const status = this.#status;
    if (status === 'error' || status === 'more-error') {
      // A retry needs a URL: `src`, or the next page that failed.
      const canRetry = Boolean(this.#src) || status === 'more-error';
      return html`<div class="more"><p part="error" role="alert">${this.#failure?.status ? fill(strings.loadFailedStatus, { status: this.#failure.status }) : strings.loadFailed}${
        canRetry ? html` <button type="button" @click=${this.#onRetry}>${strings.retry}</button>` : ''
      }</p></div>`;
    }
    if (countKnown && (this.#next || this.#hidden > 0)) {
      return html`<div class="more"><button part="load-more" type="button" aria-disabled=${status === 'more'} @click=${this.#onMore}>${
        status === 'more' ? strings.loadingMore : strings.loadMore
      }</button></div>`;
    }
    return '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'comment-list': CommentList;
  }
  interface GlobalEventHandlersEventMap {
    'comment-list-load': CustomEvent<CommentListLoadDetail>;
    'comment-list-error': CustomEvent<CommentListErrorDetail>;
  }
}
