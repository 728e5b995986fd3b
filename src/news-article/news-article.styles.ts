import { css } from 'lit';
import { hostStyles } from '../internal/shared.styles.js';

export const newsArticleStyles = [
  hostStyles,
  css`
    :host {
      --_accent: var(--news-article-accent, var(--_news-accent));
      --_muted: var(--news-article-muted, var(--_news-muted));
      --_space: var(--news-article-spacing, 1.25rem);
      --_rule: 1px solid var(--_news-rule-color);
      font-family: var(--news-article-font, var(--news-font, inherit));
    }
    article,
    [role],
    ::slotted(*) {
      max-width: var(--news-article-max-width, 42rem);
      margin-inline: auto;
    }
    .section,
    .dateline,
    .credit {
      font-size: .8em;
      font-weight: 700;
      letter-spacing: .06em;
      text-transform: uppercase;
    }
    .section {
      margin: 0 0 .5rem;
      color: var(--_accent);
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6,
    blockquote {
      font-family: var(--news-article-headline-font, var(--_news-heading-font));
      line-height: 1.2;
    }
    h1 {
      margin: 0 0 .75rem;
      font-size: clamp(1.75rem, 1.2rem + 2.4vw, 2.75rem);
      line-height: 1.12;
      text-wrap: balance; /* a headline's lines of even length, no one-word last line */
    }
    .dek {
      margin: 0 0 1rem;
      font-size: 1.2em;
      line-height: 1.45;
    }
    .dek,
    figcaption,
    .loading-text {
      color: var(--_muted);
    }
    .meta {
      display: grid;
      gap: .5rem;
      margin-block-end: var(--_space);
      padding-block: .75rem;
      border-block: var(--_rule);
    }
    figure,
    .body>*,
    .html>* {
      margin: 0 0 var(--_space);
    }
    img {
      display: block;
      max-width: 100%;
      height: auto;
    }
    figcaption {
      margin-block-start: .5rem;
      font-size: .875em;
    }
    .body {
      font-size: 1.0625em;
      line-height: var(--news-article-line-height, 1.65);
    }
    .body :is(h2, h3, h4, h5, h6) {
      margin-block-start: calc(var(--_space) * 1.6);
    }
    .quote {
      padding-inline-start: 1.25rem;
      border-inline-start: 4px solid var(--_accent);
    }
    blockquote {
      margin: 0;
      font-size: 1.2em;
    }
    cite {
      font-style: normal;
      font-weight: 600;
    }
    table {
      border-collapse: collapse;
    }
    th,
    td {
      padding: .35rem .5rem;
      border: var(--_rule);
    }
    footer ul {
      display: flex;
      flex-wrap: wrap;
      gap: .5rem;
      padding: 0;
      list-style: none;
    }
    footer li {
      min-inline-size: 0; /* a tag of one long word wraps inside its pill */
      padding: .2rem .75rem;
      border: var(--_rule);
      border-radius: 1rem;
      font-size: .8em;
    }
    /* The loading skeleton: the shape of an article, at least a viewport tall (see #renderSkeleton). */
    .skeleton {
      min-block-size: 100vh;
    }
    .loading-text {
      margin: 0 0 1rem;
      font-size: .875em;
    }
    .bone {
      display: block;
      block-size: 1em;
      margin-block-end: .75rem;
      border-radius: var(--_news-radius);
      background: color-mix(in srgb, currentColor 9%, transparent);
      animation: pulse 1.6s ease-in-out infinite;
    }
    .bone-section {
      inline-size: 5rem;
    }
    .bone-headline,
    .bone-headline-short {
      block-size: clamp(1.75rem, 1.2rem + 2.4vw, 2.75rem);
    }
    .bone-headline-short,
    .bone-text-short {
      inline-size: 60%;
    }
    .bone-dek {
      block-size: 3rem;
      margin-block-end: 1.5rem;
    }
    .bone-byline {
      block-size: 2.5rem;
      inline-size: 50%;
      margin-block-end: 1.5rem;
    }
    .bone-hero {
      block-size: auto;
      aspect-ratio: 2 / 1;
      margin-block-end: 1.5rem;
    }
    @keyframes pulse {
      50% {
        opacity: .55;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bone {
        animation: none;
      }
    }
    [role=alert] {
      padding: 1rem;
      border: 1px solid var(--_accent);
      border-inline-start-width: 4px;
      border-radius: var(--_news-radius);
    }
  `,
];
