// Screenshots of the demo as a reader sees it, served as `npm start` serves it (the production
// bundle): desktop and phone, light and dark; the top of the page, the whole page, and the comment
// area before and after posting a reply. Each shot gets a fresh demo with a throwaway database. Then
// the same sizes and schemes in Arabic and Hebrew (right to left).
//
// Usage: node --import tsx scripts/screenshots.mjs [--readme]
// Writes .screenshots/*.png; with --readme also docs/demo-desktop.png and docs/demo-phone-dark.png,
// the images the README shows.
import { copyFileSync, mkdirSync } from 'node:fs';
import { startDemo } from './demo-server.mjs';

const shots = [
  { name: 'desktop-light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { name: 'desktop-dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
  { name: 'phone-light', viewport: { width: 390, height: 844 }, colorScheme: 'light' },
  { name: 'phone-dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' },
];

mkdirSync('.screenshots', { recursive: true });
for (const shot of shots) {
  const demo = await startDemo();
  try {
    const page = await demo.browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme });
    page.on('console', (msg) => msg.type() === 'error' && console.log(`[${shot.name}] console error: ${msg.text()}`));
    page.on('pageerror', (err) => console.log(`[${shot.name}] page error: ${err.message}`));
    page.on('response', (res) => res.status() >= 400 && console.log(`[${shot.name}] ${res.status()} ${res.url()}`));
    await page.goto(demo.url, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    const save = async (suffix, target = page, options = {}) => {
      const path = `.screenshots/${shot.name}${suffix}.png`;
      await target.screenshot({ path, ...options });
      console.log(path);
    };
    await save('-top'); // what a reader sees first
    const list = page.locator('comment-list');
    const comments = page.locator('.comments');
    // The comment code loads as a reader nears the comments, so bring them near first.
    await comments.scrollIntoViewIfNeeded();
    await list.getByRole('heading', { name: /comments?$/ }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await save('', page, { fullPage: true });
    await save('-comments', comments);

    await list.getByRole('button', { name: /Reply/ }).first().click();
    const replyForm = list.locator('comment-form');
    await replyForm.getByRole('textbox', { name: 'Comment' }).fill('Thanks, this is the context I was missing.');
    await replyForm.getByRole('textbox', { name: 'Name' }).fill('Screenshot Reader');
    await replyForm.getByRole('textbox', { name: 'Email' }).fill('reader@example.com');
    await save('-reply-form', comments);
    await replyForm.getByRole('button', { name: 'Post Comment' }).click();
    await list.getByText('Thanks, this is the context I was missing.').waitFor();
    await page.waitForTimeout(200); // let the focus move and the status settle
    await save('-after-reply', comments);
    await page.close();
  } finally {
    await demo.stop();
  }
}
// Right to left: Arabic and Hebrew, in every shot's size and scheme — the top, the comment area with a
// reply form open, and the form's errors after an empty submit.
for (const lang of ['ar', 'he']) {
  const { default: locale } = await import(`../src/locales/${lang}.ts`);
  const demo = await startDemo();
  try {
    for (const shot of shots) {
      const page = await demo.browser.newPage({ viewport: shot.viewport, colorScheme: shot.colorScheme });
      page.on('pageerror', (err) => console.log(`[${lang} ${shot.name}] page error: ${err.message}`));
      await page.goto(`${demo.url}?lang=${lang}`, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      const save = async (suffix, target = page) => {
        const path = `.screenshots/${lang}-${shot.name}${suffix}.png`;
        await target.screenshot({ path });
        console.log(path);
      };
      await save('-top');
      const comments = page.locator('.comments');
      const list = page.locator('comment-list');
      await comments.scrollIntoViewIfNeeded();
      await list.getByRole('button', { name: locale.commentList.reply }).first().waitFor();
      await list.getByRole('button', { name: locale.commentList.reply }).first().click();
      await list.locator('comment-form').getByRole('textbox', { name: locale.commentForm.name }).fill('John Smith');
      await save('-reply-form', comments);
      const form = page.locator('.comments > comment-form');
      await form.getByRole('button', { name: locale.commentForm.submit }).click();
      await save('-form-errors', form);
      await page.close();
    }
  } finally {
    await demo.stop();
  }
}

if (process.argv.includes('--readme')) {
  mkdirSync('docs', { recursive: true });
  copyFileSync('.screenshots/desktop-light-top.png', 'docs/demo-desktop.png');
  copyFileSync('.screenshots/phone-dark-top.png', 'docs/demo-phone-dark.png');
  console.log('docs/demo-desktop.png, docs/demo-phone-dark.png');
}
