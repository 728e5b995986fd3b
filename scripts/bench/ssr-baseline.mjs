// The hand-written baseline of the server-render benchmark (scripts/bench/ssr.mjs): the markup
// `renderDiscussion` writes for an article with its comments — the article's and the byline's
// declarative shadow roots, the thread, the JSON-LD and the embedded data — built with template
// strings. It does the work any server renderer of untrusted JSON must do, with the library's own
// helpers: the input normalized (which checks URLs and counts words), each HTML string sanitized once
// by the parse5 sanitizer, the thread built, dates formatted with cached `Intl` formatters, text
// escaped. What it leaves out is what only Lit does: templates, parts, hydration markers.
import { NewsArticle } from '../../src/news-article/news-article.ts';
import { NewsByline } from '../../src/news-byline/news-byline.ts';
import { CommentList } from '../../src/comment-list/comment-list.ts';
import { articleFrom } from '../../src/ssr/index.ts';
import { serializeJsonLd, toNewsArticleLd } from '../../src/news-article/json-ld.ts';
import { buildThread, idSuffix, initials, normalizePage, visibleThread } from '../../src/comment-list/thread.ts';
import { commentFormats } from '../../src/comment-list/formats.ts';
import { en as commentListEnglish } from '../../src/comment-list/strings.ts';
import { en as bylineEnglish } from '../../src/news-byline/strings.ts';
import { en as articleEnglish } from '../../src/news-article/strings.ts';
import { localized } from '../../src/internal/localize.ts';
import { fill, plural } from '../../src/internal/messages.ts';
import { escapeHTML as esc } from '../../src/internal/escape-html.ts';
import { isolate } from '../../src/internal/text.ts';
import { formatDate, isSameDay, listParts } from '../../src/internal/locale.ts';
import { safeUrl } from '../../src/sanitize/allow-list.ts';
import { RENDER_BATCH } from '../../src/internal/limits.ts';
import { SERVER_BASE_URL, sanitizedOnServer, serverRenderSettings, withServerRender } from '../../src/internal/server-render.ts';

const WORDS_PER_MINUTE = 230;
const SHORT_TIME = { timeStyle: 'short' };
const MEDIUM = { dateStyle: 'medium' };

/** An element's stylesheet as the server renderer writes it, made once (it never changes). */
const styleCache = new Map();
function styleOf(element) {
  if (!styleCache.has(element)) styleCache.set(element, `<style>${element.elementStyles.map((style) => style.cssText).join('')}</style>`);
  return styleCache.get(element);
}
const shadow = (element, content) => `<template shadowroot="open" shadowrootmode="open">${styleOf(element)}${content}</template>`;
const attr = (name, value) => (value === undefined || value === null ? '' : ` ${name}="${esc(String(value))}"`);
const markup = (html) => sanitizedOnServer(html).nodes.join('');

function figure(image, part, loading) {
  const caption = image.caption || image.credit
    ? `<figcaption part="caption">${esc(image.caption ?? '')}${image.credit ? `<span class="credit" part="credit" dir="auto">${esc(image.credit)}</span>` : ''}</figcaption>`
    : '';
  return `<figure part="${part}"><img src="${esc(image.src)}" alt="${esc(image.alt ?? '')}"${attr('width', image.width)}${attr('height', image.height)} loading="${loading}" />${caption}</figure>`;
}

function block(b) {
  switch (b.type) {
    case 'paragraph':
      return `<p>${b.html ? markup(b.html) : esc(b.text)}</p>`;
    case 'heading':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'quote':
      return `<figure class="quote"><blockquote><p>${esc(b.text)}</p></blockquote>${b.cite ? `<figcaption>— <cite dir="auto">${esc(b.cite)}</cite></figcaption>` : ''}</figure>`;
    case 'image':
      return figure(b, 'body-figure', 'lazy');
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${esc(item)}</li>`).join('')}</${tag}>`;
    }
    case 'html':
      return `<div class="html">${markup(b.html)}</div>`;
  }
}

function time(date, lang, { long, short }) {
  return `<time datetime="${date.toISOString()}"><span class="long">${esc(formatDate(date, lang, long))}</span><span class="short">${esc(formatDate(date, lang, short))}</span></time>`;
}

function byline(article, lang) {
  const text = localized('byline', lang, bylineEnglish);
  const { authors } = article;
  const avatars = authors.filter((author) => author.image);
  let index = 0;
  const names = listParts(authors.map((author) => author.name), lang)
    .map((part) => {
      if (part.type !== 'element') return esc(part.value);
      const author = authors[index++];
      const name = author.url
        ? `<a part="author" rel="author" dir="auto" href="${esc(author.url)}">${esc(author.name)}</a>`
        : `<span part="author" dir="auto">${esc(author.name)}</span>`;
      return author.role ? `${name}<span class="role" part="role">, <bdi>${esc(author.role)}</bdi></span>` : name;
    })
    .join('');
  const published = new Date(article.published);
  const modified = article.modified ? new Date(article.modified) : undefined;
  const updated = modified && modified.getTime() !== published.getTime() ? modified : undefined;
  const sameDay = updated !== undefined && isSameDay(updated, published);
  const updatedTime = updated ? `<span>${esc(text.updated)} ${time(updated, lang, sameDay ? { long: SHORT_TIME, short: SHORT_TIME } : { short: MEDIUM })}</span>` : '';
  const words = article.wordCount;
  return `<news-byline part="byline" exportparts="avatar,author,role,dates,reading-time"${attr('lang', article.language ?? lang)} defer-hydration>${shadow(
    NewsByline,
    `<div class="byline" part="byline">${
      avatars.length ? `<span class="avatars">${avatars.map((author) => `<img part="avatar" src="${esc(author.image)}" alt="" width="40" height="40" />`).join('')}</span>` : ''
    }<span class="text">${authors.length ? `<span class="names">${esc(text.by)} ${names}</span>` : ''}<span class="details"><span class="dates" part="dates">${time(published, lang, { short: MEDIUM })}${updatedTime}</span>${
      words ? `<span part="reading-time">${esc(plural(text.minRead, Math.max(1, Math.round(words / WORDS_PER_MINUTE)), lang))}</span>` : ''
    }</span></span></div>`,
  )}</news-byline>`;
}

function articleShadow(article, lang) {
  const text = localized('article', lang, articleEnglish);
  const body = typeof article.body === 'string' ? markup(article.body) : article.body.map(block).join('');
  const tags = article.tags.length
    ? `<footer part="tags"><ul aria-label="${esc(text.tags)}">${article.tags.map((tag) => `<li part="tag" dir="auto">${esc(tag)}</li>`).join('')}</ul></footer>`
    : '';
  return shadow(
    NewsArticle,
    `<article part="article"${attr('lang', article.language)}><header part="header">${
      article.section ? `<p class="section" part="section" dir="auto">${esc(article.section)}</p>` : ''
    }<h1 part="headline">${esc(article.headline)}</h1>${article.dek ? `<p class="dek" part="dek">${esc(article.dek)}</p>` : ''}<div class="meta">${
      article.dateline ? `<span class="dateline" part="dateline" dir="auto">${esc(article.dateline)}</span>` : ''
    }${byline(article, lang)}</div></header>${article.image ? figure(article.image, 'figure', 'eager') : ''}<div class="body" part="body">${body}</div>${tags}</article><slot></slot>`,
  );
}

function comment({ comment: c, children, inReplyTo }, context) {
  const { strings, formats, now } = context;
  const suffix = idSuffix(c.id);
  const name = c.author.name || strings.anonymous;
  const url = safeUrl(c.author.url);
  const avatar = safeUrl(c.author.avatar, 'image');
  const pending = c.status === 'pending';
  // Plain-text comments (linkified by the element) are not in the benchmark's thread.
  const content = c.contentHtml ? markup(c.contentHtml) : esc(c.content ?? '');
  return `<li><article part="comment${pending ? ' pending' : ''}" id="comment-${suffix}" aria-labelledby="author-${suffix}" tabindex="-1"><slot name="comment-${suffix}"></slot>${
    avatar ? `<img part="avatar" src="${esc(avatar)}" alt="" loading="lazy" />` : `<span part="avatar" aria-hidden="true">${esc(initials(name))}</span>`
  }<header>${
    url
      ? `<a part="author" id="author-${suffix}" dir="auto" href="${esc(url)}" rel="ugc nofollow noopener">${esc(name)}</a>`
      : `<span part="author" id="author-${suffix}" dir="auto">${esc(name)}</span>`
  }${c.date ? `<time part="date" datetime="${c.date.toISOString()}" title="${esc(formats.title(c.date))}">${esc(formats.label(c.date, now))}</time>` : ''}${
    inReplyTo !== undefined ? `<span class="in-reply-to">${esc(fill(strings.inReplyTo, { name: isolate(inReplyTo || strings.anonymous) }))}</span>` : ''
  }</header>${pending ? `<p part="moderation">${esc(strings.awaitingModeration)}</p>` : ''}<div part="content">${content}</div><footer><button part="reply-button" type="button" aria-label="${esc(
    fill(strings.replyTo, { name }),
  )}" aria-expanded="false">${esc(strings.reply)}</button></footer></article>${children.length ? `<ol>${children.map((child) => comment(child, context)).join('')}</ol>` : ''}</li>`;
}

function commentList(input, { articleId, src, lang, now }) {
  const page = normalizePage(input, new URL(src ?? '/', SERVER_BASE_URL).href);
  if ('error' in page) throw new Error(page.error);
  const json = serializeJsonLd(page);
  // The element renders the page as the browser reads it back from the JSON (dates as strings, then Dates).
  const comments = normalizePage(JSON.parse(json)).comments;
  const strings = localized('commentList', lang, commentListEnglish);
  const formats = commentFormats(lang);
  const count = page.total ?? comments.length;
  const { nodes } = visibleThread(buildThread(comments), RENDER_BATCH);
  const thread = nodes.length ? `<ol part="list" class="thread" aria-busy="false">${nodes.map((node) => comment(node, { strings, formats, now })).join('')}</ol>` : `<p part="empty">${esc(strings.empty)}</p>`;
  const anchors = page.comments.map(({ id }) => `<span id="comment-${idSuffix(id)}" slot="comment-${idSuffix(id)}"></span>`).join('');
  return `<comment-list${attr('src', src)}${attr('article-id', articleId)}>${shadow(
    CommentList,
    `<section aria-labelledby="heading" aria-busy="false"><h2 id="heading" part="heading" tabindex="-1">${esc(count ? plural(strings.heading, count, lang) : strings.headingNone)}</h2>${thread}</section>`,
  )}<script type="application/json">${json}</script>${anchors}</comment-list>`;
}

/**
 * `renderDiscussion(articleFrom(raw), { comments, commentsSrc, now })` by hand: `<news-article>` with
 * its shadow root, its JSON-LD and embedded article, and the `<comment-list>` inside it.
 */
export function renderDiscussionByHand(raw, { comments, commentsSrc, now, lang = 'en' }) {
  return withServerRender(serverRenderSettings({ lang, now }), () => {
    const article = articleFrom(raw);
    const list = commentList(comments, { articleId: article.id, src: commentsSrc, lang, now });
    return `<news-article>${articleShadow(article, lang)}<script type="application/ld+json">${serializeJsonLd(toNewsArticleLd(article))}</script><script type="application/json">${serializeJsonLd(
      article,
    )}</script>${list}</news-article>`;
  });
}
