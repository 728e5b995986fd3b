import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { ContextProvider } from '@lit/context';
import { articleContext } from '../context.js';
import type { Article } from '../model/article.js';
import { emit } from '../internal/events.js';
import { withDefined } from '../internal/json.js';
import { languageOf } from '../internal/locale.js';
import { LanguageController } from '../internal/language-controller.js';
import { normalizeArticleWith, type NormalizeOptions } from './normalize-core.js';
import { articleFormatsFor } from './formats/load.js';
import type { ArticleFormat, ArticleFormatName } from './formats/format.js';
import { renderBody, renderFigure } from './blocks.js';
import { writeJsonLd } from './json-ld.js';
import { MAX_ARTICLE_RESPONSE_BYTES } from '../internal/limits.js';
import { readBoundedJson } from '../internal/read-text.js';
import type { BylineStrings } from '../news-byline/strings.js';
import { localized } from '../internal/localize.js';
import { fill } from '../internal/messages.js';
import { en, type ArticleStrings } from './strings.js';
import { newsArticleStyles } from './news-article.styles.js';

/** Detail of `news-article-error`. */
export interface NewsArticleErrorDetail {
  /** What went wrong, e.g. `"headline" must be a non-empty string`. */
  message: string;
  /** HTTP status when the fetch got an answer that was not 2xx. */
  status?: number;
}

/**
 * A news article rendered from JSON: semantic markup, schema.org JSON-LD, sanitized HTML.
 *
 * @tagname news-article
 * @summary Renders a news article from JSON given by `src`, the `data` property or an inline
 * `<script type="application/json">` child.
 *
 * @slot - Content shown after the body and tags — where `<comment-list>` and `<comment-form>` go.
 *
 * @fires news-article-load - The article has rendered. `detail` is the normalized article.
 * @fires news-article-error - The article could not be loaded or is invalid. `detail`: `{ message, status? }`.
 *
 * @csspart article - The `<article>` element.
 * @csspart header - The header with section, headline, dek, dateline and byline.
 * @csspart section - The section name above the headline.
 * @csspart headline - The `<h1>`.
 * @csspart dek - The standfirst under the headline.
 * @csspart dateline - Where the story was filed from.
 * @csspart byline - The `<news-byline>` in the header.
 * @csspart figure - The hero image's `<figure>`.
 * @csspart caption - Figure captions.
 * @csspart credit - Image credits.
 * @csspart body - The article body.
 * @csspart body-figure - Images inside the body.
 * @csspart tags - The footer listing the tags.
 * @csspart tag - One tag.
 * @csspart loading - The loading state.
 * @csspart error - The error message (`role="alert"`).
 *
 * @cssprop [--news-article-max-width=42rem] - Measure of the article column.
 * @cssprop [--news-article-accent=var(--news-accent)] - Section label, quote rule and links.
 * @cssprop [--news-article-font=var(--news-font)] - Body font.
 * @cssprop [--news-article-headline-font=var(--news-heading-font)] - Headline and heading font.
 * @cssprop [--news-article-muted=var(--news-muted)] - Captions, dek and meta text.
 * @cssprop [--news-article-spacing=1.25rem] - Vertical rhythm between blocks.
 * @cssprop [--news-article-line-height=1.65] - Body line height.
 */
export class NewsArticle extends LitElement {
  static override styles = newsArticleStyles;

  // Plain `static properties` rather than decorators: the decorator runtime costs bundle bytes.
  static override properties = {
    src: {},
    format: {},
    itemId: { attribute: 'item-id' },
    data: { attribute: false },
    strings: { attribute: false },
    article: { attribute: false },
  };

  // With `useDefineForClassFields: false` these fields compile to plain assignments, so Lit's
  // accessors stay in charge.

  /** URL of the article JSON. Setting a new one aborts the previous request. */
  src?: string;

  /** The article as an object (untrusted: it is validated and sanitized like fetched JSON). */
  data?: unknown;

  /**
   * The JSON's format: `news-elements` (our own), `wordpress` (a REST post), `ghost` (a Content API
   * post), `jsonfeed` (a JSON Feed or one item), `schema` (schema.org JSON-LD), or `auto` (the
   * default), which tells them apart by their shape. With `schema` and no `src`, `data` or inline
   * JSON, the article is the page's own JSON-LD.
   */
  format: ArticleFormatName | 'auto' = 'auto';

  /** For a JSON Feed: the `id` of the item to show (else the first). */
  itemId?: string;

  /** Overrides for any visible text of the article and of its byline; the page's language picks the rest. */
  strings: Partial<ArticleStrings & BylineStrings> = {};

  /** The normalized article (read-only), also provided to nested elements through `articleContext`. */
  article?: Article;

  // What is shown besides the article: plain fields, re-rendered through `#show` (or, for
  // `#loading`, set during the update that renders it).
  #loading?: boolean;
  /** Why the last article could not be shown; unset while there is none to report. */
  #error?: string;

  #provider = new ContextProvider(this, { context: articleContext });
  /** Renders again when the page's language changes, in that language's locale. */
  #language = new LanguageController(this);

  /** Each render waits for the locale of the element's language (on a French page, no English first). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#language.beforeUpdate(() => super.scheduleUpdate());
  }

  #body?: ReturnType<typeof renderBody>;
  #request?: AbortController;
  /**
   * The JSON-LD script, in the light DOM while an article is shown and the element connected: the
   * one a server render put there, else one of our own (made when first connected, as a server
   * render has no `document`).
   */
  #jsonLd?: HTMLScriptElement;
  #announceLoad?: boolean;

  override connectedCallback(): void {
    super.connectedCallback();
    // A server render connects the element only for its context provider; its light DOM is written
    // by the renderer (news-elements/ssr), which gives the article as `data`.
    if (isServer) return;
    this.#jsonLd ??= this.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"]') ?? document.createElement('script');
    if (this.article) this.#writeJsonLd();
    else if (this.data === undefined && !this.src) this.#readInlineJson();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
    this.#jsonLd?.remove();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) {
      this.#request?.abort();
      this.#load(this.data);
    } else if (changed.has('src') && this.src) {
      void this.#fetchArticle(this.src);
    }
  }

  protected override updated(): void {
    if (this.#announceLoad && this.article) {
      this.#announceLoad = false;
      if (this.isConnected) this.#writeJsonLd();
      emit(this, 'news-article-load', this.article);
    }
  }

  /**
   * The JSON-LD for search engines, unless the article came from the page's own JSON-LD: that is
   * already there, and a second copy would describe the page twice.
   */
  #writeJsonLd(): void {
    if (this.#jsonLd && this.article && !this.#fromPageJsonLd) writeJsonLd(this, this.article, this.#jsonLd);
  }

  #fromPageJsonLd = false;

  /** A CMS may print the JSON into the page: `<script type="application/json">` as a child. */
  #readInlineJson(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) {
      if (this.format === 'schema') this.#readPageJsonLd();
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? '');
    } catch {
      this.#fail('the inline JSON is not valid JSON');
      return;
    }
    this.#load(json);
  }

  /** `format="schema"` alone: the article the page already describes in its JSON-LD scripts. */
  #readPageJsonLd(): void {
    const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')].filter((script) => script !== this.#jsonLd);
    const documents: unknown[] = [];
    for (const script of scripts) {
      try {
        documents.push(JSON.parse(script.textContent ?? ''));
      } catch {
        // One broken script (they are hand-edited) does not hide the others.
      }
    }
    if (!documents.length) {
      this.#fail(scripts.length ? "the page's JSON-LD is not valid JSON" : 'the page has no JSON-LD (script[type="application/ld+json"]) to read the article from');
      return;
    }
    this.#load(documents.flat(), undefined, true);
  }

  async #fetchArticle(src: string): Promise<void> {
    this.#request?.abort();
    const { signal } = (this.#request = new AbortController());
    this.#loads++; // an article still waiting for its format is replaced by this one
    this.#loading = true;
    let response: Response;
    try {
      response = await fetch(src, { signal, headers: { Accept: 'application/json' } });
    } catch {
      if (!signal.aborted) this.#fail(`${src} could not be loaded (network error)`);
      return;
    }
    if (signal.aborted) return;
    if (!response.ok) {
      this.#fail(`${src} answered HTTP ${response.status}`, response.status);
      return;
    }
    let body: Awaited<ReturnType<typeof readBoundedJson>>;
    try {
      body = await readBoundedJson(response, MAX_ARTICLE_RESPONSE_BYTES);
    } catch {
      if (!signal.aborted) this.#fail(`${src} could not be loaded (network error)`);
      return;
    }
    if (signal.aborted) return;
    if ('value' in body) this.#load(body.value, response.url || new URL(src, document.baseURI).href);
    else this.#fail(body.problem === 'too-large' ? `${src} is larger than ${MAX_ARTICLE_RESPONSE_BYTES} bytes` : `${src} is not valid JSON`);
  }

  /** Counts the inputs given to `#load`: a CMS format still loading must not show an article that was replaced meanwhile. */
  #loads = 0;

  /**
   * Shows `input` (fetched from `src`, or read from the page's JSON-LD), or says why it cannot. Our
   * own JSON is read at once; another format first loads the formats' chunk, the loading state
   * showing meanwhile.
   */
  #load(input: unknown, src?: string, fromPageJsonLd = false): void {
    const load = ++this.#loads;
    const formats = articleFormatsFor(input, this.format);
    if (!(formats instanceof Promise)) {
      this.#read(formats, input, src, fromPageJsonLd);
      return;
    }
    this.#loading = true;
    this.requestUpdate();
    formats.then(
      (loaded) => load === this.#loads && this.#read(loaded, input, src, fromPageJsonLd),
      () => load === this.#loads && this.#fail('the article formats could not be loaded (network error)'),
    );
  }

  #read(formats: readonly ArticleFormat[], input: unknown, src: string | undefined, fromPageJsonLd: boolean): void {
    this.#fromPageJsonLd = fromPageJsonLd;
    const options = withDefined<NormalizeOptions>({ format: this.format }, { src, itemId: this.itemId });
    const { article, error } = normalizeArticleWith(formats, input, options);
    if (error !== undefined) {
      this.#fail(error);
      return;
    }
    this.#show(article);
    this.#announceLoad = true;
  }

  #fail(message: string, status?: number): void {
    this.#show(undefined, message);
    this.#jsonLd?.remove();
    emit(this, 'news-article-error', withDefined<NewsArticleErrorDetail>({ message }, { status }));
  }

  /** The article, or the error shown instead of one; either way the loading state ends. */
  #show(article: Article | undefined, error?: string): void {
    this.article = article;
    this.#provider.setValue(article);
    this.#body = article && renderBody(article);
    this.#loading = false;
    this.#error = error;
    this.requestUpdate();
  }

  #onSlotChange(): void {
    // The inline JSON may be parsed after the element upgraded (a script that ran early); only
    // read while nothing was ever shown, not when the JSON-LD script is appended to the children.
    if (!this.article && !this.#error && !this.#loading && this.data === undefined && !this.src) this.#readInlineJson();
  }

  #renderArticle(article: Article, text: ArticleStrings) {
    // The byline carries the article's language as its own `lang`: a server render, which cannot
    // look up the ancestors' `lang`, then gives it the language the browser finds.
    return html`<article part="article" lang=${article.language ?? nothing}>
      <header part="header">
        ${article.section ? html`<p class="section" part="section" dir="auto">${article.section}</p>` : nothing}
        <h1 part="headline">${article.headline}</h1>
        ${article.dek ? html`<p class="dek" part="dek">${article.dek}</p>` : nothing}
        <div class="meta">
          ${article.dateline ? html`<span class="dateline" part="dateline" dir="auto">${article.dateline}</span>` : nothing}
          <news-byline part="byline" exportparts="avatar,author,role,dates,reading-time" lang=${article.language ?? nothing} .strings=${this.strings}></news-byline>
        </div>
      </header>
      ${article.image ? renderFigure(article.image, 'figure', 'eager') : nothing}
      <div class="body" part="body">${this.#body}</div>
      ${article.tags.length
        ? html`<footer part="tags">
            <ul aria-label=${text.tags}>
              ${article.tags.map((tag) => html`<li part="tag" dir="auto">${tag}</li>`)}
            </ul>
          </footer>`
        : nothing}
    </article>`;
  }

  /**
   * While the article loads: a skeleton at least a viewport tall in the article's own shape, and
   * none of the nested content (the comments) yet, so nothing the reader sees moves when the
   * article arrives and pushes what follows down.
   */
  #renderSkeleton(text: ArticleStrings) {
    // `bone-*` classes: the article's own `.section`, `.dek` … rules must not style the skeleton.
    const line = (kind: string) => html`<span class="bone bone-${kind}"></span>`;
    return html`<div class="skeleton" part="loading" role="status">
      <p class="loading-text">${text.loading}</p>
      <div aria-hidden="true">
        ${line('section')}${line('headline')}${line('headline-short')}${line('dek')}${line('byline')}${line('hero')}
        ${[1, 2, 3, 4, 5, 6].map(() => line('text'))}${line('text-short')}
      </div>
    </div>`;
  }

  protected override render() {
    const text = localized('article', languageOf(this), en, this.strings);
    if (this.#loading) return this.#renderSkeleton(text);
    let content: unknown = nothing;
    if (this.#error) {
      content = html`<div role="alert" part="error">${fill(text.loadFailed, { reason: this.#error })}</div>`;
    } else if (this.article) {
      content = this.#renderArticle(this.article, text);
    }
    return html`${content}<slot @slotchange=${this.#onSlotChange}></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
  interface GlobalEventHandlersEventMap {
    'news-article-load': CustomEvent<Article>;
    'news-article-error': CustomEvent<NewsArticleErrorDetail>;
  }
}
