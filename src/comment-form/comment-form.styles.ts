import { css } from 'lit';
import { hostStyles, spacedHostStyles } from '../internal/shared.styles.js';

/*
 * Looks at home before anyone themes it: `hostStyles` gives the block host, `hidden` and the focus
 * ring; font and colour are inherited, borders mixed from the inherited text colour. Accent, error
 * and success colours use light-dark(), which follows the page's `color-scheme` (and, with
 * `color-scheme: light dark`, the reader's `prefers-color-scheme`).
 * Logical properties only, so `dir="rtl"` mirrors the layout. Written compactly on purpose: every
 * byte of CSS ships.
 */
export const styles = [
  hostStyles,
  spacedHostStyles,
  css`
    :host {
      --_accent: var(--comment-form-accent, var(--_news-accent));
      --_error: var(--comment-form-error-color, light-dark(#b3261e, #ffb4ab));
      --_radius: var(--comment-form-radius, var(--_news-radius));
    }
    form, .field { display: grid; gap: var(--comment-form-gap, 1rem) }
    .head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25em 1em }
    h2, p { margin: 0 }
    [part=notice] { color: var(--_news-muted) }
    h2 { font-family: var(--_news-heading-font); font-size: 1.375em; line-height: 1.25 }
    .field { gap: .25rem }
    .field label { font-weight: 600 }
    .req, [part=error] { color: var(--_error) }
    input, textarea, button { font: inherit; color: inherit }
    .field input, textarea {
      box-sizing: border-box;
      inline-size: 100%;
      max-inline-size: 32em;
      padding: .5em .625em;
      background: none;
      border: 1px solid var(--comment-form-border-color, color-mix(in srgb, currentColor 55%, transparent));
      border-radius: var(--_radius);
    }
    textarea { max-inline-size: none; resize: vertical }
    [aria-invalid=true] { border-color: var(--_error); box-shadow: inset 0 0 0 1px var(--_error) }
    .consent { display: flex; align-items: flex-start; gap: .5em }
    [type=checkbox] { flex: none; inline-size: 1.125em; block-size: 1.125em; margin: .2em 0 0; accent-color: var(--_accent) }
    .link { padding: 0; border: 0; background: none; text-decoration: underline; cursor: pointer }
    [type=submit] {
      justify-self: start;
      padding: .625em 1.25em;
      border: 1px solid transparent;
      border-radius: var(--_radius);
      background: var(--_accent);
      color: var(--comment-form-on-accent, light-dark(#fff, #0a2240));
      font-weight: 600;
      cursor: pointer;
    }
    [readonly], [aria-disabled=true] { opacity: .7; cursor: progress }
    [role] {
      --_c: var(--_error);
      padding: .5em .75em;
      border-inline-start: 4px solid;
      border-radius: var(--_radius);
      color: var(--_c);
      background: color-mix(in srgb, var(--_c) 10%, transparent);
    }
    [role=status] { --_c: light-dark(#146c2e, #8fd6a4) }
    [role]:empty { display: none }
    .hp { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%) }
  `,
];
