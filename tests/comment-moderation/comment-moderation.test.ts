import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TOKEN_KEY_PREFIX } from '../../src/comment-moderation/session.js';
import {
  $,
  $$,
  clickAction,
  endpointOf,
  focusedId,
  moderation,
  newKey,
  notice,
  row,
  rowButton,
  rowIds,
  seed,
  serverList,
  serverStatuses,
  settled,
  signIn,
  tabTexts,
  text,
  TOKEN,
} from './helpers.js';

const storageKeyOf = (key: string) => TOKEN_KEY_PREFIX + new URL(endpointOf(key), document.baseURI).href;

/** Comments for the queue: three pending, newest last posted. */
const three = [
  { content: 'The first comment.', author: { name: 'Ada Lovelace', email: 'ada@example.com', url: 'https://ada.example' } },
  { content: 'The second comment.', author: { name: 'Grace Hopper' } },
  { content: 'The third comment.', author: { name: 'Alan Turing' } },
];

describe('<comment-moderation>', () => {
  afterEach(() => sessionStorage.clear());

  describe('signing in', () => {
    it('should show a labelled password field in a form, accessibly, when signed out', async () => {
      const el = await moderation(newKey());
      const input = $<HTMLInputElement>(el, '#token')!;
      expect(input.type).to.equal('password');
      expect(text($(el, 'label[for=token]'))).to.equal('Moderation token');
      expect(input.closest('form') !== null).to.equal(true);
      expect(el.signedIn).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('should say a wrong token is not right (role=alert), keep what was typed, and store nothing', async () => {
      const key = newKey();
      const el = await moderation(key);
      const error = oneEvent(el, 'comment-moderation-error');
      await signIn(el, 'not-the-token');
      const { detail } = await error;
      expect(detail.code).to.equal('unauthorized');
      expect(detail.status).to.equal(401);
      expect(text($(el, '[role=alert]'))).to.contain('That token is not right');
      const input = $<HTMLInputElement>(el, '#token')!;
      expect(input.value).to.equal('not-the-token');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('signin-error');
      expect(el.signedIn).to.equal(false);
      expect(sessionStorage.getItem(storageKeyOf(key))).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('should say moderation is off when the server has no MODERATION_TOKEN', async () => {
      const el = await moderation(newKey('off'));
      const error = oneEvent(el, 'comment-moderation-error');
      await signIn(el);
      const { detail } = await error;
      expect(detail.code).to.equal('moderation_disabled');
      expect(detail.status).to.equal(404);
      const alert = text($(el, '[role=alert]'));
      expect(alert).to.contain('Moderation is off on this server');
      expect(alert).to.contain('MODERATION_TOKEN');
      expect(el.signedIn).to.equal(false);
    });

    it('should keep the token in sessionStorage only, sign in again from it, and forget it on Sign out', async () => {
      const key = newKey();
      await seed(key, three);
      const el = await moderation(key);
      const signedIn = oneEvent(el, 'comment-moderation-signin');
      await signIn(el);
      expect((await signedIn).detail.endpoint).to.equal(new URL(endpointOf(key), document.baseURI).href);
      expect(sessionStorage.getItem(storageKeyOf(key))).to.equal(TOKEN);
      expect(Object.values(localStorage).includes(TOKEN)).to.equal(false);

      const again = await moderation(key);
      await settled(again);
      expect(again.signedIn).to.equal(true);
      expect(rowIds(again).length).to.equal(3);

      const signedOut = oneEvent(again, 'comment-moderation-signout');
      $<HTMLButtonElement>(again, '.top button')!.click();
      await signedOut;
      await again.updateComplete;
      expect(again.signedIn).to.equal(false);
      expect(sessionStorage.getItem(storageKeyOf(key))).to.equal(null);
      expect($(again, '#token') !== null).to.equal(true);
    });
  });

  it('should go back to the sign-in form, saying so, when the server no longer takes the stored token', async () => {
    const key = newKey();
    sessionStorage.setItem(storageKeyOf(key), 'an-old-token');
    const el = await moderation(key);
    await waitUntil(() => !el.signedIn && $(el, '#token') !== null, 'the sign-in form did not come back', { timeout: 5000 });
    await el.updateComplete;
    expect(text($(el, '[role=alert]'))).to.contain('That token is not right');
    expect(sessionStorage.getItem(storageKeyOf(key))).to.equal(null);
  });

  it('should be defined by the loader (dist/news-elements.js) when one is on the page', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><body><comment-moderation loading="eager"></comment-moderation><script type="module">
      await import('/src/loader.ts');
      await customElements.whenDefined('comment-moderation');
      parent.postMessage({ moderationDefined: true, listDefined: !!customElements.get('comment-list') }, '*');
    </script></body>`;
    const answer = new Promise<{ moderationDefined: boolean; listDefined: boolean }>((resolve) =>
      window.addEventListener('message', function onMessage(event) {
        if (event.data?.moderationDefined === undefined) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data);
      }),
    );
    document.body.append(frame);
    try {
      expect(await answer).to.deep.equal({ moderationDefined: true, listDefined: false });
    } finally {
      frame.remove();
    }
  });

  describe('the queue', () => {
    it('should list pending comments newest first with counts per status, accessibly', async () => {
      const key = newKey();
      const [first, second, third] = await seed(key, [...three, { content: 'Approved already.' }]);
      const approved = (await serverList(key)).comments.find((c) => c.content === 'Approved already.')!.id;
      await fetch(`${endpointOf(key)}/comments/${approved}`, { method: 'PATCH', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body: '{"status":"approved"}' });
      const el = await moderation(key);
      await signIn(el);
      expect(rowIds(el)).to.deep.equal([third, second, first]);
      expect(tabTexts(el)).to.deep.equal(['Pending (3)', 'Approved (1)', 'Spam (0)', 'Trash (0)']);
      expect($(el, '[part=tabs] [aria-pressed=true]')!.textContent).to.equal('Pending (3)');
      await expect(el).to.be.accessible();
    });

    it('should show each comment’s author, email, website, address hash, article, date and thread context', async () => {
      const key = newKey();
      const [parent] = await seed(key, [{ content: 'What the parent said, at some length so that it gets cut.', author: { name: 'Parent Poster' } }]);
      const [reply] = await seed(key, [{ content: 'A reply.', parentId: parent, author: { name: 'Ada Lovelace', email: 'ada@example.com', url: 'https://ada.example' } }]);
      const el = await moderation(key);
      await signIn(el);
      const r = row(el, reply)!;
      expect(text(r.querySelector('[part=author]'))).to.equal('Ada Lovelace');
      const meta = text(r.querySelector('[part=meta]'));
      expect(meta).to.contain('ada@example.com');
      expect(meta).to.contain('article-1');
      expect(r.querySelector<HTMLAnchorElement>('[part=meta] a')!.href).to.equal('https://ada.example/');
      expect(r.querySelector<HTMLAnchorElement>('[part=meta] a')!.rel).to.equal('ugc nofollow noopener');
      expect(/^[0-9a-f]{16}$/.test(text(r.querySelector('code')))).to.equal(true);
      const time = r.querySelector('time')!;
      expect(Number.isNaN(Date.parse(time.getAttribute('datetime')!))).to.equal(false);
      expect(text(time)).to.equal(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time.getAttribute('datetime')!)));
      expect(text(r.querySelector('[part=context]')).replace(/[\u2068\u2069]/g, '')).to.equal('In reply to Parent Poster: What the parent said, at some length so that it gets cut.');
      expect(row(el, parent)!.querySelector('[part=context]')).to.equal(null);
    });

    it('should show hostile content as text, and only http(s) URLs as links', async () => {
      const key = newKey();
      const hostile = '<img src=x onerror="window.__moderationPwned=1"> <b>bold</b> javascript:alert(1) https://safe.example/page';
      const [id] = await seed(key, [{ content: hostile }]);
      const el = await moderation(key);
      await signIn(el);
      const content = row(el, id)!.querySelector('[part=content]')!;
      expect(content.querySelector('img, b, script')).to.equal(null);
      expect(text(content)).to.equal(hostile);
      expect([...content.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://safe.example/page']);
      expect((window as { __moderationPwned?: number }).__moderationPwned).to.equal(undefined);
    });

    it('should say there is nothing to moderate per status, accessibly', async () => {
      const el = await moderation(newKey());
      await signIn(el);
      expect(text($(el, '[part=empty]'))).to.equal('No comments awaiting moderation.');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part=tabs] button:nth-child(3)')!.click();
      await settled(el);
      expect(text($(el, '[part=empty]'))).to.equal('No spam.');
    });

    it('should load the next page with Load more', async () => {
      const key = newKey();
      await seed(key, Array.from({ length: 23 }, (_, i) => ({ content: `Comment ${i}` })));
      const el = await moderation(key);
      await signIn(el);
      expect(rowIds(el).length).to.equal(20);
      $<HTMLButtonElement>(el, '[part=load-more]')!.click();
      await waitUntil(() => rowIds(el).length === 23, 'the next page did not come');
      expect(new Set(rowIds(el)).size).to.equal(23);
      expect($(el, '[part=load-more]')).to.equal(null);
    });

    it('should filter by article, with that article’s counts', async () => {
      const key = newKey();
      const [, onB] = await seed(key, [{ content: 'On A', articleId: 'a' }, { content: 'On B', articleId: 'b' }, { content: 'On A too', articleId: 'a' }]);
      const el = await moderation(key);
      await signIn(el);
      expect(rowIds(el).length).to.equal(3);
      $<HTMLInputElement>(el, '#article')!.value = 'b';
      $<HTMLButtonElement>(el, '[part=filter] [type=submit]')!.click();
      await settled(el);
      expect(rowIds(el)).to.deep.equal([onB]);
      expect(tabTexts(el)[0]).to.equal('Pending (1)');
    });

    it('should show an error with Try again when the server fails, and load when it is back', async () => {
      const key = newKey();
      sessionStorage.setItem(storageKeyOf(key), TOKEN);
      await fetch(`/test-moderation/${key}/close`, { method: 'POST' });
      const el = await moderation(key);
      const error = oneEvent(el, 'comment-moderation-error');
      expect((await error).detail.status).to.equal(503);
      await el.updateComplete;
      expect(text($(el, '.failed[role=alert]'))).to.contain('could not be loaded (error 503)');
      await expect(el).to.be.accessible();
      await fetch(`/test-moderation/${key}/reopen`);
      $<HTMLButtonElement>(el, '.failed button')!.click();
      await settled(el);
      expect(text($(el, '[part=empty]'))).to.equal('No comments awaiting moderation.');
    });

    it('should mark the queue busy while it loads', async () => {
      const key = newKey();
      sessionStorage.setItem(storageKeyOf(key), TOKEN);
      const el = await moderation(key);
      expect($(el, 'section[aria-busy]')!.getAttribute('aria-busy')).to.equal('true');
      expect(text($(el, '[part=loading]'))).to.equal('Loading…');
      await settled(el);
      expect($(el, 'section[aria-busy]')!.getAttribute('aria-busy')).to.equal('false');
    });
  });

  describe('actions', () => {
    async function queueOf(comments = three) {
      const key = newKey();
      const ids = await seed(key, comments);
      const el = await moderation(key);
      await signIn(el);
      return { key, ids, el };
    }

    it('should approve a comment: it leaves the pending view, the counts move, and the server has it approved', async () => {
      const { key, ids, el } = await queueOf();
      const event = await clickAction(el, rowButton(el, ids[1], 'approve'));
      expect(event.detail).to.deep.equal({ action: 'approve', ids: [ids[1]] });
      expect(rowIds(el)).to.deep.equal([ids[2], ids[0]]);
      expect(tabTexts(el).slice(0, 2)).to.deep.equal(['Pending (2)', 'Approved (1)']);
      expect(notice(el)).to.equal('Comment approved. Undo');
      expect((await serverStatuses(key))[ids[1]]).to.equal('approved');
    });

    it('should mark as spam, trash, then restore from the trash', async () => {
      const { key, ids, el } = await queueOf();
      await clickAction(el, rowButton(el, ids[0], 'spam'));
      await clickAction(el, rowButton(el, ids[1], 'trash'));
      expect(notice(el)).to.equal('Comment moved to the trash. Undo');
      let statuses = await serverStatuses(key);
      expect([statuses[ids[0]], statuses[ids[1]], statuses[ids[2]]]).to.deep.equal(['spam', 'trash', 'pending']);

      $<HTMLButtonElement>(el, '[part=tabs] button:nth-child(4)')!.click();
      await settled(el);
      expect(rowIds(el)).to.deep.equal([ids[1]]);
      await clickAction(el, rowButton(el, ids[1], 'restore'));
      expect(rowIds(el)).to.deep.equal([]);
      statuses = await serverStatuses(key);
      expect(statuses[ids[1]]).to.equal('pending');
    });

    it('should unapprove an approved comment', async () => {
      const { key, ids, el } = await queueOf();
      await clickAction(el, rowButton(el, ids[0], 'approve'));
      $<HTMLButtonElement>(el, '[part=tabs] button:nth-child(2)')!.click();
      await settled(el);
      await clickAction(el, rowButton(el, ids[0], 'unapprove'));
      expect(notice(el)).to.equal('Comment unapproved. Undo');
      expect((await serverStatuses(key))[ids[0]]).to.equal('pending');
    });

    it('should ask before deleting for good, do nothing on Cancel, and offer no undo', async () => {
      const { key, ids, el } = await queueOf();
      rowButton(el, ids[0], 'delete').click();
      await el.updateComplete;
      const dialog = $<HTMLDialogElement>(el, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(text(dialog.querySelector('h3'))).to.equal('Delete this comment for good?');
      await expect(el).to.be.accessible();
      dialog.querySelector<HTMLButtonElement>('.buttons button:last-child')!.click();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(Object.keys(await serverStatuses(key)).length).to.equal(3);

      rowButton(el, ids[0], 'delete').click();
      await el.updateComplete;
      await clickAction(el, dialog.querySelector<HTMLButtonElement>('.danger')!);
      expect(rowIds(el).includes(ids[0])).to.equal(false);
      expect(ids[0] in (await serverStatuses(key))).to.equal(false);
      expect(notice(el)).to.equal('Comment deleted for good.');
      expect($(el, '[part=notice] button')).to.equal(null);
    });

    it('should edit a comment inline, save it to the server, and undo the edit', async () => {
      const { key, ids, el } = await queueOf();
      rowButton(el, ids[2], 'edit').click();
      await el.updateComplete;
      const textarea = $<HTMLTextAreaElement>(el, `#editor-${ids[2]}`)!;
      expect(textarea.value).to.equal('The third comment.');
      expect(focusedId()).to.equal(`editor-${ids[2]}`);
      await expect(el).to.be.accessible();
      textarea.value = 'The third comment, edited.';
      const event = await clickAction(el, textarea.form!.querySelector<HTMLButtonElement>('[type=submit]')!);
      expect(event.detail.action).to.equal('edit');
      expect(text(row(el, ids[2])!.querySelector('[part=content]'))).to.equal('The third comment, edited.');
      expect((await serverList(key)).comments.find((c) => c.id === ids[2])!.content).to.equal('The third comment, edited.');

      await clickAction(el, $<HTMLButtonElement>(el, '[part=notice] button')!);
      expect(text(row(el, ids[2])!.querySelector('[part=content]'))).to.equal('The third comment.');
      expect((await serverList(key)).comments.find((c) => c.id === ids[2])!.content).to.equal('The third comment.');
    });

    it('should cancel an edit with Escape and leave the comment as it was', async () => {
      const { ids, el } = await queueOf();
      rowButton(el, ids[0], 'edit').click();
      await el.updateComplete;
      $<HTMLTextAreaElement>(el, `#editor-${ids[0]}`)!.value = 'Changed';
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect($(el, `#editor-${ids[0]}`)).to.equal(null);
      expect(text(row(el, ids[0])!.querySelector('[part=content]'))).to.equal('The first comment.');
      expect(focusedId()).to.equal(`c-${ids[0]}`);
    });

    it('should reply as the site: the reply is approved at once and answers the comment', async () => {
      const { key, ids, el } = await queueOf();
      rowButton(el, ids[1], 'reply').click();
      await el.updateComplete;
      const textarea = $<HTMLTextAreaElement>(el, `#editor-${ids[1]}`)!;
      expect(text(textarea.labels![0])).to.equal('Reply to Grace Hopper as the site');
      textarea.value = 'Thanks, Grace.';
      const event = await clickAction(el, textarea.form!.querySelector<HTMLButtonElement>('[type=submit]')!);
      expect(event.detail).to.deep.equal({ action: 'reply', ids: [ids[1]] });
      expect(notice(el)).to.equal('Reply posted.');
      const reply = (await serverList(key, 'approved')).comments.find((c) => c.content === 'Thanks, Grace.')!;
      expect(reply.parentId).to.equal(ids[1]);
      expect(tabTexts(el)[1]).to.equal('Approved (1)');
    });

    it('should not send an empty reply, and say why', async () => {
      const { key, ids, el } = await queueOf();
      rowButton(el, ids[1], 'reply').click();
      await el.updateComplete;
      $<HTMLTextAreaElement>(el, `#editor-${ids[1]}`)!.form!.querySelector<HTMLButtonElement>('[type=submit]')!.click();
      await el.updateComplete;
      expect($(el, `#editor-${ids[1]}`)!.getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '.field-error'))).to.equal('Write something first.');
      expect((await serverList(key, 'approved')).comments.length).to.equal(0);
    });

    it('should undo an approve from the notice: the comment is pending again, on the server and in the view', async () => {
      const { key, ids, el } = await queueOf();
      await clickAction(el, rowButton(el, ids[1], 'approve'));
      const undo = await clickAction(el, $<HTMLButtonElement>(el, '[part=notice] button')!);
      expect(undo.detail).to.deep.equal({ action: 'undo', ids: [ids[1]] });
      expect(rowIds(el)).to.deep.equal([ids[2], ids[1], ids[0]]);
      expect(tabTexts(el).slice(0, 2)).to.deep.equal(['Pending (3)', 'Approved (0)']);
      expect(notice(el)).to.equal('Undone.');
      expect((await serverStatuses(key))[ids[1]]).to.equal('pending');
      expect(focusedId()).to.equal(`c-${ids[1]}`);
    });

    it('should act on the selection in bulk, and undo the bulk action', async () => {
      const { key, ids, el } = await queueOf();
      for (const id of [ids[0], ids[2]]) row(el, id)!.querySelector<HTMLInputElement>('.select')!.click();
      await el.updateComplete;
      expect(text($(el, '.bulk .count'))).to.equal('2 selected');
      const event = await clickAction(el, $<HTMLButtonElement>(el, '[data-bulk=spam]')!);
      expect([...event.detail.ids].sort()).to.deep.equal([ids[0], ids[2]].sort());
      expect(rowIds(el)).to.deep.equal([ids[1]]);
      expect(notice(el)).to.equal('2 comments marked as spam. Undo');
      let statuses = await serverStatuses(key);
      expect([statuses[ids[0]], statuses[ids[1]], statuses[ids[2]]]).to.deep.equal(['spam', 'pending', 'spam']);

      await clickAction(el, $<HTMLButtonElement>(el, '[part=notice] button')!);
      statuses = await serverStatuses(key);
      expect([statuses[ids[0]], statuses[ids[2]]]).to.deep.equal(['pending', 'pending']);
      expect(rowIds(el).length).to.equal(3);
    });

    it('should select all and approve them together', async () => {
      const { key, el } = await queueOf();
      $<HTMLInputElement>(el, '.bulk .all input')!.click();
      await el.updateComplete;
      expect($$<HTMLInputElement>(el, '.select').every((box) => box.checked)).to.equal(true);
      await clickAction(el, $<HTMLButtonElement>(el, '[data-bulk=approve]')!);
      expect(Object.values(await serverStatuses(key))).to.deep.equal(['approved', 'approved', 'approved']);
      expect(text($(el, '[part=empty]'))).to.equal('No comments awaiting moderation.');
    });

    it('should delete the selection for good after asking', async () => {
      const { key, ids, el } = await queueOf();
      $<HTMLInputElement>(el, '.bulk .all input')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[data-bulk=delete]')!.click();
      await el.updateComplete;
      expect(text($(el, 'dialog h3'))).to.equal('Delete 3 comments for good?');
      await clickAction(el, $<HTMLButtonElement>(el, 'dialog .danger')!);
      expect(Object.keys(await serverStatuses(key)).length).to.equal(0);
      expect(tabTexts(el)[0]).to.equal('Pending (0)');
      expect(ids.some((id) => row(el, id) !== null)).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('should be operable with the keyboard alone: sign in, j/k, a, s, t, x and z', async () => {
      const key = newKey();
      const [first, second, third] = await seed(key, three);
      const [fourth] = await seed(key, [{ content: 'The fourth comment.' }]);
      const el = await moderation(key);
      await sendKeys({ press: 'Tab' });
      expect(focusedId()).to.equal('token');
      await sendKeys({ type: TOKEN });
      const signedIn = oneEvent(el, 'comment-moderation-signin');
      await sendKeys({ press: 'Enter' });
      await signedIn;
      await settled(el);
      expect(rowIds(el)).to.deep.equal([fourth, third, second, first]);

      await sendKeys({ press: 'j' });
      await el.updateComplete;
      expect(focusedId()).to.equal(`c-${fourth}`);
      expect(row(el, fourth)!.getAttribute('aria-current')).to.equal('true');
      await sendKeys({ press: 'j' });
      await el.updateComplete;
      expect(focusedId()).to.equal(`c-${third}`);
      expect(row(el, fourth)!.hasAttribute('aria-current')).to.equal(false);

      let action = oneEvent(el, 'comment-moderation-action');
      await sendKeys({ press: 'a' });
      expect((await action).detail).to.deep.equal({ action: 'approve', ids: [third] });
      await el.updateComplete;
      expect(focusedId(), 'focus goes on to the next comment').to.equal(`c-${second}`);
      expect(notice(el)).to.equal('Comment approved. Undo');

      await sendKeys({ press: 'k' });
      await el.updateComplete;
      expect(focusedId()).to.equal(`c-${fourth}`);
      action = oneEvent(el, 'comment-moderation-action');
      await sendKeys({ press: 's' });
      await action;
      await el.updateComplete;
      expect(focusedId()).to.equal(`c-${second}`);

      action = oneEvent(el, 'comment-moderation-action');
      await sendKeys({ press: 't' });
      await action;
      await el.updateComplete;
      expect(focusedId()).to.equal(`c-${first}`);
      let statuses = await serverStatuses(key);
      expect([statuses[first], statuses[second], statuses[third], statuses[fourth]]).to.deep.equal(['pending', 'trash', 'approved', 'spam']);

      action = oneEvent(el, 'comment-moderation-action');
      await sendKeys({ press: 'z' });
      expect((await action).detail).to.deep.equal({ action: 'undo', ids: [second] });
      await el.updateComplete;
      statuses = await serverStatuses(key);
      expect(statuses[second]).to.equal('pending');
      expect(rowIds(el)).to.deep.equal([second, first]);
      expect(focusedId()).to.equal(`c-${second}`);

      await sendKeys({ press: 'x' });
      await el.updateComplete;
      expect(row(el, second)!.querySelector<HTMLInputElement>('.select')!.checked).to.equal(true);
      expect(text($(el, '.bulk .count'))).to.equal('1 selected');
    });

    it('should open the editor with e and the reply field with r', async () => {
      const key = newKey();
      const [id] = await seed(key, [{ content: 'Edit me.' }]);
      const el = await moderation(key);
      await signIn(el);
      row(el, id)!.focus();
      await sendKeys({ press: 'e' });
      await el.updateComplete;
      expect(focusedId()).to.equal(`editor-${id}`);
      expect(text($(el, `label[for=editor-${id}]`))).to.equal('Comment text');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await sendKeys({ press: 'r' });
      await el.updateComplete;
      expect(focusedId()).to.equal(`editor-${id}`);
      expect(text($(el, `label[for=editor-${id}]`))).to.equal('Reply to Reader as the site');
    });

    it('should ignore the shortcuts while typing in a field', async () => {
      const key = newKey();
      const [id] = await seed(key, [{ content: 'Stay pending.' }]);
      const el = await moderation(key);
      await signIn(el);
      $<HTMLInputElement>(el, '#article')!.focus();
      await sendKeys({ type: 'jatsz' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#article')!.value).to.equal('jatsz');
      expect(notice(el)).to.equal('');
      expect((await serverStatuses(key))[id]).to.equal('pending');
    });

    it('should list its shortcuts on screen', async () => {
      const el = await moderation(newKey());
      await signIn(el);
      const shortcuts = $$(el, '[part=shortcuts] kbd').map(text);
      expect(shortcuts).to.deep.equal(['j', 'k', 'x', 'a', 'u', 's', 't', 'e', 'r', 'z']);
      expect(text($(el, '[part=shortcuts] h3'))).to.equal('Keyboard shortcuts');
    });
  });
});
