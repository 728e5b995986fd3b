/**
 * Data the stories show: the seed article from `demo/article.json` (its images re-pointed at the
 * build's copies of the demo SVGs), smaller articles for single states, and comment threads in
 * both accepted shapes (ours and WordPress REST's), including 1,000 generated comments.
 */
import seed from '../../demo/article.json';

const hero = new URL('../../demo/hero.svg', import.meta.url).href;
const avatarRs = new URL('../../demo/avatar-rs.svg', import.meta.url).href;

type Json = Record<string, unknown>;

/** The seed article (a fresh copy each time, as fetched JSON would be). */
export function seedArticle(): Json {
  const article = structuredClone(seed) as Json & { image: Json; authors: Json[] };
  delete article.$schema;
  article.image = { ...article.image, src: hero };
  article.authors = article.authors.map((author) => ({ ...author, image: author.image === 'avatar-rs.svg' ? avatarRs : author.image }));
  return article;
}

/** An SVG avatar as a data URL: initials on a coloured disc. */
export function avatar(initials: string, hue: number): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80"><circle cx="40" cy="40" r="40" fill="hsl(${hue} 45% 38%)"/><text x="40" y="50" font-family="sans-serif" font-size="30" text-anchor="middle" fill="#fff">${initials}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export const minimalArticle = {
  id: 'minimal',
  headline: 'City council approves new cycle lanes',
  authors: [{ name: 'Ada Byron' }],
  published: '2026-03-02T08:00:00Z',
  body: [{ type: 'paragraph', text: 'The council voted 7–2 on Monday to build protected cycle lanes on three main roads by next spring.' }],
};

const figure = (label: string, hue: number): string =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 400"><rect width="800" height="400" fill="hsl(${hue} 35% 82%)"/><text x="400" y="215" font-family="sans-serif" font-size="36" text-anchor="middle" fill="hsl(${hue} 40% 25%)">${label}</text></svg>`,
  )}`;

/** One of every block type, plus an unknown one that is skipped. */
export const everyBlockArticle = {
  id: 'every-block',
  headline: 'Every block type, one article',
  dek: 'Paragraphs in text and HTML, headings at every level, a quote, an image, both kinds of list and a sanitized HTML block.',
  section: 'Style guide',
  dateline: 'Anywhere',
  authors: [{ name: 'Grace Hopper', role: 'Standards editor' }],
  published: '2026-02-10T12:00:00Z',
  image: { src: figure('Hero image', 210), alt: 'A pale blue placeholder labelled “Hero image”.', caption: 'The hero, above the body.', credit: 'Placeholder', width: 800, height: 400 },
  tags: ['Blocks', 'Markup'],
  body: [
    { type: 'paragraph', text: 'A paragraph given as text: <b>markup</b> in it shows as characters, it is never parsed.' },
    { type: 'paragraph', html: 'A paragraph given as HTML, with <strong>strong</strong>, <em>emphasis</em>, <a href="https://example.com/">a link</a> and <code>code</code>; <span onclick="alert(1)">an event handler</span> is stripped.' },
    { type: 'heading', level: 2, text: 'A level-two heading' },
    { type: 'paragraph', text: 'Text under the level-two heading.' },
    { type: 'heading', level: 3, text: 'A level-three heading' },
    { type: 'heading', level: 4, text: 'A level-four heading' },
    { type: 'heading', level: 5, text: 'A level-five heading' },
    { type: 'heading', level: 6, text: 'A level-six heading' },
    { type: 'quote', text: 'A quote block is a blockquote, and its source is a cite element.', cite: 'The style guide' },
    { type: 'image', src: figure('Body image', 30), alt: 'A pale orange placeholder labelled “Body image”.', caption: 'An image block, with its caption…', credit: '…and its credit', width: 800, height: 400 },
    { type: 'list', ordered: false, items: ['An unordered list', 'of three', 'items'] },
    { type: 'list', ordered: true, items: ['An ordered list', 'counts', 'its items'] },
    { type: 'html', html: '<p>An <b>html</b> block, sanitized:</p><table><caption>Tables are allowed</caption><thead><tr><th scope="col">Allowed</th><th scope="col">Removed</th></tr></thead><tbody><tr><td>links, lists, images</td><td>scripts, iframes, forms<script>alert(1)</script></td></tr></tbody></table>' },
    { type: 'poll', question: 'An unknown block type is skipped, not fatal.' },
  ],
};

/** The seed body, five times over, with a heading between the rounds. */
export function longArticle(): Json {
  const article = seedArticle();
  const body = article.body as Json[];
  article.id = 'long';
  article.headline = 'A long read: the seed article five times over';
  article.body = Array.from({ length: 5 }, (_, round) => [
    { type: 'heading', level: 2, text: `Part ${round + 1}` },
    ...body.filter((block) => block.type !== 'heading'),
  ]).flat();
  return article;
}

export const frenchArticle = {
  id: 'visite-carney-pekin',
  headline: 'La Chine voit dans la visite de Mark Carney l’occasion de séduire le Canada',
  dek: 'Pékin espère éloigner un allié de longue date de Washington ; Ottawa parle surtout de commerce.',
  section: 'Monde',
  dateline: 'Pékin/Ottawa',
  language: 'fr',
  authors: [
    { name: 'Rajeev Sharma', role: 'correspondant diplomatique' },
    { name: 'Camille Roy' },
    { name: 'Élodie Martin' },
  ],
  published: '2026-01-14T09:30:00Z',
  modified: '2026-01-14T15:05:00Z',
  tags: ['Canada', 'Chine', 'Commerce'],
  body: [
    { type: 'paragraph', text: 'À l’arrivée du premier ministre canadien Mark Carney en Chine mercredi, Pékin a laissé entendre qu’il espérait éloigner quelque peu cet allié de longue date des États-Unis.' },
    { type: 'quote', text: 'Le Canada doit suivre sa propre voie.', cite: 'Éditorial du China Daily' },
    { type: 'list', ordered: false, items: ['Canola', 'Fruits de mer', 'Porc'] },
  ],
};

export const arabicArticle = {
  id: 'rtl-sample',
  headline: 'الصين ترى في زيارة كارني فرصة للتقارب مع كندا',
  dek: 'بكين تأمل في إبعاد حليف قديم عن واشنطن، وأوتاوا تركز على التجارة.',
  section: 'العالم',
  dateline: 'بكين/أوتاوا',
  language: 'ar',
  authors: [{ name: 'راجيف شارما', role: 'مراسل الشؤون الخارجية', image: avatar('RS', 200) }],
  published: '2026-01-14T09:30:00Z',
  modified: '2026-01-14T15:05:00Z',
  tags: ['كندا', 'الصين'],
  body: [
    { type: 'paragraph', text: 'مع وصول رئيس الوزراء الكندي مارك كارني إلى الصين يوم الأربعاء، أشارت بكين إلى أملها في إبعاد الحليف القديم للولايات المتحدة قليلاً عن واشنطن.' },
    { type: 'quote', text: 'على كندا أن تختار طريقها بنفسها.', cite: 'افتتاحية تشاينا ديلي' },
    { type: 'list', ordered: true, items: ['الكانولا', 'المأكولات البحرية', 'لحم الخنزير'] },
  ],
};

// ——— Authors for <news-byline> ———

export const authors = {
  one: [{ name: 'Rajeev Sharma', url: 'https://example.com/authors/rajeev-sharma' }],
  two: [
    { name: 'Rajeev Sharma', url: 'https://example.com/authors/rajeev-sharma' },
    { name: 'Mei Chen', url: 'https://example.com/authors/mei-chen' },
  ],
  three: [
    { name: 'Rajeev Sharma', url: 'https://example.com/authors/rajeev-sharma' },
    { name: 'Mei Chen' },
    { name: 'Luc Tremblay', url: 'https://example.com/authors/luc-tremblay' },
  ],
  withAvatars: [
    { name: 'Rajeev Sharma', role: 'Foreign Affairs Correspondent', url: 'https://example.com/authors/rajeev-sharma', image: avatarRs },
    { name: 'Mei Chen', role: 'Beijing Bureau Chief', image: avatar('MC', 350) },
  ],
};

// ——— Comments ———

/** Comments in our JSON shape: two threads, a reply to a reply, a link and a pending comment. */
export const threadedComments = {
  total: 6,
  comments: [
    { id: 'c1', author: { name: 'Ada Lovelace', url: 'https://example.com/ada', avatar: avatar('AL', 280) }, content: 'Diversifying trade makes sense, but canola farmers need relief now, not in two years.\n\nThe numbers are here: https://example.com/canola-exports', date: '2026-01-14T16:02:00Z', status: 'approved' },
    { id: 'c2', parentId: 'c1', author: { name: 'Ben Okafor' }, content: 'Agreed. The tariffs hit Saskatchewan hardest.', date: '2026-01-14T16:40:00Z', status: 'approved' },
    { id: 'c3', parentId: 'c2', author: { name: 'Ada Lovelace', url: 'https://example.com/ada', avatar: avatar('AL', 280) }, content: 'And Manitoba. Both provinces asked Ottawa for a support package last month.', date: '2026-01-14T17:05:00Z', status: 'approved' },
    { id: 'c4', author: { name: 'Chloé Gagnon' }, content: '“Strategic autonomy” sounds like a slogan. What does it change for exporters this year?', date: '2026-01-14T18:20:00Z', status: 'approved' },
    { id: 'c5', parentId: 'c4', author: { name: 'Dev Patel', avatar: avatar('DP', 140) }, content: 'Nothing, unless the EV tariff is lifted first.', date: '2026-01-15T07:45:00Z', status: 'approved' },
    { id: 'c6', author: { name: 'Erin Walsh' }, content: 'I posted this a minute ago.', date: '2026-01-15T09:00:00Z', status: 'pending' },
  ],
};

/** The same kind of thread as WordPress's REST API answers `/wp/v2/comments?post=…`. */
export const wordpressComments = [
  {
    id: 101, post: 42, parent: 0, author: 0, author_name: 'Ada Lovelace', author_url: 'https://example.com/ada',
    date: '2026-01-14T11:02:00', date_gmt: '2026-01-14T16:02:00',
    content: { rendered: '<p>Diversifying trade makes sense, but <strong>canola farmers</strong> need relief now.</p>\n<p>See <a href="https://example.com/canola" rel="nofollow ugc">the export figures</a>.</p>\n' },
    link: 'https://example.com/2026/01/14/carney-beijing/#comment-101', status: 'approved', type: 'comment',
    author_avatar_urls: { '24': avatar('AL', 280), '48': avatar('AL', 280), '96': avatar('AL', 280) },
  },
  {
    id: 102, post: 42, parent: 101, author: 3, author_name: 'Ben Okafor', author_url: '',
    date: '2026-01-14T11:40:00', date_gmt: '2026-01-14T16:40:00',
    content: { rendered: '<p>Agreed &#8212; the tariffs hit Saskatchewan hardest.</p>\n' },
    link: 'https://example.com/2026/01/14/carney-beijing/#comment-102', status: 'approved', type: 'comment',
    author_avatar_urls: { '24': avatar('BO', 20), '48': avatar('BO', 20), '96': avatar('BO', 20) },
  },
  {
    id: 103, post: 42, parent: 0, author: 0, author_name: 'Chloé Gagnon', author_url: '',
    date: '2026-01-14T13:20:00', date_gmt: '2026-01-14T18:20:00',
    content: { rendered: '<p>&#8220;Strategic autonomy&#8221; sounds like a slogan.</p>\n' },
    link: 'https://example.com/2026/01/14/carney-beijing/#comment-103', status: 'approved', type: 'comment',
    author_avatar_urls: {},
  },
];

/** A deterministic pseudo-random sequence, so the big thread looks the same on every build. */
function random(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const FIRST = ['Ada', 'Ben', 'Chloé', 'Dev', 'Erin', 'Farid', 'Grace', 'Hiro', 'Inès', 'Jonas', 'Kemi', 'Luc', 'Mei', 'Noor', 'Olga', 'Pablo'];
const LAST = ['Lovelace', 'Okafor', 'Gagnon', 'Patel', 'Walsh', 'Haddad', 'Hopper', 'Tanaka', 'Moreau', 'Berg', 'Adeyemi', 'Tremblay', 'Chen', 'Khan', 'Ivanova', 'Ruiz'];
const SENTENCES = [
  'Diversifying trade makes sense.',
  'Canola farmers need relief now, not in two years.',
  'The tariffs hit the prairies hardest.',
  'What does strategic autonomy change for exporters this year?',
  'Nothing, unless the EV tariff is lifted first.',
  'Good reporting, thank you.',
  'The editorial quoted here is worth reading in full: https://example.com/editorial',
  'Ottawa has been careful to temper expectations.',
  'Six years is a long time between visits.',
  'Trade is never only about trade.',
];

/** `count` comments, about a third of them replies (some to replies), over the last weeks. */
export function generateComments(count: number): Json[] {
  const next = random(count);
  const start = Date.parse('2026-01-14T16:00:00Z');
  return Array.from({ length: count }, (_, i) => {
    const parent = i > 3 && next() < 0.35 ? `g${Math.floor(next() * i)}` : undefined;
    const words = 1 + Math.floor(next() * 3);
    return {
      id: `g${i}`,
      ...(parent ? { parentId: parent } : {}),
      author: { name: `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}` },
      content: Array.from({ length: words }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]).join(' '),
      date: new Date(start + i * 9 * 60_000).toISOString(),
      status: 'approved',
    };
  });
}

// ——— Articles as CMSs serve them (the fixtures the format tests read) ———

import wordpressPostJson from '../../tests/fixtures/formats/wordpress/post-embedded.json';
import ghostPostJson from '../../tests/fixtures/formats/ghost/post.json';
import jsonFeedJson from '../../tests/fixtures/formats/jsonfeed/feed.json';
import schemaGraphJson from '../../tests/fixtures/formats/schema/yoast-graph.json';

/** Keys whose image is a person's: WordPress's `avatar_urls` sizes, Ghost's `profile_image`, JSON Feed's `avatar`. */
const AVATAR_KEY = /^(\d+|profile_image|avatar)$/;
const GRAVATAR_URL = /^https?:\/\/[\w.]*gravatar\.com\//;
const IMAGE_URL = /^https?:\/\/.+\.(png|jpe?g|gif|webp)(\?.*)?$/;

/** A CMS's JSON as recorded, its images (on hosts Storybook cannot reach) re-pointed at the demo's. */
function withDemoImages(json: unknown): Json {
  return JSON.parse(JSON.stringify(json), (key, value: unknown) => {
    if (typeof value !== 'string' || !(IMAGE_URL.test(value) || GRAVATAR_URL.test(value))) return value;
    return AVATAR_KEY.test(key) || GRAVATAR_URL.test(value) ? avatarRs : hero;
  }) as Json;
}

/** A WordPress REST post fetched with `?_embed`, recorded from WordPress 6.1. */
export const wordpressPost = (): Json => withDemoImages(wordpressPostJson);
/** A post from Ghost's Content API (`?include=authors,tags`). */
export const ghostPost = (): Json => withDemoImages(ghostPostJson);
/** A JSON Feed 1.1 (its first item is shown). */
export const jsonFeed = (): Json => withDemoImages(jsonFeedJson);
/** schema.org JSON-LD as Yoast SEO prints it: a `@graph` of the article, its page, its author, its image. */
export const schemaGraph = (): Json => withDemoImages(schemaGraphJson);
