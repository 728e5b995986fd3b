import { html, nothing } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/** A dark host page: `color-scheme: dark` (the elements follow it) and light text on a dark ground. */
export const darkPage: Decorator = (story) =>
  html`<div style="color-scheme: dark; background: #16181d; color: #e9e7e2; padding: 1.5rem; min-height: 100vh; box-sizing: border-box;">
    ${story()}
  </div>`;

/** The language (and direction) of the page around the story, as a publisher's page sets it. */
export const pageLanguage =
  (lang: string, dir?: 'ltr' | 'rtl'): Decorator =>
  (story) =>
    html`<div lang=${lang} dir=${dir ?? nothing}>${story()}</div>`;

/** A column as wide as an article's, for elements that otherwise stretch across the canvas. */
export const column: Decorator = (story) => html`<div style="max-width: 42rem;">${story()}</div>`;

const DRAFT_KEYS = /^news-elements:(comment-draft:|commenter$)/;

/**
 * Forgets every comment draft and remembered commenter, so a story that typed text does not fill
 * the next story's form. (`<comment-form>` keeps drafts in localStorage on purpose.)
 */
export function forgetComments(): void {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) if (DRAFT_KEYS.test(key)) storage.removeItem(key);
  }
}
