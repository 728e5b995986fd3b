/**
 * What server rendering (`news-elements/ssr`) gives the few places that, in a browser, would ask
 * the DOM: the language (a browser walks the `lang` attributes), the time zone and clock of dates,
 * and how untrusted HTML becomes markup (a browser parses it into a `<template>`; the server uses the
 * parse5 sanitizer, which the browser bundle must not carry). Nothing here is used in a browser.
 */

/**
 * What relative URLs (a `next` page) are read against on the server, where there is no page. Only
 * their scheme matters there; news-elements/ssr writes a URL on it back as a path.
 */
export const SERVER_BASE_URL = 'https://server.invalid/';

/** The settings of one server render. */
export interface ServerRenderSettings {
  /** The page's language: what an element without a `lang` attribute of its own speaks. */
  lang: string;
  /** The time zone dates are shown in (IANA name, e.g. `Europe/Paris`). */
  timeZone: string;
  /** "Now" for relative dates, in milliseconds since the epoch. */
  now: number;
}

/** What the server's sanitizer keeps of one HTML string, from one walk of its parsed tree. */
export interface SanitizedMarkup {
  /**
   * The markup of each top-level node: where the browser renders the nodes of the sanitized tree
   * as a list (a comment's text), hydration pairs its nodes with these one by one.
   */
  nodes: string[];
  /** The text a reader sees in it (the word count). */
  text: string;
}

/**
 * The DOM-free sanitizer (sanitize/sanitize-markup.ts), registered by `news-elements/ssr` when it
 * loads: the browser bundle carries neither it nor the `unsafeHTML` directive its markup renders through.
 */
export interface ServerSanitizer {
  /** Untrusted HTML → what the sanitizer keeps of it. */
  sanitize(html: string): SanitizedMarkup;
  /** Markup the sanitizer wrote → what a template renders for it (the markup, as it is). */
  renderMarkup(markup: string): unknown;
}

/** Settings with what is not given filled in: English, UTC, the real clock. */
export function serverRenderSettings(given: Partial<ServerRenderSettings> = {}): ServerRenderSettings {
  return { lang: given.lang || 'en', timeZone: given.timeZone || 'UTC', now: given.now ?? Date.now() };
}

let current: ServerRenderSettings | undefined;
/**
 * What the render under way sanitized, by HTML string: an article's HTML is read for its words when
 * it is normalized (twice: by the renderer, then by the element given the result) and for its markup
 * when it renders — one parse serves all three.
 */
let sanitizedInRender: Map<string, SanitizedMarkup> | undefined;
let sanitizer: ServerSanitizer | undefined;

/**
 * The settings of the server render under way; outside one (`normalizeArticle` called by a build
 * script, say) the defaults.
 */
export function serverRender(): ServerRenderSettings {
  return current ?? serverRenderSettings();
}

/**
 * Runs `render` with `settings` in force. Renders are synchronous, so two renders never see each
 * other's settings.
 */
export function withServerRender<T>(settings: ServerRenderSettings, render: () => T): T {
  const outer = { settings: current, sanitized: sanitizedInRender };
  current = settings;
  sanitizedInRender = new Map();
  try {
    return render();
  } finally {
    current = outer.settings;
    sanitizedInRender = outer.sanitized;
  }
}

export function registerServerSanitizer(registered: ServerSanitizer): void {
  sanitizer = registered;
}

/** The server's sanitizer; article HTML cannot be read in Node without it. */
export function serverSanitizer(): ServerSanitizer {
  if (!sanitizer) throw new Error("news-elements: article HTML is read on the server through news-elements/ssr: import it first");
  return sanitizer;
}

/** What the server's sanitizer keeps of `html`: sanitized once per render. */
export function sanitizedOnServer(html: string): SanitizedMarkup {
  let sanitized = sanitizedInRender?.get(html);
  if (!sanitized) {
    sanitized = serverSanitizer().sanitize(html);
    sanitizedInRender?.set(html, sanitized);
  }
  return sanitized;
}
