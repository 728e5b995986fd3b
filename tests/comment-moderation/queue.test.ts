import { expect } from '@open-wc/testing';
import type { ModerationComment, ModerationStatus } from '../../src/comment-moderation/api.js';
import { readComment } from '../../src/comment-moderation/api.js';
import {
  commandOf,
  currentAfter,
  excerpt,
  mergeComments,
  moveCurrent,
  pruned,
  recount,
  toggled,
  undoPatches,
} from '../../src/comment-moderation/queue.js';

const comment = (id: number, status: ModerationStatus, date: string): ModerationComment => ({
  id,
  articleId: 'a',
  parentId: null,
  author: { name: `Author ${id}`, email: '', url: null, addressHash: null },
  content: `Comment ${id}`,
  date,
  status,
  parent: null,
});

const ids = (comments: ModerationComment[]) => comments.map((c) => c.id);

describe('comment-moderation queue logic', () => {
  describe('mergeComments', () => {
    const shown = [comment(3, 'pending', '2026-01-03T00:00:00Z'), comment(2, 'pending', '2026-01-02T00:00:00Z'), comment(1, 'pending', '2026-01-01T00:00:00Z')];

    it('should drop a comment whose new status is not the view’s, and keep the others in order', () => {
      const merged = mergeComments(shown, { changed: [{ ...shown[1], status: 'approved' }] }, 'pending');
      expect(ids(merged)).to.deep.equal([3, 1]);
    });

    it('should replace a comment that keeps the status (an edit) with its new self', () => {
      const merged = mergeComments(shown, { changed: [{ ...shown[1], content: 'Edited' }] }, 'pending');
      expect(merged.map((c) => c.content)).to.deep.equal(['Comment 3', 'Edited', 'Comment 1']);
    });

    it('should put a comment that comes back (an undo) in its place by date, newest first', () => {
      const merged = mergeComments([shown[0], shown[2]], { changed: [shown[1]] }, 'pending');
      expect(ids(merged)).to.deep.equal([3, 2, 1]);
    });

    it('should remove deleted comments', () => {
      expect(ids(mergeComments(shown, { changed: [], deleted: [3, 1] }, 'pending'))).to.deep.equal([2]);
    });
  });

  it('recount should move each changed comment from its old status to its new one, and take deleted ones away', () => {
    const counts = { pending: 3, approved: 1, spam: 0, trash: 0 };
    const moved = recount(counts, [{ id: 1, status: 'pending' }, { id: 2, status: 'pending' }], [comment(1, 'approved', ''), comment(2, 'spam', '')]);
    expect(moved).to.deep.equal({ pending: 1, approved: 2, spam: 1, trash: 0 });
    expect(recount(counts, [{ id: 1, status: 'approved' }], [])).to.deep.equal({ pending: 3, approved: 0, spam: 0, trash: 0 });
    expect(recount(counts, [{ id: 1, status: 'pending' }], [comment(1, 'pending', '')]), 'an unchanged status').to.deep.equal(counts);
  });

  it('currentAfter should keep the current row, else take the next one, else the previous one', () => {
    expect(currentAfter([1, 2, 3], [1, 2, 3], 2)).to.equal(2);
    expect(currentAfter([1, 2, 3], [1, 3], 2)).to.equal(3);
    expect(currentAfter([1, 2, 3], [1, 2], 3)).to.equal(2);
    expect(currentAfter([1, 2, 3], [], 3)).to.equal(undefined);
    expect(currentAfter([], [5, 6], undefined)).to.equal(5);
  });

  it('moveCurrent should step through the rows and stop at both ends', () => {
    expect(moveCurrent([1, 2, 3], undefined, 1)).to.equal(1);
    expect(moveCurrent([1, 2, 3], 1, 1)).to.equal(2);
    expect(moveCurrent([1, 2, 3], 3, 1)).to.equal(3);
    expect(moveCurrent([1, 2, 3], 1, -1)).to.equal(1);
    expect(moveCurrent([1, 2, 3], 3, -1)).to.equal(2);
    expect(moveCurrent([], 3, -1)).to.equal(undefined);
  });

  it('toggled and pruned should add, remove and keep only the shown ids', () => {
    expect([...toggled(new Set([1]), 2)]).to.deep.equal([1, 2]);
    expect([...toggled(new Set([1, 2]), 1)]).to.deep.equal([2]);
    expect([...pruned(new Set([1, 2, 3]), [3, 1, 9])]).to.deep.equal([3, 1]);
  });

  it('undoPatches should put back statuses, and the content for an edit', () => {
    expect(undoPatches({ action: 'approve', restore: [{ id: 1, status: 'pending' }, { id: 2, status: 'spam' }] })).to.deep.equal([
      { id: 1, change: { status: 'pending' } },
      { id: 2, change: { status: 'spam' } },
    ]);
    expect(undoPatches({ action: 'edit', restore: [{ id: 1, status: 'approved', content: 'Before' }] })).to.deep.equal([{ id: 1, change: { content: 'Before' } }]);
  });

  it('commandOf should map the shortcut keys, and ignore them with a modifier or while typing', () => {
    const press = (key: string, target: EventTarget = document.body, modifiers: Partial<KeyboardEvent> = {}) =>
      commandOf({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers, composedPath: () => [target] });
    expect(['j', 'k', 'x', 'a', 'u', 's', 't', 'e', 'r', 'z'].map((key) => press(key))).to.deep.equal([
      'next', 'previous', 'select', 'approve', 'unapprove', 'spam', 'trash', 'edit', 'reply', 'undo',
    ]);
    expect(press('q')).to.equal(undefined);
    expect(press('a', document.body, { ctrlKey: true })).to.equal(undefined);
    expect(press('a', document.body, { metaKey: true })).to.equal(undefined);
    expect(press('a', document.createElement('textarea'))).to.equal(undefined);
    const text = document.createElement('input');
    expect(press('a', text)).to.equal(undefined);
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(press('x', checkbox), 'a checkbox is not a text field').to.equal('select');
  });

  it('excerpt should give one line, cut at a word with an ellipsis when long', () => {
    expect(excerpt('Short\n\n  text')).to.equal('Short text');
    const long = excerpt('word '.repeat(60), 40);
    expect(long.endsWith('word…')).to.equal(true);
    expect(long.length).to.be.at.most(41);
  });

  it('readComment should refuse a comment without an id or a known status, and fill what is missing', () => {
    expect(readComment({ id: 'x', status: 'pending' })).to.equal(undefined);
    expect(readComment({ id: 1, status: 'deleted' })).to.equal(undefined);
    const read = readComment({ id: 1, status: 'spam', author: { name: 'N', url: '' }, parent: { id: 2, author: null, content: 5 } })!;
    expect(read.author).to.deep.equal({ name: 'N', email: '', url: null, addressHash: null });
    expect(read.parent).to.deep.equal({ id: 2, author: { name: '' }, content: '', status: '' });
  });
});
