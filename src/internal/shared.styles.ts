import { css } from 'lit';

/**
 * Defaults every element shares: the host is a block that honours `hidden`, user-provided text and
 * tables cannot widen the page, and one set of design tokens, so a publisher themes all four
 * elements in one line. Each element's own property (`--comment-form-accent`, …) falls back to the
 * shared `--_news-*` value set here, which falls back to the default:
 *
 * - `--news-accent`: links, buttons, focus rings. A light-dark() pair mixed with the inherited text
 *   colour, so it stays readable on light and dark pages even without `color-scheme`.
 * - `--news-muted`, `--news-rule-color`: secondary text and hairlines, mixed from `currentColor`.
 * - `--news-radius`: corners of fields, buttons and notices.
 * - `--news-font` (inherited by default) and `--news-heading-font` (a serif stack that ends in
 *   Liberation Serif rather than the wide default serif where Charter and Georgia are missing).
 */
export const hostStyles = css`
  :host {
    display: block;
    --_news-accent: var(--news-accent, color-mix(in srgb, light-dark(#1d4f91, #a3c4f3) 85%, currentColor));
    --_news-muted: var(--news-muted, color-mix(in srgb, currentColor 70%, transparent));
    --_news-rule-color: var(--news-rule-color, color-mix(in srgb, currentColor 20%, transparent));
    --_news-heading-font: var(--news-heading-font, Charter, 'Bitstream Charter', 'Sitka Heading', Cambria, Georgia, 'Noto Serif', 'Liberation Serif', serif);
    --_news-radius: var(--news-radius, 4px);
    --_accent: var(--_news-accent);
    font-family: var(--news-font, inherit);
    /* Text comes from authors, commenters and servers: a 5,000-character word breaks instead of
       widening the page. */
    overflow-wrap: anywhere;
  }
  /* The sanitizer puts every table in a scroll box: a wide table scrolls on its own. Inside it,
     words keep whole (a table squeezed to one letter per line is worse than one that scrolls). */
  .table-scroll {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .table-scroll table {
    overflow-wrap: normal;
  }
  pre {
    overflow-x: auto;
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: inherit;
    text-decoration-color: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
`;

/**
 * The comment elements keep a comfortable distance from whatever precedes them (the article, the
 * thread), without any page CSS; a page's own margin on the element still wins over `:host`.
 */
export const spacedHostStyles = css`
  :host(:not(:first-child)) {
    margin-block-start: var(--news-gap, 2.5rem);
  }
`;
