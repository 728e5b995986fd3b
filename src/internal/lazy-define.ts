/**
 * Lazy registration: a tag's code is imported only when an element with that tag is about to be
 * seen. Plain DOM code, no Lit; `src/loader.ts` uses it for the comment elements.
 *
 * An element is "about to be seen" when it comes within `margin` of the viewport (an
 * IntersectionObserver), when focus enters it, or at once when it says `loading="eager"`. Elements
 * are found wherever they appear: in the document when the watch starts, added later (by script,
 * `innerHTML`, a framework), and inside open shadow roots — including shadow roots of elements
 * that upgrade after they were found.
 */

/** One tag to define on demand. */
export interface LazyElement {
  tag: string;
  /** Imports the module that defines the tag. */
  load: () => Promise<unknown>;
}

export interface LazyDefineOptions {
  /** How far outside the viewport an element counts as near (an IntersectionObserver `rootMargin`). */
  margin?: string;
  /**
   * Resolves when the page above the elements has its size (the article has loaded or failed):
   * before that, a short page would make everything look near.
   */
  ready?: Promise<unknown>;
}

/**
 * What every copy of the library on a page shares: the tags being loaded. Two copies of the bundle
 * (two plugins each adding the script) must not fetch a tag's code twice, so the first copy to
 * claim a tag watches it and the others leave it alone.
 */
const CLAIMS = Symbol.for('news-elements:lazy-tags');

/** After a failed import, how long before an element in view tries again. */
const RETRY_DELAY_MS = 5_000;

function claim(tag: string): boolean {
  const page = globalThis as { [CLAIMS]?: Set<string> };
  const claimed = (page[CLAIMS] ??= new Set());
  if (claimed.has(tag)) return false;
  claimed.add(tag);
  return true;
}

/** Watches the document for the given tags and imports each one's code when an element nears. */
export function defineLazily(elements: readonly LazyElement[], options: LazyDefineOptions = {}): void {
  const pending = new Map<string, LazyElement>();
  for (const element of elements) {
    if (!customElements.get(element.tag) && claim(element.tag)) pending.set(element.tag, element);
  }
  if (!pending.size) return;

  /**
   * The elements found of each pending tag: observed once the page has its size (`ready`), and
   * again when loading their code failed.
   */
  const found = new Map<string, Set<Element>>();
  let started = false;

  const observeFound = (tag: string) => {
    for (const element of found.get(tag) ?? []) near.observe(element);
  };

  const load = (tag: string) => {
    const element = pending.get(tag);
    if (!element) return;
    pending.delete(tag);
    element.load().then(
      () => {
        found.delete(tag);
        // A chunk may define more than its tag (the list's defines the form it opens for replies).
        for (const other of pending.keys()) {
          if (!customElements.get(other)) continue;
          pending.delete(other);
          found.delete(other);
        }
        if (!pending.size) stop();
      },
      (error: unknown) => {
        // Offline, or the files moved: try again on the next approach, a little later.
        console.error(`news-elements: the code of <${tag}> could not be loaded`, error);
        pending.set(tag, element);
        setTimeout(() => observeFound(tag), RETRY_DELAY_MS);
      },
    );
  };

  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        load(entry.target.localName);
      }
    },
    { rootMargin: options.margin ?? '100% 0px' },
  );

  const consider = (element: Element) => {
    const tag = element.localName;
    if (!pending.has(tag)) return;
    if (customElements.get(tag)) {
      pending.delete(tag); // defined meanwhile, by another entry point or the page itself
      return;
    }
    if (!found.has(tag)) found.set(tag, new Set());
    found.get(tag)!.add(element);
    if (element.getAttribute('loading') === 'eager') load(tag);
    else if (started) near.observe(element);
  };

  const rootsSeen = new WeakSet<ShadowRoot>();
  const changes = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });

  /** Every matching element in or under `root`, and every open shadow root there (watched from now on). */
  function scan(root: Element | ShadowRoot | Document) {
    if (root instanceof Element) visit(root);
    for (const element of root.querySelectorAll('*')) visit(element);
  }

  function visit(element: Element) {
    consider(element);
    if (element.shadowRoot) watchShadowRoot(element.shadowRoot);
    else if (element.localName.includes('-') && !customElements.get(element.localName)) {
      // A custom element not yet upgraded may attach a shadow root when it is.
      void customElements.whenDefined(element.localName).then(() => {
        if (element.shadowRoot) watchShadowRoot(element.shadowRoot);
      });
    }
  }

  function watchShadowRoot(root: ShadowRoot) {
    if (rootsSeen.has(root)) return;
    rootsSeen.add(root);
    changes.observe(root, { childList: true, subtree: true });
    scan(root);
  }

  /** Focus entering a waiting element (or anything inside it) loads it at once. */
  const onFocus = (event: FocusEvent) => {
    for (const target of event.composedPath()) {
      if (target instanceof Element && pending.has(target.localName)) load(target.localName);
    }
  };

  function stop() {
    changes.disconnect();
    near.disconnect();
    document.removeEventListener('focusin', onFocus, true);
  }

  document.addEventListener('focusin', onFocus, true);
  changes.observe(document, { childList: true, subtree: true });
  scan(document);
  void Promise.resolve(options.ready)
    .catch(() => undefined)
    .then(() => {
      started = true;
      for (const tag of pending.keys()) observeFound(tag);
    });
}
