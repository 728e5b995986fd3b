import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { articleContext } from '../internal/article-context.js';
import { emit } from '../internal/events.js';
import { formatDate, formatRelative, languageOf, pluralCategory } from '../internal/locale.js';
import { DEFAULT_MAXLENGTH, FIELDS, charCount, checkField, completeUrl, type CommentField, type RuleKey } from './rules.js';
import {
  encodeComment,
  newIdempotencyKey,
  sendComment,
  type CommentErrorCode,
  type CommentFormat,
  type CommentPayload,
  type SendFailure,
  type SendSuccess,
} from './transport.js';
import { DraftStore, draftKey, loadCommenter, saveCommenter, type Draft } from './drafts.js';
import { fill, stringsFor, type CommentFormStrings } from './strings.js';
import { styles } from './comment-form.styles.js';

export type { CommentPayload, CommentFormat, CommentErrorCode } from './transport.js';
export type { CommentFormStrings } from './strings.js';

export interface CommentSubmitDetail {
  /** The JSON-format payload; change it in place (or replace it) before it is encoded. */
  payload: CommentPayload;
}
export interface CommentSuccessDetail {
  /** The parsed response JSON, or `null` (empty body, or the page a `form` post redirected to). */
  response: unknown;
  payload: CommentPayload;
  status: 'pending' | 'approved';
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

type Control = HTMLInputElement | HTMLTextAreaElement;
type Alert = { message: string; retry?: boolean } | { count: number };

const FORMATS: readonly CommentFormat[] = ['json', 'form', 'wordpress'];
const CREDENTIALS: readonly RequestCredentials[] = ['omit', 'same-origin', 'include'];
const RETRY: readonly CommentErrorCode[] = ['server', 'bad-response', 'network', 'timeout', 'too-fast'];
const ERROR_TEXT: Record<CommentErrorCode, keyof CommentFormStrings> = {
  invalid: 'fieldsOther',
  rejected: 'rejected',
  duplicate: 'duplicate',
  'too-fast': 'tooFast',
  login: 'login',
  closed: 'closed',
  server: 'server',
  'bad-response': 'badResponse',
  network: 'network',
  timeout: 'timeout',
};

/**
 * WordPress's "Leave a Reply" form as an element: validated, posting to any endpoint, keeping a
 * draft of every word until the comment is safely posted.
 *
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
 * @cssprop --comment-form-color - Text colour (default: inherited).
 * @cssprop --comment-form-accent - Button background and focus ring.
 * @cssprop --comment-form-on-accent - Button text.
 * @cssprop --comment-form-error-color - Error text and invalid borders.
 * @cssprop --comment-form-success-color - The success message.
 * @cssprop --comment-form-border-color - Field borders (default: the text colour at 55 %).
 * @cssprop --comment-form-field-background - Field background (default: transparent).
 * @cssprop --comment-form-focus-color - Focus ring (default: the accent).
 * @cssprop --comment-form-radius - Corner radius.
 * @cssprop --comment-form-gap - Space between fields.
 * @cssprop --comment-form-heading-size - Heading font size.
 * @cssprop --comment-form-input-width - Largest width of the one-line inputs.
 *
 * @fires comment-submit - Before sending (cancelable). `detail.payload` may be changed; `preventDefault()` to send it yourself.
 * @fires comment-success - The endpoint accepted the comment. Detail: `{ response, payload, status }`.
 * @fires comment-error - The comment was not accepted. Detail: `{ status, code, message }`.
 * @fires comment-cancel - "Cancel reply" was pressed. Detail: `{ parentId }`.
 */
export class CommentForm extends LitElement {
  static override styles = styles;

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
      converter: { fromAttribute: (value: string | null) => value === null || !/^(false|off|no|0)$/i.test(value.trim()) },
    },
    maxlength: { type: Number },
    heading: {},
    headers: { attribute: false },
    strings: { attribute: false },
    _sending: { state: true },
    _errors: { state: true },
    _alert: { state: true },
    _status: { state: true },
  };

  /** Where comments are sent (POST). Without a valid http(s) URL the form shows a setup error. */
  declare endpoint: string;

  /** The article commented on; defaults to the id of the surrounding `<news-article>`. */
  declare articleId: string;

  /** The comment replied to (empty for a top-level comment). */
  declare parentId: string;

  /** Name of the author replied to: "Leave a Reply to {name}" and a "Cancel reply" button. */
  declare replyTo: string;

  /** `json` (default), `form` (WordPress `wp-comments-post.php`) or `wordpress` (REST `/wp/v2/comments`). */
  declare format: CommentFormat;

  /** Milliseconds before a request is given up (default 15000). */
  declare timeout: number;

  /** `fetch` credentials mode: `omit`, `same-origin` (default) or `include`. */
  declare credentials: RequestCredentials;

  /** Name and email required (default). `require-name-email="false"` makes them optional. */
  declare requireNameEmail: boolean;

  /** Longest comment in characters (default 65525, WordPress's). */
  declare maxlength: number;

  /** Heading text (default "Leave a Reply", localized). */
  declare heading: string;

  /** Extra request headers, e.g. `{ 'X-WP-Nonce': nonce }`. */
  declare headers: Record<string, string>;

  /** Overrides for any visible text (see `CommentFormStrings`). */
  declare strings: Partial<CommentFormStrings>;

  declare private _sending: boolean;
  /** Shown field errors (a field's error is shown once it was changed and left, or after a submit). */
  declare private _errors: Partial<Record<CommentField, string>>;
  declare private _alert?: Alert;
  declare private _status: string;

  /** The enclosing `<news-article>`'s article (for its id). */
  private _article = new ContextConsumer(this, { context: articleContext, subscribe: true });

  constructor() {
    super();
    this.endpoint = this.articleId = this.parentId = this.replyTo = this.heading = this._status = '';
    this.format = 'json';
    this.timeout = 15000;
    this.credentials = 'same-origin';
    this.requireNameEmail = true;
    this.maxlength = DEFAULT_MAXLENGTH;
    this.headers = {};
    this.strings = {};
    this._sending = false;
    this._errors = {};
  }

  private _submitted = false;
  private _pointerDown = false;
  private _deferred = false;
  private _touched = new Set<CommentField>();
  private _serverErrors: Partial<Record<CommentField, string>> = {};
  private _key?: { body: string; value: string };
  private _drafts?: DraftStore;
  private readonly _onPagehide = () => this._drafts?.flush();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('pagehide', this._onPagehide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('pagehide', this._onPagehide);
    this._drafts?.flush();
  }

  /** Whether every field is valid (completes a bare website address first). Shows nothing. */
  checkValidity(): boolean {
    return this._validate().length === 0;
  }

  /** Like `checkValidity()`, and shows the errors, announces them and focuses the first invalid field. */
  reportValidity(): boolean {
    this._submitted = true;
    const invalid = this._validate();
    this._showErrors();
    if (invalid.length) {
      this._alert = { count: invalid.length };
      void this.updateComplete.then(() => this._control(invalid[0])?.focus());
    }
    return !invalid.length;
  }

  /**
   * Empties the form and forgets its draft (call it after posting a comment yourself); the
   * remembered commenter, if any, is filled in again.
   */
  reset(): void {
    this._drafts?.clear();
    this._clear();
    this._alert = undefined;
    this._status = '';
  }

  /** Moves focus to the comment box (e.g. when a reply form opens). */
  async focusComment(): Promise<void> {
    await this.updateComplete;
    this._control('content')?.focus();
  }

  private get _t(): CommentFormStrings {
    return { ...stringsFor(languageOf(this)), ...this.strings };
  }

  private get _max(): number {
    return Number.isInteger(this.maxlength) && this.maxlength > 0 ? this.maxlength : DEFAULT_MAXLENGTH;
  }

  private get _endpointUrl(): string | undefined {
    const endpoint = (this.endpoint ?? '').trim();
    try {
      const url = new URL(endpoint, document.baseURI);
      return endpoint && /^https?:$/.test(url.protocol) ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  private _control(field: CommentField | 'consent' | 'hp'): Control | null {
    return this.renderRoot?.querySelector<Control>(`#${field}`) ?? null;
  }

  /** Runs the rules on a field, stores the result as the input's custom validity, returns the message. */
  private _check(field: CommentField): string {
    const el = this._control(field);
    if (!el) return '';
    el.setCustomValidity('');
    const value = field === 'url' ? completeUrl(el.value) : el.value;
    const v = el.validity;
    const native = v.valueMissing ? `${field}Missing` : v.typeMismatch && value === el.value ? `${field}Invalid` : undefined;
    const key = checkField(field, value, { requireNameEmail: this.requireNameEmail, maxlength: this._max }) ?? (native as RuleKey | undefined);
    const message = key
      ? fill(this._t[key], { max: this._number(this._max), count: this._number(charCount(value.trim())) })
      : (this._serverErrors[field] ?? '');
    el.setCustomValidity(message);
    return message;
  }

  /** Completes a bare website, checks every field; returns the invalid ones in form order. */
  private _validate(): CommentField[] {
    const url = this._control('url');
    if (url) url.value = completeUrl(url.value);
    return FIELDS.filter((field) => this._check(field));
  }

  /** Re-checks every field and updates the shown errors (and the count in the alert). */
  private _showErrors(): void {
    const errors: Partial<Record<CommentField, string>> = {};
    for (const field of FIELDS) {
      const message = this._check(field);
      if (message && (this._submitted || this._touched.has(field))) errors[field] = message;
    }
    this._errors = errors;
    if (this._alert && 'count' in this._alert) {
      const count = Object.keys(errors).length;
      this._alert = count ? { count } : undefined;
    }
  }

  private _fieldOf(event: Event): CommentField | undefined {
    const id = (event.target as Element).id as CommentField;
    return FIELDS.includes(id) ? id : undefined;
  }

  private _onInput(event: Event): void {
    const field = this._fieldOf(event);
    if (field) {
      delete this._serverErrors[field];
      this._showErrors();
    }
    this._drafts?.schedule(this._values());
  }

  /** `change` on a text field = the reader changed it and left it: from now on its errors show. */
  private _onChange(event: Event): void {
    const field = this._fieldOf(event);
    if (!field) return;
    this._touched.add(field);
    const el = this._control(field)!;
    if (field === 'url') el.value = completeUrl(el.value);
    // Leaving a field by pressing a button of this form: an error appearing now would push the
    // button away from under the pointer and swallow the click. Show it once the click is done.
    if (this._pointerDown) this._deferred = true;
    else this._showErrors();
  }

  private _onPointerdown(): void {
    this._pointerDown = true;
    const up = () => {
      removeEventListener('pointerup', up, true);
      removeEventListener('pointercancel', up, true);
      setTimeout(() => {
        this._pointerDown = false;
        if (this._deferred) this._showErrors();
        this._deferred = false;
      });
    };
    addEventListener('pointerup', up, true);
    addEventListener('pointercancel', up, true);
  }

  private _onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this._submit();
    }
  }

  private _onSubmit(event: Event): void {
    event.preventDefault();
    void this._submit();
  }

  private _retry(): void {
    this.renderRoot.querySelector<HTMLElement>('.submit')?.focus();
    void this._submit();
  }

  private _cancel(): void {
    this._drafts?.flush();
    emit<CommentCancelDetail>(this, 'comment-cancel', { parentId: this.parentId || null });
  }

  private _values(): Draft {
    const value = (field: CommentField) => this._control(field)?.value ?? '';
    return { content: value('content'), name: value('name'), email: value('email'), url: value('url') };
  }

  private async _submit(): Promise<void> {
    // Set synchronously: a second click or Enter arriving before the next render sends nothing.
    if (this._sending || !this._endpointUrl) return;
    this._status = '';
    if (!this.reportValidity()) return;
    const values = this._values();
    const payload: CommentPayload = {
      articleId: this.articleId || this._article.value?.id || '',
      parentId: this.parentId || null,
      content: values.content.trim(),
      author: { name: values.name.trim(), email: values.email.trim(), url: values.url.trim() },
      honeypot: this._control('hp')?.value ?? '',
    };
    const detail: CommentSubmitDetail = { payload };
    if (!emit(this, 'comment-submit', detail, { cancelable: true })) return;

    this._sending = true;
    this._alert = undefined;
    const consent = !!(this._control('consent') as HTMLInputElement | null)?.checked;
    const format = FORMATS.includes(this.format) ? this.format : 'json';
    const comment = encodeComment(format, detail.payload, consent);
    // One key per comment: every retry of the same body reuses it; a success (or an edit) starts anew.
    if (this._key?.body !== comment.body) this._key = { body: comment.body, value: newIdempotencyKey() };
    const result = await sendComment({
      endpoint: this._endpointUrl,
      format,
      comment,
      idempotencyKey: this._key.value,
      headers: this.headers,
      credentials: CREDENTIALS.includes(this.credentials) ? this.credentials : 'same-origin',
      timeout: this.timeout > 0 ? this.timeout : 15000,
    });
    this._sending = false;
    if (result.ok) this._succeed(result, detail.payload, values, consent);
    else this._fail(result);
  }

  private _succeed(result: SendSuccess, payload: CommentPayload, values: Draft, consent: boolean): void {
    this._drafts?.clear();
    saveCommenter(consent ? values : undefined);
    this._clear();
    this._status = this._t[result.moderation];
    emit<CommentSuccessDetail>(this, 'comment-success', { response: result.response, payload, status: result.moderation });
  }

  private _fail(result: SendFailure): void {
    let message: string;
    if (result.fieldErrors) {
      this._serverErrors = result.fieldErrors;
      this.reportValidity();
      message = this._countText(Object.keys(result.fieldErrors).length);
    } else {
      const key = result.code === 'too-fast' && result.retryAfter !== undefined ? 'tooFastUntil' : ERROR_TEXT[result.code];
      const time = key === 'tooFastUntil' ? this._when(result.retryAfter!) : '';
      message = result.message || fill(this._t[key], { status: result.status, time });
      this._alert = { message, retry: RETRY.includes(result.code) };
    }
    emit<CommentErrorDetail>(this, 'comment-error', { status: result.status, code: result.code, message });
  }

  /** Empties the fields (after a success, or `reset()`); the remembered commenter comes back. */
  private _clear(): void {
    const commenter = loadCommenter();
    for (const field of FIELDS) {
      const el = this._control(field);
      if (el) el.value = field === 'content' ? '' : (commenter?.[field] ?? '');
    }
    const consent = this._control('consent') as HTMLInputElement | null;
    if (consent) consent.checked = !!commenter;
    this._key = undefined;
    this._submitted = false;
    this._touched.clear();
    this._serverErrors = {};
    this._errors = {};
  }

  private _number(n: number): string {
    return new Intl.NumberFormat(languageOf(this)).format(n);
  }

  private _when(seconds: number): string {
    const lang = languageOf(this);
    const date = new Date(Date.now() + seconds * 1000);
    return formatRelative(date, lang) ?? formatDate(date, lang);
  }

  private _countText(count: number): string {
    const t = this._t;
    return fill(pluralCategory(count, languageOf(this)) === 'one' ? t.fieldsOne : t.fieldsOther, { count });
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The draft key needs the article id, which may arrive later through context.
    const key = draftKey(this.articleId || this._article.value?.id || location.pathname, this.parentId || null);
    if (this._control('content') && this._drafts?.key !== key) {
      this._drafts?.flush();
      this._drafts = new DraftStore(key);
      this._restore(this._drafts.load());
    }
    // Rules changed after errors were shown: show the new verdict.
    if ((changed.has('requireNameEmail') || changed.has('maxlength')) && (this._submitted || this._touched.size)) this._showErrors();
  }

  /** Fills empty fields from the draft, then from the remembered commenter. */
  private _restore(draft: Draft): void {
    const commenter = loadCommenter();
    for (const field of FIELDS) {
      const el = this._control(field)!;
      if (!el.value) el.value = draft[field] || (field === 'content' ? '' : (commenter?.[field] ?? ''));
    }
    if (commenter) (this._control('consent') as HTMLInputElement).checked = true;
  }

  private _field(field: CommentField, label: string, control: (describedBy: string | typeof nothing) => TemplateResult, required: boolean, note?: string): TemplateResult {
    const error = this._errors[field];
    const ids = [note, error && `${field}-error`].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${field} part="label">${label}${required ? html`<span class="req" aria-hidden="true"> *</span>` : nothing}</label>
      ${control(ids || nothing)}
      ${error ? html`<p id="${field}-error" class="error" part="error">${error}</p>` : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const t = this._t;
    const heading = this.replyTo ? fill(t.replyHeading, { name: this.replyTo }) : this.heading || t.heading;
    const head = html`<div class="head">
      <h2 id="heading" part="heading">${heading}</h2>
      ${this.replyTo ? html`<button type="button" class="link" part="button cancel" @click=${this._cancel}>${t.cancelReply}</button>` : nothing}
    </div>`;
    if (!this._endpointUrl) return html`${head}<p class="alert" role="alert" part="alert">${t.noEndpoint}</p>`;

    const sending = this._sending;
    const needed = this.requireNameEmail;
    const invalid = (field: CommentField) => (this._errors[field] ? 'true' : nothing);
    const input = (field: CommentField, type: string, autocomplete: string, required: boolean) => (describedBy: string | typeof nothing) =>
      html`<input id=${field} name=${field} type=${type} part="input" autocomplete=${autocomplete} spellcheck="false"
        ?required=${required} ?readonly=${sending} aria-invalid=${invalid(field)} aria-describedby=${describedBy} />`;
    const alert = this._alert;

    return html`<form novalidate aria-labelledby="heading" @submit=${this._onSubmit} @input=${this._onInput} @change=${this._onChange}
      @pointerdown=${this._onPointerdown}>
      ${head}
      <p class="notice" part="notice"><span id="email-note">${t.emailNote}</span> ${t.requiredNote}</p>
      ${this._field(
        'content',
        t.comment,
        (describedBy) => html`<textarea id="content" name="comment" part="textarea" rows="8" required ?readonly=${sending}
          aria-invalid=${invalid('content')} aria-describedby=${describedBy} @keydown=${this._onKeydown}></textarea>`,
        true,
      )}
      ${this._field('name', t.name, input('name', 'text', 'name', needed), needed)}
      ${this._field('email', t.email, input('email', 'email', 'email', needed), needed, 'email-note')}
      ${this._field('url', t.website, input('url', 'url', 'url', false), false)}
      <div class="hp" aria-hidden="true">
        <label for="hp">${t.honeypot}</label><input id="hp" name="hp" tabindex="-1" autocomplete="off" />
      </div>
      <div class="consent">
        <input id="consent" type="checkbox" name="wp-comment-cookies-consent" value="yes" aria-readonly=${sending ? 'true' : nothing}
          @click=${(e: Event) => sending && e.preventDefault()} />
        <label for="consent" part="label">${t.consent}</label>
      </div>
      <div class="alert" role="alert" part="alert">${alert
        ? html`${'count' in alert ? this._countText(alert.count) : alert.message}${'retry' in alert && alert.retry
            ? html` <button type="button" class="link" part="button retry" @click=${this._retry}>${t.retry}</button>`
            : nothing}`
        : nothing}</div>
      <div class="status" role="status" part="status">${this._status || nothing}</div>
      <button type="submit" class="submit" part="button" aria-disabled=${sending ? 'true' : 'false'}>${sending ? t.sending : t.submit}</button>
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
