#!/usr/bin/env node
// `npm run bench:article` (part of `npm run bench`): renders the seed article (demo/article.json)
// ten times into one <news-article> in headless Chromium, and ten times with a hand-written DOM
// baseline that builds the same markup (checked: the run stops when the two differ), over several
// rounds in the same run, and prints the medians and their ratio. No thresholds: it prints figures.
// BENCH_ROUNDS sets the rounds (default 41); CHROME_PATH and BENCH_BUNDLE as for the list benchmark.
import { join } from 'node:path';
import { fmt, median, printMachine, printTable, root, runBench } from './harness.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 41);
const WARM_UP = 3;
const KINDS = ['element', 'baseline'];

const demo = (file, type) => [join(root, 'demo', file), type];

const files = {
  '/article.json': demo('article.json', 'application/json'),
  '/hero.svg': demo('hero.svg', 'image/svg+xml'),
  '/avatar-rs.svg': demo('avatar-rs.svg', 'image/svg+xml'),
};

await runBench('article-page.js', files, async ({ browser, page }) => {
  const run = (kind) => page.evaluate((k) => window.bench.run(k), kind);
  const markup = {};
  for (const kind of KINDS) {
    await run(kind);
    markup[kind] = await page.evaluate(() => window.bench.markup());
  }
  if (markup.element !== markup.baseline) {
    const at = [...markup.element].findIndex((char, i) => char !== markup.baseline[i]);
    throw new Error(`the baseline's markup differs from the element's at character ${at}:\n  element:  …${markup.element.slice(Math.max(0, at - 80), at + 120)}\n  baseline: …${markup.baseline.slice(Math.max(0, at - 80), at + 120)}`);
  }
  // Warm up both paths (JIT, style sheets, Intl data, images) before the clock counts.
  for (let i = 0; i < WARM_UP; i++) for (const kind of KINDS) await run(kind);

  // Alternate the two within each round, so a busy moment of the machine falls on both.
  const times = { element: [], baseline: [] };
  const longest = { element: 0, baseline: 0 };
  for (let i = 0; i < ROUNDS; i++) {
    for (const kind of i % 2 ? [...KINDS].reverse() : KINDS) {
      const result = await run(kind);
      times[kind].push(result.ms);
      longest[kind] = Math.max(longest[kind], result.longest);
    }
  }

  const renders = await page.evaluate(() => window.bench.renders);
  const element = median(times.element);
  const baseline = median(times.baseline);
  console.log(`\n<news-article> render benchmark — ${browser.version()}, the seed article rendered ${renders}× into one host, medians of ${ROUNDS} rounds, time from the first data to the last render laid out`);
  const cells = (ms, kind) => [fmt(ms), fmt((ms * 1000) / renders, 0), `${fmt(Math.min(...times[kind]))}–${fmt(Math.max(...times[kind]))}`, longest[kind] ? `${fmt(longest[kind], 0)} ms` : '< 50 ms'];
  printTable(
    ['', `ms for ${renders}`, 'µs/render', 'range ms', 'longest long task'],
    [['<news-article>', ...cells(element, 'element')], ['baseline', ...cells(baseline, 'baseline')]],
  );
  // The two runs of a round are seconds apart at most: their ratio shrugs off a load that changed
  // between rounds, so it tells how far the figure above can be trusted.
  const paired = median(times.element.map((ms, i) => ms / times.baseline[i]));
  console.log(`\nRatio of medians, element / baseline: ${fmt(element / baseline, 2)}× (same markup: checked; median of the ${ROUNDS} rounds' own ratios: ${fmt(paired, 2)}×).`);
  printMachine();
});
