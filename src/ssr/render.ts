/**
 * The elements rendered on the server by `@lit-labs/ssr`, into
 * HTML that shows without JavaScript — each element's shadow root as a declarative
 * `<template shadowrootmode="open">` — and that the bundle then hydrates without re-rendering. The
 * same `render()` runs here as in the browser; what a browser would ask the DOM for (the language,
 * the time zone, the HTML parser of the sanitizer) comes from the options and the parse5 sanitizer
 * (internal/server-render.ts).
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../news-article/define.js';
import '../comment-list/define.js'; // and <comment-form>, for its reply buttons
import '../internal/all-locales.js'; // a page may be rendered in any shipped language
import { normalizeArticle } from '../news-article/normalize.js';
import { ARTICLE_FORMATS } from '../news-article/formats/index.js';
import { provideArticleFormats } from '../news-article/formats/load.js';
import { idSuffix, normalizePage } from '../comment-list/thread.js';
import type { CommentOrder, CommentPage } from '../model/comment.js';
import { serializeJsonLd, toNewsArticleLd } from '../news-article/json-ld.js';
import { SERVER_BASE_URL, registerServerSanitizer, serverRenderSettings, withServerRender } from '../internal/server-render.js';
import { sanitizeMarkupWithText } from '../sanitize/sanitize-markup.js';
import type { Article } from '../model/article.js';

/** What every render function takes. */
export interface RenderOptions {
  /** The language of the page (BCP 47); an article's own `language` still applies to it. Default `en`. */
  lang?: string;
  /** The time zone dates are written in (IANA, e.g. `Europe/Paris`). Default `UTC`: a server has no reader's zone. */
  timeZone?: string;
  /** The clock, for relative dates: fixed, the output is the same on every run. Default: now. */
  now?: Date | number;
}

/** Input an element would refuse: `message` is what the element would show. */
export class RenderInputError extends Error {
  override name = 'RenderInputError';
}

registerServerSanitizer({ sanitize: sanitizeMarkupWithText, renderMarkup: (markup) => unsafeHTML(markup) });
// An element rendered here with a CMS's JSON as `data` reads it at once: a server render cannot wait for a chunk.
provideArticleFormats(ARTICLE_FORMATS);

/**
 * Elements the renderer connects (it connects none unless asked). The byline takes the article from
 * its `<news-article>` through `@lit/context`, whose request is an event dispatched when the byline
 * connects and answered by the provider, which listens once its element is connected (has its
 * shadow root, through which the event travels).
 */
const CONNECTED_ON_SERVER = new Set(['news-article', 'news-byline']);
LitElementRenderer.renderOptions.push((element) => (CONNECTED_ON_SERVER.has(element.localName) ? { connectedCallback: true } : undefined));

/**
 * Where trusted markup given as `children` goes, spliced in after the render: markup given to the
 * renderer itself would be rendered as a template, and custom elements in it rendered anew (an empty
 * `<comment-list>` in place of one already rendered). Nothing rendered can contain this comment:
 * text is escaped, and the embedded JSON escapes every `<`.
 */
const CHILDREN_MARKER = '<!--news-elements:children-->';

/**
 * The HTML of the template `make` returns, made and rendered with `options` in force (the input
 * normalized inside, so its HTML is parsed once for the render), with `children` in place of its marker.
 */
function renderToString(make: () => TemplateResult, options: RenderOptions, children = ''): string {
  const settings = serverRenderSettings({ ...options, now: options.now === undefined ? undefined : Number(options.now) });
  const html = withServerRender(settings, () => collectResultSync(render(make())));
  return html.replace(CHILDREN_MARKER, () => children);
}

/** A `<script>` of JSON text made by `serializeJsonLd` (which keeps it from ending the script early). */
const scriptOf = (type: string, json: string) => unsafeHTML(`<script type="${type}">${json}</script>`);
/** A `<script>` whose text is a value as JSON (the JSON-LD, an embedded article). */
const jsonScript = (type: string, value: unknown) => scriptOf(type, serializeJsonLd(value));

/** The article, normalized as `<news-article>` normalizes it; a `RenderInputError` with the element's message when it is not one. */
export function articleFrom(input: unknown): Article {
  const { article, error } = normalizeArticle(input);
  if (error !== undefined) throw new RenderInputError(error);
  return article;
}

/**
 * `<news-article>` with its light DOM: the JSON-LD, the normalized article (which the element reads
 * when it upgrades, so it hydrates without fetching), then `light` (the comments, the marker).
 */
function articleTemplate(article: Article, options: RenderOptions, light: unknown): TemplateResult {
  // The element gets the article as `data`; the embedded JSON is for the browser.
  return html`<news-article lang=${options.lang || nothing} .data=${article}>${jsonScript('application/ld+json', toNewsArticleLd(article))}${jsonScript('application/json', article)}${light}</news-article>`;
}

/**
 * A `<news-article>`, rendered: its shadow root (with the byline rendered inside) as a declarative
 * shadow root, and in its light DOM the schema.org JSON-LD and the normalized article as
 * `<script type="application/json">`, which the element reads when it upgrades — so it hydrates
 * without fetching. `input` is anything `<news-article>` accepts; `children` is trusted HTML put
 * after the scripts, where the article's slot shows it, written as it is. Throws `RenderInputError`
 * for an input the element would refuse.
 */
export function renderArticle(input: unknown, options: RenderOptions & { children?: string } = {}): string {
  return renderToString(() => articleTemplate(articleFrom(input), options, unsafeHTML(CHILDREN_MARKER)), options, options.children);
}

export interface CommentsOptions extends RenderOptions {
  /** The article the comments belong to (a server render has no surrounding `<news-article>` to ask). */
  articleId?: string;
  /** Where the list gets more pages (`next`) and reloads from, in the browser. */
  src?: string;
  /** Where its reply forms post, and how (`json`, `form`, `wordpress`). */
  endpoint?: string;
  format?: string;
  order?: CommentOrder;
  maxDepth?: number;
  /** The list follows the thread live in the browser (`<comment-list live>`). */
  live?: boolean;
  /** With `live`: the event id the first page was read at (the thread answer's `X-Comments-Event-Id`), where the stream starts. */
  liveFrom?: string;
}

/**
 * The page as the element will read it. A relative `next` is read against `src` on the server's
 * stand-in origin, and written back as a path (`/api/…?page=2`), which the browser reads against the page.
 */
function pageFrom(input: unknown, src: string | undefined): CommentPage {
  const page = normalizePage(input, new URL(src ?? '/', SERVER_BASE_URL).href);
  if ('error' in page) throw new RenderInputError(page.error);
  const { origin } = new URL(SERVER_BASE_URL);
  if (page.next?.startsWith(`${origin}/`)) page.next = page.next.slice(origin.length);
  return page;
}

/** `<comment-list>` with its first page given, and embedded for the browser. Throws `RenderInputError` for input the element refuses. */
function commentsTemplate(input: unknown, options: CommentsOptions): TemplateResult {
  // The page as the browser will read it from the embedded JSON (dates as ISO strings): the element
  // renders the same value on both sides.
  const normalized = pageFrom(input, options.src);
  const json = serializeJsonLd(normalized);
  const page = JSON.parse(json) as unknown;
  // Each comment's anchor, in the light DOM where `#comment-{id}` finds it (the endpoint sends a
  // reader back to it after posting without JavaScript); the comment's slot shows it in place.
  const anchors = normalized.comments.map(({ id }) => html`<span id="comment-${idSuffix(id)}" slot="comment-${idSuffix(id)}"></span>`);
  return html`<comment-list lang=${options.lang || nothing} src=${options.src ?? nothing} article-id=${options.articleId ?? nothing} endpoint=${options.endpoint ?? nothing} format=${options.format ?? nothing} order=${options.order ?? nothing} max-depth=${options.maxDepth ?? nothing} ?live=${options.live === true} live-from=${(options.live && options.liveFrom) || nothing} .comments=${page}>${scriptOf('application/json', json)}${anchors}</comment-list>`;
}

/**
 * A `<comment-list>` with its first page rendered — threaded, dates as `<time>` — and that page in
 * its light DOM as `<script type="application/json">`, which the element reads when it upgrades (it
 * does not fetch `src` for it). `input` is what `src` would answer: an array of comments, or
 * `{ comments, total, next }`, ours or WordPress's. Throws `RenderInputError` for anything else.
 */
export function renderComments(input: unknown, options: CommentsOptions = {}): string {
  return renderToString(() => commentsTemplate(input, options), options);
}

export interface CommentFormOptions extends RenderOptions {
  /** Where the form posts, with or without JavaScript. */
  endpoint: string;
  /** `json` (the reference endpoint, which takes a form post too), `form` (`wp-comments-post.php`) or `wordpress`. */
  format?: string;
  /** The article commented on (a server render has no surrounding `<news-article>` to ask). */
  articleId?: string;
  /** For a reply form: the comment replied to, and its author's name. */
  parentId?: string;
  replyTo?: string;
  heading?: string;
  /** Name and email required (default true). */
  requireNameEmail?: boolean;
}

function commentFormTemplate(options: CommentFormOptions): TemplateResult {
  return html`<comment-form lang=${options.lang || nothing} endpoint=${options.endpoint} format=${options.format ?? nothing} article-id=${options.articleId ?? nothing} parent-id=${options.parentId ?? nothing} reply-to=${options.replyTo ?? nothing} heading=${options.heading ?? nothing} require-name-email=${options.requireNameEmail === false ? 'false' : nothing}></comment-form>`;
}

/**
 * A `<comment-form>` whose shadow root holds a real `<form method="post" action="{endpoint}">` with
 * WordPress's field names, the article and parent ids, the honeypot and an idempotency key: it
 * posts, validated by the browser, with no JavaScript at all. When the bundle arrives, the element
 * hydrates and takes over (its own validation, drafts, posting with `fetch`).
 */
export function renderCommentForm(options: CommentFormOptions): string {
  return renderToString(() => commentFormTemplate(options), options);
}

export interface DiscussionOptions extends RenderOptions {
  /** The first page of comments, rendered as a `<comment-list>` (see `renderComments`). */
  comments?: unknown;
  commentsSrc?: string;
  /** The list follows the thread live in the browser; `liveFrom`: see `renderComments`. */
  live?: boolean;
  liveFrom?: string;
  /** With it, a `<comment-form>` follows the list (inside `#respond`, as on WordPress). */
  endpoint?: string;
  format?: string;
  /** A message above the form (text). */
  notice?: string;
  /** Trusted markup after the comments, written as it is. */
  children?: string;
}

/**
 * The article with its comments and comment form inside it, in one render: a whole discussion, each
 * element server-rendered, each hydrating on its own in the browser (the comments lazily, as they come near).
 */
export function renderDiscussion(article: Article, options: DiscussionOptions): string {
  const discussion = () => {
    const comments =
      options.comments === undefined
        ? nothing
        : commentsTemplate(options.comments, { ...options, articleId: article.id, src: options.commentsSrc });
    const notice = options.notice ? html`<p role="status" class="comment-notice">${options.notice}</p>` : nothing;
    // `#respond`, as on WordPress: where "Back to the article" after a refused post lands.
    const form = options.endpoint
      ? html`<div id="respond">${commentFormTemplate({ ...options, endpoint: options.endpoint, articleId: article.id })}</div>`
      : nothing;
    return articleTemplate(article, options, html`${comments}${notice}${form}${unsafeHTML(CHILDREN_MARKER)}`);
  };
  return renderToString(discussion, options, options.children);
}
