// The demo page does not jump: its cumulative layout shift, measured with a buffered `layout-shift`
// PerformanceObserver in headless Chromium against the production demo server, from navigation until
// 3 s of idle, on a desktop and a phone viewport, light and dark; then 0 while scrolling through the
// thread (whose code loads on the way, as the reader nears it). A numeric threshold belongs here because layout is deterministic, not timing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from '../../scripts/demo-server.mjs';

let demo;
let browser;
let url;

before(async () => {
  demo = await startDemo();
  ({ browser, url } = demo);
});

after(() => demo?.stop());

/** Records every layout shift from the first byte on (shifts right after input do not count, as in CLS). */
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      const sources = entry.sources.map((source) => source.node?.nodeName ?? '?');
      window.__shifts.push({ value: entry.value, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

const total = (shifts) => shifts.reduce((sum, shift) => sum + shift.value, 0);
const describeShifts = (shifts) => shifts.map((shift) => `${shift.value.toFixed(4)} (${shift.sources.join(', ')})`).join('; ');

const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
];

describe('the demo page does not jump', () => {
  for (const { name, ...device } of VIEWPORTS) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${name}, ${colorScheme}: CLS ≤ 0.02 from load until idle, and 0 while scrolling through the thread`, async (t) => {
        const context = await browser.newContext({ ...device, colorScheme });
        const page = await context.newPage();
        await page.addInitScript(recordShifts);
        await page.goto(url, { waitUntil: 'networkidle' });
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForTimeout(3000);
        const loading = await page.evaluate(() => window.__shifts);
        t.diagnostic(`CLS until idle: ${total(loading).toFixed(4)}`);
        assert.ok(total(loading) <= 0.02, `CLS while loading: ${total(loading).toFixed(4)} — ${describeShifts(loading)}`);

        // Scroll as a reader does, a screen at a time, to the end of the page: on the way the comment
        // elements' code loads and the thread renders (the page grows as it does).
        await page.evaluate(() => (window.__shifts = []));
        const atEnd = () => page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 1);
        for (let step = 0; step < 100 && !(await atEnd()); step++) {
          await page.mouse.wheel(0, device.viewport.height * 0.8);
          await page.waitForTimeout(150);
        }
        await page.getByRole('heading', { name: /^\d+ comments?$/ }).waitFor();
        await page.waitForTimeout(500);
        const scrolling = await page.evaluate(() => window.__shifts);
        assert.equal(total(scrolling), 0, `layout shift while scrolling: ${describeShifts(scrolling)}`);
        await context.close();
      });
    }
  }
});
