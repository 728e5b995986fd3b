import { expect } from '@open-wc/testing';
import {
  buildThread,
  commentFromSubmission,
  nextFromLinkHeader,
  normalizeComment,
  normalizePage,
  type Comment,
  type ThreadNode,
} from '../../src/comment-list/thread.js';

const c = (id: string, parentId?: string, date?: string, name = `Author ${id}`): Comment => ({
  id,
  parentId,
  author: { name },
  content: `text ${id}`,
  date: date ? new Date(date) : undefined,
  status: 'approved',
});

/** The tree as "id@depth" in reading order, e.g. ['1@1', '2@2']. */
function flatten(nodes: ThreadNode[], out: string[] = []): string[] {
  for (const node of nodes) {
    out.push(`${node.comment.id}@${node.depth}${node.inReplyTo ? `<${node.inReplyTo}` : ''}`);
    flatten(node.children, out);
  }
  return out;
}

describe('comment-list thread: normalizeComment', () => {
  it('should accept our shape', () => {
    const comment = normalizeComment({
      id: 7,
      parentId: 3,
      author: { name: ' Ada Lovelace ', url: 'https://ada.example', avatar: 'https://ada.example/a.png' },
      content: 'Hello',
      date: '2024-03-01T10:00:00Z',
      status: 'approved',
    });
    expect(comment).to.deep.equal({
      id: '7',
      parentId: '3',
      author: { name: 'Ada Lovelace', url: 'https://ada.example', avatar: 'https://ada.example/a.png' },
      content: 'Hello',
      date: new Date('2024-03-01T10:00:00Z'),
      status: 'approved',
    });
  });

  it('should keep contentHtml as HTML to sanitize, not as text', () => {
    const comment = normalizeComment({ id: 'a', author: { name: 'A' }, contentHtml: '<p>Hi</p>' })!;
    expect(comment.contentHtml).to.equal('<p>Hi</p>');
    expect(comment.content).to.equal(undefined);
  });

  it('should accept an author given as a plain name and a missing author', () => {
    expect(normalizeComment({ id: 1, author: 'Bob', content: 'x' })!.author.name).to.equal('Bob');
    expect(normalizeComment({ id: 2, content: 'x' })!.author.name).to.equal('');
  });

  it('should recognise a WordPress REST comment by its shape', () => {
    const comment = normalizeComment({
      id: 12,
      post: 5,
      parent: 0,
      author_name: 'Grace',
      author_url: 'https://grace.example',
      author_avatar_urls: { 24: 'https://gravatar.example/24', 96: 'https://gravatar.example/96', 48: 'https://gravatar.example/48' },
      date: '2024-03-01T11:00:00',
      date_gmt: '2024-03-01T10:00:00',
      content: { rendered: '<p>Hello <b>world</b></p>\n' },
      status: 'approved',
      link: 'https://wp.example/post/#comment-12',
    })!;
    expect(comment.id).to.equal('12');
    expect(comment.parentId).to.equal(undefined);
    expect(comment.author).to.deep.equal({ name: 'Grace', url: 'https://grace.example', avatar: 'https://gravatar.example/96' });
    expect(comment.contentHtml).to.equal('<p>Hello <b>world</b></p>\n');
    expect(comment.date!.toISOString()).to.equal('2024-03-01T10:00:00.000Z'); // date_gmt is UTC
    expect(comment.status).to.equal('approved');
  });

  it('should read WordPress parent ids and "hold" as pending', () => {
    const comment = normalizeComment({ id: 13, parent: 12, author_name: 'G', content: { rendered: '' }, status: 'hold' })!;
    expect(comment.parentId).to.equal('12');
    expect(comment.status).to.equal('pending');
  });

  it('should treat 0, "0", null and "" as no parent', () => {
    for (const parentId of [0, '0', null, '']) expect(normalizeComment({ id: 1, parentId, content: '' })!.parentId).to.equal(undefined);
  });

  it('should map pending, unapproved and hold to pending, approved or no status to approved', () => {
    const status = (s: unknown) => normalizeComment({ id: 1, content: '', status: s })!.status;
    expect([status('pending'), status('unapproved'), status('HOLD')]).to.deep.equal(['pending', 'pending', 'pending']);
    expect([status('approved'), status(undefined), status(null), status(' Approved ')]).to.deep.equal(['approved', 'approved', 'approved', 'approved']);
  });

  it('should not show spam, trash or any status it does not know as approved', () => {
    for (const status of ['spam', 'trash', 'deleted', 'rejected', '__proto__', 'constructor', 3, {}, ''])
      expect(normalizeComment({ id: 1, content: 'x', status }), String(status)).to.equal(undefined);
    const page = normalizePage([{ id: 1, content: 'ok' }, { id: 2, content: 'spam!', status: 'spam' }, { id: 3, content: 'bin', status: 'trash' }]);
    expect('comments' in page && page.comments.map((c) => c.id)).to.deep.equal(['1']);
  });

  it('should reject what cannot be a comment', () => {
    for (const raw of [null, 'x', 3, [], {}, { id: '' }, { id: '  ' }, { id: {} }]) expect(normalizeComment(raw)).to.equal(undefined);
  });

  it('should drop invalid dates and non-string fields instead of throwing', () => {
    const comment = normalizeComment({ id: 1, date: 'yesterday-ish', author: { name: 5, url: {} }, content: ['x'] })!;
    expect(comment.date).to.equal(undefined);
    expect(comment.author).to.deep.equal({ name: '5', url: undefined, avatar: undefined });
    expect(comment.content).to.equal('');
  });
});

describe('comment-list thread: normalizePage', () => {
  it('should accept an array', () => {
    const page = normalizePage([{ id: 1, content: 'a' }, { id: 2, content: 'b' }]);
    expect('comments' in page && page.comments.map((x) => x.id)).to.deep.equal(['1', '2']);
  });

  it('should accept { comments, total, next } and resolve next against the base', () => {
    const page = normalizePage({ comments: [{ id: 1, content: 'a' }], total: 23, next: '?page=2' }, 'https://news.example/api/c?page=1');
    expect(page).to.deep.include({ total: 23, next: 'https://news.example/api/c?page=2' });
  });

  it('should refuse a javascript: next and a negative or fractional total', () => {
    const page = normalizePage({ comments: [], total: -1, next: 'javascript:alert(1)' }) as { total?: number; next?: string };
    expect(page.total).to.equal(undefined);
    expect(page.next).to.equal(undefined);
    expect((normalizePage({ comments: [], total: 2.5 }) as { total?: number }).total).to.equal(undefined);
  });

  it('should skip invalid items and keep the first of duplicate ids', () => {
    const page = normalizePage([{ id: 1, content: 'first' }, null, { content: 'no id' }, { id: 1, content: 'again' }]);
    expect('comments' in page && page.comments.map((x) => x.content)).to.deep.equal(['first']);
  });

  it('should say why a body is not comments', () => {
    expect(normalizePage({ data: [] })).to.have.property('error');
    expect(normalizePage('[]')).to.have.property('error');
  });

  it('should read rel="next" from a Link header', () => {
    const header = '<https://wp.example/wp-json/wp/v2/comments?post=5&page=1>; rel="prev", <https://wp.example/wp-json/wp/v2/comments?post=5&page=3>; rel="next"';
    expect(nextFromLinkHeader(header, 'https://wp.example/')).to.equal('https://wp.example/wp-json/wp/v2/comments?post=5&page=3');
    expect(nextFromLinkHeader('<https://wp.example/p1>; rel="prev"', 'https://wp.example/')).to.equal(undefined);
    expect(nextFromLinkHeader(null, 'https://wp.example/')).to.equal(undefined);
  });
});

describe('comment-list thread: buildThread', () => {
  it('should nest replies under their parents, oldest first', () => {
    const tree = buildThread([
      c('3', '1', '2024-01-03'),
      c('1', undefined, '2024-01-01'),
      c('2', undefined, '2024-01-02'),
      c('4', '1', '2024-01-02T12:00'),
      c('5', '4', '2024-01-04'),
    ]);
    expect(flatten(tree)).to.deep.equal(['1@1', '4@2', '5@3', '3@2', '2@1']);
  });

  it('should cap the depth: deeper replies at the last level, right after the comment they answer', () => {
    const chain = ['1', '2', '3', '4', '5', '6', '7'].map((id, i) => c(id, i ? String(i) : undefined, `2024-01-0${i + 1}`, `N${id}`));
    chain.push(c('8', undefined, '2024-01-09'));
    expect(flatten(buildThread(chain, { maxDepth: 3 }))).to.deep.equal(['1@1', '2@2', '3@3', '4@3<N3', '5@3<N4', '6@3<N5', '7@3<N6', '8@1']);
    expect(flatten(buildThread(chain))).to.deep.equal(['1@1', '2@2', '3@3', '4@4', '5@5', '6@5<N5', '7@5<N6', '8@1']);
  });

  it('should keep siblings of a capped reply in order after its lifted replies', () => {
    const tree = buildThread(
      [c('1', undefined, '2024-01-01'), c('2', '1', '2024-01-02'), c('3', '2', '2024-01-03'), c('4', '1', '2024-01-04')],
      { maxDepth: 2 },
    );
    expect(flatten(tree)).to.deep.equal(['1@1', '2@2', '3@2<Author 2', '4@2']);
  });

  it('should show everything flat with max depth 1, and treat bad depths as 5', () => {
    const items = [c('1', undefined, '2024-01-01'), c('2', '1', '2024-01-02')];
    expect(flatten(buildThread(items, { maxDepth: 1 }))).to.deep.equal(['1@1', '2@1<Author 1']);
    expect(flatten(buildThread(items, { maxDepth: Number.NaN }))).to.deep.equal(['1@1', '2@2']);
  });

  it('should put newest top-level comments first with order=newest, replies still oldest first', () => {
    const tree = buildThread(
      [c('1', undefined, '2024-01-01'), c('2', undefined, '2024-01-05'), c('3', '1', '2024-01-07'), c('4', '1', '2024-01-06')],
      { order: 'newest' },
    );
    expect(flatten(tree)).to.deep.equal(['2@1', '1@1', '4@2', '3@2']);
  });

  it('should keep arrival order for comments without dates (last in both orders)', () => {
    const items = [c('a'), c('b', undefined, '2024-01-02'), c('c'), c('d', undefined, '2024-01-01')];
    expect(flatten(buildThread(items))).to.deep.equal(['d@1', 'b@1', 'a@1', 'c@1']);
    expect(flatten(buildThread(items, { order: 'newest' }))).to.deep.equal(['b@1', 'd@1', 'a@1', 'c@1']);
  });

  it('should show replies to unknown parents and parent cycles at the top level, dropping nothing', () => {
    const tree = buildThread([c('1', 'missing', '2024-01-01'), c('2', '3', '2024-01-02'), c('3', '2', '2024-01-03'), c('4', '4', '2024-01-04')]);
    expect(flatten(tree).sort()).to.deep.equal(['1@1', '2@1', '3@2', '4@1']);
  });

  it('should keep the first comment of a repeated id, and place it and its replies once', () => {
    const first = c('1', undefined, '2024-01-01', 'First');
    const tree = buildThread([first, c('2', '1', '2024-01-02'), c('1', undefined, '2024-01-03', 'Again'), c('3', '1', '2024-01-04')]);
    expect(flatten(tree)).to.deep.equal(['1@1', '2@2', '3@2']);
    expect(tree[0].comment).to.equal(first);
  });

  it('should handle a 10,000-long reply chain without overflowing the stack', () => {
    const chain = Array.from({ length: 10000 }, (_, i) => c(String(i), i ? String(i - 1) : undefined, new Date(2024, 0, 1, 0, 0, i).toISOString()));
    const flat = flatten(buildThread(chain));
    expect(flat.length).to.equal(10000);
    expect(flat[9999]).to.equal('9999@5<Author 9998');
  });
});

describe('comment-list thread: commentFromSubmission', () => {
  const now = new Date('2024-05-01T12:00:00Z');
  const payload = { articleId: 'a1', parentId: '7', content: 'My reply', author: { name: 'Zoë', email: 'z@example.com', url: 'https://z.example' } };

  it('should use the server response when it is a comment', () => {
    const comment = commentFromSubmission(
      { response: { id: 99, parentId: 7, author: { name: 'Zoë' }, content: 'My reply', date: '2024-05-01T11:59:00Z', status: 'approved' }, payload, status: 'approved' },
      { localId: 'local-1', now },
    )!;
    expect(comment).to.deep.include({ id: '99', parentId: '7', status: 'approved', content: 'My reply' });
    expect(comment.author.url).to.equal('https://z.example'); // completed from what was sent
    expect(comment.date!.toISOString()).to.equal('2024-05-01T11:59:00.000Z');
  });

  it('should fall back to the payload, dated now, when there is no response', () => {
    const comment = commentFromSubmission({ response: null, payload, status: 'pending' }, { localId: 'local-1', now })!;
    expect(comment).to.deep.equal({
      id: 'local-1',
      parentId: '7',
      author: { name: 'Zoë', url: 'https://z.example' },
      content: 'My reply',
      date: now,
      status: 'pending',
    });
  });

  it('should accept a WordPress REST response and mark "pending" from the form', () => {
    const comment = commentFromSubmission(
      { response: { id: 5, post: 1, parent: 0, author_name: 'Zoë', content: { rendered: '<p>My reply</p>' }, status: 'hold', date_gmt: '2024-05-01T11:00:00' }, payload, status: 'pending' },
      { localId: 'local-2', now },
    )!;
    expect(comment).to.deep.include({ id: '5', status: 'pending', contentHtml: '<p>My reply</p>' });
  });

  it('should give nothing for a detail without response or payload', () => {
    expect(commentFromSubmission(undefined, { localId: 'x', now })).to.equal(undefined);
    expect(commentFromSubmission({ response: { ok: true } }, { localId: 'x', now })).to.equal(undefined);
  });

  it('should check every field of a detail another script sent, whatever its shape', () => {
    for (const junk of ['junk', 5, null, [], { payload: 'x', response: 'y' }, { payload: null }]) {
      expect(commentFromSubmission(junk as never, { localId: 'x', now }), JSON.stringify(junk)).to.equal(undefined);
    }
    const odd = { payload: { articleId: 'a1', parentId: {}, content: 7, author: 'Zoë' }, status: ['pending'] };
    expect(commentFromSubmission(odd as never, { localId: 'local-9', now })).to.deep.equal({
      id: 'local-9',
      parentId: undefined,
      author: { name: '', url: undefined },
      content: '7',
      date: now,
      status: 'approved',
    });
  });
});
