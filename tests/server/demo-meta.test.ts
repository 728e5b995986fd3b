// demo/index.html carries its article's metadata in the page itself, for crawlers and link
// previews that run no script: a description, a canonical link and Open Graph tags. They are
// written by hand from demo/article.json; this test keeps the two from drifting apart.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR } from '../../server/demo.js';

const html = readFileSync(join(DEMO_DIR, 'index.html'), 'utf8');
const article = JSON.parse(readFileSync(join(DEMO_DIR, 'article.json'), 'utf8'));
const head = html.slice(0, html.indexOf('</head>'));

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#39;': "'" };

/** The attributes of every `<tag …>` in the head, values decoded. */
function tags(name: string): Array<Record<string, string>> {
  return [...head.matchAll(new RegExp(`<${name}\\s([^>]*)>`, 'g'))].map(([, attributes]) =>
    Object.fromEntries(
      [...attributes!.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, key, value]) => [key!, value!.replace(/&(?:amp|quot|lt|gt|#39);/g, (e) => ENTITIES[e]!)]),
    ),
  );
}

/** The `content` of each `<meta>` whose `attribute` (name or property) is `key`. */
const meta = (attribute: 'name' | 'property', key: string) => tags('meta').filter((m) => m[attribute] === key).map((m) => m.content);

describe('demo/index.html metadata', () => {
  it('should have the article url as an absolute canonical link and og:url', () => {
    assert.match(article.url, /^https:\/\//, 'article.json url: a canonical link must be absolute');
    assert.deepEqual(tags('link').filter((l) => l.rel === 'canonical').map((l) => l.href), [article.url]);
    assert.deepEqual(meta('property', 'og:url'), [article.url]);
  });

  it('should describe the page with the headline and dek', () => {
    assert.equal(head.match(/<title>([^<]*)<\/title>/)?.[1], `${article.headline} — The Daily Dispatch`);
    assert.deepEqual(meta('name', 'description'), [article.dek]);
    assert.deepEqual(meta('property', 'og:title'), [article.headline]);
    assert.deepEqual(meta('property', 'og:description'), [article.dek]);
    assert.deepEqual(meta('property', 'og:type'), ['article']);
  });

  it('should point og:image at the hero, resolved against the article url, with its alt text and size', () => {
    assert.deepEqual(meta('property', 'og:image'), [new URL(article.image.src, article.url).href]);
    assert.deepEqual(meta('property', 'og:image:alt'), [article.image.alt]);
    assert.deepEqual(meta('property', 'og:image:width'), [String(article.image.width)]);
    assert.deepEqual(meta('property', 'og:image:height'), [String(article.image.height)]);
  });

  it("should carry the article's dates, section and tags", () => {
    assert.deepEqual(meta('property', 'article:published_time'), [article.published]);
    assert.deepEqual(meta('property', 'article:modified_time'), [article.modified]);
    assert.deepEqual(meta('property', 'article:section'), [article.section]);
    assert.deepEqual(meta('property', 'article:tag'), article.tags);
  });
});

describe('demo/article.<lang>.json, the translations shown on ?lang=ar and ?lang=he', () => {
  for (const lang of ['ar', 'he']) {
    it(`should be the same article as article.json in ${lang}: same id, link, image and blocks, its language set`, async () => {
      const translation = JSON.parse(readFileSync(join(DEMO_DIR, `article.${lang}.json`), 'utf8'));
      assert.equal(translation.language, lang);
      for (const key of ['id', 'url', 'published', 'modified'] as const) assert.equal(translation[key], article[key], key);
      assert.equal(translation.image.src, article.image.src);
      assert.deepEqual(
        translation.body.map((block: { type: string }) => block.type),
        article.body.map((block: { type: string }) => block.type),
      );
      assert.notEqual(translation.headline, article.headline);
      const { normalizeArticle } = await import('../../src/news-article/normalize.js');
      const result = normalizeArticle(translation);
      assert.equal(result.error, undefined);
      assert.equal(result.article?.language, lang);
    });
  }
});
