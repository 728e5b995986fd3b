import { css } from 'lit';
import { hostStyles } from '../internal/shared.styles.js';

/*
 * As the other elements: font and colours inherited, lines and tints mixed from `currentColor`, the
 * accent and error colours through light-dark(), so a page with `color-scheme: light dark` (or a dark
 * one) gets a dark queue without a media query. Logical properties only. Narrow containers (a phone)
 * stack the row's metadata and wrap every toolbar: nothing is wider than the element.
 */
export const commentModerationStyles = [
  hostStyles,
  css`
    :host {
      --_accent: var(--comment-moderation-accent, var(--_news-accent));
      --_muted: var(--comment-moderation-muted, var(--_news-muted));
      --_rule: var(--comment-moderation-border-color, var(--_news-rule-color));
      --_error: var(--comment-moderation-error-color, light-dark(#b3261e, #ffb4ab));
      --_ok: light-dark(#146c2e, #8fd6a4);
      --_radius: var(--_news-radius);
      container-type: inline-size;
      line-height: 1.5;
    }
    h2, h3, p, dl, dd, ol { margin: 0 }
    h2 { font-family: var(--_news-heading-font); font-size: 1.5em; line-height: 1.25 }
    h3 { font-size: 1em }
    [tabindex='-1']:focus { outline: none }
    input, textarea, button { font: inherit; color: inherit }
    button {
      padding: .35em .85em;
      min-block-size: 2.25rem;
      border: 1px solid color-mix(in srgb, currentColor 40%, transparent);
      border-radius: var(--_radius);
      background: none;
      cursor: pointer;
    }
    button:hover { background: color-mix(in srgb, var(--_accent) 10%, transparent) }
    [aria-disabled=true] { opacity: .6; cursor: not-allowed }
    [aria-pressed=true] { background: var(--_accent); border-color: var(--_accent); color: var(--comment-moderation-on-accent, light-dark(#fff, #0a2240)); font-weight: 600 }
    .primary { background: var(--_accent); border-color: var(--_accent); color: var(--comment-moderation-on-accent, light-dark(#fff, #0a2240)); font-weight: 600 }
    .danger { background: var(--_error); border-color: var(--_error); color: light-dark(#fff, #410002); font-weight: 600 }
    .quiet { border-color: transparent }
    .link { padding: 0; min-block-size: 0; border: 0; text-decoration: underline; color: var(--_accent); font-weight: 600 }
    [type=text], [type=search], [type=password], textarea {
      box-sizing: border-box;
      padding: .45em .6em;
      background: none;
      border: 1px solid color-mix(in srgb, currentColor 55%, transparent);
      border-radius: var(--_radius);
      min-inline-size: 0;
    }
    [type=checkbox] { inline-size: 1.15em; block-size: 1.15em; margin: 0; accent-color: var(--_accent) }
    [aria-invalid=true] { border-color: var(--_error); box-shadow: inset 0 0 0 1px var(--_error) }
    .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap }

    .signin { display: grid; gap: 1rem; max-inline-size: 28rem }
    .field { display: grid; gap: .25rem }
    .field label, .editor label { font-weight: 600 }
    .signin button { justify-self: start }

    .queue { display: grid; gap: 1rem }
    .top { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem }
    .filters { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: end; justify-content: space-between }
    .tabs, .article, .bulk, .actions, .buttons { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center }
    .article label { font-weight: 600; margin-inline-end: .25rem }
    .article input { inline-size: 12rem; max-inline-size: 100% }
    .bulk { padding: .5rem .75rem; border: 1px solid var(--_rule); border-radius: var(--_radius); gap: .4rem .6rem }
    .bulk .all { display: inline-flex; align-items: center; gap: .4rem; font-weight: 600 }
    .bulk .count { color: var(--_muted); margin-inline-end: auto }

    .messages p:empty { display: none }
    .messages { display: grid; gap: .5rem }
    .messages p, .failed, .signin [role=alert] {
      --_c: var(--_error);
      padding: .5em .75em;
      border-inline-start: 4px solid var(--_c);
      border-radius: var(--_radius);
      background: color-mix(in srgb, var(--_c) 10%, transparent);
    }
    .messages [part=notice] { --_c: var(--_ok) }
    .signin [role=alert], .alert, .failed p, .field-error { color: var(--_error); font-weight: 600 }
    .failed { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center }

    .loading, .empty { color: var(--_muted); padding-block: 1rem }
    .skeleton { display: grid; gap: .75rem }
    .skeleton span { display: block; block-size: 5rem; border-radius: var(--_radius); background: color-mix(in srgb, currentColor 8%, transparent) }

    .rows { list-style: none; padding: 0; border-block-start: 1px solid var(--_rule) }
    .rows li { border-block-end: 1px solid var(--_rule) }
    article { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: .75rem; padding: .85rem .75rem; border-inline-start: 4px solid transparent }
    article .select { margin-block-start: .3em }
    [part~=selected] { background: var(--comment-moderation-selected-background, color-mix(in srgb, var(--_accent) 10%, transparent)) }
    [part~=current] { border-inline-start-color: var(--_accent) }
    article:focus-visible { outline-offset: -3px }
    .body { display: grid; gap: .4rem; min-inline-size: 0 }
    .body header { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline }
    [part=author] { font-weight: 700 }
    time, .meta, .context { color: var(--_muted); font-size: .875em }
    .meta { display: flex; flex-wrap: wrap; gap: .15rem 1.25rem }
    .meta div { display: flex; gap: .35rem; min-inline-size: 0 }
    .meta dt::after { content: ':' }
    .meta a { color: var(--_accent) }
    code { font-size: .95em }
    .context { font-style: italic; padding-inline-start: .6rem; border-inline-start: 3px solid var(--_rule) }
    .content p + p { margin-block-start: .6em }
    .content p { white-space: pre-line }
    .content a { color: var(--_accent) }
    .actions button { font-size: .875em; min-block-size: 2rem; padding: .2em .7em }
    .editor { display: grid; gap: .4rem }
    .editor textarea { inline-size: 100%; resize: vertical }
    .more { justify-self: start; margin-block-start: .75rem }

    .shortcuts { padding-block-start: .75rem; border-block-start: 1px solid var(--_rule); font-size: .875em; color: var(--_muted) }
    .shortcuts dl { display: flex; flex-wrap: wrap; gap: .35rem 1.25rem; margin-block-start: .4rem }
    .shortcuts div { display: flex; gap: .4rem; align-items: baseline }
    kbd {
      font: .9em ui-monospace, monospace;
      padding: .05em .45em;
      border: 1px solid var(--_rule);
      border-block-end-width: 2px;
      border-radius: 3px;
    }
    dialog { color: inherit; background: Canvas; border: 1px solid var(--_rule); border-radius: calc(var(--_radius) * 2); padding: 1.25rem; max-inline-size: min(28rem, calc(100vw - 2rem)) }
    dialog h3 { font-size: 1.1em; margin-block-end: .5rem }
    dialog .buttons { margin-block-start: 1rem }
    dialog::backdrop { background: rgb(0 0 0 / .45) }

    @container (max-width: 34rem) {
      .filters { display: grid; justify-content: stretch }
      .article input { inline-size: auto; flex: 1 }
      article { padding-inline: .5rem; gap: .5rem }
      .meta { display: grid }
    }
    @media (forced-colors: active) {
      [part~=current] { border-inline-start-color: Highlight }
      [aria-pressed=true] { border: 2px solid Highlight }
    }
  `,
];
