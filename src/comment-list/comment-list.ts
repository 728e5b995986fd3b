import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { consume } from '@lit/context';
import { articleContext, type Article } from '../internal/article-context.js';
import { emit } from '../internal/events.js';
import { languageOf } from '../internal/locale.js';
import { safeUrl, sanitizeHTML } from '../internal/sanitize.js';
import {
  buildThread,
  chunkThread,
  commentFromSubmission,
  nextFromLinkHeader,
  normalizePage,
  type Comment,
  type CommentOrder,
  type SubmissionDetail,
  type ThreadNode,
} from './thread.js';
import { linkify } from './linkify.js';
import { CommentFormats } from './formats.js';
import { commentListStrings, type CommentListStrings } from './strings.js';
import { commentListStyles } from './comment-list.styles.js';

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
  /** What went wrong, for logs (the visible message comes from `strings.loadFailed`). */
  message: string;
  /** HTTP status when the server answered with something other than 2xx. */
  status?: number;
}

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** Attributes copied from the page's own `<comment-form>` to reply forms when the list does not set them. */
const INHERITED_FORM_ATTRIBUTES = ['endpoint', 'format', 'credentials', 'timeout', 'maxlength', 'require-name-email'];
const TIMEOUT_MS = 15000;
/** Comments rendered in the first update, then added per task: each task stays well under 50 ms. */
const FIRST_STEP = 250;
const STEP = 250;
/** Comments per chunk (whole threads); unchanged chunks are skipped on re-render. */
const CHUNK = 100;

class LoadError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Comment id → a string usable in an `id`/`aria-labelledby` (injective: `_` itself is escaped). */
function domKey(id: string): string {
  return id.replace(/[^A-Za-z0-9-]/g, (ch) => `_${ch.charCodeAt(0).toString(16)}_`);
}

/** "Ada Lovelace" → "AL", "bob" → "B". */
function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (!words.length) return '?';
  const first = Array.from(words[0])[0];
  const last = words.length > 1 ? Array.from(words[words.length - 1])[0] : '';
  return (first + last).toLocaleUpperCase();
}

/** The nearest ancestor with this tag, crossing shadow-root boundaries. */
function closestAcross(el: Element, selector: string): Element | null {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

interface RenderContext {
  s: CommentListStrings;
  formats: CommentFormats;
  now: number;
  canReply: boolean;
}

/**
 * A threaded comment list, like WordPress's: nested replies, avatars, relative dates, "Load more",
 * a Reply button that opens a `<comment-form>` under the comment, and new comments shown at once.
 *
 * @summary Shows the comments of an article from `src` (JSON, or WordPress REST comments) or the
 * `comments` property.
 *
 * Reply forms get `parent-id`, `reply-to`, `article-id`, `endpoint` and `format`. When the list has
 * no `endpoint`/`format`, they are copied (with `credentials`, `timeout`, `maxlength`,
 * `require-name-email` and the `headers` property) from the first `<comment-form>` inside the list's
 * parent element — so a page that already has its main form needs no extra configuration.
 *
 * New comments: the list listens for `comment-success` on the nearest `<news-article>` ancestor (or
 * the document when there is none) and on itself, and inserts the comment when the event's
 * `payload.articleId` is the list's article id.
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
 *
 * @cssprop [--comment-list-accent=color-mix(in srgb, #0b57d0 72%, currentColor)] - Links, buttons, focus ring.
 * @cssprop [--comment-list-muted=color-mix(in srgb, currentColor 68%, transparent)] - Dates and secondary text.
 * @cssprop [--comment-list-border-color=color-mix(in srgb, currentColor 18%, transparent)] - Thread lines.
 * @cssprop [--comment-list-gap=1.25rem] - Space between comments.
 * @cssprop [--comment-list-indent=2.5rem] - Indent of each reply level (0.9rem in narrow containers).
 * @cssprop [--comment-list-avatar-size=2.5rem] - Avatar size (2rem in narrow containers).
 * @cssprop [--comment-list-avatar-background=color-mix(in srgb, currentColor 12%, transparent)] - Behind initials.
 * @cssprop [--comment-list-avatar-color=inherit] - Initials colour.
 * @cssprop [--comment-list-pending-background=color-mix(in srgb, #f9a825 16%, transparent)] - A comment awaiting moderation.
 * @cssprop [--comment-list-error-color=color-mix(in srgb, #c62828 80%, currentColor)] - The error state's rule.
 * @cssprop [--comment-list-heading-font=inherit] - Heading font family.
 * @cssprop [--comment-list-heading-size=1.4em] - Heading size.
 * @cssprop [--comment-list-line-height=1.55] - Line height.
 */
export class CommentList extends LitElement {
  static override styles = commentListStyles;

  /** The tag reply forms are created with: change it if you registered `CommentForm` under another name. */
  static formTag = 'comment-form';

  /** URL of the comments JSON (GET). Setting a new one aborts the previous request. */
  @property() src?: string;

  /** The article the comments belong to; defaults to the surrounding `<news-article>`'s id. */
  @property({ attribute: 'article-id' }) articleId?: string;

  /** Replies nest up to this many levels; deeper ones are shown at the last level. Default 5. */
  @property({
    attribute: 'max-depth',
    converter: { fromAttribute: (value) => (value !== null && /^\s*[1-9]\d*\s*$/.test(value) ? Number(value) : 5) },
  })
  maxDepth = 5;

  /** `oldest` (default) or `newest` first, for top-level comments; replies always read oldest first. */
  @property() order: CommentOrder = 'oldest';

  /** Passed on to the reply forms (see above for the fallback). */
  @property() endpoint?: string;

  /** Passed on to the reply forms: `json`, `form` or `wordpress`. */
  @property() format?: string;

  /** Comments given directly: an array, or `{ comments, total, next }`. Untrusted, like fetched JSON. */
  @property({ attribute: false }) comments?: CommentsInput;

  /** Overrides for the visible strings (English and French built in). */
  @property({ attribute: false }) strings: Partial<CommentListStrings> = {};

  @consume({ context: articleContext, subscribe: true })
  @state()
  private article?: Article;

  @state() private status: Status = 'idle';
  @state() private items: Comment[] = [];
  @state() private total?: number;
  @state() private next?: string;
  @state() private failure?: CommentListErrorDetail;
  @state() private moreFailure?: CommentListErrorDetail;
  @state() private loadingMore = false;
  @state() private replyId?: string;
  @state() private formDefined = false;

  private request?: AbortController;
  private added = 0;
  private localIds = 0;
  private replyForm?: HTMLElement;
  private scope?: EventTarget;
  private readonly handled = new WeakSet<Event>();
  private formats?: CommentFormats;
  private readonly htmlCache = new WeakMap<Comment, Node[]>();
  private readonly textCache = new WeakMap<Comment, TemplateResult[]>();
  private treeCache?: { items: Comment[]; maxDepth: number; order: CommentOrder; tree: ThreadNode[]; chunks: ReturnType<typeof chunkThread> };
  /** How many comments may be rendered now (progressive rendering of big threads). */
  private budget = FIRST_STEP;
  private stepTimer?: ReturnType<typeof setTimeout>;
  private allRendered?: { promise: Promise<void>; resolve: () => void };

  constructor() {
    super();
    this.addEventListener('comment-success', this.onCommentSuccess);
  }

  /** The article id used for reply forms and to recognise new comments. */
  get effectiveArticleId(): string | undefined {
    return this.articleId || this.article?.id || undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.scope = closestAcross(this, 'news-article') ?? document;
    this.scope.addEventListener('comment-success', this.onCommentSuccess);
    const tag = (this.constructor as typeof CommentList).formTag;
    this.formDefined = !!customElements.get(tag);
    if (!this.formDefined) void customElements.whenDefined(tag).then(() => (this.formDefined = true));
    // Reattached while a request was cut short by a detach: start it again.
    if (this.hasUpdated && this.status === 'loading' && !this.request && this.src) void this.load(this.src, false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scope?.removeEventListener('comment-success', this.onCommentSuccess);
    this.scope = undefined;
    this.request?.abort();
    this.request = undefined;
    clearTimeout(this.stepTimer);
    this.stepTimer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('comments') && this.comments !== undefined) this.show(this.comments);
    if (changed.has('src')) {
      if (this.src) void this.load(this.src, false);
      else if (this.comments === undefined) this.reset('idle');
    }
  }

  /**
   * Fetches one page of comments. Override to change the request (headers, credentials, a
   * different transport); it must honour `signal`.
   */
  fetchComments(url: string, signal: AbortSignal): Promise<Response> {
    return fetch(url, { signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  }

  /** Loads `src` again (what the retry button does). */
  reload(): Promise<void> {
    return this.src ? this.load(this.src, false) : Promise.resolve();
  }

  private reset(status: Status): void {
    this.request?.abort();
    this.request = undefined;
    this.status = status;
    this.items = [];
    this.total = undefined;
    this.next = undefined;
    this.failure = undefined;
    this.moreFailure = undefined;
    this.loadingMore = false;
    this.added = 0;
    this.budget = FIRST_STEP;
    this.closeReply();
  }

  private show(input: unknown): void {
    this.reset('ready');
    const page = normalizePage(input);
    if ('error' in page) {
      this.fail({ message: `Invalid comments: ${page.error}` }, false);
      return;
    }
    this.items = page.comments;
    this.total = page.total;
    this.next = page.next;
  }

  private async load(url: string, more: boolean): Promise<void> {
    if (more) {
      this.request?.abort();
      this.loadingMore = true;
      this.moreFailure = undefined;
    } else {
      this.reset('loading'); // aborts the previous request
    }
    const controller = new AbortController();
    this.request = controller;
    const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), TIMEOUT_MS);
    try {
      const response = await this.fetchComments(url, controller.signal);
      if (!response.ok) throw new LoadError(`HTTP ${response.status} from ${url}`, response.status);
      let data: unknown;
      try {
        data = await response.json();
      } catch {
        throw new LoadError(`The response from ${url} is not JSON`, response.status);
      }
      const base = response.url || new URL(url, document.baseURI).href;
      const page = normalizePage(data, base);
      if ('error' in page) throw new LoadError(`Invalid comments from ${url}: ${page.error}`, response.status);
      if (this.request !== controller) return;
      // WordPress REST: the total and the next page come in headers.
      if (page.total === undefined) {
        const header = Number(response.headers.get('X-WP-Total') ?? NaN);
        if (Number.isInteger(header) && header >= 0) page.total = header;
      }
      page.next ??= nextFromLinkHeader(response.headers.get('Link'), base);

      const known = new Set(this.items.map((c) => c.id));
      const fresh = page.comments.filter((c) => !known.has(c.id));
      this.items = more ? [...this.items, ...fresh] : fresh;
      if (page.total !== undefined) this.total = page.total;
      this.next = page.next;
      this.status = 'ready';
      this.loadingMore = false;
      emit<CommentListLoadDetail>(this, 'comment-list-load', { comments: page.comments, total: this.count });
      if (more) void this.focusAfterMore(fresh);
    } catch (error) {
      if (this.request !== controller) return; // superseded by a newer request: stay quiet
      let detail: CommentListErrorDetail;
      if (error instanceof LoadError) detail = { message: error.message, ...(error.status ? { status: error.status } : {}) };
      else if (controller.signal.aborted) detail = { message: `No answer from ${url} after ${TIMEOUT_MS / 1000} s` };
      else detail = { message: `Network error loading ${url}: ${(error as Error)?.message ?? error}` };
      this.fail(detail, more);
    } finally {
      clearTimeout(timer);
      if (this.request === controller) this.request = undefined;
    }
  }

  private fail(detail: CommentListErrorDetail, more: boolean): void {
    this.loadingMore = false;
    if (more) this.moreFailure = detail;
    else {
      this.status = 'error';
      this.failure = detail;
    }
    emit<CommentListErrorDetail>(this, 'comment-list-error', detail);
  }

  private async focusAfterMore(fresh: Comment[]): Promise<void> {
    await this.updateComplete;
    if (this.next || !fresh.length) return; // the button is still there and keeps focus
    const ids = new Set(fresh.map((c) => `comment-${domKey(c.id)}`));
    const first = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('article')).find((a) => ids.has(a.id));
    first?.focus();
  }

  /** The number in the heading. */
  private get count(): number {
    return this.total !== undefined ? this.total + this.added : this.items.length;
  }

  private get thread(): { tree: ThreadNode[]; chunks: ReturnType<typeof chunkThread> } {
    const order: CommentOrder = this.order === 'newest' ? 'newest' : 'oldest';
    const maxDepth = Number.isInteger(this.maxDepth) && this.maxDepth >= 1 ? this.maxDepth : 5;
    const cache = this.treeCache;
    if (cache && cache.items === this.items && cache.maxDepth === maxDepth && cache.order === order) return cache;
    const tree = buildThread(this.items, { maxDepth, order });
    this.treeCache = { items: this.items, maxDepth, order, tree, chunks: chunkThread(tree, CHUNK) };
    return this.treeCache;
  }

  /** Chunks rendered within the current budget (at least one). */
  private visibleChunks(chunks: ReturnType<typeof chunkThread>): number {
    let count = 0;
    let shown = 0;
    while (count < chunks.length && (count === 0 || shown < this.budget)) shown += chunks[count++].size;
    return count;
  }

  /** Resolves when big threads have finished rendering in steps, too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.allRendered && this.isConnected) {
      await this.allRendered.promise;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  // ——— Live updates ———

  private onCommentSuccess = (event: Event): void => {
    if (this.handled.has(event)) return; // seen on the host and again on the document
    this.handled.add(event);
    const detail = (event as CustomEvent<SubmissionDetail>).detail;
    const fromReply = !!this.replyForm && event.composedPath().includes(this.replyForm);
    const articleId = this.effectiveArticleId;
    const sentFor = detail?.payload?.articleId;
    if (!fromReply && (articleId === undefined || sentFor === undefined || sentFor === null || String(sentFor) !== articleId)) return;
    const comment = commentFromSubmission(detail, `local-${++this.localIds}`, new Date(Date.now()));
    if (!comment) return;
    const isNew = !this.items.some((c) => c.id === comment.id);
    if (isNew) {
      this.items = [...this.items, comment];
      this.added++;
    }
    if (fromReply) {
      this.closeReply();
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#comment-${domKey(comment.id)}`)?.focus(),
      );
    }
  };

  // ——— Replies ———

  private onReplyClick = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).closest('article')?.dataset.id;
    const comment = id !== undefined ? this.items.find((c) => c.id === id) : undefined;
    if (comment) void this.openReply(comment);
  };

  private async openReply(comment: Comment): Promise<void> {
    if (this.replyId === comment.id && this.replyForm) {
      this.focusReplyForm(this.replyForm);
      return;
    }
    this.closeReply();
    const form = document.createElement((this.constructor as typeof CommentList).formTag);
    form.classList.add('reply-form');
    form.setAttribute('parent-id', comment.id);
    form.setAttribute('reply-to', comment.author.name || this.resolvedStrings().anonymous);
    const articleId = this.effectiveArticleId;
    if (articleId) form.setAttribute('article-id', articleId);
    const parent = this.parentNode as ParentNode | null;
    const pageForm = parent?.querySelector?.((this.constructor as typeof CommentList).formTag) ?? null;
    for (const name of INHERITED_FORM_ATTRIBUTES) {
      const own = name === 'endpoint' ? this.endpoint : name === 'format' ? this.format : undefined;
      const value = own ?? pageForm?.getAttribute(name) ?? null;
      if (value !== null) form.setAttribute(name, value);
    }
    const headers = (pageForm as { headers?: unknown } | null)?.headers;
    if (headers !== undefined) (form as unknown as { headers: unknown }).headers = headers;
    form.addEventListener('comment-cancel', this.onReplyCancel);
    this.replyForm = form;
    this.replyId = comment.id;
    await this.updateComplete;
    if (this.replyForm === form) this.focusReplyForm(form);
  }

  private async focusReplyForm(form: HTMLElement): Promise<void> {
    await (form as { updateComplete?: Promise<unknown> }).updateComplete;
    const target = form as unknown as { focusComment?: () => void };
    if (typeof target.focusComment === 'function') target.focusComment();
    else form.focus();
  }

  private onReplyCancel = (event: Event): void => {
    if (event.currentTarget !== this.replyForm) return;
    const id = this.replyId;
    this.closeReply();
    if (id === undefined) return;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#comment-${domKey(id)} [part='reply-button']`)?.focus(),
    );
  };

  private closeReply(): void {
    this.replyForm?.removeEventListener('comment-cancel', this.onReplyCancel);
    this.replyForm = undefined;
    this.replyId = undefined;
  }

  // ——— Rendering ———

  private resolvedStrings(): CommentListStrings {
    return commentListStrings(languageOf(this), this.strings);
  }

  private onRetry = async (): Promise<void> => {
    await this.reload();
  };

  private onRetryMore = async (): Promise<void> => {
    if (!this.next) return;
    const loading = this.load(this.next, true);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("[part='load-more']")?.focus();
    await loading;
  };

  private onLoadMore = (): void => {
    if (this.next && !this.loadingMore) void this.load(this.next, true);
  };

  protected override updated(changed: PropertyValues): void {
    // Progressive rendering: schedule the next step in its own task, so no task grows with the thread.
    const { chunks } = this.thread;
    if (this.visibleChunks(chunks) < chunks.length) {
      if (!this.allRendered) {
        let resolve!: () => void;
        const promise = new Promise<void>((r) => (resolve = r));
        this.allRendered = { promise, resolve };
      }
      if (this.stepTimer === undefined && this.isConnected) {
        this.stepTimer = setTimeout(() => {
          this.stepTimer = undefined;
          this.budget += STEP;
          this.requestUpdate();
        }, 0);
      }
    } else {
      this.budget = Infinity; // from now on everything renders at once (live inserts, more pages)
      const done = this.allRendered;
      this.allRendered = undefined;
      done?.resolve();
    }
    // After a retry the error (and its button) is gone: put focus somewhere sensible.
    if (changed.has('status') && changed.get('status') === 'error' && this.status === 'loading') {
      const active = this.shadowRoot?.activeElement;
      if (!active || active === this) this.renderRoot.querySelector<HTMLElement>("[part='heading']")?.focus();
    }
  }

  protected override render(): TemplateResult {
    const lang = languageOf(this);
    const s = commentListStrings(lang, this.strings);
    if (this.formats?.lang !== lang) this.formats = new CommentFormats(lang);
    const formats = this.formats;
    const count = this.count;
    const known = this.status === 'ready' || this.status === 'idle';
    const { tree, chunks } = this.thread;
    const visible = chunks.slice(0, this.visibleChunks(chunks));
    const ctx: RenderContext = { s, formats, now: Date.now(), canReply: this.formDefined };
    return html`<section aria-labelledby="heading" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
      <h2 id="heading" part="heading" tabindex="-1">
        ${known ? s.heading(count, formats.number(count), formats.plural(count)) : s.headingUnknown}
      </h2>
      ${this.status === 'loading' ? html`<p part="loading" role="status">${s.loading}</p>` : nothing}
      ${this.status === 'error' ? this.renderError(s, this.failure, this.src ? this.onRetry : undefined) : nothing}
      ${known && !tree.length ? html`<p part="empty">${s.empty}</p>` : nothing}
      ${tree.length
        ? html`<ol part="list" class="thread" aria-busy=${this.loadingMore ? 'true' : 'false'}>
            ${repeat(
              visible,
              (chunk) => chunk.nodes[0].comment.id,
              (chunk) => guard(this.chunkKey(chunk.nodes, lang), () => this.renderNodes(chunk.nodes, ctx)),
            )}
          </ol>`
        : nothing}
      ${known && (this.next || this.moreFailure) ? this.renderMore(s) : nothing}
    </section>`;
  }

  private renderError(s: CommentListStrings, failure: CommentListErrorDetail | undefined, retry?: () => void): TemplateResult {
    return html`<div part="error" role="alert">
      <p>${s.loadFailed(failure?.status)}</p>
      ${retry ? html`<button type="button" @click=${retry}>${s.retry}</button>` : nothing}
    </div>`;
  }

  private renderMore(s: CommentListStrings): TemplateResult {
    return html`<div class="more">
      ${this.moreFailure ? this.renderError(s, this.moreFailure, this.onRetryMore) : nothing}
      ${this.next && !this.moreFailure
        ? html`<button
            part="load-more"
            type="button"
            aria-disabled=${this.loadingMore ? 'true' : 'false'}
            @click=${this.onLoadMore}
          >
            ${this.loadingMore ? s.loadingMore : s.loadMore}
          </button>`
        : nothing}
    </div>`;
  }

  /**
   * What a chunk's markup depends on: its comments (object identity) and their depths in reading
   * order, the language, the strings, whether replies are possible and whether the open reply form
   * is in it. Equal keys → Lit skips the chunk entirely.
   */
  private chunkKey(nodes: ThreadNode[], lang: string): unknown[] {
    const key: unknown[] = [lang, this.strings, this.formDefined];
    let reply: string | undefined;
    const stack = [...nodes].reverse();
    while (stack.length) {
      const node = stack.pop()!;
      key.push(node.comment, node.depth);
      if (node.comment.id === this.replyId) reply = node.comment.id;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
    key.push(reply);
    return key;
  }

  private renderNodes(nodes: ThreadNode[], ctx: RenderContext): unknown {
    return repeat(nodes, (node) => node.comment.id, (node) => this.renderNode(node, ctx));
  }

  private renderContent(comment: Comment): unknown {
    if (comment.contentHtml !== undefined) {
      let nodes = this.htmlCache.get(comment);
      if (!nodes) this.htmlCache.set(comment, (nodes = Array.from(sanitizeHTML(comment.contentHtml).childNodes)));
      return nodes;
    }
    let text = this.textCache.get(comment);
    if (!text) this.textCache.set(comment, (text = linkify(comment.content ?? '')));
    return text;
  }

  private renderNode(node: ThreadNode, ctx: RenderContext): TemplateResult {
    const { comment } = node;
    const { s } = ctx;
    const key = domKey(comment.id);
    const name = comment.author.name || s.anonymous;
    const url = safeUrl(comment.author.url, 'link');
    const avatar = safeUrl(comment.author.avatar, 'image');
    const pending = comment.status === 'pending';
    const open = this.replyId === comment.id;
    return html`<li>
      <article part=${pending ? 'comment pending' : 'comment'} id="comment-${key}" data-id=${comment.id} aria-labelledby="author-${key}" tabindex="-1">
        ${avatar
          ? html`<img part="avatar" src=${avatar} alt="" width="40" height="40" loading="lazy" decoding="async" />`
          : html`<span part="avatar" aria-hidden="true">${initials(name)}</span>`}
        <header>
          ${url
            ? html`<a part="author" id="author-${key}" href=${url} rel="ugc nofollow noopener">${name}</a>`
            : html`<span part="author" id="author-${key}">${name}</span>`}
          ${comment.date
            ? html`<time part="date" datetime=${comment.date.toISOString()} title=${ctx.formats.title(comment.date)}>${ctx.formats.label(comment.date, ctx.now)}</time>`
            : nothing}
          ${node.inReplyTo !== undefined ? html`<span class="in-reply-to">${s.inReplyTo(node.inReplyTo || s.anonymous)}</span>` : nothing}
        </header>
        ${pending ? html`<p part="moderation">${s.awaitingModeration}</p>` : nothing}
        <div part="content">${this.renderContent(comment)}</div>
        ${ctx.canReply
          ? html`<footer>
              <button part="reply-button" type="button" aria-label=${s.replyTo(name)} aria-expanded=${open ? 'true' : 'false'} @click=${this.onReplyClick}>
                ${s.reply}
              </button>
            </footer>`
          : nothing}
      </article>
      ${open ? this.replyForm : nothing}
      ${node.children.length ? html`<ol>${this.renderNodes(node.children, ctx)}</ol>` : nothing}
    </li>`;
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
