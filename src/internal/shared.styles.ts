import { css } from 'lit';

/**
 * Defaults every element shares: the host is a block that honours `hidden` (font and colour are
 * inherited from the page as for any element), and an accent that stays readable on light and dark
 * pages alike (mixed with the inherited text colour rather than fixed).
 */
export const hostStyles = css`
  :host {
    display: block;
    --_accent: var(--news-accent, color-mix(in srgb, #c62828 72%, currentColor));
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
