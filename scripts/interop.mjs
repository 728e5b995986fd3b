// The framework apps of tests/interop/, each using news-elements as a user gets it: the built package
// packed (`npm pack`) and installed from the tarball. Per app, one after another: its framework's own
// type checker, its usual build, then the built app served by the demo server (server/demo.ts: the
// app's folder at /, the comments API at /api/, a throwaway database) and driven in one Chromium: the
// article renders from the object given as a property, a comment posted through <comment-form>
// reaches the app's `comment-success` handler (which shows the new comment's id), and a Reply button
// of <comment-list> opens a reply form. Also checks that the README's "Frameworks" snippets are the
// apps' code (the regions between `readme:NAME:start` and `readme:NAME:end` comments).
//
// Usage: node --conditions=news-elements:source --import tsx scripts/interop.mjs [--check-readme | --write-readme] [app …]
//   (no flag)       the README check, then pack, install, check, build and drive every app (or those named)
//   --check-readme  only the README check: exits 1 when a snippet differs from its app's code
//   --write-readme  rewrites the README's snippets from the apps
//   --no-check      skips the type checkers (while working on an app)
// Needs `npm run build` first (lib/, dist/, custom-elements.json are what gets packed).
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const INTEROP = join(ROOT, 'tests/interop');
const PACK = join(INTEROP, '.pack');
const README = join(ROOT, 'README.md');
const FIXTURE = join(INTEROP, 'fixtures/article.json');
const bin = (folder, name) => join(folder, 'node_modules/.bin', name);
const BIN = (name) => bin(INTEROP, name);

/**
 * The apps, in order. `install`: a folder with its own package.json and lockfile (React 18 cannot share
 * the React 19 install, and Angular's build brings its own Vite); `check` and `build`: commands run in
 * tests/interop/ (or in `cwd` below it); `out`: the built app.
 */
const APPS = [
  { name: 'html', build: 'copy', out: 'html/dist' },
  { name: 'react19', check: [BIN('tsc'), '-p', 'react19'], build: [BIN('vite'), 'build', 'react19', '--logLevel', 'warn'], out: 'react19/dist' },
  {
    name: 'react18',
    install: 'react18',
    check: [BIN('tsc'), '-p', 'react18'],
    build: [BIN('vite'), 'build', 'react18', '--logLevel', 'warn'],
    out: 'react18/dist',
  },
  { name: 'vue', check: [BIN('vue-tsc'), '-p', 'vue'], build: [BIN('vite'), 'build', 'vue', '--logLevel', 'warn'], out: 'vue/dist' },
  {
    name: 'svelte',
    check: [BIN('svelte-check'), '--workspace', join(INTEROP, 'svelte'), '--tsconfig', join(INTEROP, 'svelte/tsconfig.json'), '--fail-on-warnings', '--output', 'human'],
    build: [BIN('vite'), 'build', 'svelte', '--logLevel', 'warn'],
    out: 'svelte/dist',
  },
  {
    name: 'angular',
    install: 'angular',
    cwd: 'angular',
    check: [bin(join(INTEROP, 'angular'), 'ngc'), '-p', 'tsconfig.json'],
    build: [bin(join(INTEROP, 'angular'), 'ng'), 'build'],
    out: 'angular/dist',
  },
];

const t0 = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const log = (line) => console.log(`interop: ${line}`);

function fail(message, output = '') {
  if (output) console.error(output.trimEnd());
  console.error(`interop: FAILED: ${message}`);
  process.exit(1);
}

function run(command, args, cwd) {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NG_CLI_ANALYTICS: 'false' } }, (error, stdout, stderr) => {
      if (error) reject(Object.assign(error, { output: `${stdout}${stderr}` }));
      else resolve(`${stdout}${stderr}`);
    });
  });
}

/** Runs one named step, printing its time; on failure prints the step's output and exits. */
async function step(label, fn) {
  const start = performance.now();
  try {
    const result = await fn();
    log(`${label} ok (${seconds(start)})`);
    return result;
  } catch (error) {
    fail(`${label} (${seconds(start)})${error.message && !error.output ? `: ${error.message}` : ''}`, error.output ?? error.stack ?? '');
  }
}

// ——— The README's snippets ———

/** `readme:NAME:start` … `readme:NAME:end` regions of the apps' files: NAME → { code, lang, file }. */
function appSnippets() {
  const snippets = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (['node_modules', 'dist', '.pack', 'fixtures'].includes(entry.name) || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(html|tsx?|vue|svelte|m?js|json)$/.test(entry.name)) {
        const lines = readFileSync(path, 'utf8').split('\n');
        let name = null;
        let region = [];
        for (const line of lines) {
          const marker = /readme:([\w-]+):(start|end)/.exec(line);
          if (marker?.[2] === 'start') [name, region] = [marker[1], []];
          else if (marker?.[2] === 'end' && name) {
            if (snippets.has(name)) fail(`two regions named readme:${name} (${snippets.get(name).file}, ${relative(ROOT, path)})`);
            const indent = Math.min(...region.filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length));
            const lang = { tsx: 'tsx', ts: 'ts', vue: 'vue', svelte: 'svelte', html: 'html', js: 'js', mjs: 'js', json: 'json' }[entry.name.split('.').pop()];
            snippets.set(name, { code: region.map((l) => l.slice(indent)).join('\n'), lang, file: relative(ROOT, path) });
            name = null;
          } else if (name) region.push(line);
        }
      }
    }
  };
  walk(INTEROP);
  return snippets;
}

const block = (snippet) => `\`\`\`${snippet.lang}\n${snippet.code}\n\`\`\``;
const markers = (name) => [`<!-- interop:${name}:start -->`, `<!-- interop:${name}:end -->`];

/** Compares (or, with `write`, rewrites) each README block between interop markers with its app's region. */
function readmeCheck(write) {
  const snippets = appSnippets();
  let readme = readFileSync(README, 'utf8');
  const named = [...readme.matchAll(/<!-- interop:([\w-]+):start -->/g)].map((m) => m[1]);
  const problems = [];
  for (const name of named) {
    const [start, end] = markers(name);
    const from = readme.indexOf(start) + start.length;
    const to = readme.indexOf(end, from);
    if (to < 0) { problems.push(`README: ${start} has no ${end}`); continue; }
    const snippet = snippets.get(name);
    if (!snippet) { problems.push(`README: ${start} names no app region (readme:${name}:start in tests/interop/)`); continue; }
    const wanted = `\n${block(snippet)}\n`;
    if (readme.slice(from, to) === wanted) continue;
    if (write) readme = readme.slice(0, from) + wanted + readme.slice(to);
    else problems.push(`README: the ${name} snippet differs from ${snippet.file}'s readme:${name} region (node scripts/interop.mjs --write-readme)`);
  }
  for (const name of snippets.keys()) if (!named.includes(name)) problems.push(`README: no <!-- interop:${name}:start --> block for ${snippets.get(name).file}`);
  if (write) writeFileSync(README, readme);
  return problems;
}

if (process.argv.includes('--write-readme')) {
  const problems = readmeCheck(true);
  if (problems.length) fail(problems.join('\n'));
  log('README snippets written');
  process.exit(0);
}
{
  const problems = readmeCheck(false);
  if (problems.length) fail(problems.join('\n'));
  log(`README snippets match the apps (${appSnippets().size})`);
  if (process.argv.includes('--check-readme')) process.exit(0);
}

// ——— Pack, install ———

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const apps = only.length ? APPS.filter((app) => only.includes(app.name)) : APPS;
if (only.some((name) => !APPS.find((app) => app.name === name))) fail(`unknown app in ${only.join(' ')}; apps: ${APPS.map((a) => a.name).join(' ')}`);

for (const file of ['lib/index.js', 'dist/news-elements.js', 'custom-elements.json']) {
  if (!existsSync(join(ROOT, file))) fail(`${file} is missing: run \`npm run build\` first`);
}

await step('pack', async () => {
  rmSync(PACK, { recursive: true, force: true });
  mkdirSync(PACK, { recursive: true });
  const name = (await run('npm', ['pack', '--silent', '--pack-destination', PACK], ROOT)).trim().split('\n').pop();
  renameSync(join(PACK, name), join(PACK, 'news-elements.tgz')); // the name the apps' package.json files give
});

/**
 * `npm ci` from the committed lockfile. The tarball is new each build, so the lockfile records no
 * integrity for it (npm would refuse the new one): one left by an `npm install` there is dropped.
 */
async function install(folder) {
  const lockPath = join(folder, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  const entry = lock.packages?.['node_modules/news-elements'];
  if (!entry) fail(`${relative(ROOT, lockPath)} has no news-elements entry`);
  if (entry.integrity) {
    delete entry.integrity;
    writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  }
  await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], folder);
}

await step('install tests/interop (npm ci)', () => install(INTEROP));
for (const app of apps) {
  if (app.install) await step(`install tests/interop/${app.install} (npm ci)`, () => install(join(INTEROP, app.install)));
}

// ——— Each app: check, build, drive ———

const { chromium } = await import('playwright-core');
const { ensureChromium, CHROMIUM_ARGS } = await import('./chromium.mjs');
const { createDemoServer } = await import('../server/demo.ts');
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
const browser = await step('start Chromium', () => chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS }));

async function drive(app) {
  const dbDir = mkdtempSync(join(tmpdir(), `news-elements-interop-${app.name}-`));
  const { server } = createDemoServer({
    app: { dbPath: join(dbDir, 'comments.db'), autoApprove: true },
    demoDir: join(INTEROP, app.out),
    distDir: join(INTEROP, 'node_modules/news-elements/dist'),
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) errors.push(message.text());
  });
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() >= 400 && path !== '/favicon.ico') errors.push(`${response.status()} ${path}`);
  });
  try {
    await page.goto(`${origin}/`);
    // Rendered from the property: the fixture's headline is nowhere in the served HTML.
    await page.getByRole('heading', { level: 1, name: fixture.headline }).waitFor({ timeout: 10_000 });
    if (!(await page.locator('news-article').evaluate((el) => el.data && typeof el.data === 'object'))) {
      throw new Error('<news-article>.data is not the object the app passed');
    }
    const list = page.locator('comment-list');
    await list.getByRole('button', { name: /Reply/ }).first().waitFor({ timeout: 10_000 }); // the seeded thread

    const text = `A comment from the ${app.name} app ${Date.now()}`;
    const form = page.locator('news-article > comment-form');
    await form.getByRole('textbox', { name: 'Comment' }).fill(text);
    await form.getByRole('textbox', { name: 'Name' }).fill('Interop Reader');
    await form.getByRole('textbox', { name: 'Email' }).fill('interop@example.com');
    await form.getByRole('button', { name: 'Post Comment' }).click();
    await form.getByText('Your comment has been posted.').waitFor({ timeout: 10_000 });
    const posted = page.locator('[data-testid="posted"]');
    await page.waitForFunction(() => /^\d+$/.test(document.querySelector('[data-testid="posted"]')?.textContent?.trim() ?? ''), null, { timeout: 5_000 })
      .catch(() => { throw new Error('the comment-success handler did not show the new comment\'s id in [data-testid="posted"]'); });
    const id = Number((await posted.textContent()).trim());
    const stored = await (await fetch(`${origin}/api/articles/${fixture.id}/comments`)).json();
    const comments = Array.isArray(stored) ? stored : stored.comments;
    if (!comments.some((c) => c.id === id && String(c.content).includes(text))) throw new Error(`the handler's id ${id} is not the stored comment's`);
    await list.getByText(text).waitFor({ timeout: 5_000 }); // the list shows it at once

    await list.getByRole('button', { name: /Reply/ }).first().click();
    await list.locator('comment-form').getByRole('textbox', { name: 'Comment' }).waitFor({ timeout: 5_000 });
    if (errors.length) throw new Error(`the page logged errors:\n${errors.join('\n')}`);
    return id;
  } finally {
    await page.close();
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await closed;
    rmSync(dbDir, { recursive: true, force: true });
  }
}

for (const app of apps) {
  // Each app imports the fixture as ./article.json beside its code (copied, not committed).
  const src = existsSync(join(INTEROP, app.name, 'src')) ? join(INTEROP, app.name, 'src') : join(INTEROP, app.name);
  copyFileSync(FIXTURE, join(src, 'article.json'));
  if (app.check && !process.argv.includes('--no-check')) await step(`${app.name}: check (${app.check[0].split('/').pop()})`, () => run(app.check[0], app.check.slice(1), join(INTEROP, app.cwd ?? '')));
  await step(`${app.name}: build`, async () => {
    if (app.build === 'copy') {
      rmSync(join(INTEROP, app.out), { recursive: true, force: true });
      mkdirSync(join(INTEROP, app.out));
      for (const file of ['index.html', 'article.json']) cpSync(join(INTEROP, app.name, file), join(INTEROP, app.out, file));
      return;
    }
    await run(app.build[0], app.build.slice(1), join(INTEROP, app.cwd ?? ''));
  });
  await step(`${app.name}: Chromium (article from a property, comment-success from a real post, a reply form)`, () => drive(app));
}

await browser.close();
log(`${apps.length} apps passed, 0 failed (${seconds(t0)})`);
