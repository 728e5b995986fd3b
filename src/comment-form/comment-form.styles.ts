import { css } from 'lit';

/*
 * Looks at home before anyone themes it: font and colours come from the page; borders and
 * backgrounds are mixed from the inherited text colour. Accent, error and success colours use
 * light-dark(), which follows the page's `color-scheme` (and, with `color-scheme: light dark`, the
 * reader's `prefers-color-scheme`). Logical properties only, so `dir="rtl"` mirrors the layout.
 * Written compactly on purpose: CSS text is not minified by the build and every byte ships.
 */
export const styles = css`
  :host {
    --_accent: var(--comment-form-accent, light-dark(#0b57d0, #a8c7fa));
    --_error: var(--comment-form-error-color, light-dark(#b3261e, #ffb4ab));
    --_success: var(--comment-form-success-color, light-dark(#146c2e, #8fd6a4));
    --_radius: var(--comment-form-radius, 4px);
    display: block;
    color: var(--comment-form-color, inherit);
  }
  :host([hidden]) { display: none }
  * { box-sizing: border-box }
  form { display: grid; gap: var(--comment-form-gap, 1rem) }
  p { margin: 0 }
  .head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25em 1em }
  h2 { margin: 0; font-size: var(--comment-form-heading-size, 1.375em); line-height: 1.25 }
  .field { display: grid; gap: 0.25rem }
  label { font-weight: 600 }
  .req, .error, .alert { color: var(--_error) }
  input, textarea, button { font: inherit; color: inherit }
  input:not([type='checkbox']), textarea {
    inline-size: 100%;
    max-inline-size: var(--comment-form-input-width, 32em);
    padding: 0.5em 0.625em;
    background: var(--comment-form-field-background, transparent);
    border: 1px solid var(--comment-form-border-color, color-mix(in srgb, currentColor 55%, transparent));
    border-radius: var(--_radius);
  }
  textarea { max-inline-size: none; resize: vertical; min-block-size: 8lh }
  [readonly] { opacity: 0.75 }
  [aria-invalid='true'] { border-color: var(--_error); box-shadow: inset 0 0 0 1px var(--_error) }
  :focus-visible { outline: 3px solid var(--comment-form-focus-color, var(--_accent)); outline-offset: 2px }
  .consent { display: flex; align-items: flex-start; gap: 0.5em }
  .consent label { font-weight: inherit }
  [type='checkbox'] { flex: none; inline-size: 1.125em; block-size: 1.125em; margin: 0.2em 0 0; accent-color: var(--_accent) }
  .submit {
    justify-self: start;
    padding: 0.625em 1.25em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--comment-form-on-accent, light-dark(#fff, #062e6f));
    font-weight: 600;
    cursor: pointer;
  }
  .submit[aria-disabled='true'] { opacity: 0.7; cursor: progress }
  .link { padding: 0; border: 0; background: none; text-decoration: underline; cursor: pointer }
  .alert, .status { padding: 0.5em 0.75em; border-inline-start: 4px solid; border-radius: var(--_radius) }
  .alert { background: color-mix(in srgb, var(--_error) 10%, transparent) }
  .status { color: var(--_success); background: color-mix(in srgb, var(--_success) 10%, transparent) }
  .alert:empty, .status:empty { display: none }
  .head + .alert { margin-block-start: 1rem }
  .alert .link { color: inherit }
  .hp { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap }
`;
