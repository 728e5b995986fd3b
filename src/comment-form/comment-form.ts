import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { articleContext } from '../context.js';
import { emit } from '../internal/events.js';
import { languageOf, safeLocale } from '../internal/locale.js';
import { LanguageController } from '../internal/language-controller.js';
import { REQUEST_TIMEOUT_MS } from '../internal/limits.js';
import { SERVER_BASE_URL } from '../internal/server-render.js';
import { isolate } from '../internal/text.js';
import { DEFAULT_MAXLENGTH, FIELDS, cleanFields, completeUrl, isRequired, isWebUrl, ruleMessage, validateComment, type CommentField, type RuleOptions } from './rules.js';
import { encodeComment, newIdempotencyKey, sendComment, type CommentErrorCode, type CommentFormat, type CommentPayload, type CommentModeration } from './transport.js';
import { DraftStore, draftKey, loadCommenter, saveCommenter, type Draft } from './drafts.js';
import { localized } from '../internal/localize.js';
import { fill, formatNumber, plural } from '../internal/messages.js';
import { en, type CommentFormStrings } from './strings.js';
import { styles } from './comment-form.styles.js';

export type { CommentPayload, CommentFormat, CommentErrorCode, CommentModeration } from './transport.js';
export type { CommentFormStrings } from './strings.js';

export interface CommentSubmitDetail {
  /** The JSON-format payload; change it in place (or replace it) before it is encoded. */
  payload: CommentPayload;
}
export interface CommentSuccessDetail {
  /**
   * The parsed response JSON, or `null`: an empty body, the page a `form` post redirected to, or an
   * answer longer than 64 KB (which is not read).
   */
  response: unknown;
  payload: CommentPayload;
  /** `pending` (held for moderation), `approved`, or `unknown` when the answer could not be read. */
  status: CommentModeration;
}
export interface CommentErrorDetail {
  /** HTTP status; 0 when no response arrived (network failure, timeout). */
  status: number;
  code: CommentErrorCode;
  /** The plain-text message shown to the reader. */
  message: string;
}
export interface CommentCancelDetail {
  parentId: string | null;
}

type Strings = CommentFormStrings;
/** The keys of the strings that are one text (not plural). */
type TextKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];
type Control = HTMLInputElement; // the textarea has every member used here too

/** What the `role="alert"` region says. */
type Alert =
  | { kind: 'none' }
  /** A submit failed: why, and whether trying again may help (a "Try again" button). */
  | { kind: 'failure'; message: string; retry: boolean }
  /** A submit was blocked: how many fields need attention (kept up to date as they are fixed). */
  | { kind: 'fields'; count: number };

const NO_ALERT: Alert = { kind: 'none' };

const FORMATS: readonly CommentFormat[] = ['json', 'form', 'wordpress'];
const CREDENTIALS: readonly RequestCredentials[] = ['same-origin', 'omit', 'include'];
/** The message each failure shows when the server gave no words of its own. */
const FAILURE_MESSAGES: Record<CommentErrorCode, TextKey> = {
  invalid: 'rejected', // shown as the count of fields instead (see #submit)
  rejected: 'rejected',
  duplicate: 'duplicate',
  'too-fast': 'tooFast',
  login: 'login',
  closed: 'closed',
  server: 'server',
  'bad-response': 'badResponse',
  redirected: 'redirected',
  network: 'network',
  timeout: 'timeout',
};
/** The status message of each kind of success. */
const SUCCESS_MESSAGES: Record<CommentModeration, TextKey> = {
  pending: 'pending',
  approved: 'approved',
  unknown: 'sent',
};
/** Refusals that trying again will not change; every other failure gets a "Try again" button. */
const FINAL: readonly CommentErrorCode[] = ['rejected', 'duplicate', 'login', 'closed', 'redirected'];

/** Each field's label in the strings. */
const LABELS: Record<CommentField, TextKey> = { content: 'comment', name: 'name', email: 'email', url: 'website' };
/**
 * The one-line inputs (the comment is a textarea, `comment`): their `name` (WordPress's, which a
 * form posted without JavaScript sends), `type` and `autocomplete` token.
 */
const INPUTS: Record<Exclude<CommentField, 'content'>, { name: string; type: string; autocomplete: string }> = {
  name: { name: 'author', type: 'text', autocomplete: 'name' },
  email: { name: 'email', type: 'email', autocomplete: 'email' },
  url: { name: 'url', type: 'url', autocomplete: 'url' },
};

/** Units of a wait ("in 2 minutes"), largest first: a wait is said in the largest unit it fills. */
const WAIT_UNITS: readonly { unit: Intl.RelativeTimeFormatUnit; seconds: number }[] = [
  { unit: 'day', seconds: 86400 },
  { unit: 'hour', seconds: 3600 },
  { unit: 'minute', seconds: 60 },
  { unit: 'second', seconds: 1 },
];

/** `value` when `list` has it, else the list's first entry (the default): bad attribute values fall back. */
const oneOf = <T>(value: T, list: readonly T[]): T => (list.includes(value) ? value : list[0]);

/**
 * The endpoint as an absolute http(s) URL, or `''` when it is missing or anything else. (On the
 * server, which has no page, a relative endpoint is read against a stand-in origin: only whether it
 * is a web address is asked there.)
 */
function httpUrl(endpoint: string | null): string {
  if (!endpoint?.trim()) return '';
  const url = URL.parse(endpoint, globalThis.document?.baseURI ?? SERVER_BASE_URL);
  return url && isWebUrl(url.href) ? url.href : '';
}

/** "in 2 minutes": a wait of `seconds` in the reader's language, in its largest whole unit. */
function waitText(seconds: number, lang: string): string {
  const { unit, seconds: unitSeconds } = WAIT_UNITS.find((candidate) => seconds >= candidate.seconds) ?? WAIT_UNITS[WAIT_UNITS.length - 1];
  return new Intl.RelativeTimeFormat(safeLocale(lang), { numeric: 'auto' }).format(Math.round(seconds / unitSeconds), unit);
}

/**
 * WordPress's "Leave a Reply" form as an element: validated, posting to any endpoint, keeping a
 * draft of every word until the comment is safely posted.
 *
 * @tagname comment-form
 * @summary A comment form that posts JSON, WordPress form fields or WordPress REST JSON.
 *
 * @csspart heading - The "Leave a Reply" heading.
 * @csspart notice - "Your email address will not be published. Required fields are marked *".
 * @csspart label - Each field's label.
 * @csspart input - The name, email and website inputs.
 * @csspart textarea - The comment box.
 * @csspart error - A field's error message.
 * @csspart button - The "Post Comment" button (also "Cancel reply" and "Try again").
 * @csspart alert - The `role="alert"` region: problems with a submit.
 * @csspart status - The `role="status"` region: the success message.
 *
 * @cssprop [--comment-form-accent=var(--news-accent)] - Button background, checkbox and focus ring.
 * @cssprop [--comment-form-on-accent=light-dark(#fff, #0a2240)] - Button text.
 * @cssprop [--comment-form-error-color=light-dark(#b3261e, #ffb4ab)] - Error text and invalid borders.
 * @cssprop [--comment-form-border-color=color-mix(in srgb, currentColor 55%, transparent)] - Field borders.
 * @cssprop [--comment-form-radius=var(--news-radius)] - Corner radius.
 * @cssprop [--comment-form-gap=1rem] - Space between fields.
 *
 * @fires comment-submit - Before sending (cancelable). `detail.payload` may be changed; `preventDefault()` to send it yourself.
 * @fires comment-success - The endpoint accepted the comment. Detail: `{ response, payload, status }`.
 * @fires comment-error - The comment was not accepted. Detail: `{ status, code, message }`.
 * @fires comment-cancel - "Cancel reply" was pressed, or Escape in a reply form. Detail: `{ parentId }`.
 */
export class CommentForm extends LitElement {
  static override styles = styles;

  // Plain `static properties` rather than decorators, as in the project's other elements. Internal
  // state lives in `#private` fields and asks for a render with `requestUpdate()`.
  static override properties = {
    endpoint: {},
    articleId: { attribute: 'article-id' },
    parentId: { attribute: 'parent-id' },
    replyTo: { attribute: 'reply-to' },
    format: {},
    timeout: { type: Number },
    credentials: {},
    requireNameEmail: {
      attribute: 'require-name-email',
      converter: (value: string | null) => value === null || !/^(false|off|no|0)$/i.test(value.trim()),
    },
    maxlength: { type: Number },
    heading: {},
    headers: { attribute: false },
    strings: { attribute: false },
  };

  // With `useDefineForClassFields: false` these fields compile to plain assignments, so Lit's
  // accessors stay in charge.

  /** Where comments are sent (POST). Without a valid http(s) URL the form shows a setup error. */
  endpoint = '';

  /** The article commented on; defaults to the id of the surrounding `<news-article>`. */
  articleId = '';

  /** The comment replied to (empty for a top-level comment). */
  parentId = '';

  /** Name of the author replied to: "Leave a Reply to {name}" and a "Cancel reply" button. */
  replyTo = '';

  /** `json` (default), `form` (WordPress `wp-comments-post.php`) or `wordpress` (REST `/wp/v2/comments`). */
  format: CommentFormat = 'json';

  /** Milliseconds before a request is given up (default 15000). */
  timeout = 15000; // REQUEST_TIMEOUT_MS, written out: see `maxlength`

  /** `fetch` credentials mode: `omit`, `same-origin` (default) or `include`. */
  credentials: RequestCredentials = 'same-origin';

  /** Name and email required (default). `require-name-email="false"` makes them optional. */
  requireNameEmail = true;

  // DEFAULT_MAXLENGTH (rules.ts), written out: the manifest, and the README's table made from it,
  // give a field's initializer as its default, and would show the constant's name instead of the
  // number (the analyzer prefers the initializer to a `@default` tag). A test keeps the two equal.
  /** Longest comment in characters (default 65525, WordPress's). */
  maxlength = 65525;

  /** Heading text (default "Leave a Reply", localized). */
  heading = '';

  /** Extra request headers, e.g. `{ 'X-WP-Nonce': nonce }`. */
  headers: Record<string, string> = {};

  /** Overrides for any visible text (see `CommentFormStrings`). */
  strings: Partial<CommentFormStrings> = {};

  /** The enclosing `<news-article>`'s article (for its id). */
  #article = new ContextConsumer(this, { context: articleContext, subscribe: true });
  /** Renders again when the page's language changes, in that language's locale. */
  #language = new LanguageController(this);

  /** Each render waits for the locale of the element's language (on a French page, no English first). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#language.beforeUpdate(() => super.scheduleUpdate());
  }
  #sending = false;
  /** Shown field errors: those of the fields in `#touched`. */
  #errors: Partial<Record<CommentField, string>> = {};
  /** Fields whose errors show: changed and left, or all of them after a submit attempt. */
  #touched = new Set<CommentField>();
  /** The server's own words about fields of the comment last sent (until the field is edited). */
  #serverErrors: Partial<Record<CommentField, string>> = {};
  #alert: Alert = NO_ALERT;
  #status = '';
  /** A pointer is down in the form: errors from leaving a field wait until it is up (see `#onEdit`). */
  #pointerDown = false;
  /** The request body last sent and its Idempotency-Key, reused while the body stays the same. */
  #idempotency?: { body: string; key: string };
  #drafts?: DraftStore;
  #flush = () => this.#drafts?.flush();
  /**
   * The `idempotency_key` a form posted without JavaScript carries: a double submit stores one
   * comment. (With JavaScript the `Idempotency-Key` header of each request does that.)
   */
  #formPostKey = newIdempotencyKey();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this.#flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this.#flush);
    this.#flush();
  }

  /** Whether every field is valid (completes a bare website address first). Shows no new errors. */
  checkValidity(): boolean {
    return this.#validate().length === 0;
  }

  /** Like `checkValidity()`, and shows the errors, announces them and focuses the first invalid field. */
  reportValidity(): boolean {
    this.#touched = new Set(FIELDS);
    const invalid = this.#validate();
    if (invalid.length === 0) return true;
    this.#alert = { kind: 'fields', count: invalid.length };
    void this.updateComplete.then(() => this.#control(invalid[0])!.focus());
    return false;
  }

  /**
   * Empties the form and forgets its draft (call it after posting a comment yourself); the
   * remembered commenter, if any, is filled in again.
   */
  reset(): void {
    this.#drafts?.clear();
    this.#clear();
    this.#alert = NO_ALERT;
    this.#status = '';
  }

  /** Moves focus to the comment box (e.g. when a reply form opens). */
  async focusComment(): Promise<void> {
    await this.updateComplete;
    this.#control('content')?.focus();
  }

  get #t(): Strings {
    return localized('commentForm', languageOf(this), en, this.strings);
  }

  get #articleId(): string {
    return this.articleId || this.#article.value?.id || '';
  }

  /** `endpoint`, else where the surrounding article's CMS takes comments (a WordPress post's REST root). */
  get #endpoint(): string {
    return this.endpoint || this.#article.value?.comments?.endpoint || '';
  }

  /** `format`, else the format of the article's own endpoint when that is the one used. */
  get #format(): CommentFormat {
    const fromArticle = this.endpoint || this.hasAttribute('format') ? undefined : this.#article.value?.comments?.format;
    return oneOf(fromArticle ?? this.format, FORMATS);
  }

  /** The rules' options from the properties; a `maxlength` that is not a positive whole number falls back. */
  get #ruleOptions(): Required<RuleOptions> {
    const maxlength = Number.isInteger(this.maxlength) && this.maxlength > 0 ? this.maxlength : DEFAULT_MAXLENGTH;
    return { requireNameEmail: this.requireNameEmail, maxlength };
  }

  #control(id: string): Control | null {
    return this.renderRoot?.querySelector<Control>(`#${id}`);
  }

  /** What the fields hold, as typed (`''` for a field not rendered). */
  #values(): Draft {
    const value = (field: CommentField) => this.#control(field)?.value ?? '';
    return { content: value('content'), name: value('name'), email: value('email'), url: value('url') };
  }

  /**
   * Runs the rules on every field and stores each verdict as the input's custom validity (the rules
   * are stricter than the browser's own `required`/`type` checks: whitespace-only text, WordPress's
   * email rule, http(s) websites); shows the errors of the touched fields and keeps the count in the
   * alert up to date. Returns the invalid fields in form order.
   */
  #showErrors(): CommentField[] {
    const verdict = validateComment(this.#values(), this.#ruleOptions);
    const ruleErrors = verdict.ok ? {} : verdict.errors;
    // Numbers in the reader's language (the browser's default when the `lang` is malformed).
    const lang = languageOf(this);
    const messageOptions = { messages: this.#t, formatNumber: (value: number) => formatNumber(value, lang) };
    const shown: Partial<Record<CommentField, string>> = {};
    const invalid: CommentField[] = [];
    for (const field of FIELDS) {
      const control = this.#control(field);
      if (!control) continue;
      const error = ruleErrors[field];
      const message = error ? ruleMessage(error, messageOptions) : (this.#serverErrors[field] ?? '');
      control.setCustomValidity(message);
      if (!message) continue;
      invalid.push(field);
      if (this.#touched.has(field)) shown[field] = message;
    }
    this.#errors = shown;
    if (this.#alert.kind === 'fields') {
      const count = Object.keys(shown).length;
      this.#alert = count > 0 ? { kind: 'fields', count } : NO_ALERT;
    }
    this.requestUpdate();
    return invalid;
  }

  /** Completes a bare website address, then checks (and shows) as `#showErrors()`. */
  #validate(): CommentField[] {
    const url = this.#control('url');
    if (url) url.value = completeUrl(url.value);
    return this.#showErrors();
  }

  /**
   * `input` and `change` of the form. Typing clears the server's complaint about that field and
   * saves the draft; `change` on a text field means the reader changed it and left it: from now on
   * its errors show. Leaving a field by pressing a button of this form: an error appearing now would
   * push the button away from under the pointer and swallow the click, so errors then wait for the
   * pointer to be up (`#onPointerdown`).
   */
  #onEdit(event: Event): void {
    const el = event.target as Control;
    const field = FIELDS.find((known) => known === el.id); // not the consent box or the honeypot
    // A new comment begins: the last one's "posted" message has done its work.
    if (event.type === 'input' && this.#status) this.#status = '';
    if (field) {
      if (event.type === 'change') {
        this.#touched.add(field);
        if (field === 'url') el.value = completeUrl(el.value);
      } else {
        delete this.#serverErrors[field];
      }
      if (!this.#pointerDown) this.#showErrors();
    }
    this.#drafts?.schedule(this.#values());
  }

  /** "Cancel reply", or Escape inside a reply form: the draft is kept, the list closes the form. */
  #cancel(): void {
    this.#flush();
    emit<CommentCancelDetail>(this, 'comment-cancel', { parentId: this.parentId || null });
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.replyTo && !event.defaultPrevented) {
      event.preventDefault();
      this.#cancel();
    }
  }

  /** Ctrl+Enter (⌘+Enter) in the comment box posts it. */
  #onCommentKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) this.#onSubmit(event);
  }

  #onPointerdown(): void {
    this.#pointerDown = true;
    const up = () => {
      for (const type of ['pointerup', 'pointercancel']) removeEventListener(type, up, true);
      setTimeout(() => {
        this.#pointerDown = false;
        this.#showErrors();
      });
    };
    for (const type of ['pointerup', 'pointercancel']) addEventListener(type, up, true);
  }

  /** While sending, the consent box is read-only: a click does not change it. */
  #onConsentClick(event: Event): void {
    if (this.#sending) event.preventDefault();
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    void this.#submit();
  }

  /** "Try again": sends the same comment again, keeping focus on the form (the button goes away). */
  #onRetry(): void {
    this.#control('submit')!.focus();
    void this.#submit();
  }

  async #submit(): Promise<void> {
    const endpoint = httpUrl(this.#endpoint);
    // Set synchronously below: a second click or Enter arriving before the next render sends nothing.
    if (this.#sending || !endpoint) return;
    this.#status = '';
    if (!this.reportValidity()) return;
    // What is sent is what the rules checked: control and format characters removed, trimmed.
    const { content, name, email, url } = cleanFields(this.#values());
    const detail: CommentSubmitDetail = {
      payload: {
        articleId: this.#articleId,
        parentId: this.parentId || null,
        content,
        author: { name, email, url },
        honeypot: this.#control('hp')!.value,
      },
    };
    if (!emit(this, 'comment-submit', detail, { cancelable: true })) return;

    this.#sending = true;
    this.#alert = NO_ALERT;
    this.requestUpdate();
    const consent = this.#control('consent')!.checked;
    const format = this.#format;
    const comment = encodeComment(format, detail.payload, consent);
    // One key per comment: every retry of the same body reuses it; a success (or an edit) starts anew.
    if (this.#idempotency?.body !== comment.body) this.#idempotency = { body: comment.body, key: newIdempotencyKey() };
    const result = await sendComment({
      endpoint,
      format,
      comment,
      idempotencyKey: this.#idempotency.key,
      headers: this.headers,
      credentials: oneOf(this.credentials, CREDENTIALS),
      timeout: this.timeout > 0 ? this.timeout : REQUEST_TIMEOUT_MS,
    });
    this.#sending = false;
    this.requestUpdate();
    const t = this.#t;

    if (result.ok) {
      this.#drafts?.clear();
      saveCommenter(consent ? { name, email, url } : undefined);
      this.#clear();
      this.#status = t[SUCCESS_MESSAGES[result.moderation]];
      emit<CommentSuccessDetail>(this, 'comment-success', { response: result.response, payload: detail.payload, status: result.moderation });
      return;
    }
    const { status, code, fieldErrors, retryAfter } = result;
    let message: string;
    if (fieldErrors) {
      // The server's words go under their fields; the alert counts the fields.
      this.#serverErrors = fieldErrors;
      this.reportValidity();
      message = plural(t.fields, Object.keys(fieldErrors).length, languageOf(this));
    } else {
      // A server's own words, else ours.
      const time = retryAfter === undefined ? t.soon : waitText(retryAfter, languageOf(this));
      message = result.message || fill(t[FAILURE_MESSAGES[code]], { status, time });
      this.#alert = { kind: 'failure', message, retry: !FINAL.includes(code) };
    }
    emit<CommentErrorDetail>(this, 'comment-error', { status, code, message });
  }

  /** Empties the fields (after a success, or `reset()`); the remembered commenter comes back. */
  #clear(): void {
    this.renderRoot.querySelector('form')!.reset();
    this.#restore();
    this.#idempotency = undefined;
    this.#touched.clear();
    this.#serverErrors = {};
    this.#errors = {};
    this.requestUpdate();
  }

  /** Fills empty fields from the draft, then from the remembered commenter. */
  #restore(draft: Partial<Draft> = {}): void {
    const commenter: Partial<Draft> | undefined = loadCommenter(); // no `content`: the comment itself is never remembered
    for (const field of FIELDS) {
      const el = this.#control(field)!;
      el.value ||= draft[field] || commenter?.[field] || '';
    }
    if (commenter) this.#control('consent')!.checked = true;
  }

  protected override firstUpdated(): void {
    // From now on the element validates (its own rules and messages) and sends: the browser's own
    // validation, which a server-rendered form relies on without JavaScript, would get in the way.
    this.renderRoot.querySelector('form')!.noValidate = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The draft key needs the article id, which may arrive later through context.
    const key = draftKey(this.#articleId || location.pathname, this.parentId);
    if (this.#control('content') && this.#drafts?.key !== key) {
      this.#flush();
      this.#drafts = new DraftStore(key);
      this.#restore(this.#drafts.load());
    }
    // Rules changed after errors were shown: show the new verdict.
    if ((changed.has('requireNameEmail') || changed.has('maxlength')) && this.#touched.size > 0) this.#showErrors();
  }

  /** The text of the alert region (the setup error when there is nowhere to send to). */
  #alertText(t: Strings, ready: boolean): string {
    if (!ready) return t.noEndpoint;
    switch (this.#alert.kind) {
      case 'none':
        return '';
      case 'failure':
        return this.#alert.message;
      case 'fields':
        return plural(t.fields, this.#alert.count, languageOf(this));
    }
  }

  /** One field: label (with a `*` hidden from screen readers when required), control, error. */
  #field(field: CommentField, t: Strings): TemplateResult {
    const sending = this.#sending;
    const error = this.#errors[field];
    const required = isRequired(field, this.#ruleOptions);
    const describedBy = [field === 'email' ? 'email-note' : '', error ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
    const invalid = error ? 'true' : nothing;
    const marker = required ? html`<span class="req" aria-hidden="true"> *</span>` : '';
    const control =
      field === 'content'
        ? html`<textarea id="content" name="comment" part="textarea" rows="8" required ?readonly=${sending}
            aria-invalid=${invalid} aria-describedby=${describedBy} @keydown=${this.#onCommentKeydown}></textarea>`
        : html`<input id=${field} name=${INPUTS[field].name} type=${INPUTS[field].type} part="input" autocomplete=${INPUTS[field].autocomplete}
            spellcheck="false" ?required=${required} ?readonly=${sending} aria-invalid=${invalid} aria-describedby=${describedBy}>`;
    return html`<div class="field">
      <label for=${field} part="label">${t[LABELS[field]]}${marker}</label>
      ${control}
      ${error ? html`<p id="${field}-error" part="error">${error}</p>` : ''}
    </div>`;
  }

  override render(): TemplateResult {
    const t = this.#t;
    const sending = this.#sending;
    const ready = httpUrl(this.#endpoint) !== '';
    const alert = this.#alert;
    const retry = ready && alert.kind === 'failure' && alert.retry;
    // A real form: rendered on the server, it posts without JavaScript (WordPress's field names,
    // `wp-comments-post.php` or the reference endpoint), validated by the browser; once the element
    // runs it validates and sends itself (see `firstUpdated`).
    return html`<form method="post" action=${ready ? this.#endpoint : nothing} aria-labelledby="heading" @submit=${this.#onSubmit}
      @input=${this.#onEdit} @change=${this.#onEdit} @pointerdown=${this.#onPointerdown} @keydown=${this.#onKeydown}>
      <div class="head">
        <h2 id="heading" part="heading">${this.replyTo ? fill(t.replyHeading, { name: isolate(this.replyTo) }) : this.heading || t.heading}</h2>
        ${this.replyTo ? html`<button type="button" class="link" part="button cancel" @click=${this.#cancel}>${t.cancelReply}</button>` : ''}
      </div>
      ${ready
        ? html`<p part="notice"><span id="email-note">${t.emailNote}</span> ${t.requiredNote}</p>
            ${FIELDS.map((field) => this.#field(field, t))}
            <div class="hp" aria-hidden="true">
              <label for="hp">${t.honeypot}</label><input id="hp" name="honeypot" tabindex="-1" autocomplete="off">
            </div>
            <input type="hidden" name="comment_post_ID" value=${this.#articleId}>
            <input type="hidden" name="comment_parent" value=${this.parentId || '0'}>
            <input type="hidden" name="idempotency_key" value=${this.#formPostKey}>
            <div class="consent">
              <input id="consent" type="checkbox" name="wp-comment-cookies-consent" value="yes" aria-readonly=${sending} @click=${this.#onConsentClick}>
              <label for="consent" part="label">${t.consent}</label>
            </div>`
        : ''}
      <div role="alert" part="alert">${this.#alertText(t, ready)}${retry
          ? html` <button type="button" class="link" part="button retry" @click=${this.#onRetry}>${t.retry}</button>`
          : ''}</div>
      <div role="status" part="status">${this.#status}</div>
      ${ready ? html`<button id="submit" type="submit" part="button" aria-disabled=${sending}>${sending ? t.sending : t.submit}</button>` : ''}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'comment-form': CommentForm;
  }
  interface GlobalEventHandlersEventMap {
    'comment-submit': CustomEvent<CommentSubmitDetail>;
    'comment-success': CustomEvent<CommentSuccessDetail>;
    'comment-error': CustomEvent<CommentErrorDetail>;
    'comment-cancel': CustomEvent<CommentCancelDetail>;
  }
}
