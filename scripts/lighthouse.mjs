// `npm run lighthouse`: Lighthouse (12.2.3, a devDependency; 13 needs Node 22) audits the
// production demo as `npm start` serves it — the client-rendered page (`/`) and the same article
// server-rendered (`/articles/carney-beijing-visit`), side by side — desktop then mobile, each with
// simulated then applied throttling, one Chromium at a time — and prints the four category scores,
// LCP, CLS, TBT, the JavaScript bytes transferred, the server-rendered page's LCP as a ratio of the
// client-rendered one's in the same run, and the audits that fail or errored per page and setting.
//
//   npm run lighthouse                      # the table; full reports under os.tmpdir()
//   npm run lighthouse -- --write-readme    # also puts the table between README.md's markers
//
// It builds dist/ when missing or older than src/, serves demo/ + dist/ + the API (server/demo.ts)
// on 127.0.0.1, any free port, with a throwaway seeded database, and runs Lighthouse's CLI with
// $CHROME_PATH or Debian's Chromium. A measuring script, not a test: it exits 0 whatever the
// scores, and 1 only when no report could be made at all. On Chromium 156 a few audits fail to
// gather ("Required RootCauses gatherer encountered an error"); they are listed as errored.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBundle } from './bundle.mjs';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { createDemoServer } from '../server/demo.ts';
import { DEMO_ARTICLE_PATH } from '../server/demo-article-page.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const README = join(root, 'README.md');
const MARKERS = { start: '<!-- lighthouse:start -->', end: '<!-- lighthouse:end -->' };
const LIGHTHOUSE_CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const LIGHTHOUSE_VERSION = JSON.parse(readFileSync(join(LIGHTHOUSE_CLI, '../../package.json'), 'utf8')).version;
/** A run that takes longer than this is stopped (a normal one takes 20–60 s here). */
const RUN_TIMEOUT_MS = 180_000;
/** Lighthouse shows an audit below this score as failed (its report's pass threshold). */
const PASS_SCORE = 0.9;

const PAGES = [
  { name: 'client-rendered', path: '/' },
  { name: 'server-rendered', path: DEMO_ARTICLE_PATH },
];
const FORM_FACTORS = [
  { name: 'desktop', flags: ['--preset=desktop'] },
  { name: 'mobile', flags: [] }, // Lighthouse's default: a mid-range phone, simulated slow 4G, 4× slower CPU
];
/**
 * How the slow network and CPU are applied. Lighthouse's default simulates them: it loads the page
 * once at full speed and computes the throttled timings from that trace (Lantern), so whatever the
 * fast load met — here, headless Chromium presenting the server-rendered page's first frame about a
 * second after painting it — is carried into the figures. Applied throttling loads the page through
 * the throttled network and CPU itself: slower to run, and nothing extrapolated. Both are printed.
 */
const THROTTLING = [
  { name: 'simulated', flags: [] },
  { name: 'applied', flags: ['--throttling-method=devtools'] },
];
const SETTINGS = FORM_FACTORS.flatMap((formFactor) =>
  THROTTLING.map((throttling) => ({ name: `${formFactor.name}, ${throttling.name}`, flags: [...formFactor.flags, ...throttling.flags] })),
);
const CATEGORIES = [
  { id: 'performance', title: 'Performance' },
  { id: 'accessibility', title: 'Accessibility' },
  { id: 'best-practices', title: 'Best practices' },
  { id: 'seo', title: 'SEO' },
];
const METRICS = [
  { id: 'largest-contentful-paint', title: 'LCP' },
  { id: 'cumulative-layout-shift', title: 'CLS' },
  { id: 'total-blocking-time', title: 'TBT' },
];
/** Score display modes that carry a pass/fail score (the others are informative, manual or not applicable). */
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

const writeReadme = process.argv.includes('--write-readme');

/** Runs Lighthouse's CLI once; resolves with the parsed report, or an error message. */
function runLighthouse({ url, chromePath, setting, outputBase }) {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    ...setting.flags,
    `--only-categories=${CATEGORIES.map((c) => c.id).join(',')}`,
    '--output=json',
    '--output=html',
    `--output-path=${outputBase}`,
    `--chrome-path=${chromePath}`,
    `--chrome-flags=${['--headless=new', ...CHROMIUM_ARGS].join(' ')}`,
    '--no-enable-error-reporting',
    '--quiet',
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) {
        resolve({ error: `lighthouse exited with ${signal ?? code}: ${stderr.trim().split('\n').slice(-3).join(' ') || 'no message'}` });
        return;
      }
      try {
        resolve({ lhr: JSON.parse(readFileSync(`${outputBase}.report.json`, 'utf8')) });
      } catch (error) {
        resolve({ error: `no readable report: ${error.message}` });
      }
    });
  });
}

/** What a detail row of an audit points at: a node, a URL or a source location. */
function itemLabel(item) {
  const node = item.node ?? item.subItems?.items?.[0]?.node;
  if (node) return node.selector || node.snippet || node.nodeLabel;
  const url = item.url ?? item.source?.url;
  if (typeof url === 'string') return url;
  return item.label ?? item.description ?? item.value?.toString?.();
}

/** The numbers and lists of one report. */
function summarize(lhr) {
  const scores = CATEGORIES.map((category) => {
    const score = lhr.categories[category.id]?.score;
    return typeof score === 'number' ? Math.round(score * 100) : undefined;
  });
  const metrics = METRICS.map((metric) => {
    const audit = lhr.audits[metric.id];
    return audit?.scoreDisplayMode === 'error' ? 'errored' : (audit?.displayValue ?? '–').replaceAll('\u00a0', ' ');
  });
  const failing = [];
  const errored = [];
  const seen = new Set();
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category.id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || seen.has(ref.id)) continue;
      seen.add(ref.id);
      if (audit.scoreDisplayMode === 'error') {
        errored.push({ category: category.title, title: audit.title, message: audit.errorMessage ?? '' });
      } else if (SCORED_MODES.has(audit.scoreDisplayMode) && typeof audit.score === 'number' && audit.score < PASS_SCORE) {
        const items = audit.details?.items ?? [];
        failing.push({
          category: category.title,
          title: audit.title,
          score: audit.score,
          displayValue: audit.displayValue?.replaceAll('\u00a0', ' '),
          items: items.map(itemLabel).filter(Boolean),
        });
      }
    }
  }
  const lcp = lhr.audits['largest-contentful-paint'];
  const requests = lhr.audits['network-requests']?.details?.items;
  // Scripts as the network sent them (compressed), the page's own and its chunks alike.
  const scriptBytes = requests?.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  metrics.push(scriptBytes === undefined ? '–' : `${(scriptBytes / 1024).toFixed(1)} KB`);
  return { scores, metrics, lcpMs: typeof lcp?.numericValue === 'number' ? lcp.numericValue : undefined, failing, errored, runtimeError: lhr.runtimeError?.message };
}

/** A Markdown table, its columns padded so it reads in a terminal too. */
function markdownTable(header, rows, align) {
  const widths = header.map((cell, i) => Math.max(cell.length, 3, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => (align[i] === 'right' ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `| ${widths.map((width, i) => (align[i] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The table and, below it, what failed and what errored, per setting (Markdown). */
function report(results, { withDetails }) {
  const header = ['', ...CATEGORIES.map((c) => c.title), ...METRICS.map((m) => m.title), 'JS'];
  const rows = results.map(({ label, summary }) =>
    summary
      ? [label, ...summary.scores.map((s) => (s === undefined ? '–' : String(s))), ...summary.metrics]
      : [label, ...header.slice(1).map(() => 'no report')],
  );
  const lines = [markdownTable(header, rows, header.map((_, i) => (i === 0 ? 'left' : 'right'))), ''];
  for (const setting of SETTINGS) {
    const [client, server] = PAGES.map((page) => results.find((r) => r.page === page && r.setting === setting)?.summary?.lcpMs);
    if (client && server) lines.push(`- ${setting.name}: the server-rendered page's LCP is ${(server / client).toFixed(2)}× the client-rendered one's (${Math.round(server)} ms / ${Math.round(client)} ms)`);
  }
  const detail = (text) => lines.push(`    ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
  const erroredTitles = (summary) => summary.errored.map((a) => a.title).join('; ');
  // For the README: one line when every run missed the same audits (eight copies would bury the rest).
  const summaries = results.map((r) => r.summary).filter(Boolean);
  const erroredEverywhere =
    !withDetails && summaries.length > 1 && erroredTitles(summaries[0]) !== '' && summaries.every((summary) => erroredTitles(summary) === erroredTitles(summaries[0]));
  for (const { label, summary, error } of results) {
    if (!summary) {
      lines.push(`- ${label}: no report (${error})`);
      continue;
    }
    if (summary.runtimeError) lines.push(`- ${label}: Lighthouse runtime error: ${summary.runtimeError}`);
    const failing = summary.failing.map((a) => `${a.title} (score ${a.score}${a.displayValue ? `, ${a.displayValue}` : ''})`);
    // The README lists only what failed; the terminal says "none" too.
    if (failing.length > 0 || withDetails) lines.push(`- ${label}, failing audits: ${failing.join('; ') || 'none'}`);
    if (withDetails) {
      for (const audit of summary.failing) {
        for (const label of audit.items.slice(0, 5)) detail(`${audit.title}: ${label}`);
        if (audit.items.length > 5) detail(`${audit.title}: … and ${audit.items.length - 5} more`);
      }
    }
    if (summary.errored.length > 0 && !erroredEverywhere) {
      lines.push(`- ${label}, errored on this Chromium (not gathered): ${erroredTitles(summary)}`);
      if (withDetails) for (const audit of summary.errored) detail(`${audit.title}: ${audit.message}`);
    }
  }
  if (erroredEverywhere) lines.push(`- every run, errored on this Chromium (not gathered): ${erroredTitles(summaries[0])}`);
  return lines.join('\n');
}

/** "156.0.8078.114" (`chromium --version` prints a shell warning first on Debian), or undefined. */
function chromiumVersion(chromePath) {
  try {
    return execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).match(/\d+\.\d+\.\d+\.\d+/)?.[0];
  } catch {
    return undefined;
  }
}

function replaceReadmeBlock(block) {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(MARKERS.start);
  const end = text.indexOf(MARKERS.end);
  if (start === -1 || end < start) {
    console.error(`README.md has no ${MARKERS.start} … ${MARKERS.end} block to replace.`);
    return false;
  }
  writeFileSync(README, `${text.slice(0, start + MARKERS.start.length)}\n${block}\n${text.slice(end)}`);
  return true;
}

// --- run ---------------------------------------------------------------------------------------

const chromePath = ensureChromium();
await ensureBundle();
const work = mkdtempSync(join(tmpdir(), 'news-elements-lighthouse-'));
const reports = mkdtempSync(join(tmpdir(), 'news-elements-lighthouse-reports-'));
const { server } = createDemoServer({ app: { dbPath: join(work, 'comments.db'), autoApprove: true } });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
console.log(`Demo (production build) on ${origin}/; Lighthouse ${LIGHTHOUSE_VERSION} with ${chromePath}`);

const results = [];
// Warm the server (its first render compiles templates, opens the database): audits measure it in its steady state.
for (const page of PAGES) await (await fetch(`${origin}${page.path}`)).arrayBuffer();
try {
  for (const setting of SETTINGS) {
    for (const page of PAGES) {
      const label = `${page.name}, ${setting.name}`;
      console.log(`Auditing ${page.path} (${label})…`);
      const outputBase = join(reports, `${page.name}-${setting.name.replace(', ', '-')}`);
      const run = await runLighthouse({ url: `${origin}${page.path}`, chromePath, setting, outputBase });
      results.push({ page, setting, label, summary: run.lhr && summarize(run.lhr), error: run.error, reportPath: run.lhr && `${outputBase}.report.html` });
    }
  }
} finally {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  await closed; // closes the database too
  rmSync(work, { recursive: true, force: true });
}

console.log(`\n${report(results, { withDetails: true })}\n`);
for (const { label, reportPath } of results) if (reportPath) console.log(`${label} report: ${reportPath}`);

let exitCode = results.some((r) => r.summary) ? 0 : 1;
if (writeReadme) {
  if (exitCode !== 0) console.error('No report: README.md left as it was.');
  else {
    const chromium = chromiumVersion(chromePath);
    const note = `Lighthouse ${LIGHTHOUSE_VERSION}${chromium ? `, Chromium ${chromium}` : ''}, ${new Date().toISOString().slice(0, 10)} — written by \`npm run lighthouse -- --write-readme\`.`;
    if (replaceReadmeBlock(`${report(results, { withDetails: false })}\n\n${note}`)) console.log('README.md: Lighthouse table updated.');
    else exitCode = 1;
  }
}
process.exitCode = exitCode;
