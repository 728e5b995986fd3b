/**
 * The moderation queue without the DOM: which comments a view shows after a change, the counts, the
 * selection, the current row that `j`/`k` move, what undo puts back, and the keyboard shortcuts.
 */
import type { ModerationAction, ModerationComment, ModerationCounts, ModerationStatus, Previous } from './api.js';

/** Newest first; the higher id first for the same date. */
function newestFirst(a: ModerationComment, b: ModerationComment): number {
  return b.date.localeCompare(a.date) || b.id - a.id;
}

/**
 * The view's comments after `changed` came back from the server and `deleted` were deleted: a
 * changed comment replaces its old self when it still has the view's status, leaves the view when
 * it does not, and joins it (in date order) when it has the status now — as after an undo.
 */
export function mergeComments(shown: readonly ModerationComment[], change: { changed: readonly ModerationComment[]; deleted?: readonly number[] }, status: ModerationStatus): ModerationComment[] {
  const changed = new Map(change.changed.map((comment) => [comment.id, comment]));
  const deleted = new Set(change.deleted ?? []);
  const kept = shown.filter((comment) => !deleted.has(comment.id) && (changed.get(comment.id)?.status ?? comment.status) === status).map((comment) => changed.get(comment.id) ?? comment);
  const keptIds = new Set(kept.map((comment) => comment.id));
  const joining = change.changed.filter((comment) => comment.status === status && !keptIds.has(comment.id));
  return joining.length ? [...kept, ...joining].sort(newestFirst) : kept;
}

/** The counts after comments moved from their `previous` status to the one they have in `changed` (or were deleted). */
export function recount(counts: ModerationCounts, previous: readonly Previous[], changed: readonly ModerationComment[]): ModerationCounts {
  const now = new Map(changed.map((comment) => [comment.id, comment.status]));
  const next = { ...counts };
  for (const { id, status } of previous) {
    const after = now.get(id);
    if (after === status) continue;
    next[status] = Math.max(0, next[status] - 1);
    if (after) next[after]++;
  }
  return next;
}

/**
 * The row that is current after the rows changed: the same one when it is still there; else the one
 * that followed it, else the one before it; `undefined` for an empty view.
 */
export function currentAfter(before: readonly number[], after: readonly number[], current: number | undefined): number | undefined {
  if (!after.length) return undefined;
  if (current !== undefined && after.includes(current)) return current;
  const remaining = new Set(after);
  const from = current === undefined ? -1 : before.indexOf(current);
  if (from === -1) return after[0];
  const following = before.slice(from + 1).find((id) => remaining.has(id));
  if (following !== undefined) return following;
  const preceding = before.slice(0, from).reverse().find((id) => remaining.has(id));
  return preceding ?? after[0];
}

/** The row `step` rows from `current` (`j` is +1, `k` is -1), stopping at the ends. */
export function moveCurrent(ids: readonly number[], current: number | undefined, step: 1 | -1): number | undefined {
  if (!ids.length) return undefined;
  const at = current === undefined ? -1 : ids.indexOf(current);
  if (at === -1) return step === 1 ? ids[0] : ids[ids.length - 1];
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))];
}

/** The selection with `id` in it or out of it. */
export function toggled(selection: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(selection);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** The selection with only the ids still shown. */
export function pruned(selection: ReadonlySet<number>, shown: readonly number[]): Set<number> {
  return new Set(shown.filter((id) => selection.has(id)));
}

/** What an undo changes: each comment's status (and content) as it was before the last action. */
export interface UndoRecord {
  /** What was done, for the message ("Comment approved.") and the `comment-moderation-action` event of the undo. */
  action: UndoableAction;
  restore: Previous[];
}

export type UndoableAction = Exclude<ModerationAction, 'delete'> | 'edit';

/** The PATCH bodies that undo `record`, one per comment that changed. */
export function undoPatches(record: UndoRecord): { id: number; change: { status: ModerationStatus } | { content: string } }[] {
  return record.restore.map(({ id, status, content }) => ({ id, change: record.action === 'edit' ? { content: content ?? '' } : { status } }));
}

/** The actions a row offers, per status (`delete` asks first). */
export const ROW_ACTIONS: Readonly<Record<ModerationStatus, readonly ModerationAction[]>> = {
  pending: ['approve', 'spam', 'trash', 'delete'],
  approved: ['unapprove', 'spam', 'trash', 'delete'],
  spam: ['restore', 'trash', 'delete'],
  trash: ['restore', 'delete'],
};

/** Whether a row of this status can be edited and replied to (not spam or trash). */
export const canEdit = (status: ModerationStatus): boolean => status === 'pending' || status === 'approved';

/** What a shortcut does. */
export type Command = 'next' | 'previous' | 'select' | 'approve' | 'spam' | 'trash' | 'unapprove' | 'undo' | 'edit' | 'reply';

/** The keyboard shortcuts, in the order the element lists them. */
export const SHORTCUTS: readonly { key: string; command: Command }[] = [
  { key: 'j', command: 'next' },
  { key: 'k', command: 'previous' },
  { key: 'x', command: 'select' },
  { key: 'a', command: 'approve' },
  { key: 'u', command: 'unapprove' },
  { key: 's', command: 'spam' },
  { key: 't', command: 'trash' },
  { key: 'e', command: 'edit' },
  { key: 'r', command: 'reply' },
  { key: 'z', command: 'undo' },
];

/** Input types where a letter key is text being typed, not a shortcut. */
const NOT_TEXT_INPUTS: ReadonlySet<string> = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'range', 'color']);

/** The command of a key press, or `undefined`: none for that key, a modifier held, or typing in a field. */
export function commandOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'composedPath'>): Command | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
  const target = event.composedPath()[0];
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return undefined;
  if (target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type)) return undefined;
  if (target instanceof HTMLElement && target.isContentEditable) return undefined;
  return SHORTCUTS.find((shortcut) => shortcut.key === event.key)?.command;
}

/** The start of a comment on one line, at most `max` characters (with "…" when cut), for "In reply to …". */
export function excerpt(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
