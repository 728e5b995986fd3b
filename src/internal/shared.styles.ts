import { css } from 'lit';

/**
 * Defaults every element shares: the host is a block that honours `hidden` (font and colour are
 * inherited from the page as for any element), user-provided text and tables cannot widen the page,
 * and an accent that stays readable on light and dark pages alike (mixed with the inherited text
 * colour rather than fixed).
 */
export const hostStyles = css`
  :host {
    display: block;
    --_accent: var(--news-accent, color-mix(in srgb, #c62828 72%, currentColor));
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
