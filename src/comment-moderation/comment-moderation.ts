import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../internal/events.js';
import {
  bulkAction,
  deleteComment,
  listComments,
  patchComment,
  replyToComment,
  STATUSES,
  type ChangeResult,
  type ModerationAction,
  type ModerationClient,
  type ModerationComment,
  type ModerationCounts,
  type ModerationErrorCode,
  type ModerationFailure,
  type ModerationResult,
  type ModerationStatus,
  type Previous,
} from './api.js';
import {
  canEdit,
  commandOf,
  currentAfter,
  mergeComments,
  moveCurrent,
  pruned,
  recount,
  ROW_ACTIONS,
  toggled,
  undoPatches,
  type Command,
  type UndoRecord,
} from './queue.js';
import { readToken, TOKEN_KEY_PREFIX, writeToken } from './session.js';
import { renderRow, renderShortcuts, renderSignIn, type OpenEditor, type RowHandlers } from './templates.js';
import { en, fill, type CommentModerationStrings } from './strings.js';
import { commentModerationStyles } from './comment-moderation.styles.js';

/** What `comment-moderation-action` reports: every action the element takes, and `undo`. */
export type ModerationActionName = ModerationAction | 'edit' | 'reply' | 'undo';

/** Detail of `comment-moderation-action`. */
export interface CommentModerationActionDetail {
  action: ModerationActionName;
  /** The comments acted on (for `reply`, the comment replied to). */
  ids: number[];
}

/** Detail of `comment-moderation-error`. */
export interface CommentModerationErrorDetail {
  code: ModerationErrorCode;
  message: string;
  /** The HTTP status, when an answer came. */
  status?: number;
}

/** Detail of `comment-moderation-signin` and `comment-moderation-signout`. */
export interface CommentModerationSessionDetail {
  /** The API root signed in to (absolute). */
  endpoint: string;
}

export const DEFAULT_ENDPOINT = '/api/moderation';

type Phase = 'signed-out' | 'signing-in' | 'signed-in';
type LoadState = 'loading' | 'ready' | 'error' | 'more' | 'more-error';
/** Why signing in did not work. */
type SignInProblem = 'wrong-token' | 'disabled' | 'failed';

/** What the live region says, and whether it offers undo. */
interface Notice {
  text: string;
  undo: boolean;
}

/**
 * The moderation queue of a news-elements comments server: sign in with the moderation token,
 * then approve, unapprove, mark as spam, trash, restore, delete, edit and reply to comments, one
 * at a time or in bulk, with undo for the last action and keyboard shortcuts (listed on screen).
 *
 * The token is kept in `sessionStorage` (key `news-elements:moderation-token:` + the absolute
 * endpoint) and sent as `Authorization: Bearer`; Sign out forgets it. Comment text is shown as
 * plain text and links, as `<comment-list>` shows it: never as HTML.
 *
 * @tagname comment-moderation
 * @summary A moderation queue for the comments server's `/api/moderation` API.
 *
 * @fires comment-moderation-signin - The token was accepted. `detail`: `{ endpoint }`.
 * @fires comment-moderation-signout - Signed out (or the server stopped accepting the token). `detail`: `{ endpoint }`.
 * @fires comment-moderation-action - An action succeeded. `detail`: `{ action, ids }` (`action` is also `edit`, `reply` or `undo`).
 * @fires comment-moderation-error - A request failed. `detail`: `{ code, message, status? }`.
 *
 * @csspart signin - The sign-in form.
 * @csspart tabs - The status filter.
 * @csspart filter - The article filter.
 * @csspart bulk - The toolbar that acts on the selected comments.
 * @csspart list - The `<ol>` of comments.
 * @csspart comment - Each comment's row (also `current` and `selected`).
 * @csspart author - The author's name.
 * @csspart meta - Email, website, address hash and article.
 * @csspart context - "In reply to …".
 * @csspart content - The comment text.
 * @csspart actions - Each row's buttons.
 * @csspart notice - What the last action did, with Undo (`role="status"`).
 * @csspart error - Errors (`role="alert"`).
 * @csspart empty - The empty state.
 * @csspart loading - The loading state.
 * @csspart load-more - The "Load more" button.
 * @csspart shortcuts - The list of keyboard shortcuts.
 *
 * @cssprop [--comment-moderation-accent=var(--news-accent)] - Buttons, links, the current row.
 * @cssprop [--comment-moderation-muted=var(--news-muted)] - Secondary text.
 * @cssprop [--comment-moderation-border-color=var(--news-rule-color)] - Lines between rows.
 * @cssprop [--comment-moderation-selected-background=color-mix(in srgb, var(--news-accent) 10%, transparent)] - A selected row.
 * @cssprop [--comment-moderation-on-accent=light-dark(#fff, #0a2240)] - Text on the accent (the pressed tab, Save, Sign in).
 * @cssprop [--comment-moderation-error-color=light-dark(#b3261e, #ffb4ab)] - Errors.
 */
export class CommentModeration extends LitElement {
  static override styles = commentModerationStyles;

  static override properties = {
    endpoint: {},
    strings: { attribute: false },
  };

  /** The moderation API's root (default `/api/moderation`), resolved against the page. */
  endpoint = DEFAULT_ENDPOINT;

  /** Overrides for any visible text (see `CommentModerationStrings`; a nested record is replaced whole). */
  strings: Partial<CommentModerationStrings> = {};

  #phase: Phase = 'signed-out';
  #signInProblem?: SignInProblem;
  #token?: string;
  /** The endpoint the state belongs to: another one starts over. */
  #endpointUsed?: string;

  #status: ModerationStatus = 'pending';
  #article = '';
  #comments: ModerationComment[] = [];
  #counts?: ModerationCounts;
  #next: string | null = null;
  #load: LoadState = 'loading';
  #failure?: ModerationFailure;
  #request?: AbortController;

  #selection = new Set<number>();
  #current?: number;
  #editor?: OpenEditor;
  /** An action is under way: others wait. */
  #busy = false;
  #undo?: UndoRecord;
  #notice?: Notice;
  #alert = '';
  /** The comments "Delete for good" asks about. */
  #confirming?: number[];

  /** The endpoint, absolute and without a trailing slash; the default when `endpoint` is not a URL. */
  get resolvedEndpoint(): string {
    let url: URL;
    try {
      url = new URL(this.endpoint || DEFAULT_ENDPOINT, document.baseURI);
    } catch {
      url = new URL(DEFAULT_ENDPOINT, document.baseURI);
    }
    return url.href.replace(/\/+$/, '');
  }

  /** Whether a token is in use. */
  get signedIn(): boolean {
    return this.#phase === 'signed-in';
  }

  get #storageKey(): string {
    return TOKEN_KEY_PREFIX + this.resolvedEndpoint;
  }

  get #client(): ModerationClient {
    return { endpoint: this.resolvedEndpoint, token: this.#token ?? '' };
  }

  get #strings(): CommentModerationStrings {
    return { ...en, ...this.strings };
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const endpoint = this.resolvedEndpoint;
    if (endpoint === this.#endpointUsed) return;
    this.#endpointUsed = endpoint;
    this.#reset();
    this.#token = readToken(this.#storageKey);
    this.#phase = this.#token ? 'signed-in' : 'signed-out';
    if (this.#token) void this.#loadPage();
  }

  /** Loads the queue again from its first page (what Try again does). */
  async reload(): Promise<void> {
    if (this.#phase === 'signed-in') await this.#loadPage();
  }

  /** Forgets the token and shows the sign-in form. */
  signOut(): void {
    this.#endSession();
    this.#focus('#token');
  }

  #reset(): void {
    this.#request?.abort();
    this.#request = undefined;
    this.#comments = [];
    this.#counts = undefined;
    this.#next = null;
    this.#selection = new Set();
    this.#current = undefined;
    this.#editor = undefined;
    this.#undo = undefined;
    this.#notice = undefined;
    this.#alert = '';
    this.#confirming = undefined;
    this.#load = 'loading';
  }

  #endSession(problem?: SignInProblem): void {
    const wasSignedIn = this.#token !== undefined;
    writeToken(this.#storageKey, undefined);
    this.#token = undefined;
    this.#reset();
    this.#phase = 'signed-out';
    this.#signInProblem = problem;
    this.requestUpdate();
    if (wasSignedIn) emit<CommentModerationSessionDetail>(this, 'comment-moderation-signout', { endpoint: this.resolvedEndpoint });
  }

  #fail(failure: ModerationFailure): void {
    emit<CommentModerationErrorDetail>(this, 'comment-moderation-error', {
      code: failure.code,
      message: failure.message,
      ...(failure.status ? { status: failure.status } : {}),
    });
  }

  /** A failure that ends the session (the token is no longer right, moderation was turned off): `true` when it did. */
  #endsSession(failure: ModerationFailure): boolean {
    if (failure.code !== 'unauthorized' && failure.code !== 'moderation_disabled') return false;
    this.#endSession(failure.code === 'unauthorized' ? 'wrong-token' : 'disabled');
    this.#focus('#token');
    return true;
  }

  /** Focuses what `selector` finds once the next render is done (one is asked for: the node may come with it). */
  #focus(selector: string): void {
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #focusRow(id: number | undefined): void {
    this.#focus(id === undefined ? 'h2' : `#c-${id}`);
  }

  // ——— Signing in ———

  async #onSignIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.#phase === 'signing-in') return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#token')!;
    const token = input.value.trim();
    if (!token) return;
    this.#phase = 'signing-in';
    this.#signInProblem = undefined;
    this.requestUpdate();
    const result = await listComments({ endpoint: this.resolvedEndpoint, token }, { status: 'pending' });
    if (!result.ok) {
      this.#phase = 'signed-out';
      this.#signInProblem = result.code === 'unauthorized' ? 'wrong-token' : result.code === 'moderation_disabled' ? 'disabled' : 'failed';
      this.#failure = result;
      this.requestUpdate();
      this.#fail(result);
      this.#focus('#token');
      return;
    }
    writeToken(this.#storageKey, token);
    this.#token = token;
    this.#phase = 'signed-in';
    this.#status = 'pending';
    this.#article = '';
    this.#showPage(result, false);
    emit<CommentModerationSessionDetail>(this, 'comment-moderation-signin', { endpoint: this.resolvedEndpoint });
    this.#focus('h2');
  }

  // ——— Loading ———

  async #loadPage({ more = false }: { more?: boolean } = {}): Promise<void> {
    this.#request?.abort();
    const controller = new AbortController();
    this.#request = controller;
    this.#load = more ? 'more' : 'loading';
    if (!more) {
      this.#comments = [];
      this.#next = null;
    }
    this.requestUpdate();
    const query = { status: this.#status, article: this.#article || undefined, cursor: more ? (this.#next ?? undefined) : undefined };
    const result = await listComments({ ...this.#client, signal: controller.signal }, query);
    if (this.#request !== controller) return; // superseded
    this.#request = undefined;
    if (!result.ok) {
      if (this.#endsSession(result)) return;
      this.#load = more ? 'more-error' : 'error';
      this.#failure = result;
      this.requestUpdate();
      this.#fail(result);
      return;
    }
    this.#showPage(result, more);
  }

  #showPage(page: { comments: ModerationComment[]; counts: ModerationCounts; next: string | null }, more: boolean): void {
    const known = new Set(more ? this.#comments.map((comment) => comment.id) : []);
    const fresh = page.comments.filter((comment) => !known.has(comment.id));
    this.#comments = more ? [...this.#comments, ...fresh] : fresh;
    this.#counts = page.counts;
    this.#next = page.next;
    this.#load = 'ready';
    this.#selection = pruned(this.#selection, this.#ids);
    this.#current = currentAfter(this.#ids, this.#ids, this.#current);
    this.requestUpdate();
    if (more && fresh[0]) this.#focusRow(fresh[0].id);
  }

  get #ids(): number[] {
    return this.#comments.map((comment) => comment.id);
  }

  #onTab(status: ModerationStatus): void {
    if (status === this.#status && this.#load !== 'error') return;
    this.#status = status;
    this.#selection = new Set();
    this.#editor = undefined;
    void this.#loadPage();
  }

  #onArticle(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('article') as HTMLInputElement;
    this.#article = input.value.trim();
    this.#selection = new Set();
    void this.#loadPage();
  }

  #onAllArticles(): void {
    this.#article = '';
    this.renderRoot.querySelector<HTMLInputElement>('#article')!.value = ''; // typed but not applied: Lit did not set it
    this.#selection = new Set();
    void this.#loadPage();
    this.#focus('#article');
  }

  // ——— Actions ———

  /** A status action (or delete, which asks first) on `ids`. */
  #act(action: ModerationAction, ids: number[]): void {
    if (!ids.length || this.#busy) return;
    if (action === 'delete') {
      this.#confirming = ids;
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
      return;
    }
    void this.#run(action, ids, () => bulkAction(this.#client, ids, action));
  }

  async #onConfirmDelete(): Promise<void> {
    const ids = this.#confirming ?? [];
    this.#closeConfirm();
    // Deleted comments cannot come back: what they were is known here, for the counts.
    const previous = this.#comments.filter((comment) => ids.includes(comment.id)).map(({ id, status }) => ({ id, status }));
    await this.#run('delete', ids, async () => {
      const result = ids.length === 1 ? await deleteComment(this.#client, ids[0]) : await bulkAction(this.#client, ids, 'delete');
      return result.ok ? { ...result, previous } : result;
    });
  }

  #closeConfirm(): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.#confirming = undefined;
    this.requestUpdate();
  }

  /**
   * Runs one change, then shows its result: the rows, counts and selection, the current row (focus
   * follows it when it was in a row), the notice with Undo, and `comment-moderation-action`.
   */
  async #run(action: ModerationAction | 'edit', ids: number[], call: () => Promise<ModerationResult<ChangeResult>>): Promise<boolean> {
    if (this.#busy) return false;
    const focusInRows = this.#focusInRows();
    this.#busy = true;
    this.#alert = '';
    this.requestUpdate();
    const result = await call();
    this.#busy = false;
    if (!result.ok) {
      this.#actionFailed(result);
      return false;
    }
    this.#apply(result.comments, result.previous, result.deleted, focusInRows);
    this.#undo = action === 'delete' || !result.previous.length ? undefined : { action, restore: result.previous };
    const count = ids.length;
    const strings = this.#strings;
    const text = count > 1 && action !== 'edit' ? fill(strings.doneMany[action], { count }) : strings.done[action];
    this.#notice = { text, undo: this.#undo !== undefined };
    this.requestUpdate();
    emit<CommentModerationActionDetail>(this, 'comment-moderation-action', { action, ids });
    return true;
  }

  #actionFailed(failure: ModerationFailure): void {
    if (this.#endsSession(failure)) return;
    this.#alert = fill(this.#strings.actionFailed, { message: failure.message });
    this.requestUpdate();
    this.#fail(failure);
  }

  #apply(changed: readonly ModerationComment[], previous: readonly Previous[], deleted: readonly number[], focusInRows: boolean): void {
    const before = this.#ids;
    this.#comments = mergeComments(this.#comments, { changed, deleted }, this.#status);
    if (this.#counts) this.#counts = recount(this.#counts, previous, changed);
    const after = this.#ids;
    this.#selection = pruned(this.#selection, after);
    const current = this.#current;
    this.#current = currentAfter(before, after, current);
    if (this.#editor && !after.includes(this.#editor.id)) this.#editor = undefined;
    if (focusInRows && (this.#current !== current || !after.includes(current ?? -1))) this.#focusRow(this.#current);
  }

  /** Whether focus is on a row or inside one (then it follows the current row when that row goes). */
  #focusInRows(): boolean {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return active !== null && active.closest('[part~=comment]') !== null;
  }

  async #onUndo(): Promise<void> {
    const record = this.#undo;
    if (!record || this.#busy) return;
    this.#busy = true;
    this.#alert = '';
    this.requestUpdate();
    const results = await Promise.all(undoPatches(record).map(({ id, change }) => patchComment(this.#client, id, change)));
    this.#busy = false;
    const done = results.flatMap((result) => (result.ok ? [result] : []));
    const changed = done.flatMap((result) => result.comments);
    this.#apply(changed, done.flatMap((result) => result.previous), [], false);
    const failed = results.find((result): result is ModerationFailure => !result.ok);
    if (failed) {
      this.#actionFailed(failed);
      return;
    }
    this.#undo = undefined;
    this.#notice = { text: this.#strings.undone, undo: false };
    // The Undo button is gone: go on at the comment that came back (or the heading).
    const back = changed.find((comment) => this.#ids.includes(comment.id));
    if (back) this.#current = back.id;
    this.#focusRow(back?.id);
    this.requestUpdate();
    emit<CommentModerationActionDetail>(this, 'comment-moderation-action', { action: 'undo', ids: record.restore.map(({ id }) => id) });
  }

  // ——— Editing and replying ———

  #openEditor(comment: ModerationComment, kind: OpenEditor['kind']): void {
    if (!canEdit(comment.status)) return;
    this.#editor = { id: comment.id, kind, empty: false };
    this.#current = comment.id;
    this.requestUpdate();
    this.#focus(`#editor-${comment.id}`);
  }

  #closeEditor(): void {
    const id = this.#editor?.id;
    this.#editor = undefined;
    this.requestUpdate();
    this.#focusRow(id);
  }

  async #onEditorSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const editor = this.#editor;
    if (!editor || this.#busy) return;
    const content = this.renderRoot.querySelector<HTMLTextAreaElement>(`#editor-${editor.id}`)!.value;
    if (!content.trim()) {
      this.#editor = { ...editor, empty: true };
      this.requestUpdate();
      return;
    }
    if (editor.kind === 'edit') {
      const saved = await this.#run('edit', [editor.id], () => patchComment(this.#client, editor.id, { content }));
      if (saved) this.#closeEditor();
      return;
    }
    this.#busy = true;
    this.requestUpdate();
    const result = await replyToComment(this.#client, editor.id, content);
    this.#busy = false;
    if (!result.ok) {
      this.#actionFailed(result);
      return;
    }
    this.#comments = mergeComments(this.#comments, { changed: [result.comment] }, this.#status);
    if (this.#counts) this.#counts = { ...this.#counts, [result.comment.status]: this.#counts[result.comment.status] + 1 };
    this.#undo = undefined; // a reply is published: Trash takes it back, not undo
    this.#notice = { text: this.#strings.done.reply, undo: false };
    this.#closeEditor();
    emit<CommentModerationActionDetail>(this, 'comment-moderation-action', { action: 'reply', ids: [editor.id] });
  }

  #onEditorKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.#closeEditor();
  }

  // ——— Keyboard ———

  #onKeyDown(event: KeyboardEvent): void {
    if (this.#confirming) return;
    const command = commandOf(event);
    if (!command) return;
    event.preventDefault();
    this.#command(command);
  }

  #command(command: Command): void {
    const current = this.#comments.find((comment) => comment.id === this.#current);
    switch (command) {
      case 'next':
      case 'previous':
        // From outside the rows (the heading after signing in, a tab), the first press goes to the current row.
        if (this.#focusInRows()) this.#current = moveCurrent(this.#ids, this.#current, command === 'next' ? 1 : -1);
        if (this.#current !== undefined) this.#focusRow(this.#current);
        return;
      case 'undo':
        void this.#onUndo();
        return;
    }
    if (!current) return;
    switch (command) {
      case 'select':
        this.#selection = toggled(this.#selection, current.id);
        this.requestUpdate();
        return;
      case 'edit':
      case 'reply':
        this.#openEditor(current, command);
        return;
      default:
        // Focus is on the row (j/k put it there): it follows the current row when this one leaves the view.
        this.#act(command, [current.id]);
    }
  }

  /** What the rows' controls call. */
  #rowHandlers: RowHandlers = {
    focus: (id) => this.#onRowFocus(id),
    select: (id) => this.#onSelect(id),
    act: (action, id) => this.#act(action, [id]),
    open: (comment, kind) => this.#openEditor(comment, kind),
    submit: (event) => void this.#onEditorSubmit(event),
    key: (event) => this.#onEditorKey(event),
    close: () => this.#closeEditor(),
  };

  #onRowFocus(id: number): void {
    if (this.#current === id) return;
    this.#current = id;
    this.requestUpdate();
  }

  #onSelect(id: number): void {
    this.#selection = toggled(this.#selection, id);
    this.requestUpdate();
  }

  #onSelectAll(event: Event): void {
    this.#selection = (event.target as HTMLInputElement).checked ? new Set(this.#ids) : new Set();
    this.requestUpdate();
  }

  // ——— Rendering ———

  override render(): TemplateResult {
    const strings = this.#strings;
    if (this.#phase !== 'signed-in') return this.#renderSignIn(strings);
    return html`<div class="queue" @keydown=${this.#onKeyDown}><header class="top"><h2 tabindex="-1">${strings.heading}</h2><button type="button" class="quiet" @click=${this.signOut}>${strings.signOut}</button></header>${
      this.#renderFilters(strings)
    }${this.#renderBulk(strings)}<div class="messages"><p part="notice" role="status">${
      this.#notice ? html`${this.#notice.text}${this.#notice.undo ? html` <button type="button" class="link" @click=${this.#onUndo}>${strings.undo}</button>` : nothing}` : nothing
    }</p><p part="error" class="alert" role="alert">${this.#alert}</p></div><section aria-busy=${this.#load === 'loading' ? 'true' : 'false'} aria-labelledby="list-label"><h3 id="list-label" class="visually-hidden">${
      fill(strings.listLabel, { status: this.#tabName(this.#status, strings) })
    }</h3>${this.#renderList(strings)}</section>${renderShortcuts(strings)}${this.#renderConfirm(strings)}</div>`;
  }

  #renderSignIn(strings: CommentModerationStrings): TemplateResult {
    const problem = this.#signInProblem;
    const messages: Record<SignInProblem, string> = { 'wrong-token': strings.wrongToken, disabled: strings.disabled, failed: this.#failureText(strings) };
    return renderSignIn(strings, { message: problem ? messages[problem] : '', wrongToken: problem === 'wrong-token', busy: this.#phase === 'signing-in' }, this.#onSignIn);
  }

  #failureText(strings: CommentModerationStrings): string {
    const failure = this.#failure;
    return failure?.status ? fill(strings.loadFailedStatus, { status: failure.status }) : strings.loadFailed;
  }

  #tabName(status: ModerationStatus, strings: CommentModerationStrings): string {
    return fill(strings.tabs[status], { count: this.#counts?.[status] ?? '…' }).replace(/\s*\(…\)$/, '');
  }

  #renderFilters(strings: CommentModerationStrings): TemplateResult {
    return html`<div class="filters"><div part="tabs" class="tabs" role="group" aria-label=${strings.statusLabel}>${STATUSES.map(
      (status) => html`<button type="button" aria-pressed=${status === this.#status ? 'true' : 'false'} @click=${() => this.#onTab(status)}>${this.#tabName(status, strings)}</button>`,
    )}</div><form part="filter" class="article" role="search" @submit=${this.#onArticle}><label for="article">${strings.articleLabel}</label><input id="article" name="article" type="search" .value=${this.#article} /><button type="submit">${strings.articleApply}</button>${
      this.#article ? html`<button type="button" class="quiet" @click=${this.#onAllArticles}>${strings.articleClear}</button>` : nothing
    }</form></div>`;
  }

  #renderBulk(strings: CommentModerationStrings): TemplateResult {
    const ids = this.#ids;
    const count = this.#selection.size;
    const all = count > 0 && count === ids.length;
    const none = count === 0;
    const selected = [...this.#selection];
    return html`<div part="bulk" class="bulk" role="group" aria-label=${strings.bulkLabel}><label class="all"><input type="checkbox" .checked=${all} .indeterminate=${!none && !all} ?disabled=${!ids.length} @change=${this.#onSelectAll} />${strings.selectAll}</label><span class="count">${fill(strings.selected, { count })}</span>${ROW_ACTIONS[this.#status].map(
      (action) => html`<button type="button" data-bulk=${action} aria-disabled=${none || this.#busy ? 'true' : 'false'} @click=${() => !none && this.#act(action, selected)}>${strings.actions[action]}</button>`,
    )}</div>`;
  }

  #renderList(strings: CommentModerationStrings): TemplateResult {
    const load = this.#load;
    if (load === 'loading') {
      return html`<p part="loading" class="loading" role="status">${strings.loading}</p><div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>`;
    }
    if (load === 'error') {
      return html`<div part="error" class="failed" role="alert"><p>${this.#failureText(strings)}</p><button type="button" @click=${this.reload}>${strings.retry}</button></div>`;
    }
    if (!this.#comments.length) return html`<p part="empty" class="empty">${strings.empty[this.#status]}</p>`;
    const view = { strings, busy: this.#busy, editor: this.#editor };
    return html`<ol part="list" class="rows">${this.#comments.map((comment) =>
      renderRow(comment, { ...view, current: comment.id === this.#current, selected: this.#selection.has(comment.id) }, this.#rowHandlers),
    )}</ol>${
      load === 'more-error'
        ? html`<div part="error" class="failed" role="alert"><p>${this.#failureText(strings)}</p><button type="button" @click=${() => this.#loadPage({ more: true })}>${strings.retry}</button></div>`
        : this.#next
          ? html`<button part="load-more" type="button" class="more" aria-disabled=${load === 'more' ? 'true' : 'false'} @click=${() => load === 'ready' && this.#loadPage({ more: true })}>${
              load === 'more' ? strings.loadingMore : strings.loadMore
            }</button>`
          : nothing
    }`;
  }

  #renderConfirm(strings: CommentModerationStrings): TemplateResult {
    const count = this.#confirming?.length ?? 0;
    return html`<dialog aria-labelledby="confirm-title" aria-describedby="confirm-note" @close=${() => this.#confirming && this.#closeConfirm()}><h3 id="confirm-title">${
      count > 1 ? fill(strings.confirmDeleteMany, { count }) : strings.confirmDelete
    }</h3><p id="confirm-note">${strings.confirmDeleteNote}</p><div class="buttons"><button type="button" class="danger" @click=${this.#onConfirmDelete}>${strings.confirmDeleteButton}</button><button type="button" autofocus @click=${this.#closeConfirm}>${strings.cancel}</button></div></dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'comment-moderation': CommentModeration;
  }
  interface GlobalEventHandlersEventMap {
    'comment-moderation-action': CustomEvent<CommentModerationActionDetail>;
    'comment-moderation-error': CustomEvent<CommentModerationErrorDetail>;
    'comment-moderation-signin': CustomEvent<CommentModerationSessionDetail>;
    'comment-moderation-signout': CustomEvent<CommentModerationSessionDetail>;
  }
}
