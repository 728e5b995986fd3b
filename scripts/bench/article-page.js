// Runs inside the article benchmark page (served by scripts/bench/article.mjs). Exposes `window.bench`.
//
// Both contenders render the seed article (demo/article.json) ten times into one host, each time
// from a fresh copy of the raw JSON, awaiting each render; the clock stops once the result of the
// last one is laid out (not at the next frame: waiting for vsync adds up to 16 ms of noise to a
// run of a few milliseconds). The contenders:
// `<news-article>` (normalize → sanitize → Lit render → byline through context → JSON-LD) and a
// hand-written baseline that builds the same markup with document.createElement into shadow roots
// with the same stylesheets. The baseline does the work any renderer of untrusted JSON must do —
// URLs checked, each HTML string sanitized once with the library's own sanitizer, words counted,
// dates formatted, JSON-LD written — and nothing else.
import { NewsArticle, NewsByline, safeUrl, sanitizeHTML } from '/news-elements.js';
import { clearStage, longestTaskIn, painted, stage } from '/bench-shared.js';

const RENDERS = 10;
const seed = fetch('/article.json').then((response) => response.json());

// ——— The hand-written baseline: same markup, plain DOM ———

const WORDS_PER_MINUTE = 230;
const LONG = { dateStyle: 'long', timeStyle: 'short' };
const MEDIUM = { dateStyle: 'medium' };
const SHORT_TIME = { timeStyle: 'short' };
// Made once for the page, as the library's own formatter cache does.
const formats = new Map();
const formatDate = (date, options) => {
  const key = JSON.stringify(options);
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat('en', options));
  return formats.get(key).format(date);
};
const listFormat = new Intl.ListFormat('en');

function el(tag, attrs, parent, text) {
  const node = document.createElement(tag);
  for (const name in attrs) if (attrs[name] !== undefined) node.setAttribute(name, attrs[name]);
  if (text !== undefined) node.textContent = text;
  parent?.append(node);
  return node;
}

const styleSheets = (element) => element.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet));

function shadow(host, element) {
  if (host.shadowRoot) return host.shadowRoot;
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styleSheets(element);
  return root;
}

function figure(image, part, loading, parent) {
  const node = el('figure', { part }, parent);
  const attrs = { src: image.src, alt: image.alt ?? '', loading };
  if (image.width && image.height) Object.assign(attrs, { width: image.width, height: image.height });
  el('img', attrs, node);
  if (image.caption || image.credit) {
    const caption = el('figcaption', { part: 'caption' }, node, image.caption);
    if (image.credit) el('span', { class: 'credit', part: 'credit', dir: 'auto' }, caption, image.credit);
  }
}

/** The body's blocks into `parent`; returns the text a reader reads, for the word count. */
function body(blocks, parent) {
  const texts = [];
  let previous = 1;
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph': {
        const p = el('p', {}, parent);
        if (block.html) {
          const fragment = sanitizeHTML(block.html);
          texts.push(fragment.textContent);
          p.append(fragment);
        } else {
          p.textContent = block.text;
          texts.push(block.text);
        }
        break;
      }
      case 'heading': {
        const level = Math.min(previous + 1, Math.max(2, Math.min(6, block.level)));
        previous = level;
        el(`h${level}`, {}, parent, block.text);
        texts.push(block.text);
        break;
      }
      case 'quote': {
        const quote = el('figure', { class: 'quote' }, parent);
        el('p', {}, el('blockquote', {}, quote), block.text);
        if (block.cite) el('figcaption', {}, quote, '— ').append(el('cite', { dir: 'auto' }, undefined, block.cite));
        texts.push(block.text);
        break;
      }
      case 'list': {
        const list = el(block.ordered ? 'ol' : 'ul', {}, parent);
        for (const item of block.items) el('li', {}, list, item);
        texts.push(block.items.join(' '));
        break;
      }
      case 'image': {
        const src = safeUrl(block.src, 'image');
        if (src) figure({ ...block, src }, 'body-figure', 'lazy', parent);
        texts.push(block.caption ?? '');
        break;
      }
      case 'html': {
        const fragment = sanitizeHTML(block.html);
        texts.push(fragment.textContent);
        el('div', { class: 'html' }, parent).append(fragment);
        break;
      }
    }
  }
  return texts.join(' ');
}

function time(date, { long = LONG, short }) {
  const node = el('time', { datetime: date.toISOString() });
  el('span', { class: 'long' }, node, formatDate(date, long));
  el('span', { class: 'short' }, node, formatDate(date, short));
  return node;
}

function byline(host, { authors, published, modified, words }) {
  const root = shadow(host, NewsByline);
  const wrapper = el('div', { class: 'byline', part: 'byline' });
  const avatars = authors.filter((author) => author.image);
  if (avatars.length) {
    const box = el('span', { class: 'avatars' }, wrapper);
    for (const author of avatars) el('img', { part: 'avatar', src: author.image, alt: '', width: '40', height: '40' }, box);
  }
  const text = el('span', { class: 'text' }, wrapper);
  const names = el('span', { class: 'names' }, text, 'By ');
  let index = 0;
  for (const part of listFormat.formatToParts(authors.map((author) => author.name))) {
    if (part.type !== 'element') {
      names.append(part.value);
      continue;
    }
    const author = authors[index++];
    const attrs = { part: 'author', rel: 'author', dir: 'auto' };
    if (author.url) el('a', { ...attrs, href: author.url }, names, author.name);
    else el('span', { part: 'author', dir: 'auto' }, names, author.name);
    if (author.role) el('span', { class: 'role', part: 'role' }, names, ', ').append(el('bdi', {}, undefined, author.role));
  }
  const details = el('span', { class: 'details' }, text);
  const dates = el('span', { class: 'dates', part: 'dates' }, details);
  dates.append(time(published, { short: MEDIUM }));
  if (modified && modified.getTime() !== published.getTime()) {
    const sameDay = modified.toDateString() === published.toDateString();
    el('span', {}, dates, 'Updated ').append(time(modified, sameDay ? { long: SHORT_TIME, short: SHORT_TIME } : { short: MEDIUM }));
  }
  el('span', { part: 'reading-time' }, details, `${Math.max(1, Math.round(words / WORDS_PER_MINUTE))} min read`);
  root.replaceChildren(wrapper);
}

const absolute = (url) => url && new URL(url, document.baseURI).href;

function jsonLd(host, raw, authors, image) {
  const url = absolute(safeUrl(raw.url));
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: raw.headline,
    description: raw.dek,
    datePublished: new Date(raw.published).toISOString(),
    dateModified: new Date(raw.modified ?? raw.published).toISOString(),
    author: authors.map((author) => ({ '@type': 'Person', name: author.name, url: absolute(author.url) })),
    image: image && [absolute(image.src)],
    url,
    mainEntityOfPage: url && { '@type': 'WebPage', '@id': url },
    articleSection: raw.section,
    keywords: raw.tags.length ? raw.tags : undefined,
    inLanguage: raw.language,
  };
  let script = host.querySelector(':scope > script');
  if (!script) script = el('script', { type: 'application/ld+json' }, host);
  script.text = JSON.stringify(ld).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function baseline(raw, host) {
  const root = shadow(host, NewsArticle);
  const authors = raw.authors.map((author) => ({ ...author, url: safeUrl(author.url), image: safeUrl(author.image, 'image') }));
  const heroSrc = raw.image && safeUrl(raw.image.src, 'image');
  const image = heroSrc && { ...raw.image, src: heroSrc };

  const article = el('article', { part: 'article', lang: raw.language });
  const header = el('header', { part: 'header' }, article);
  if (raw.section) el('p', { class: 'section', part: 'section', dir: 'auto' }, header, raw.section);
  el('h1', { part: 'headline' }, header, raw.headline);
  if (raw.dek) el('p', { class: 'dek', part: 'dek' }, header, raw.dek);
  const meta = el('div', { class: 'meta' }, header);
  if (raw.dateline) el('span', { class: 'dateline', part: 'dateline', dir: 'auto' }, meta, raw.dateline);
  const bylineHost = el('bench-byline', { part: 'byline', exportparts: 'avatar,author,role,dates,reading-time' }, meta);
  if (image) figure(image, 'figure', 'eager', article);
  const words = body(raw.body, el('div', { class: 'body', part: 'body' }, article)).match(/\S+/g)?.length ?? 0;
  if (raw.tags.length) {
    const list = el('ul', { 'aria-label': 'Tags' }, el('footer', { part: 'tags' }, article));
    for (const tag of raw.tags) el('li', { part: 'tag', dir: 'auto' }, list, tag);
  }
  const slot = el('slot');
  slot.addEventListener('slotchange', onSlotChange);
  root.replaceChildren(article, slot);
  const published = new Date(raw.published);
  byline(bylineHost, { authors, published, modified: raw.modified ? new Date(raw.modified) : undefined, words });
  jsonLd(host, raw, authors, image);
}

function onSlotChange() {}

// ——— Measuring ———

/** Ten fresh copies of the seed: each render gets new objects, as a page setting `data` does. */
const copies = async () => {
  const raw = await seed;
  return Array.from({ length: RENDERS }, () => structuredClone(raw));
};

async function run(kind) {
  const data = await copies();
  await clearStage();
  // The host exists (and, for the element, has rendered empty) before the clock starts.
  const host = document.createElement(kind === 'element' ? 'news-article' : 'div');
  stage.append(host);
  if (kind === 'element') await host.updateComplete;
  await painted();
  const t0 = performance.now();
  for (const article of data) {
    if (kind === 'element') {
      host.data = article;
      await host.updateComplete;
      await host.shadowRoot.querySelector('news-byline').updateComplete;
    } else {
      baseline(article, host);
    }
  }
  host.getBoundingClientRect(); // style and layout of what the last render left
  const ms = performance.now() - t0;
  await painted();
  return { ms, longest: await longestTaskIn(t0, ms) };
}

/**
 * The markup of the last rendered host, shadow roots included, in a form both contenders can be
 * compared in: no comments (Lit's markers), white space collapsed, attributes sorted, the
 * baseline's `bench-byline` host named as the element's.
 */
function markup() {
  const host = stage.firstElementChild;
  const walk = (node) => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const tag = child.localName === 'bench-byline' ? 'news-byline' : child.localName;
        const attrs = [...child.attributes].map((a) => ` ${a.name}="${a.value}"`).sort().join('');
        const inside = child.localName === 'script' ? child.text : walk(child);
        out += `<${tag}${attrs}>${child.shadowRoot ? `#shadow(${walk(child.shadowRoot)})` : ''}${inside}</${tag}>`;
      }
    }
    return out.replace(/\s+/g, ' ').replace(/ ?(<|>|\)) ?/g, '$1');
  };
  return `#shadow(${walk(host.shadowRoot)})${walk(host)}`;
}

window.bench = {
  run,
  markup,
  renders: RENDERS,
  ready: Promise.all([seed, customElements.whenDefined('news-article')]).then(() => true),
};
