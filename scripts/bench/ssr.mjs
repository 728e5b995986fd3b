#!/usr/bin/env node
// `npm run bench:ssr` (part of `npm run bench`): the server render of the seed article
// (demo/article.json) with 50 comments — `renderDiscussion`, as `renderPage` calls it — against a
// hand-written template-string baseline (ssr-baseline.mjs) that writes the same markup (checked: the
// run stops when the two differ once Lit's hydration markers and whitespace between tags are set
// aside), alternating the two over many rounds in one process, and prints the medians, their ratio
// and the size of the HTML. No thresholds: it prints figures. BENCH_ROUNDS sets the rounds (default 61).
// Runs on the TypeScript sources: node --conditions=news-elements:source --import tsx.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { articleFrom, renderDiscussion } from '../../src/ssr/index.ts';
import { renderDiscussionByHand } from './ssr-baseline.mjs';
import { fmt, median, printMachine, printTable, root } from './harness.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 61);
const WARM_UP = 10;
const COMMENTS = 50;
const NOW = Date.parse('2026-01-16T12:00:00Z');

const raw = readFileSync(join(root, 'demo', 'article.json'), 'utf8');

/**
 * Fifty comments as WordPress's REST API sends them (HTML content, `parent` ids): a thread of ten
 * conversations, replies up to three deep, some authors with a website or an avatar, dates over two days.
 */
function wordpressComments() {
  return Array.from({ length: COMMENTS }, (_, i) => {
    const n = i + 1;
    const inThread = i % 5; // 0 starts a conversation; 1–4 answer the one before (1 answers the start)
    return {
      id: n,
      post: 1,
      parent: inThread === 0 ? 0 : inThread === 1 ? n - 1 : n - 1 - (inThread % 2),
      author_name: ['Ada Lovelace', 'Grace Hopper', 'Émile Zola', 'Ngozi Okonjo', 'Li Wei'][i % 5],
      author_url: i % 3 === 0 ? `https://example.com/readers/${n}` : '',
      author_avatar_urls: i % 4 === 0 ? { 48: `https://secure.gravatar.com/avatar/${n}?s=48`, 96: `https://secure.gravatar.com/avatar/${n}?s=96` } : undefined,
      date_gmt: new Date(NOW - (COMMENTS - i) * 55 * 60_000).toISOString().slice(0, 19),
      status: 'approved',
      content: {
        rendered: `<p>Comment ${n}: the tariffs on <strong>canola</strong> matter more than the speeches &amp; the <a href="https://example.com/source/${n}">trade figures</a> say so.</p>\n<p>Second paragraph, with <em>emphasis</em> and a <code>detail</code>.</p>\n`,
      },
    };
  });
}

const commentsSrc = '/api/articles/carney-beijing-visit/comments';
// Each run gets fresh copies of the raw JSON, as a server reading its files or database would.
const input = () => ({ article: JSON.parse(raw), comments: wordpressComments() });
const KINDS = {
  'news-elements/ssr': ({ article, comments }) => renderDiscussion(articleFrom(article), { comments, commentsSrc, now: NOW }),
  'template strings': ({ article, comments }) => renderDiscussionByHand(article, { comments, commentsSrc, now: NOW }),
};

/** The markup without what only Lit writes (hydration markers) and without whitespace next to tags. */
const LIT_MARKERS = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?(?:lit\$\d+\$)?>/g;
const canonical = (html) => html.replace(LIT_MARKERS, '').replace(/\s+/g, ' ').replace(/\s*([<>])\s*/g, '$1');

const outputs = Object.fromEntries(Object.entries(KINDS).map(([kind, render]) => [kind, render(input())]));
const [element, baseline] = Object.values(outputs).map(canonical);
if (element !== baseline) {
  const at = [...element].findIndex((char, i) => char !== baseline[i]);
  console.error(`The baseline's markup differs from news-elements/ssr's at character ${at}:\n  ssr:      …${element.slice(Math.max(0, at - 100), at + 150)}\n  baseline: …${baseline.slice(Math.max(0, at - 100), at + 150)}`);
  process.exit(1);
}

for (let i = 0; i < WARM_UP; i++) for (const render of Object.values(KINDS)) render(input());

// Alternate the two within each round (a busy moment of the machine falls on both); the inputs are
// made before the clock starts.
const times = Object.fromEntries(Object.keys(KINDS).map((kind) => [kind, []]));
for (let round = 0; round < ROUNDS; round++) {
  const order = Object.entries(KINDS);
  if (round % 2) order.reverse();
  for (const [kind, render] of order) {
    const data = input();
    const start = performance.now();
    render(data);
    times[kind].push(performance.now() - start);
  }
}

const [ssrKind, baselineKind] = Object.keys(KINDS);
console.log(`\nServer render benchmark — Node ${process.version}, the seed article with ${COMMENTS} comments (WordPress REST shape), medians of ${ROUNDS} rounds`);
const kb = (bytes) => `${fmt(bytes / 1024)} KB`;
printTable(
  ['', 'median ms', 'range ms', 'HTML', 'gzip'],
  Object.keys(KINDS).map((kind) => [
    kind,
    fmt(median(times[kind]), 2),
    `${fmt(Math.min(...times[kind]), 2)}–${fmt(Math.max(...times[kind]), 2)}`,
    kb(Buffer.byteLength(outputs[kind])),
    kb(gzipSync(outputs[kind]).length),
  ]),
);
const paired = median(times[ssrKind].map((ms, i) => ms / times[baselineKind][i]));
console.log(
  `\nRatio of medians, ${ssrKind} / ${baselineKind}: ${fmt(median(times[ssrKind]) / median(times[baselineKind]), 2)}× (same markup without Lit's markers: checked; median of the rounds' own ratios: ${fmt(paired, 2)}×).`,
);
console.log(`Lit's hydration markers are ${kb(Buffer.byteLength(outputs[ssrKind]) - Buffer.byteLength(outputs[ssrKind].replace(LIT_MARKERS, '')))} of news-elements/ssr's HTML.`);
printMachine();
