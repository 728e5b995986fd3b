// Screenshots of the demo as a reader sees it: desktop and phone, light and dark.
// Usage: node scripts/screenshots.mjs [url]   (default: starts the Vite dev server itself, page at /)
// Writes .screenshots/*.png.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { ensureChromium, CHROMIUM_ARGS } from './chromium.mjs';

let url = process.argv[2];
let server;
if (!url) {
  server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  await server.listen();
  url = server.resolvedUrls.local[0];
}
mkdirSync('.screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const shots = [
  { name: 'desktop-light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'desktop-dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'phone-light', viewport: { width: 390, height: 844 }, colorScheme: 'light', deviceScaleFactor: 2 },
  { name: 'phone-dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark', deviceScaleFactor: 2 },
];
for (const shot of shots) {
  const page = await browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme, deviceScaleFactor: shot.deviceScaleFactor ?? 1 });
  page.on('console', (msg) => msg.type() === 'error' && console.log(`[${shot.name}] console error: ${msg.text()}`));
  page.on('pageerror', (err) => console.log(`[${shot.name}] page error: ${err.message}`));
  page.on('response', (res) => res.status() >= 400 && console.log(`[${shot.name}] ${res.status()} ${res.url()}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `.screenshots/${shot.name}-top.png` }); // what a reader sees first
  await page.screenshot({ path: `.screenshots/${shot.name}.png`, fullPage: true });
  console.log(`.screenshots/${shot.name}.png`);
  const comments = page.locator('.comments');
  if (await comments.count()) {
    await comments.screenshot({ path: `.screenshots/${shot.name}-comments.png` });
    console.log(`.screenshots/${shot.name}-comments.png`);
  }
  await page.close();
}
await browser.close();
await server?.close();
