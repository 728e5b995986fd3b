// Runs inside the benchmark page (served by scripts/bench/list.mjs). Exposes `window.bench`.
//
// Both contenders start from the same raw JSON and end when the browser has laid out and painted
// the result: `<comment-list>` (normalize → thread → Lit render) and a hand-written baseline that
// builds the same markup with document.createElement into a shadow root with the same stylesheet,
// doing the work untrusted comments need too (URLs checked with the library's safeUrl, invalid dates
// and control characters dropped) — but none of the element's generality.
import { CommentList, safeUrl } from '/news-elements.js';
import { clearStage, longestTaskIn, painted, stage } from '/bench-shared.js';

// ——— Deterministic data ———

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ada', 'Grace', 'Alan', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances', 'Edsger', 'Zoë', 'Søren'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson', 'Allen', 'Dijkstra'];
const WORDS = 'the council said on tuesday that the new bridge would open in spring after delays caused by flooding and a shortage of steel residents welcomed the news but asked about parking and the cost'.split(' ');
const AVATAR = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#7a9"/></svg>');

export function makeComments(n, seed = 42) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const now = Date.now();
  const comments = [];
  for (let i = 0; i < n; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const sentences = 1 + Math.floor(rnd() * 4);
    let text = '';
    for (let s = 0; s < sentences; s++) {
      const len = 6 + Math.floor(rnd() * 14);
      const words = Array.from({ length: len }, () => pick(WORDS));
      words[0] = words[0][0].toUpperCase() + words[0].slice(1);
      text += (s ? (rnd() < 0.3 ? '\n\n' : ' ') : '') + words.join(' ') + '.';
    }
    if (rnd() < 0.1) text += ` More at https://news.example/story/${i}.`;
    comments.push({
      id: i + 1,
      // ~35% top level, the rest reply to an earlier comment (so threads get deep).
      parentId: i === 0 || rnd() < 0.35 ? 0 : 1 + Math.floor(rnd() * i),
      author: { name, url: rnd() < 0.3 ? `https://people.example/${i}` : undefined, avatar: rnd() < 0.2 ? AVATAR : undefined },
      content: text,
      date: new Date(now - (n - i) * 40_000 - Math.floor(rnd() * 1000)).toISOString(),
      status: 'approved',
    });
  }
  return comments;
}

// ——— The hand-written baseline: same markup, plain DOM ———

/** Comments the element renders at once (RENDER_BATCH in src/internal/limits.ts). */
const RENDER_BATCH = 100;

const URL_RE = /https?:\/\/[^\s<>"']+/g;

function baselineText(parent, text) {
  for (const paragraph of text.trim().split(/\n[ \t]*\n\s*/)) {
    const p = document.createElement('p');
    let last = 0;
    for (const m of paragraph.matchAll(URL_RE)) {
      const url = m[0].replace(/[.,;:!?]+$/, '');
      if (m.index > last) p.append(paragraph.slice(last, m.index));
      const href = safeUrl(url);
      if (!href) continue;
      const a = document.createElement('a');
      a.href = href;
      a.rel = 'ugc nofollow noopener';
      a.textContent = url;
      p.append(a);
      last = m.index + url.length;
    }
    if (last < paragraph.length) p.append(paragraph.slice(last));
    parent.append(p);
  }
}

function baseline(raw, host) {
  const lang = document.documentElement.lang || 'en';
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const abs = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' });
  const full = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'long' });
  const plural = new Intl.PluralRules(lang);
  const now = Date.now();
  const label = (d) => {
    const s = Math.round((d.getTime() - now) / 1000);
    const a = Math.abs(s);
    if (a > 7 * 86400) return abs.format(d);
    if (a < 60) return rtf.format(0, 'second');
    if (a < 3600) return rtf.format(Math.round(s / 60), 'minute');
    if (a < 86400) return rtf.format(Math.round(s / 3600), 'hour');
    return rtf.format(Math.round(s / 86400), 'day');
  };

  const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
  const items = raw.map((c, seq) => {
    const date = new Date(c.date);
    const text = c.content.replace(CONTROLS, '');
    return { c, text, id: String(c.id), parent: c.parentId ? String(c.parentId) : '', date: isNaN(+date) ? undefined : date, seq };
  });
  items.sort((x, y) => (x.date ?? 0) - (y.date ?? 0) || x.seq - y.seq);
  const ids = new Set(items.map((i) => i.id));
  const kids = new Map();
  const roots = [];
  for (const item of items) {
    if (item.parent && ids.has(item.parent)) {
      if (!kids.has(item.parent)) kids.set(item.parent, []);
      kids.get(item.parent).push(item);
    } else roots.push(item);
  }

  const el = (tag, attrs, parent) => {
    const node = document.createElement(tag);
    for (const k in attrs) node.setAttribute(k, attrs[k]);
    parent?.append(node);
    return node;
  };

  // Like the element, the first RENDER_BATCH comments in reading order, and "Load more" for the rest.
  let budget = RENDER_BATCH;
  const renderItem = (item, list, depth, inReplyTo) => {
    if (budget === 0) return;
    budget--;
    const { c, id } = item;
    const li = el('li', {}, list);
    const article = el('article', { part: 'comment', id: `comment-${id}`, 'aria-labelledby': `author-${id}`, tabindex: '-1' }, li);
    const name = c.author.name.replace(CONTROLS, '').trim() || 'Anonymous';
    const avatar = safeUrl(c.author.avatar, 'image');
    const url = safeUrl(c.author.url);
    if (avatar) el('img', { part: 'avatar', src: avatar, alt: '', loading: 'lazy' }, article);
    else {
      const words = name.split(/\s+/);
      el('span', { part: 'avatar', 'aria-hidden': 'true' }, article).textContent = (words[0][0] + (words.length > 1 ? words[words.length - 1][0] : '')).toUpperCase();
    }
    const header = el('header', {}, article);
    const author = url
      ? el('a', { part: 'author', id: `author-${id}`, href: url, rel: 'ugc nofollow noopener' }, header)
      : el('span', { part: 'author', id: `author-${id}` }, header);
    author.textContent = name;
    if (item.date) {
      const time = el('time', { part: 'date', datetime: item.date.toISOString(), title: full.format(item.date) }, header);
      time.textContent = label(item.date);
    }
    if (inReplyTo !== undefined) el('span', { class: 'in-reply-to' }, header).textContent = `In reply to ${inReplyTo}`;
    baselineText(el('div', { part: 'content' }, article), item.text);
    const footer = el('footer', {}, article);
    const button = el('button', { part: 'reply-button', type: 'button', 'aria-label': `Reply to ${name}`, 'aria-expanded': 'false' }, footer);
    button.textContent = 'Reply';
    button.addEventListener('click', onReply);
    const replies = kids.get(id);
    if (replies) {
      if (depth < 5) {
        const ol = el('ol', {}, li);
        for (const r of replies) renderItem(r, ol, depth + 1);
      } else for (const r of replies) renderItem(r, list, depth, name);
    }
  };

  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = CommentList.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet));
  const section = el('section', { 'aria-labelledby': 'heading' });
  const count = raw.length;
  el('h2', { id: 'heading', part: 'heading', tabindex: '-1' }, section).textContent =
    count === 0 ? 'No comments yet' : plural.select(count) === 'one' ? `${count} comment` : `${count.toLocaleString(lang)} comments`;
  const ol = el('ol', { part: 'list', class: 'thread' }, section);
  for (const item of roots) renderItem(item, ol, 1);
  if (raw.length > RENDER_BATCH) {
    const more = el('button', { part: 'load-more', type: 'button', 'aria-disabled': 'false' }, el('div', { class: 'more' }, section));
    more.textContent = 'Load more comments';
    more.addEventListener('click', onReply);
  }
  root.replaceChildren(section);
}

function onReply() {}

// ——— Measuring ———

async function run(kind, n) {
  const data = makeComments(n);
  await clearStage();
  const t0 = performance.now();
  if (kind === 'element') {
    const list = document.createElement('comment-list');
    list.comments = data;
    stage.append(list);
    await list.updateComplete;
    list.getBoundingClientRect();
  } else {
    const host = document.createElement('div');
    stage.append(host);
    baseline(data, host);
    host.getBoundingClientRect();
  }
  await painted();
  const ms = performance.now() - t0;
  const longest = await longestTaskIn(t0, ms);
  const root = stage.firstElementChild.shadowRoot;
  const articles = root.querySelectorAll('article').length;
  return { ms, longest, articles, nodes: root.querySelectorAll('*').length };
}

/** Scrolls the last rendered list from top to bottom and reports frame times. */
async function scroll() {
  const frames = [];
  window.scrollTo(0, 0);
  await painted();
  const step = Math.max(200, innerHeight * 0.8);
  let last = performance.now();
  while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 2 && frames.length < 600) {
    window.scrollBy(0, step);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const t = performance.now();
    frames.push(t - last);
    last = t;
  }
  frames.sort((a, b) => a - b);
  return { frames: frames.length, p95: frames[Math.floor(frames.length * 0.95)] ?? 0, max: frames.at(-1) ?? 0 };
}

window.bench = { run, scroll, makeComments, ready: customElements.whenDefined('comment-list').then(() => true) };
