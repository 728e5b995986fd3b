// news-elements/ssr: the HTML each render function writes, parsed (parse5, as a browser would) and
// checked — the declarative shadow roots, the byline inside, the JSON-LD and the embedded article,
// hostile input kept inert, and the same output for the same clock.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { RenderInputError, articleFrom, renderArticle, renderCommentForm, renderComments, renderPage } from '../../src/ssr/index.js';
import { normalizeArticle } from '../../src/news-article/normalize.js';
import { fullArticle, minimalArticle } from '../fixtures/articles.js';
import { LOCALE_TAGS } from '../../src/internal/localize.js';
import { LOCALE_IMPORTS } from '../../src/internal/locale-chunks.js';
import english from '../../src/locales/en.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every element under `node` (template contents included, as a declarative shadow root is one), in document order. */
function elements(node: Node): Element[] {
  const found: Element[] = [];
  const children = (n: Node): Node[] => [...('childNodes' in n ? n.childNodes : []), ...('content' in n && n.content ? [n.content] : [])];
  const walk = (n: Node) => {
    if ('tagName' in n) found.push(n);
    children(n).forEach(walk);
  };
  walk(node);
  return found;
}
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text' ? node.value : [...('childNodes' in node ? node.childNodes : []), ...('content' in node && node.content ? [node.content] : [])].map(textOf).join('');
/** The shadow root a `<template shadowrootmode="open">` child of `host` declares. */
function shadowOf(host: Element): DefaultTreeAdapterMap['documentFragment'] {
  const template = host.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'template' && attr(n, 'shadowrootmode') === 'open');
  assert.ok(template, `<${host.tagName}> has a declarative shadow root`);
  return (template as DefaultTreeAdapterMap['template']).content;
}
const find = (root: Node, tag: string) => elements(root).filter((el) => el.tagName === tag);

describe('renderArticle', () => {
  const html = renderArticle(fullArticle, { now: 0 });
  const fragment = parseFragment(html);
  const [host] = find(fragment, 'news-article');

  it('should write the article into a declarative shadow root, byline rendered inside its own', () => {
    assert.ok(host);
    const shadow = shadowOf(host!);
    assert.equal(textOf(find(shadow, 'h1')[0]!), fullArticle.headline);
    const [byline] = find(shadow, 'news-byline');
    const bylineShadow = shadowOf(byline!);
    assert.match(textOf(bylineShadow), /By\s+Rajeev Sharma, Correspondent and Ada Lovelace/);
    assert.deepEqual(find(bylineShadow, 'time').map((t) => attr(t, 'datetime')), ['2026-01-14T09:30:00.000Z', '2026-01-15T15:05:00.000Z']);
    // The body: blocks as elements, the HTML paragraph sanitized, headings in outline order.
    assert.deepEqual(find(shadow, 'em').map(textOf), ['emphasis']);
    assert.deepEqual([find(shadow, 'h2').map(textOf), find(shadow, 'h3').map(textOf)], [['A subheading'], ['Clamped heading']]);
  });

  it('should put the JSON-LD and the normalized article in the light DOM, as scripts that cannot be ended early', () => {
    const scripts = host!.childNodes.filter((n): n is Element => 'tagName' in n && n.tagName === 'script');
    assert.deepEqual(scripts.map((s) => attr(s, 'type')), ['application/ld+json', 'application/json']);
    const ld = JSON.parse(textOf(scripts[0]!));
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.headline, fullArticle.headline);
    assert.equal(ld.url, fullArticle.url);
    assert.deepEqual(JSON.parse(textOf(scripts[1]!)), JSON.parse(JSON.stringify(articleFrom(fullArticle))));
  });

  it('should keep hostile text and markup inert: no script ends early, no handler or script survives', () => {
    const hostile = {
      ...minimalArticle,
      headline: '</script><script>alert(1)</script>',
      dek: '<!-- --><img src=x onerror=alert(1)>',
      body: '<p>Hi<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a></p>',
    };
    const out = renderArticle(hostile, { now: 0 });
    const parsed = parseFragment(out);
    // Exactly the two data scripts, whatever the headline says; nothing executable anywhere.
    assert.deepEqual(find(parsed, 'script').map((s) => attr(s, 'type')), ['application/ld+json', 'application/json']);
    for (const el of elements(parsed)) {
      for (const { name, value } of el.attrs) {
        assert.doesNotMatch(name, /^on/i, `<${el.tagName} ${name}>`);
        assert.doesNotMatch(value, /^\s*javascript:/i, `<${el.tagName} ${name}="${value}">`);
      }
    }
    assert.equal(textOf(find(shadowOf(find(parsed, 'news-article')[0]!), 'h1')[0]!), hostile.headline);
  });

  it('should give the same HTML for the same input and clock, and write dates in the zone asked for', () => {
    assert.equal(renderArticle(fullArticle, { now: 0 }), html);
    const paris = renderArticle(fullArticle, { now: 0, timeZone: 'Europe/Paris' });
    assert.match(html, /January 14, 2026 at 9:30\sAM UTC/);
    assert.match(paris, /January 14, 2026 at 10:30\sAM GMT\+1/);
  });

  it('should name the zone of every time it writes, comments included: the reader may be elsewhere', () => {
    const toronto = { now: Date.parse('2026-02-01T00:00:00Z'), timeZone: 'America/Toronto' };
    const byline = textOf(shadowOf(find(shadowOf(find(parseFragment(renderArticle(fullArticle, toronto)), 'news-article')[0]!), 'news-byline')[0]!));
    assert.match(byline, /January 14, 2026 at 4:30\sAM EST/);
    const list = parseFragment(renderComments([{ id: 1, author: { name: 'Ada' }, content: 'Hi', date: '2026-01-14T12:00:00Z' }], toronto));
    const time = find(shadowOf(find(list, 'comment-list')[0]!), 'time')[0]!;
    assert.match(textOf(time), /^January 14, 2026 at 7:00\sAM EST$/, 'a date older than a week');
    assert.match(attr(time, 'title')!, /7:00:00\sAM EST/);
  });

  it('should render in the language asked for', () => {
    const french = renderArticle({ ...fullArticle, language: undefined }, { lang: 'fr', now: 0 });
    const host = find(parseFragment(french), 'news-article')[0]!;
    assert.equal(attr(host, 'lang'), 'fr');
    const byline = textOf(shadowOf(find(shadowOf(host), 'news-byline')[0]!));
    assert.match(byline, /Par\s+Rajeev Sharma, Correspondent et Ada Lovelace/);
    assert.match(byline, /14 janvier 2026/);
  });

  it('should render every shipped locale: the form, the list and the byline in its words', async () => {
    for (const tag of LOCALE_TAGS) {
      const locale = tag === 'en' ? english : (await LOCALE_IMPORTS[tag]()).default;
      const form = find(parseFragment(renderCommentForm({ endpoint: '/api/comments', lang: tag })), 'comment-form')[0]!;
      assert.equal(textOf(find(shadowOf(form), 'h2')[0]!), locale.commentForm.heading, tag);
      assert.equal(textOf(find(shadowOf(form), 'button').at(-1)!), locale.commentForm.submit, tag);
      const list = find(parseFragment(renderComments([], { lang: tag, now: 0 })), 'comment-list')[0]!;
      assert.equal(textOf(find(shadowOf(list), 'h2')[0]!), locale.commentList.headingNone, tag);
      const article = find(parseFragment(renderArticle({ ...fullArticle, language: undefined }, { lang: tag, now: 0 })), 'news-article')[0]!;
      const byline = textOf(shadowOf(find(shadowOf(article), 'news-byline')[0]!));
      assert.ok(byline.includes(locale.byline.by), `${tag}: ${byline}`);
    }
  });

  it("should refuse what <news-article> refuses, with the element's message", () => {
    for (const bad of [null, 'text', { ...minimalArticle, headline: '' }, { ...minimalArticle, published: 'yesterday' }]) {
      const expected = normalizeArticle(bad).error;
      assert.ok(expected);
      assert.throws(() => renderArticle(bad), (error: unknown) => error instanceof RenderInputError && error.message === expected);
    }
  });
});

describe('renderComments', () => {
  const input = {
    comments: [
      { id: 1, author: { name: 'Ada' }, content: 'First https://example.com/a.', date: '2026-01-14T10:00:00Z' },
      { id: 2, parentId: 1, author: { name: 'Grace', url: 'javascript:alert(1)' }, contentHtml: '<p>Re <b>first</b><img src=x onerror=alert(1)></p>', date: '2026-01-14T11:00:00Z' },
    ],
    total: 7,
    next: '?page=2',
  };
  const html = renderComments(input, { now: Date.parse('2026-01-14T12:00:00Z'), articleId: 'a1', src: '/api/articles/a1/comments' });
  const [host] = find(parseFragment(html), 'comment-list');

  it('should render the thread in a declarative shadow root: nested, dated, sanitized, counted from the total', () => {
    const shadow = shadowOf(host!);
    assert.equal(textOf(find(shadow, 'h2')[0]!), '7 comments');
    const [first, reply] = find(shadow, 'article');
    assert.equal(attr(first!, 'id'), 'comment-1');
    assert.ok(find(first!, 'a').some((a) => attr(a, 'href') === 'https://example.com/a'), 'a linked URL');
    assert.deepEqual(find(shadow, 'time').map((t) => textOf(t)), ['2 hours ago', '1 hour ago']);
    assert.deepEqual(find(reply!, 'b').map(textOf), ['first']);
    assert.deepEqual(find(reply!, 'img').map((img) => img.attrs.map((a) => a.name)), [['src', 'loading']], 'the handler gone');
    assert.equal(find(reply!, 'a').filter((a) => attr(a, 'part') === 'author').length, 0, 'no link for a javascript: URL');
  });

  it('should write `live` and where its stream starts only when asked', () => {
    assert.equal(attr(host!, 'live'), undefined);
    assert.equal(attr(host!, 'live-from'), undefined);
    const [live] = find(parseFragment(renderComments(input, { articleId: 'a1', live: true, liveFrom: '42' })), 'comment-list');
    assert.deepEqual([attr(live!, 'live'), attr(live!, 'live-from')], ['', '42']);
  });

  it('should embed the page for the browser (a relative next kept as a path) and an anchor per comment in the light DOM', () => {
    const [script] = host!.childNodes.filter((n): n is Element => 'tagName' in n && n.tagName === 'script');
    const page = JSON.parse(textOf(script!));
    assert.deepEqual([page.comments.length, page.total, page.next], [2, 7, '/api/articles/a1/comments?page=2']);
    const anchors = host!.childNodes.filter((n): n is Element => 'tagName' in n && n.tagName === 'span');
    assert.deepEqual(anchors.map((a) => [attr(a, 'id'), attr(a, 'slot')]), [['comment-1', 'comment-1'], ['comment-2', 'comment-2']]);
    assert.deepEqual(find(shadowOf(host!), 'slot').map((slot) => attr(slot, 'name')), ['comment-1', 'comment-2']);
  });

  it('should refuse what <comment-list> refuses', () => {
    assert.throws(() => renderComments({ items: [] }), RenderInputError);
  });
});

describe('renderCommentForm', () => {
  it('should render a form that posts without JavaScript, with WordPress’s field names', () => {
    const [host] = find(parseFragment(renderCommentForm({ endpoint: '/api/comments', articleId: 'a1', parentId: '3' })), 'comment-form');
    const shadow = shadowOf(host!);
    const [form] = find(shadow, 'form');
    assert.deepEqual([attr(form!, 'method'), attr(form!, 'action'), attr(form!, 'novalidate')], ['post', '/api/comments', undefined]);
    const names = elements(form!).filter((el) => ['input', 'textarea'].includes(el.tagName)).map((el) => [attr(el, 'name'), attr(el, 'type') === 'hidden' ? attr(el, 'value') : undefined]);
    assert.deepEqual(names.slice(0, 5), [['comment', undefined], ['author', undefined], ['email', undefined], ['url', undefined], ['honeypot', undefined]]);
    assert.deepEqual(names.slice(5, 7), [['comment_post_ID', 'a1'], ['comment_parent', '3']]);
    assert.match(names[7]![1]!, /^[0-9a-f-]{36}$/);
    assert.ok(find(form!, 'textarea').every((el) => attr(el, 'required') !== undefined), 'the browser checks it without JavaScript');
  });
});

describe('renderPage', () => {
  const page = renderPage({ article: fullArticle, now: 0, siteName: 'The <Daily> Dispatch', scriptSrc: '/dist/news-elements.js?v="1"' });
  const document = parse(page);
  const head = find(document, 'head')[0]!;
  const meta = (key: string) => find(head, 'meta').filter((m) => attr(m, 'property') === key || attr(m, 'name') === key).map((m) => attr(m, 'content'));

  it('should write the direction of a right-to-left language on <html>', () => {
    const html = find(parse(renderPage({ article: minimalArticle, lang: 'ar' })), 'html')[0]!;
    assert.deepEqual([attr(html, 'lang'), attr(html, 'dir')], ['ar', 'rtl']);
    assert.equal(attr(find(parse(renderPage({ article: minimalArticle, lang: 'he-IL' })), 'html')[0]!, 'dir'), 'rtl');
    assert.equal(attr(find(parse(renderPage({ article: minimalArticle, lang: 'fr' })), 'html')[0]!, 'dir'), 'ltr');
  });

  it('should be a document in the article’s language, titled by its headline', () => {
    assert.match(page, /^<!doctype html>/);
    assert.equal(attr(find(document, 'html')[0]!, 'lang'), 'en');
    assert.equal(textOf(find(head, 'title')[0]!), `${fullArticle.headline} — The <Daily> Dispatch`);
  });

  it('should carry the description, canonical link, Open Graph and Twitter card tags', () => {
    assert.deepEqual(meta('description'), [fullArticle.dek]);
    assert.deepEqual(find(head, 'link').filter((l) => attr(l, 'rel') === 'canonical').map((l) => attr(l, 'href')), [fullArticle.url]);
    assert.deepEqual(meta('og:title'), [fullArticle.headline]);
    assert.deepEqual(meta('og:site_name'), ['The <Daily> Dispatch']);
    assert.deepEqual(meta('og:image'), ['https://news.example.com/demo/hero.svg']);
    assert.deepEqual(meta('article:tag'), fullArticle.tags);
    assert.deepEqual(meta('twitter:card'), ['summary_large_image']);
  });

  it('should fetch the bundle at once and run it after the first paint, and render the article in <main>', () => {
    const src = '/dist/news-elements.js?v="1"';
    assert.deepEqual(find(head, 'link').filter((l) => attr(l, 'rel') === 'modulepreload').map((l) => attr(l, 'href')), [src]);
    const scripts = find(head, 'script');
    assert.deepEqual(scripts.map((s) => [attr(s, 'type'), attr(s, 'src')]), [['module', undefined]]);
    const imported = /^requestAnimationFrame\(\(\) => setTimeout\(\(\) => import\((.+)\)\)\);$/.exec(textOf(scripts[0]!));
    assert.equal(JSON.parse(imported![1]!), src);
    assert.equal(find(find(document, 'main')[0]!, 'news-article').length, 1);
    assert.equal(find(parse(renderPage({ article: minimalArticle })), 'script').filter((s) => attr(s, 'type') === 'module').length, 0);
  });

  it('should keep a hostile bundle URL inside its script, and give the script the nonce asked for', () => {
    const hostile = '/x.js");alert(1)</script><script>alert(2)//';
    const tags = find(find(parse(renderPage({ article: minimalArticle, scriptSrc: hostile, scriptNonce: 'r4nd"om' })), 'head')[0]!, 'script');
    assert.equal(tags.length, 1, 'no second script');
    assert.equal(attr(tags[0]!, 'nonce'), 'r4nd"om');
    assert.equal(JSON.parse(/import\((.+)\)\)\);$/.exec(textOf(tags[0]!))![1]!), hostile, 'the URL is a string, whole');
  });
});
