import { css } from 'lit';
import { hostStyles } from '../internal/shared.styles.js';

export const newsArticleStyles = [
  hostStyles,
  css`
    :host {
      --_accent: var(--news-article-accent, var(--news-accent, color-mix(in srgb, #c62828 72%, currentColor)));
      --_muted: var(--news-article-muted, color-mix(in srgb, currentColor 70%, transparent));
      --_space: var(--news-article-spacing, 1.25rem);
      font-family: var(--news-article-font, inherit);
    }
    article,
    .loading,
    .error,
    ::slotted(*) {
      max-width: var(--news-article-max-width, 42rem);
      margin-inline: auto;
    }
    header {
      margin-block-end: var(--_space);
    }
    .section {
      margin: 0 0 0.5rem;
      color: var(--_accent);
      font-size: 0.8125em;
      font-weight: 700;
      letter-spacing: 0.08em;
      text-transform: uppercase;
    }
    h1 {
      margin: 0 0 0.75rem;
      font-family: var(--news-article-headline-font, inherit);
      font-size: clamp(1.75rem, 1.2rem + 2.4vw, 2.75rem);
      line-height: 1.12;
      letter-spacing: -0.01em;
      text-wrap: balance;
    }
    .dek {
      margin: 0 0 1rem;
      color: var(--_muted);
      font-size: 1.2em;
      line-height: 1.45;
      text-wrap: pretty;
    }
    .meta {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.5rem;
      padding-block: 0.75rem;
      border-block: 1px solid color-mix(in srgb, currentColor 15%, transparent);
    }
    .dateline {
      font-size: 0.8125em;
      font-weight: 700;
      letter-spacing: 0.06em;
      text-transform: uppercase;
    }
    figure {
      margin: 0 0 var(--_space);
    }
    img {
      display: block;
      max-width: 100%;
      height: auto;
    }
    figcaption {
      margin-block-start: 0.5rem;
      color: var(--_muted);
      font-size: 0.875em;
      line-height: 1.4;
    }
    .credit {
      font-size: 0.9em;
      letter-spacing: 0.02em;
      text-transform: uppercase;
    }
    .body {
      font-size: 1.0625em;
      line-height: var(--news-article-line-height, 1.65);
    }
    .body > *,
    .body .html > * {
      margin-block: 0 var(--_space);
    }
    .body h2,
    .body h3,
    .body h4,
    .body h5,
    .body h6 {
      margin-block-start: calc(var(--_space) * 1.6);
      font-family: var(--news-article-headline-font, inherit);
      line-height: 1.25;
    }
    .body a {
      text-decoration-color: var(--_accent);
    }
    .quote {
      margin-inline: 0;
      padding-inline-start: 1.25rem;
      border-inline-start: 4px solid var(--_accent);
    }
    blockquote {
      margin: 0;
      font-family: var(--news-article-headline-font, inherit);
      font-size: 1.2em;
      line-height: 1.45;
    }
    blockquote p {
      margin: 0;
    }
    .quote figcaption::before {
      content: '— ';
    }
    cite {
      font-style: normal;
      font-weight: 600;
    }
    ul,
    ol {
      padding-inline-start: 1.5rem;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      padding: 0.35rem 0.5rem;
      border: 1px solid color-mix(in srgb, currentColor 20%, transparent);
      text-align: start;
    }
    pre {
      overflow-x: auto;
    }
    .tags ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0 0 var(--_space);
      padding: 0;
      list-style: none;
    }
    .tags li {
      padding: 0.2rem 0.75rem;
      border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
      border-radius: 999px;
      font-size: 0.8125em;
    }
    .loading {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      padding-block: 2rem;
      color: var(--_muted);
    }
    .spinner {
      width: 1.25rem;
      height: 1.25rem;
      border: 2px solid color-mix(in srgb, currentColor 20%, transparent);
      border-block-start-color: var(--_accent);
      border-radius: 50%;
      animation: spin 0.8s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(1turn);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }
    .error {
      padding: 1rem 1.25rem;
      border: 1px solid var(--_accent);
      border-inline-start-width: 4px;
      border-radius: 4px;
    }
  `,
];
