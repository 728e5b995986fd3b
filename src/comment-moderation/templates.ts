/**
 * Templates of `<comment-moderation>` that depend only on what they are given: the sign-in form,
 * one queue row (with its inline editor) and the shortcuts list. What their controls do is the
 * element's (`RowHandlers`, the sign-in handler).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { linkify } from '../comment-list/linkify.js';
import { safeUrl } from '../sanitize/sanitize.js';
import type { ModerationAction, ModerationComment } from './api.js';
import { canEdit, excerpt, ROW_ACTIONS, SHORTCUTS } from './queue.js';
import { fill, type CommentModerationStrings } from './strings.js';

/** An inline editor open under a row. */
export interface OpenEditor {
  id: number;
  kind: 'edit' | 'reply';
  /** "Write something first." is showing. */
  empty: boolean;
}

/** What a row's rendering depends on besides its comment. */
export interface RowView {
  strings: CommentModerationStrings;
  /** The row `j`/`k` are on (it takes the tab stop). */
  current: boolean;
  selected: boolean;
  /** An action is under way: buttons say so. */
  busy: boolean;
  /** The editor open in the queue, if any (this row shows it when it is this row's). */
  editor?: OpenEditor;
}

export interface RowHandlers {
  focus(id: number): void;
  select(id: number): void;
  act(action: ModerationAction, id: number): void;
  open(comment: ModerationComment, kind: OpenEditor['kind']): void;
  /** The editor's form was submitted. */
  submit(event: SubmitEvent): void;
  /** A key in the editor (Escape closes it). */
  key(event: KeyboardEvent): void;
  close(): void;
}

/**
 * Dates in the moderator's own locale (the browser's), not the page's: the queue is a tool for the
 * site's staff, whatever language the articles are in.
 */
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const ariaBoolean = (value: boolean) => (value ? 'true' : 'false');

export function renderRow(comment: ModerationComment, view: RowView, on: RowHandlers): TemplateResult {
  const { strings, current, selected, busy } = view;
  const { id, author } = comment;
  const name = author.name || strings.anonymous;
  const website = safeUrl(author.url ?? undefined);
  const date = new Date(comment.date);
  const editor = view.editor?.id === id ? view.editor : undefined;
  const parts = `comment${current ? ' current' : ''}${selected ? ' selected' : ''}`;
  return html`<li><article part=${parts} id="c-${id}" tabindex=${current ? 0 : -1} aria-current=${current ? 'true' : nothing} aria-labelledby="author-${id}" @focusin=${() => on.focus(id)}><input type="checkbox" class="select" aria-label=${fill(strings.selectComment, { name })} .checked=${selected} @change=${() => on.select(id)} /><div class="body"><header><span part="author" id="author-${id}" dir="auto">${name}</span>${
    Number.isNaN(date.getTime()) ? nothing : html`<time datetime=${date.toISOString()}>${dateFormat.format(date)}</time>`
  }</header><dl part="meta" class="meta"><div><dt>${strings.email}</dt><dd>${author.email || '—'}</dd></div><div><dt>${strings.website}</dt><dd>${
    website ? html`<a href=${website} rel="ugc nofollow noopener" target="_blank">${author.url}</a>` : (author.url ?? '—')
  }</dd></div><div><dt>${strings.address}</dt><dd><code>${author.addressHash ?? '—'}</code></dd></div><div><dt>${strings.article}</dt><dd>${comment.articleId}</dd></div></dl>${
    comment.parent
      ? html`<p part="context" class="context" dir="auto">${fill(strings.inReplyTo, { name: `\u2068${comment.parent.author.name || strings.anonymous}\u2069`, excerpt: excerpt(comment.parent.content) })}</p>`
      : nothing
  }${
    editor?.kind === 'edit' ? renderEditor(comment, editor, view, on) : html`<div part="content" class="content" dir="auto">${linkify(comment.content)}</div>`
  }<div part="actions" class="actions">${ROW_ACTIONS[comment.status].map(
    (action) => html`<button type="button" data-action=${action} aria-disabled=${ariaBoolean(busy)} @click=${() => on.act(action, id)}>${strings.actions[action]}</button>`,
  )}${
    canEdit(comment.status)
      ? html`<button type="button" data-action="edit" aria-expanded=${ariaBoolean(editor?.kind === 'edit')} @click=${() => on.open(comment, 'edit')}>${strings.edit}</button><button type="button" data-action="reply" aria-expanded=${ariaBoolean(editor?.kind === 'reply')} @click=${() => on.open(comment, 'reply')}>${strings.reply}</button>`
      : nothing
  }</div>${editor?.kind === 'reply' ? renderEditor(comment, editor, view, on) : nothing}</div></article></li>`;
}

/** The inline form that edits the comment, or replies to it as the site. */
function renderEditor(comment: ModerationComment, editor: OpenEditor, { strings, busy }: RowView, on: RowHandlers): TemplateResult {
  const edit = editor.kind === 'edit';
  const fieldId = `editor-${comment.id}`;
  const label = edit ? strings.editLabel : fill(strings.replyLabel, { name: comment.author.name || strings.anonymous });
  return html`<form class="editor" @submit=${on.submit} @keydown=${on.key}><label for=${fieldId}>${label}</label><textarea id=${fieldId} rows="4" .defaultValue=${edit ? comment.content : ''} aria-invalid=${ariaBoolean(editor.empty)} aria-describedby=${editor.empty ? `${fieldId}-empty` : nothing}></textarea>${
    editor.empty ? html`<p id="${fieldId}-empty" class="field-error">${strings.contentRequired}</p>` : nothing
  }<div class="buttons"><button type="submit" class="primary" aria-disabled=${ariaBoolean(busy)}>${edit ? strings.save : strings.sendReply}</button><button type="button" @click=${on.close}>${strings.cancel}</button></div></form>`;
}

/** The token form; `message` is why the last try did not work (`role="alert"`). */
export function renderSignIn(strings: CommentModerationStrings, state: { message: string; wrongToken: boolean; busy: boolean }, onSubmit: (event: SubmitEvent) => void): TemplateResult {
  const { message, busy } = state;
  return html`<form part="signin" class="signin" @submit=${onSubmit}><h2>${strings.heading}</h2><p>${strings.signInIntro}</p><div class="field"><label for="token">${strings.tokenLabel}</label><input id="token" name="token" type="password" autocomplete="current-password" required spellcheck="false" aria-invalid=${ariaBoolean(state.wrongToken)} aria-describedby=${message ? 'signin-error' : nothing} /></div>${
    message ? html`<p id="signin-error" part="error" role="alert">${message}</p>` : nothing
  }<button type="submit" class="primary" aria-disabled=${ariaBoolean(busy)}>${busy ? strings.signingIn : strings.signIn}</button></form>`;
}

/** The keyboard shortcuts, on screen. */
export function renderShortcuts(strings: CommentModerationStrings): TemplateResult {
  return html`<section part="shortcuts" class="shortcuts" aria-labelledby="shortcuts-heading"><h3 id="shortcuts-heading">${strings.shortcutsHeading}</h3><dl>${SHORTCUTS.map(
    ({ key, command }) => html`<div><dt><kbd>${key}</kbd></dt><dd>${strings.shortcuts[command]}</dd></div>`,
  )}</dl></section>`;
}
