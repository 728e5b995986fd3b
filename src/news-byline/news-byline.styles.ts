import { css } from 'lit';
import { hostStyles } from '../internal/shared.styles.js';

export const newsBylineStyles = [
  hostStyles,
  css`
    :host {
      --_muted: var(--news-byline-muted, var(--_news-muted));
      --_avatar: var(--news-byline-avatar-size, 2.5rem);
      min-inline-size: 0; /* as a grid or flex item (the article's meta row), it may be narrower than its name line */
      font-size: .9375em;
      line-height: 1.4;
    }
    .byline {
      display: flex;
      align-items: center;
      gap: .75rem;
    }
    .avatars {
      display: flex;
      flex: none;
      gap: .25rem;
    }
    .avatars img {
      width: var(--_avatar);
      height: var(--_avatar);
      border-radius: 50%;
      object-fit: cover;
      background: color-mix(in srgb, currentColor 10%, transparent);
    }
    .text {
      min-inline-size: 0; /* a flex item that may shrink, so a long name line can end in "…" */
    }
    .names {
      display: block;
      font-weight: 600;
    }
    .role {
      color: var(--_muted);
      font-weight: 400;
    }
    /* Items apart by space, not "·" separators: on a phone they wrap onto clean lines. */
    .details,
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: 0 .75rem;
    }
    .details {
      color: var(--_muted);
      font-size: .9em;
    }
    .short {
      display: none;
    }
    /* On a phone: name and role on one line (a long role ends in "…"; the whole text stays in the
       accessibility tree), short dates and the reading time on the next. A media query, not a
       container query: containment would collapse a byline placed in a shrink-to-fit box. */
    @media (max-width: 30rem) {
      .names {
        overflow: hidden;
        white-space: nowrap;
        text-overflow: ellipsis;
      }
      .details,
      .dates {
        column-gap: .5rem;
      }
      .long {
        display: none;
      }
      .short {
        display: inline;
      }
    }
  `,
];
