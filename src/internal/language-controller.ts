/**
 * Keeps an element in its language. It re-renders the element when the language it resolves to
 * (`languageOf`: its own `lang`, else the nearest ancestor's across shadow roots, else
 * `<html lang>`) changes while it is on the page — a `lang` attribute added, changed or removed on
 * the element, an ancestor or `<html>` — as Shoelace's localize controller does for `<html lang>`;
 * and it holds each render back until that language's locale is loaded, so that no English shows
 * first.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { languageOf } from './locale.js';
import { localeLoading, matchLocale } from './localize.js';

type Host = ReactiveControllerHost & HTMLElement;

const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/** The controllers of the connected elements; one observer serves them all. */
const watching = new Set<LanguageController>();
let observer: MutationObserver | undefined;

/**
 * Watches the document and every shadow root `host` sits in (a `lang` set inside a shadow root is
 * not seen from the document). A root is watched once: observing the same node again replaces the
 * registration.
 */
function watch(host: Host): void {
  observer ??= new MutationObserver(() => {
    for (const controller of watching) controller.recheck();
  });
  observer.observe(document.documentElement, LANG_CHANGES);
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, LANG_CHANGES);
}

export class LanguageController implements ReactiveController {
  readonly #host: Host;
  /** The language the host last rendered in, as far as this controller knows. */
  #lang?: string;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // A server render has no document to watch, and renders once.
    if (isServer) return;
    watching.add(this);
    watch(this.#host);
    this.recheck();
  }

  hostDisconnected(): void {
    watching.delete(this);
    if (watching.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /**
   * Runs `update` (the host's `scheduleUpdate`) once the locale the host resolves to can be used:
   * at once when it is built in or registered, else when its chunk has been imported. Until then
   * the host shows what it showed before — nothing, a server-rendered tree, or the old language.
   */
  beforeUpdate(update: () => void): void | Promise<void> {
    const loading = isServer ? undefined : localeLoading(matchLocale(languageOf(this.#host)));
    return loading ? loading.then(update) : update();
  }

  /** Asks the host for a render when its language is not the one last seen (a move to another part of the page counts). */
  recheck(): void {
    const lang = languageOf(this.#host);
    if (lang === this.#lang) return;
    // The first check (on connecting) only records: the first render is coming anyway.
    const changed = this.#lang !== undefined;
    this.#lang = lang;
    if (changed) this.#host.requestUpdate();
  }
}
