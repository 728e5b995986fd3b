import { html } from 'lit';
import { expect } from 'storybook/test';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { LOCALE_TAGS, localeDirection, localized } from '../src/internal/localize.js';
import { en } from '../src/news-byline/strings.js';

// Every shipped locale side by side (the preview registers them all): a byline with two authors,
// both dates and a reading time, and an empty thread's heading, in each language and direction.
const meta = {
  title: 'Languages',
} satisfies Meta;

export default meta;
type Story = StoryObj;

const AUTHORS = JSON.stringify([{ name: 'Ada Lovelace' }, { name: 'Grace Hopper' }]);

export const EveryLocale: Story = {
  render: () =>
    html`<dl style="display: grid; grid-template-columns: max-content 1fr; gap: .75rem 1.5rem; align-items: baseline; margin: 0">
      ${LOCALE_TAGS.map(
        (tag) =>
          html`<dt><code>${tag}</code></dt>
            <dd lang=${tag} dir=${localeDirection(tag)} style="margin: 0">
              <news-byline authors=${AUTHORS} published="2026-01-14T09:30:00Z" modified="2026-01-15T15:05:00Z" word-count="1200"></news-byline>
            </dd>`,
      )}
    </dl>`,
  play: async ({ canvasElement }) => {
    const bylines = [...canvasElement.querySelectorAll('news-byline')];
    await Promise.all(bylines.map((byline) => (byline as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const texts = bylines.map((byline) => byline.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim());
    // Each in its own words: no locale fell back to English.
    for (const [index, tag] of LOCALE_TAGS.entries()) {
      const by = localized('byline', tag, en).by;
      if (tag !== 'en') await expect(by).not.toBe(en.by);
      await expect(texts[index]).toContain(by);
    }
  },
};
