#!/usr/bin/env node
// `npm run bench:list` (part of `npm run bench`): gives 100, 1,000 and 10,000 comments to
// <comment-list> in headless Chromium and to a hand-written DOM baseline (same markup, same
// stylesheet, plain document.createElement), in the same run — both thread them all and render the
// first 100 with "Load more" for the rest, as the element does — and prints times, per-comment cost
// and the longest long task. No thresholds: it prints figures. CHROME_PATH picks the browser (default
// /usr/bin/chromium); BENCH_BUNDLE another build of the bundle (default dist/news-elements.js, built
// when missing or older than src/).
import { fmt, median, printMachine, printTable, runBench } from './harness.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const RUNS = { 100: 7, 1000: 5, 10000: 3 };

await runBench('page.js', {}, async ({ browser, page }) => {
  const version = browser.version();

  // Warm up both paths (JIT, style sheets, Intl data) so the first size is not penalised.
  for (const kind of ['element', 'baseline']) await page.evaluate(([k]) => window.bench.run(k, 300), [kind]);

  const rows = [];
  for (const n of SIZES) {
    const result = { n };
    for (const kind of ['element', 'baseline']) {
      const runs = [];
      // Alternate nothing across kinds within a size: same data, fresh container, gc between runs.
      for (let i = 0; i < (RUNS[n] ?? 3); i++) runs.push(await page.evaluate(([k, size]) => window.bench.run(k, size), [kind, n]));
      result[kind] = { ms: median(runs.map((r) => r.ms)), longest: Math.max(...runs.map((r) => r.longest)), articles: runs[0].articles, nodes: runs[0].nodes };
    }
    // Both render the first batch of 100 (RENDER_BATCH) and a "Load more" button for the rest.
    const shown = Math.min(n, 100);
    if (result.element.articles !== shown || result.baseline.articles !== shown) {
      throw new Error(`expected ${shown} comments, element rendered ${result.element.articles}, baseline ${result.baseline.articles}`);
    }
    // Render the element's list again and scroll through it, a viewport and a bit per frame.
    await page.evaluate(([size]) => window.bench.run('element', size), [n]);
    result.scroll = await page.evaluate(() => window.bench.scroll());
    rows.push(result);
  }

  const header = ['n', 'element ms', 'baseline ms', 'ratio', 'µs/comment (el)', 'µs/comment (base)', 'longest long task (el)', 'longest long task (base)', 'scroll p95 frame'];
  const body = rows.map((r) => [
    r.n.toLocaleString('en-US'),
    fmt(r.element.ms),
    fmt(r.baseline.ms),
    `${fmt(r.element.ms / r.baseline.ms, 2)}×`,
    fmt((r.element.ms * 1000) / r.n, 0),
    fmt((r.baseline.ms * 1000) / r.n, 0),
    r.element.longest ? `${fmt(r.element.longest, 0)} ms` : '< 50 ms',
    r.baseline.longest ? `${fmt(r.baseline.longest, 0)} ms` : '< 50 ms',
    `${fmt(r.scroll.p95, 0)} ms (${r.scroll.frames} frames)`,
  ]);
  console.log(`\n<comment-list> render benchmark — ${version}, medians of ${SIZES.map((n) => RUNS[n] ?? 3).join('/')} runs, time from data to painted frame`);
  printTable(header, body);
  const per = rows.map((r) => (r.element.ms * 1000) / r.n);
  if (rows.length > 1) {
    console.log(`\nGrowth of the element's cost per comment from ${rows[0].n.toLocaleString('en-US')} to ${rows.at(-1).n.toLocaleString('en-US')} comments: ${fmt(per.at(-1) / per[0], 2)}× (1× = linear).`);
  }
  printMachine();
  console.log(`DOM nodes in the shadow root at ${rows.at(-1).n.toLocaleString('en-US')}: element ${rows.at(-1).element.nodes.toLocaleString('en-US')}, baseline ${rows.at(-1).baseline.nodes.toLocaleString('en-US')}.`);
});
