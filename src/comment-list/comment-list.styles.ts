import { css } from 'lit';
import { hostStyles, spacedHostStyles } from '../internal/shared.styles.js';

/*
 * Inherits the page's font and colours; lines and tints are mixed from `currentColor`, so a dark
 * page gets light lines without a media query. The accent follows the page's `color-scheme` through
 * light-dark() (a light blue on dark pages, as in `<comment-form>`) and is mixed with the text
 * colour too, so it stays readable on the pending tint in either scheme. Logical properties only,
 * so `dir="rtl"` mirrors the thread. Written compactly on purpose: every byte of CSS ships.
 *
 * - Sizes live on the section, not :host, so the container query (on :host) can change them.
 * - No `content-visibility`: at most 100 comments are rendered at a time (`RENDER_BATCH`), and an
 *   estimated size for threads not yet painted made the page grow and shift while a reader scrolled.
 */
export const commentListStyles = [
  hostStyles,
  spacedHostStyles,
  css`
    :host {
      --_accent: var(--comment-list-accent, var(--_news-accent));
      --_rule-color: var(--comment-list-border-color, var(--_news-rule-color));
      container-type: inline-size;
      line-height: var(--comment-list-line-height, 1.55);
    }
    section { --_avatar: var(--comment-list-avatar-size, 2.5rem) }
    h2 {
      font-family: var(--comment-list-heading-font, var(--_news-heading-font));
      font-size: var(--comment-list-heading-size, 1.4em);
      line-height: 1.25;
      margin: 0 0 var(--comment-list-gap, 1.25rem);
    }
    [tabindex]:focus { outline: none }
    ol { list-style: none; padding: 0 }
    ol, p { margin: 0 }
    li+li, ol ol, .reply-form, .more { margin-block-start: var(--comment-list-gap, 1.25rem) }
    /* A reply form indents with the replies it joins, thread line included. */
    ol ol, .reply-form {
      padding-inline-start: var(--comment-list-indent, 2.5rem);
      border-inline-start: 2px solid var(--_rule-color);
      margin-inline-start: calc(var(--_avatar) / 2 - 1px);
    }
    article {
      display: grid;
      grid-template-columns: var(--_avatar) minmax(0, 1fr);
      column-gap: .75rem;
      padding: .25rem;
      margin: -.25rem;
      border-radius: .375rem;
      position: relative;
    }
    /* A server render's #comment-{id} anchor (light DOM, in the comment's slot): at the comment's
       top, outside its grid. */
    article > ::slotted(*) { position: absolute; inset-block-start: 0 }
    [part~=pending] { background: var(--comment-list-pending-background, color-mix(in srgb, #f9a825 16%, transparent)) }
    [part=avatar] {
      grid-row: span 4;
      inline-size: var(--_avatar);
      block-size: var(--_avatar);
      border-radius: 50%;
      object-fit: cover;
      background: var(--comment-list-avatar-background, color-mix(in srgb, currentColor 12%, transparent));
      color: var(--comment-list-avatar-color, inherit);
      display: grid;
      place-items: center;
      font-size: calc(var(--_avatar) * .4);
      font-weight: 600;
    }
    header { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: .6rem; min-block-size: calc(var(--_avatar) / 2) }
    [part=author] { font-weight: 700; overflow-wrap: anywhere }
    a { text-underline-offset: .15em }
    [part=date], .in-reply-to, section>p { color: var(--comment-list-muted, var(--_news-muted)) }
    [part=moderation] { margin: .25rem 0 0; font-style: italic }
    [part=content] { overflow-wrap: anywhere }
    [part=content]>:first-child { margin-block-start: .25rem }
    [part=content] p { margin: .6em 0 0; white-space: pre-line }
    [part=content] a { color: var(--_accent) }
    [part=content] img { max-inline-size: 100%; block-size: auto }
    [part=content] pre { overflow-x: auto }
    [part=content] blockquote { margin: .6em 0 0; padding-inline-start: .9em; border-inline-start: 3px solid var(--_rule-color) }
    footer { margin-block-start: .35rem }
    button {
      font: inherit;
      color: var(--_accent);
      background: none;
      border: 1px solid;
      border-radius: 999px;
      padding: .3em .95em;
      min-block-size: 2rem;
      cursor: pointer;
    }
    button:hover { background: color-mix(in srgb, var(--_accent) 10%, transparent) }
    [aria-disabled=true] { cursor: progress; opacity: .7 }
    button, [part=date], .in-reply-to, [part=moderation] { font-size: .875em }
    [part=reply-button] { padding-inline: .5em; margin-inline-start: -.5em; font-weight: 600 }
    [part=reply-button]:not(:hover) { border-color: transparent }
    /* Server-rendered, before (or without) its script: these buttons would do nothing yet. Their
       space is kept, so nothing moves when the element wakes. */
    :host(:not(:defined)) :is([part=reply-button], [part=load-more]) { visibility: hidden }
    [part=error] {
      padding: .75rem 1rem;
      border-inline-start: 4px solid var(--comment-list-error-color, color-mix(in srgb, #c62828 80%, currentColor));
      background: color-mix(in srgb, #c62828 9%, transparent);
      border-radius: var(--_news-radius);
    }
    /* Announced, not shown: the live list's "2 new comments". */
    .live-status { position: absolute; inline-size: 1px; block-size: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap }
    /* Live comments waiting above the viewport: the button stays in sight while the reader scrolls the thread. */
    [part=new-comments] {
      position: sticky;
      inset-block-start: .5rem;
      z-index: 1;
      display: block;
      margin: 0 auto 1rem;
      color: Canvas;
      background: var(--_accent);
      font-weight: 600;
      box-shadow: 0 2px 8px color-mix(in srgb, CanvasText 25%, transparent);
    }
    [part=new-comments]:hover { background: color-mix(in srgb, var(--_accent) 85%, CanvasText) }
    @container (max-width: 30rem) {
      section { --_avatar: var(--comment-list-avatar-size, 2rem) }
      ol ol, .reply-form { padding-inline-start: var(--comment-list-indent, .9rem) }
    }
    @media (forced-colors: active) {
      [part=avatar] { border: 1px solid }
      [part~=pending] { border: 1px dashed }
    }
  `,
];
