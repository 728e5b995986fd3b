import { css } from 'lit';
import { hostStyles } from '../internal/shared.styles.js';

export const newsBylineStyles = [
  hostStyles,
  css`
    :host {
      --_muted: var(--news-byline-muted, color-mix(in srgb, currentColor 72%, transparent));
      --_avatar: var(--news-byline-avatar-size, 2.5rem);
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
  `,
];
