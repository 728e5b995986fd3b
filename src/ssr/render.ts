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
import { normalizeArticle } from '../news-article/normalize.js';
import { serializeJsonLd, toNewsArticleLd } from '../news-article/json-ld.js';
import { registerServerSanitizer, withServerRender, type ServerRenderSettings } from '../internal/server-render.js';
import { sanitizeMarkup, textOfMarkup } from '../sanitize/sanitize-markup.js';
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

registerServerSanitizer({ render: (html) => unsafeHTML(sanitizeMarkup(html)), textOfMarkup });

/**
 * Elements the renderer connects (it connects none unless asked). The byline takes the article from
 * its `<news-article>` through `@lit/context`, whose request is an event dispatched when the byline
 * connects and answered by the provider, which listens once its element is connected (has its
 * shadow root, through which the event travels).
 */
const CONNECTED_ON_SERVER = new Set(['news-article', 'news-byline']);
LitElementRenderer.renderOptions.push((element) => (CONNECTED_ON_SERVER.has(element.localName) ? { connectedCallback: true } : undefined));

/** The settings of one render, from its options. */
function settingsOf(options: RenderOptions): ServerRenderSettings {
  return {
    lang: options.lang || 'en',
    timeZone: options.timeZone || 'UTC',
    now: options.now === undefined ? Date.now() : Number(options.now),
  };
}

/** The HTML of a template, rendered with `options` in force. */
function renderToString(template: TemplateResult, options: RenderOptions): string {
  return withServerRender(settingsOf(options), () => collectResultSync(render(template)));
}

/** The article, normalized as `<news-article>` normalizes it; a `RenderInputError` with the element's message when it is not one. */
export function articleFrom(input: unknown): Article {
  const { article, error } = normalizeArticle(input);
  if (error !== undefined) throw new RenderInputError(error);
  return article;
}

/**
 * A `<news-article>`, rendered: its shadow root (with the byline rendered inside) as a declarative
 * shadow root, and in its light DOM the schema.org JSON-LD and the normalized article as
 * `<script type="application/json">`, which the element reads when it upgrades — so it hydrates
 * without fetching. `input` is anything `<news-article>` accepts; `children` is HTML put after the
 * scripts, where the article's slot shows it (the comments). Throws `RenderInputError` for an input
 * the element would refuse.
 */
export function renderArticle(input: unknown, options: RenderOptions & { children?: string } = {}): string {
  const article = articleFrom(input);
  const light = [
    `<script type="application/ld+json">${serializeJsonLd(toNewsArticleLd(article))}</script>`,
    `<script type="application/json">${serializeJsonLd(article)}</script>`,
    options.children ?? '',
  ].join('');
  // The element gets the article as `data` (the embedded JSON is for the browser), and its light DOM as markup.
  const template = html`<news-article lang=${options.lang || nothing} .data=${article}>${unsafeHTML(light)}</news-article>`;
  return renderToString(template, options);
}
