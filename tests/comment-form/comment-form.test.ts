import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { articleContext } from '../../src/context.js';
import type { Article } from '../../src/model/article.js';
import type { CommentForm, CommentErrorDetail } from '../../src/comment-form/comment-form.js';
import { COMMENTER_KEY, draftKey } from '../../src/comment-form/drafts.js';
import { DEFAULT_MAXLENGTH, ruleMessage, validateComment } from '../../src/comment-form/rules.js';
import { en } from '../../src/comment-form/strings.js';
import '../../src/internal/all-locales.js';
import { REQUEST_TIMEOUT_MS } from '../../src/internal/limits.js';
import {
  alertText,
  bigAnswer,
  clearStorage,
  control,
  errorOf,
  fillValid,
  focused,
  form,
  json,
  otherOrigin,
  press,
  q,
  recordedAt,
  recorder,
  respond,
  restoreFetch,
  statusText,
  stubFetch,
  submitButton,
  type,
  uniqueId,
} from './helpers.js';

afterEach(() => {
  restoreFetch();
  clearStorage();
});
beforeEach(clearStorage);

async function submit(el: CommentForm): Promise<void> {
  submitButton(el).click();
  await el.updateComplete;
}

/** Submits and waits for the outcome event (listening first: a stubbed fetch answers at once). */
async function submitFor(el: CommentForm, name: 'comment-success' | 'comment-error'): Promise<void> {
  const event = oneEvent(el, name);
  submitButton(el).click();
  await event;
  await el.updateComplete;
}

async function clickAt(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const r = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

/** Submits a valid comment to a URL and resolves with the comment-error detail. */
async function failWith(endpoint: string, attributes = ''): Promise<{ el: CommentForm; detail: CommentErrorDetail }> {
  const el = await form(`endpoint="${endpoint.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" article-id="42" ${attributes}`);
  await fillValid(el);
  const event = oneEvent(el, 'comment-error');
  await submit(el);
  const { detail } = await event;
  await el.updateComplete;
  return { el, detail };
}

describe('<comment-form>', () => {
  describe('markup', () => {
    it("should be a form that posts without JavaScript: method, action, WordPress's field names, the ids, a key", async () => {
      const el = await form();
      el.parentId = '7';
      await el.updateComplete;
      const formElement = q(el, 'form') as HTMLFormElement;
      expect([formElement.method, formElement.getAttribute('action')]).to.deep.equal(['post', el.endpoint]);
      const fields = new FormData(formElement);
      expect([...fields.keys()]).to.deep.equal(['comment', 'author', 'email', 'url', 'honeypot', 'comment_post_ID', 'comment_parent', 'idempotency_key']);
      expect([fields.get('comment_post_ID'), fields.get('comment_parent')]).to.deep.equal([el.articleId, '7']);
      expect(String(fields.get('idempotency_key'))).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      // Once the element runs it validates itself: the browser's own validation is off.
      expect(formElement.noValidate).to.equal(true);
    });

    it("should render WordPress's fields in order, each with a visible label", async () => {
      const el = await form();
      const ids = Array.from(el.shadowRoot!.querySelectorAll('textarea, input:not(#hp):not([type=hidden])'), (c) => c.id);
      expect(ids).to.deep.equal(['content', 'name', 'email', 'url', 'consent']);
      const label = (id: string) => q(el, `label[for=${id}]`)!.textContent!.replace(/\s+/g, ' ').trim();
      expect([label('content'), label('name'), label('email'), label('url'), label('consent')]).to.deep.equal([
        'Comment *',
        'Name *',
        'Email *',
        'Website',
        'Save my name, email, and website in this browser for the next time I comment.',
      ]);
      expect(q(el, 'h2')!.textContent).to.equal('Leave a Reply');
      expect(q(el, '[part=notice]')!.textContent!.trim()).to.equal('Your email address will not be published. Required fields are marked *');
      expect(submitButton(el).textContent!.trim()).to.equal('Post Comment');
    });

    it('should mark required fields with required and an aria-hidden *, and set types and autocomplete', async () => {
      const el = await form();
      for (const id of ['content', 'name', 'email']) {
        expect(control(el, id as 'name').required, id).to.equal(true);
        expect(q(el, `label[for=${id}] .req`)!.getAttribute('aria-hidden'), id).to.equal('true');
      }
      expect(control(el, 'url').required).to.equal(false);
      expect(q(el, 'label[for=url] .req')).to.equal(null);
      expect(control(el, 'email').type).to.equal('email');
      expect(control(el, 'url').type).to.equal('url');
      expect(control(el, 'consent').checked).to.equal(false);
      expect(['name', 'email', 'url'].map((id) => control(el, id as 'name').autocomplete)).to.deep.equal(['name', 'email', 'url']);
    });

    it('should describe the email field by the "not published" note', async () => {
      const el = await form();
      const email = control(el, 'email');
      expect(email.getAttribute('aria-describedby')).to.equal('email-note');
      expect(q(el, '#email-note')!.textContent).to.equal('Your email address will not be published.');
    });

    it('should have a honeypot that is hidden, unfocusable by Tab, not autocompleted and not announced', async () => {
      const el = await form();
      const hp = control(el, 'hp');
      expect(hp.tabIndex).to.equal(-1);
      expect(hp.autocomplete).to.equal('off');
      expect(hp.closest('[aria-hidden=true]')).to.not.equal(null);
      expect(hp.closest('.hp')!.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('should be accessible when empty', async () => {
      await expect(await form()).to.be.accessible();
    });

    it('should show a setup error instead of a form without a valid endpoint', async () => {
      for (const attributes of ['article-id="42"', 'endpoint="javascript:alert(1)"', 'endpoint="http://["']) {
        const el = await form(attributes);
        expect(q(el, 'textarea'), attributes).to.equal(null);
        expect(alertText(el)).to.equal('This form has no address to send comments to.');
        await expect(el).to.be.accessible();
        el.setAttribute('endpoint', '/api/comments');
        await el.updateComplete;
        expect(q(el, 'textarea')).to.not.equal(null);
        el.removeAttribute('endpoint');
        await el.updateComplete;
        expect(q(el, 'textarea')).to.equal(null);
      }
    });

    it('should take its heading from the heading attribute', async () => {
      const el = await form('endpoint="/x" heading="Your thoughts?"');
      expect(q(el, 'h2')!.textContent).to.equal('Your thoughts?');
      expect(q(el, '.link')).to.equal(null); // no Cancel reply outside a reply
    });

    it('should fire comment-cancel on Escape in a reply form, and not in the main form', async () => {
      const main = await form('endpoint="/x" article-id="42"');
      let cancels = 0;
      document.addEventListener('comment-cancel', () => cancels++);
      control(main, 'content').focus();
      await sendKeys({ press: 'Escape' });
      expect(cancels).to.equal(0);
      const reply = await form('endpoint="/x" article-id="42" parent-id="7" reply-to="Ann Lee"');
      const event = oneEvent(document, 'comment-cancel');
      control(reply, 'name').focus();
      await sendKeys({ press: 'Escape' });
      expect((await event).detail).to.deep.equal({ parentId: '7' });
    });

    it('should say whom a reply is to and fire comment-cancel from "Cancel reply"', async () => {
      const el = await form('endpoint="/x" article-id="42" parent-id="7" reply-to="Ann Lee"');
      expect(q(el, 'h2')!.textContent).to.equal('Leave a Reply to \u2068Ann Lee\u2069'); // the name isolated: a right-to-left name cannot reorder the heading
      const cancel = q<HTMLButtonElement>(el, 'button.link')!;
      expect(cancel.textContent).to.equal('Cancel reply');
      const event = oneEvent(document, 'comment-cancel');
      cancel.click();
      const { detail, bubbles, composed } = await event;
      expect(detail).to.deep.equal({ parentId: '7' });
      expect(bubbles && composed).to.equal(true);
    });

    it('should scope ids to each form: two forms on a page do not collide', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <comment-form endpoint="/x" article-id="42"></comment-form>
        <comment-form endpoint="/x" article-id="42" parent-id="7" reply-to="Bo"></comment-form>
      </div>`);
      const [a, b] = Array.from(wrapper.querySelectorAll('comment-form'));
      await a.updateComplete;
      await b.updateComplete;
      await type(b, 'content', 'Reply text');
      await submit(a);
      expect(errorOf(a, 'content')).to.equal('Please type your comment.');
      expect(errorOf(b, 'content')).to.equal(null);
      expect(control(a, 'content').value).to.equal('');
    });
  });

  describe('validation', () => {
    it('should show no error before the reader does anything, nor while typing in a fresh field', async () => {
      const el = await form();
      expect(el.shadowRoot!.querySelectorAll('[part=error]')).to.have.length(0);
      await type(el, 'email', 'ann@');
      expect(errorOf(el, 'email')).to.equal(null);
      expect(control(el, 'email').hasAttribute('aria-invalid')).to.equal(false);
    });

    it('should show an error when the reader leaves a field they changed, linked by aria-describedby', async () => {
      const el = await form();
      await type(el, 'email', 'ann@');
      await press(el, 'Tab');
      const email = control(el, 'email');
      expect(errorOf(el, 'email')).to.equal('Please enter a valid email address, like name@example.com.');
      expect(email.getAttribute('aria-invalid')).to.equal('true');
      expect(email.getAttribute('aria-describedby')).to.equal('email-note email-error');
      expect(errorOf(el, 'name')).to.equal(null); // only the changed field
    });

    it('should not let a blur error move Post Comment from under the pointer', async () => {
      const el = await form();
      await type(el, 'email', 'ann@');
      await clickAt(submitButton(el)); // blurs the email field (an error appears) and clicks
      await resetMouse();
      await el.updateComplete;
      expect(alertText(el)).to.equal('3 fields need your attention.'); // the click did submit
      expect(errorOf(el, 'email')).to.equal('Please enter a valid email address, like name@example.com.');
    });

    it('should show the blur error once a click elsewhere in the form is done', async () => {
      const el = await form();
      await type(el, 'email', 'ann@');
      await clickAt(control(el, 'content'));
      await resetMouse();
      await aTimeout(10);
      await el.updateComplete;
      expect(errorOf(el, 'email')).to.equal('Please enter a valid email address, like name@example.com.');
      expect(errorOf(el, 'content')).to.equal(null);
    });

    it('should not show errors for a field that was only passed through', async () => {
      const el = await form();
      control(el, 'content').focus();
      await press(el, 'Tab');
      await press(el, 'Tab');
      expect(el.shadowRoot!.querySelectorAll('[part=error]')).to.have.length(0);
    });

    it('should block an invalid submit: nothing sent, every error shown, focus on the first, count announced', async () => {
      const calls = stubFetch(json(201, {}));
      const el = await form();
      await submit(el);
      await el.updateComplete;
      expect(calls).to.have.length(0);
      expect(errorOf(el, 'content')).to.equal('Please type your comment.');
      expect(errorOf(el, 'name')).to.equal('Please enter your name.');
      expect(errorOf(el, 'email')).to.equal('Please enter your email address.');
      expect(errorOf(el, 'url')).to.equal(null);
      expect(focused(el)).to.equal(control(el, 'content'));
      expect(control(el, 'content').getAttribute('aria-invalid')).to.equal('true');
      expect(control(el, 'content').getAttribute('aria-describedby')).to.equal('content-error');
      expect(q(el, '[role=alert]')!.textContent!.trim()).to.equal('3 fields need your attention.');
      await expect(el).to.be.accessible();
    });

    it('should focus the first invalid field in form order', async () => {
      const el = await form();
      await type(el, 'content', 'Hello');
      await type(el, 'email', 'ann@example.com');
      await submit(el);
      expect(focused(el)).to.equal(control(el, 'name'));
      expect(alertText(el)).to.equal('1 field needs your attention.');
    });

    it('should update errors live after a submit attempt, and clear the count when all are fixed', async () => {
      const el = await form();
      await submit(el);
      await type(el, 'content', 'Hello');
      expect(errorOf(el, 'content')).to.equal(null); // without leaving the field
      expect(control(el, 'content').hasAttribute('aria-invalid')).to.equal(false);
      expect(alertText(el)).to.equal('2 fields need your attention.');
      await type(el, 'name', 'Ann');
      await type(el, 'email', 'ann@');
      expect(errorOf(el, 'email')).to.equal('Please enter a valid email address, like name@example.com.');
      await type(el, 'email', 'example.com');
      expect(errorOf(el, 'email')).to.equal(null);
      expect(alertText(el)).to.equal('');
    });

    it('should treat a comment of only whitespace as missing', async () => {
      const el = await form();
      await type(el, 'content', '   ');
      await submit(el);
      expect(errorOf(el, 'content')).to.equal('Please type your comment.');
    });

    it('should reject a malformed website, and complete a bare host to https://', async () => {
      const calls = stubFetch(json(201, { status: 'approved' }));
      const el = await form();
      await fillValid(el);
      await type(el, 'url', 'not a website');
      await press(el, 'Tab');
      expect(errorOf(el, 'url')).to.equal('Please enter a valid website address, like https://example.com.');
      control(el, 'url').select();
      await type(el, 'url', 'ann.example');
      expect(errorOf(el, 'url')).to.equal(null); // no false alarm while typing a bare host
      await press(el, 'Tab');
      expect(control(el, 'url').value).to.equal('https://ann.example');
      await submit(el);
      expect(JSON.parse(calls[0].body).author.url).to.equal('https://ann.example');
    });

    it('should reject a comment longer than maxlength (text is never cut off)', async () => {
      const calls = stubFetch();
      const el = await form('endpoint="/test-api/echo" article-id="42" maxlength="10"');
      await fillValid(el, 'Eleven char');
      expect(control(el, 'content').value).to.equal('Eleven char');
      await submit(el);
      expect(errorOf(el, 'content')).to.equal('Please shorten your comment to 10 characters (it has 11).');
      expect(calls).to.have.length(0);
    });

    it('should refuse a comment over 65525 characters by default, with the rule the server refuses it by', async () => {
      const calls = stubFetch();
      const el = await form();
      expect(el.maxlength).to.equal(DEFAULT_MAXLENGTH);
      await fillValid(el, 'Hi');
      // (Set, not typed: 65,526 key presses would take minutes.)
      const content = 'x'.repeat(DEFAULT_MAXLENGTH + 1);
      control(el, 'content').value = content;
      control(el, 'content').dispatchEvent(new Event('input', { bubbles: true }));
      await submit(el);
      const tooLong = { key: 'contentTooLong', max: 65525, count: 65526 } as const;
      expect(validateComment({ content, name: 'Ann Lee', email: 'ann@example.com' })).to.deep.equal({ ok: false, errors: { content: tooLong } }); // what server/validate.ts runs
      expect(errorOf(el, 'content')).to.equal(ruleMessage(tooLong, { messages: en, formatNumber: new Intl.NumberFormat('en').format }));
      expect(errorOf(el, 'content')).to.equal('Please shorten your comment to 65,525 characters (it has 65,526).');
      expect(calls).to.have.length(0);
    });

    it('should make name and email optional with require-name-email="false"', async () => {
      const calls = stubFetch(json(201, {}));
      const el = await form('endpoint="/x" article-id="42" require-name-email="false"');
      expect(control(el, 'name').required).to.equal(false);
      expect(control(el, 'email').required).to.equal(false);
      expect(q(el, 'label[for=name] .req')).to.equal(null);
      await type(el, 'content', 'Anonymous thought');
      const success = oneEvent(el, 'comment-success');
      await submit(el);
      await success;
      expect(calls).to.have.length(1);
      expect(JSON.parse(calls[0].body).author).to.deep.equal({ name: '', email: '', url: '' });
    });

    it('should keep name and email required for any other attribute value', async () => {
      const el = await form('endpoint="/x" require-name-email=""');
      expect(control(el, 'name').required).to.equal(true);
      el.setAttribute('require-name-email', 'false');
      await el.updateComplete;
      expect(control(el, 'email').required).to.equal(false);
    });

    it('should answer checkValidity() silently and reportValidity() visibly', async () => {
      const el = await form();
      expect(el.checkValidity()).to.equal(false);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part=error]')).to.have.length(0);
      expect(el.reportValidity()).to.equal(false);
      await el.updateComplete;
      await aTimeout(0);
      expect(errorOf(el, 'content')).to.equal('Please type your comment.');
      expect(focused(el)).to.equal(control(el, 'content'));
      await fillValid(el);
      expect(el.checkValidity()).to.equal(true);
    });

    it('should empty the form and its draft on reset()', async () => {
      const el = await form();
      await type(el, 'content', 'To be discarded');
      await submit(el);
      el.reset();
      await el.updateComplete;
      expect(control(el, 'content').value).to.equal('');
      expect(el.shadowRoot!.querySelectorAll('[part=error]')).to.have.length(0);
      expect(alertText(el)).to.equal('');
      await aTimeout(350);
      expect(localStorage.getItem(draftKey('42', null))).to.equal(null);
    });

    it('should move focus to the comment box on focusComment()', async () => {
      const el = await form();
      await el.focusComment();
      expect(focused(el)).to.equal(control(el, 'content'));
    });
  });

  describe('sending', () => {
    it('should post the JSON payload and report success', async () => {
      const el = await form('endpoint="/test-api/echo" article-id="42" parent-id="7"');
      await fillValid(el);
      await type(el, 'url', 'https://ann.example');
      const success = oneEvent(el, 'comment-success');
      await submit(el);
      const { detail, bubbles, composed } = await success;
      expect(bubbles && composed).to.equal(true);
      const payload = { articleId: '42', parentId: '7', content: 'Great piece, thanks.', author: { name: 'Ann Lee', email: 'ann@example.com', url: 'https://ann.example' }, honeypot: '' };
      expect(detail.payload).to.deep.equal(payload);
      expect(detail.status).to.equal('approved');
      const echo = detail.response as { method: string; headers: Record<string, string>; body: string };
      expect(echo.method).to.equal('POST');
      expect(JSON.parse(echo.body)).to.deep.equal(payload);
      expect(echo.headers['content-type']).to.equal('application/json');
      expect(echo.headers.accept).to.equal('application/json');
      expect(echo.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
    });

    it('should clear the "posted" message once the reader starts a new comment', async () => {
      stubFetch(json(201, { status: 'approved' }));
      const el = await form('endpoint="/x" article-id="42"');
      await fillValid(el);
      await submitFor(el, 'comment-success');
      expect(q(el, '[role="status"]')!.textContent).to.equal('Your comment has been posted.');
      control(el, 'content').focus();
      await sendKeys({ type: 'A' });
      await el.updateComplete;
      expect(q(el, '[role="status"]')!.textContent).to.equal('');
    });

    it('should send what the bot filled into the honeypot', async () => {
      const calls = stubFetch(json(201, {}));
      const el = await form();
      await fillValid(el);
      control(el, 'hp').value = 'http://spam.example';
      await submitFor(el, 'comment-success');
      expect(JSON.parse(calls[0].body).honeypot).to.equal('http://spam.example');
    });

    it('should post format="form" and format="wordpress" encodings', async () => {
      const calls = stubFetch(json(201, {}), json(201, {}));
      const formEl = await form('endpoint="/wp-comments-post.php" article-id="42" format="form"');
      await fillValid(formEl);
      control(formEl, 'consent').click();
      await submitFor(formEl, 'comment-success');
      expect(calls[0].headers.get('Content-Type')).to.match(/^application\/x-www-form-urlencoded/);
      expect(calls[0].body).to.equal('comment=Great+piece%2C+thanks.&author=Ann+Lee&email=ann%40example.com&url=&comment_post_ID=42&comment_parent=0&wp-comment-cookies-consent=yes');

      clearStorage(); // forget the commenter the consent box remembered
      const wpEl = await form('endpoint="/wp-json/wp/v2/comments" article-id="42" parent-id="9" format="wordpress"');
      await fillValid(wpEl, 'Hi');
      await submitFor(wpEl, 'comment-success');
      expect(calls[1].body).to.equal('{"post":42,"parent":9,"content":"Hi","author_name":"Ann Lee","author_email":"ann@example.com","author_url":""}');
    });

    it('should fall back to json for an unknown format, and pass headers and credentials', async () => {
      const calls = stubFetch(json(201, {}));
      const el = await form('endpoint="/x" article-id="42" format="xml" credentials="include"');
      el.headers = { 'X-WP-Nonce': 'n0nce' };
      await fillValid(el);
      await submitFor(el, 'comment-success');
      expect(calls[0].headers.get('Content-Type')).to.equal('application/json');
      expect(calls[0].headers.get('X-WP-Nonce')).to.equal('n0nce');
      expect(calls[0].init.credentials).to.equal('include');
      expect(calls[0].init.method).to.equal('POST');
    });

    it('should use same-origin credentials by default', async () => {
      const calls = stubFetch(json(201, {}));
      const el = await form('endpoint="/x" credentials="bogus"');
      await fillValid(el);
      await submitFor(el, 'comment-success');
      expect(calls[0].init.credentials).to.equal('same-origin');
    });

    it('should let a comment-submit listener change the payload before it is encoded', async () => {
      const calls = stubFetch(json(201, {}));
      const el = await form();
      el.addEventListener('comment-submit', (e) => {
        e.detail.payload.content += ' [edited]';
        e.detail.payload.articleId = 'a-99';
      });
      await fillValid(el);
      const success = oneEvent(el, 'comment-success');
      await submit(el);
      expect((await success).detail.payload.content).to.equal('Great piece, thanks. [edited]');
      expect(JSON.parse(calls[0].body)).to.include({ content: 'Great piece, thanks. [edited]', articleId: 'a-99' });
    });

    it('should send nothing when comment-submit is cancelled', async () => {
      const calls = stubFetch(json(201, {}));
      const el = await form();
      const seen: unknown[] = [];
      document.addEventListener('comment-submit', (e) => {
        seen.push(e.detail.payload);
        e.preventDefault();
      }, { once: true });
      await fillValid(el);
      await submit(el);
      await aTimeout(50);
      expect(seen).to.have.length(1);
      expect(calls).to.have.length(0);
      expect(submitButton(el).getAttribute('aria-disabled')).to.equal('false');
      expect(control(el, 'content').value).to.equal('Great piece, thanks.');
    });

    it('should show "Posting…", block the button and make fields read-only while sending', async () => {
      let release!: () => void;
      stubFetch(() => new Promise((resolve) => (release = () => resolve(json(201, { status: 'approved' })()))));
      const el = await form();
      await fillValid(el);
      await submit(el);
      const button = submitButton(el);
      expect(button.textContent!.trim()).to.equal('Posting…');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      for (const id of ['content', 'name', 'email', 'url'] as const) expect(control(el, id).readOnly, id).to.equal(true);
      control(el, 'consent').click();
      expect(control(el, 'consent').checked).to.equal(false);
      await expect(el).to.be.accessible();
      const success = oneEvent(el, 'comment-success');
      release();
      await success;
      await el.updateComplete;
      expect(button.textContent!.trim()).to.equal('Post Comment');
      expect(control(el, 'content').readOnly).to.equal(false);
    });

    it('should send exactly one request on a double click', async () => {
      const calls = stubFetch();
      const el = await form(`endpoint="${respond(201, '{"status":"approved"}', { delay: 300 }).replace(/&/g, '&amp;')}" article-id="42"`);
      await fillValid(el);
      const success = oneEvent(el, 'comment-success');
      await clickAt(submitButton(el));
      await clickAt(submitButton(el));
      await success;
      await aTimeout(100);
      await resetMouse();
      expect(calls).to.have.length(1);
    });

    it('should send exactly one request on a double Enter', async () => {
      const calls = stubFetch();
      const el = await form(`endpoint="${respond(201, '{}', { delay: 300 }).replace(/&/g, '&amp;')}" article-id="42"`);
      await fillValid(el);
      const success = oneEvent(el, 'comment-success');
      control(el, 'email').focus();
      await press(el, 'Enter');
      await press(el, 'Enter');
      await success;
      await aTimeout(100);
      expect(calls).to.have.length(1);
    });

    it('should submit with Ctrl+Enter in the comment box, while Enter adds a line', async () => {
      const calls = stubFetch(json(201, {}));
      const el = await form();
      await fillValid(el, 'Line one');
      control(el, 'content').focus();
      await press(el, 'Enter');
      expect(calls).to.have.length(0);
      await type(el, 'content', 'Line two');
      const success = oneEvent(el, 'comment-success');
      await press(el, 'Control+Enter');
      await success;
      expect(JSON.parse(calls[0].body).content).to.equal('Line one\nLine two');
    });

    it('should keep the Idempotency-Key across retries and change it after a success', async () => {
      const calls = stubFetch(json(500, {}), json(503, {}), json(201, { status: 'approved' }), json(201, {}));
      const el = await form();
      await fillValid(el);
      await submitFor(el, 'comment-error');
      await el.updateComplete;
      const retry = q<HTMLButtonElement>(el, '[role=alert] button')!;
      expect(retry.textContent).to.equal('Try again');
      const again = oneEvent(el, 'comment-error');
      retry.click();
      await again;
      await el.updateComplete;
      expect(focused(el)).to.equal(submitButton(el)); // focus is not lost with the retry button
      await submitFor(el, 'comment-success'); // the Post Comment button retries too
      await fillValid(el, 'A second comment');
      await submitFor(el, 'comment-success');
      const keys = calls.map((c) => c.headers.get('Idempotency-Key'));
      expect(keys[0]).to.match(/^[0-9a-f-]{36}$/);
      expect(keys[1]).to.equal(keys[0]);
      expect(keys[2]).to.equal(keys[0]);
      expect(keys[3]).to.not.equal(keys[0]);
    });

    it('should use a new Idempotency-Key when the comment was edited after a failure', async () => {
      const calls = stubFetch(json(500, {}), json(201, {}));
      const el = await form();
      await fillValid(el);
      await submitFor(el, 'comment-error');
      await type(el, 'content', ' More.');
      await submitFor(el, 'comment-success');
      expect(calls[1].headers.get('Idempotency-Key')).to.not.equal(calls[0].headers.get('Idempotency-Key'));
    });
  });

  describe('responses', () => {
    for (const [status, moderation, text] of [
      ['pending', 'pending', 'Your comment is awaiting moderation.'],
      ['hold', 'pending', 'Your comment is awaiting moderation.'],
      ['approved', 'approved', 'Your comment has been posted.'],
    ] as const) {
      it(`should announce 201 "${status}" in the status region and clear the comment`, async () => {
        const el = await form(`endpoint="${respond(201, JSON.stringify({ id: 5, status })).replace(/&/g, '&amp;')}" article-id="42"`);
        await fillValid(el);
        const success = oneEvent(el, 'comment-success');
        await submit(el);
        const { detail } = await success;
        await el.updateComplete;
        expect(detail.status).to.equal(moderation);
        expect(detail.response).to.deep.equal({ id: 5, status });
        expect(statusText(el)).to.equal(text);
        expect(q(el, '[role=status]')!.getAttribute('part')).to.equal('status');
        expect(control(el, 'content').value).to.equal('');
        expect(alertText(el)).to.equal('');
        expect(el.shadowRoot!.querySelectorAll('[aria-invalid]')).to.have.length(0);
        await expect(el).to.be.accessible();
      });
    }

    it('should show 422 field errors on their fields, focus the first, and keep the text', async () => {
      const body = JSON.stringify({ message: 'Invalid', errors: { email: 'This address <b>bounces</b>.', content: 'Too rude.' } });
      const { el, detail } = await failWith(respond(422, body));
      expect(detail).to.deep.equal({ status: 422, code: 'invalid', message: '2 fields need your attention.' });
      expect(errorOf(el, 'content')).to.equal('Too rude.');
      expect(errorOf(el, 'email')).to.equal('This address bounces.');
      expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(focused(el)).to.equal(control(el, 'content'));
      expect(control(el, 'content').value).to.equal('Great piece, thanks.');
      await type(el, 'content', ' Sorry.');
      expect(errorOf(el, 'content')).to.equal(null); // editing the field clears the server's complaint
      expect(errorOf(el, 'email')).to.equal('This address bounces.');
    });

    it("should show WordPress's error JSON (wp_die, HTTP 200) as plain text in the alert", async () => {
      const body = '{"code":"wp_die","message":"<p><strong>Error:</strong> Please enter a valid email address.</p>","data":{"status":200}}';
      const { el, detail } = await failWith(respond(200, body), 'format="form"');
      expect(detail).to.deep.equal({ status: 200, code: 'rejected', message: 'Please enter a valid email address.' });
      expect(alertText(el)).to.equal('Please enter a valid email address.');
      expect(q(el, '[role=alert] strong, [role=alert] p')).to.equal(null);
      expect(statusText(el)).to.equal('');
    });

    it('should never turn server text into markup', async () => {
      const body = JSON.stringify({ message: '&lt;img src=x onerror="window.pwned=1"&gt; <img src=x onerror="window.pwned=1">Nope' });
      const { el } = await failWith(respond(400, body));
      expect(q(el, '[role=alert] img')).to.equal(null);
      expect(alertText(el)).to.equal('<img src=x onerror="window.pwned=1"> Nope');
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
    });

    it('should explain a 409 duplicate', async () => {
      const { el, detail } = await failWith(respond(409, '{"code":"comment_duplicate","message":"Duplicate comment detected; it looks as though you&#8217;ve already said that!"}'));
      expect(detail).to.deep.equal({ status: 409, code: 'duplicate', message: 'You have already posted this comment.' });
      expect(alertText(el)).to.equal(detail.message);
    });

    it('should say when to try again after a 429 with Retry-After', async () => {
      const { el, detail } = await failWith(respond(429, '{}', { headers: { 'Retry-After': '120' } }));
      expect(detail.code).to.equal('too-fast');
      expect(detail.message).to.equal('You are posting too quickly. Your text is kept: please try again in 2 minutes.');
      expect(alertText(el)).to.include('in 2 minutes');
    });

    it('should say the wait in its largest whole unit', async () => {
      const waits = { '45': 'in 45 seconds', '60': 'in 1 minute', '7200': 'in 2 hours', '172800': 'in 2 days' };
      const { el } = await failWith(respond(429, ''));
      for (const [seconds, text] of Object.entries(waits)) {
        el.endpoint = respond(429, '{}', { headers: { 'Retry-After': seconds } });
        await el.updateComplete;
        const event = oneEvent(el, 'comment-error');
        await submit(el);
        const { detail } = await event;
        expect(detail.message, seconds).to.equal(`You are posting too quickly. Your text is kept: please try again ${text}.`);
      }
    });

    it('should explain a 429 without Retry-After', async () => {
      const { detail } = await failWith(respond(429, ''));
      expect(detail.message).to.equal('You are posting too quickly. Your text is kept: please try again in a moment.');
    });

    it('should explain 401 (login required) and 403 (comments closed)', async () => {
      expect((await failWith(respond(401, '{"code":"rest_comment_login_required","message":"Sorry, you must be logged in to comment."}'))).detail).to.deep.equal({
        status: 401,
        code: 'login',
        message: 'Please log in to comment.',
      });
      expect((await failWith(respond(403, '{"message":"Sorry, comments are closed for this item."}'))).detail).to.deep.equal({
        status: 403,
        code: 'closed',
        message: 'Comments are closed.',
      });
    });

    it('should explain a 500 with an HTML body, keep the text and offer a retry', async () => {
      const { el, detail } = await failWith(respond(500, '<html><body><h1>Fatal error</h1><p>in /var/www/db.php</p></body></html>', { type: 'text/html' }));
      expect(detail).to.deep.equal({ status: 500, code: 'server', message: 'The server had a problem and did not save your comment. Your text is kept: please try again in a moment.' });
      expect(alertText(el)).to.equal(`${detail.message} Try again`);
      expect(alertText(el)).to.not.include('db.php');
      expect(control(el, 'content').value).to.equal('Great piece, thanks.');
      expect(q(el, '[role=alert] button')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('should explain a 200 that is not JSON', async () => {
      const { detail } = await failWith(respond(200, '<!doctype html><p>Welcome to my blog</p>', { type: 'text/html' }));
      expect(detail).to.deep.equal({ status: 200, code: 'bad-response', message: 'The server’s answer could not be read. Your text is kept: please try again.' });
    });

    it('should explain a network failure', async () => {
      const { el, detail } = await failWith('http://127.0.0.1:9/comments');
      expect(detail).to.deep.equal({ status: 0, code: 'network', message: 'Your comment could not be sent: check your connection. Your text is kept: please try again.' });
      expect(control(el, 'content').value).to.equal('Great piece, thanks.');
    });

    it('should give a request REQUEST_TIMEOUT_MS (15 s) by default, and when `timeout` is not a positive number', async () => {
      const realTimeout = AbortSignal.timeout;
      const asked: number[] = [];
      AbortSignal.timeout = (ms: number) => {
        asked.push(ms);
        return realTimeout.call(AbortSignal, ms);
      };
      try {
        for (const attributes of ['', 'timeout="0"', 'timeout="-5"', 'timeout="soon"', 'timeout="2500"']) {
          stubFetch(json(201, {}));
          const el = await form(`endpoint="/x" article-id="42" ${attributes}`);
          await fillValid(el);
          const success = oneEvent(el, 'comment-success');
          await submit(el);
          await success;
          restoreFetch();
        }
      } finally {
        AbortSignal.timeout = realTimeout;
      }
      expect(REQUEST_TIMEOUT_MS).to.equal(15000);
      expect(document.createElement('comment-form').timeout).to.equal(REQUEST_TIMEOUT_MS); // written out for the manifest
      expect(asked).to.deep.equal([REQUEST_TIMEOUT_MS, REQUEST_TIMEOUT_MS, REQUEST_TIMEOUT_MS, REQUEST_TIMEOUT_MS, 2500]);
    });

    it('should abort after `timeout` ms and explain it', async () => {
      const started = performance.now();
      const { detail } = await failWith(respond(201, '{}', { delay: 3000 }), 'timeout="200"');
      expect(detail).to.deep.equal({ status: 0, code: 'timeout', message: 'The server took too long to answer. Your text is kept: please try again.' });
      expect(performance.now() - started).to.be.below(2500);
    });

    it('should announce a 20 MB 201 as sent, pass no response on, and keep the page responsive', async () => {
      const el = await form(`endpoint="${bigAnswer(uniqueId(), 20_000_000, 201).replace(/&/g, '&amp;')}" article-id="42"`);
      await fillValid(el);
      // The longest time the page went without running a timer while the comment was sent.
      let longestPause = 0;
      let last = performance.now();
      const timer = setInterval(() => {
        longestPause = Math.max(longestPause, performance.now() - last);
        last = performance.now();
      }, 10);
      const success = oneEvent(el, 'comment-success');
      await submit(el);
      const { detail } = await success;
      clearInterval(timer);
      await el.updateComplete;
      expect(detail.response).to.equal(null);
      expect(detail.status).to.equal('unknown');
      expect(statusText(el)).to.equal('Your comment has been sent.');
      expect(control(el, 'content').value).to.equal('');
      expect(longestPause).to.be.below(500);
      await expect(el).to.be.accessible();
    });

    it('should explain a 20 MB 400 full of unclosed tags by its status, at once', async () => {
      const started = performance.now();
      const { el, detail } = await failWith(bigAnswer(uniqueId(), 20_000_000, 400, '<p '));
      expect(detail).to.deep.equal({ status: 400, code: 'rejected', message: 'Your comment could not be posted (error 400).' });
      expect(alertText(el)).to.equal(detail.message);
      expect(performance.now() - started).to.be.below(5000);
    });

    it('should show the refusal message of another 4xx, or its status', async () => {
      expect((await failWith(respond(400, '{"message":"Links are not allowed."}'))).detail).to.deep.equal({ status: 400, code: 'rejected', message: 'Links are not allowed.' });
      expect((await failWith(respond(400, ''))).detail.message).to.equal('Your comment could not be posted (error 400).');
    });
  });

  describe('redirects', () => {
    /** A form posting in `format` to `endpoint`, with a nonce header, filled in and submitted; resolves with the outcome event. */
    async function post<K extends 'comment-success' | 'comment-error'>(endpoint: string, format: string, outcome: K, wrapper?: (tag: string) => string) {
      const el = await form(`endpoint="${endpoint.replace(/&/g, '&amp;')}" article-id="42" format="${format}"`, wrapper);
      el.headers = { 'X-WP-Nonce': 'n0nce' };
      await fillValid(el);
      const event = oneEvent(el, outcome);
      await submit(el);
      const { detail } = await event;
      await el.updateComplete;
      return { el, detail };
    }

    // (Every redirect status, with either origin as the target, is tried in transport.test.ts.)
    for (const [format, status] of [['json', 307], ['wordpress', 308], ['json', 302]] as const) {
      it(`should not send the comment where a ${status} points, say why, and offer no retry (format=${format})`, async () => {
        const id = uniqueId();
        const { el, detail } = await post(respond(status, '', { headers: { Location: recorder(id, otherOrigin()) } }), format, 'comment-error');
        expect(detail).to.deep.equal({
          status: 0,
          code: 'redirected',
          message: 'The comment server tried to send your comment to another address, so it was not sent. Your text is kept.',
        });
        expect(alertText(el)).to.equal(detail.message);
        expect(q(el, '[role=alert] button'), 'retry button').to.equal(null);
        expect(statusText(el)).to.equal('');
        expect(control(el, 'content').value).to.equal('Great piece, thanks.');
        expect(await recordedAt(id)).to.deep.equal([]);
      });
    }

    it('should explain the redirect in French', async () => {
      const { detail } = await post(respond(307, '', { headers: { Location: recorder(uniqueId(), otherOrigin()) } }), 'json', 'comment-error', (tag) => `<div lang="fr">${tag}</div>`);
      expect(detail.message).to.equal('Le serveur de commentaires a tenté d’envoyer votre commentaire à une autre adresse : il n’a donc pas été envoyé. Votre texte est conservé.');
    });

    it('should be accessible when it explains a redirect', async () => {
      const { el } = await post(respond(307, '', { headers: { Location: recorder(uniqueId(), otherOrigin()) } }), 'wordpress', 'comment-error');
      await expect(el).to.be.accessible();
    });

    it("should send nothing to another origin from a form endpoint on the page's origin, and keep the text", async () => {
      const id = uniqueId();
      const { el, detail } = await post(respond(307, '', { headers: { Location: recorder(id, otherOrigin()) } }), 'form', 'comment-error');
      expect(detail.code).to.equal('network'); // the browser refused the redirect, and does not say why
      expect(control(el, 'content').value).to.equal('Great piece, thanks.');
      expect(await recordedAt(id)).to.deep.equal([]);
    });

    it("should announce WordPress's 302 to the post with unapproved= as awaiting moderation (format=form)", async () => {
      const post302 = `${respond(200, '<!doctype html><title>Post</title><p>The post</p>', { type: 'text/html' })}&unapproved=12&moderation-hash=abc#comment-12`;
      const { el, detail } = await post(respond(302, '', { headers: { Location: post302 } }), 'form', 'comment-success');
      expect(detail.status).to.equal('pending');
      expect(detail.response).to.equal(null);
      expect(statusText(el)).to.equal('Your comment is awaiting moderation.');
    });

    it('should announce the redirect of a form endpoint on another origin as sent, and follow it nowhere', async () => {
      const id = uniqueId();
      const endpoint = otherOrigin() + respond(302, '', { cors: true, headers: { Location: recorder(id) } });
      const { el, detail } = await post(endpoint, 'form', 'comment-success');
      expect(detail.status).to.equal('unknown');
      expect(detail.response).to.equal(null);
      expect(statusText(el)).to.equal('Your comment has been sent.');
      expect(await recordedAt(id)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('drafts and the remembered commenter', () => {
    it('should restore the comment after a reload (the element created again)', async () => {
      let el = await form('endpoint="/x" article-id="42" parent-id="7"');
      await type(el, 'content', 'Half a thought');
      await aTimeout(350); // debounced ≤ 300 ms
      el.remove();
      el = await form('endpoint="/x" article-id="42" parent-id="7"');
      expect(control(el, 'content').value).to.equal('Half a thought');
      const other = await form('endpoint="/x" article-id="42"');
      expect(control(other, 'content').value).to.equal(''); // drafts are per article and parent
    });

    it('should save the draft at once on pagehide', async () => {
      const el = await form();
      await type(el, 'content', 'Leaving now');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(JSON.parse(localStorage.getItem(draftKey('42', null))!).content).to.equal('Leaving now');
    });

    it('should keep name, email and website out of localStorage without consent', async () => {
      stubFetch(json(201, {}));
      const el = await form();
      await fillValid(el);
      await type(el, 'url', 'ann.example');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      const local = () => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`).join('\n');
      expect(local()).to.include('Great piece');
      expect(local()).to.not.include('ann@example.com');
      expect(sessionStorage.getItem(draftKey('42', null))).to.include('ann@example.com'); // part of the draft, this session only
      await submitFor(el, 'comment-success');
      expect(local()).to.not.include('ann@example.com');
      expect(local()).to.not.include('Great piece'); // the draft is gone after a success
      expect(sessionStorage.getItem(draftKey('42', null))).to.equal(null);
      expect(['content', 'name', 'email', 'url'].map((id) => control(el, id as 'name').value)).to.deep.equal(['', '', '', '']);
    });

    it('should remember the commenter with consent, keep them in the form and fill the next form', async () => {
      stubFetch(json(201, {}));
      const el = await form();
      await fillValid(el);
      control(el, 'consent').click();
      await submitFor(el, 'comment-success');
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(COMMENTER_KEY)!)).to.deep.equal({ name: 'Ann Lee', email: 'ann@example.com', url: '' });
      expect([control(el, 'content').value, control(el, 'name').value, control(el, 'email').value]).to.deep.equal(['', 'Ann Lee', 'ann@example.com']);
      expect(control(el, 'consent').checked).to.equal(true);
      const next = await form('endpoint="/x" article-id="43"');
      expect(control(next, 'name').value).to.equal('Ann Lee');
      expect(control(next, 'email').value).to.equal('ann@example.com');
      expect(control(next, 'consent').checked).to.equal(true);
    });

    it('should forget the commenter when a comment is posted with the box unticked', async () => {
      localStorage.setItem(COMMENTER_KEY, JSON.stringify({ name: 'Ann Lee', email: 'ann@example.com', url: '' }));
      stubFetch(json(201, {}));
      const el = await form();
      expect(control(el, 'consent').checked).to.equal(true);
      await type(el, 'content', 'Bye');
      control(el, 'consent').click();
      await submitFor(el, 'comment-success');
      expect(localStorage.getItem(COMMENTER_KEY)).to.equal(null);
      expect(control(el, 'name').value).to.equal('');
    });

    it('should keep the draft after a failure', async () => {
      const { el } = await failWith(respond(500, ''));
      el.remove(); // flushes
      expect(JSON.parse(localStorage.getItem(draftKey('42', null))!).content).to.equal('Great piece, thanks.');
    });
  });

  describe('article context', () => {
    it('should take the article id from the surrounding <news-article> context', async () => {
      const calls = stubFetch(json(201, {}));
      const host = await fixture<HTMLElement>(html`<div></div>`);
      new ContextProvider(host, { context: articleContext, initialValue: { id: 'ctx-1' } as Article });
      const el = document.createElement('comment-form');
      el.endpoint = '/x';
      host.append(el);
      await el.updateComplete;
      await fillValid(el);
      await submitFor(el, 'comment-success');
      expect(JSON.parse(calls[0].body).articleId).to.equal('ctx-1');
    });

    it('should prefer its own article-id', async () => {
      const calls = stubFetch(json(201, {}));
      const host = await fixture<HTMLElement>(html`<div></div>`);
      new ContextProvider(host, { context: articleContext, initialValue: { id: 'ctx-1' } as Article });
      host.innerHTML = '<comment-form endpoint="/x" article-id="own"></comment-form>';
      const el = host.firstElementChild as CommentForm;
      await el.updateComplete;
      await fillValid(el);
      await submitFor(el, 'comment-success');
      expect(JSON.parse(calls[0].body).articleId).to.equal('own');
    });
  });

  describe('language and direction', () => {
    it('should speak French under lang="fr"', async () => {
      stubFetch(json(201, { status: 'pending' }));
      const el = await form('endpoint="/x" article-id="42"', (tag) => `<div lang="fr-CA">${tag}</div>`);
      expect(q(el, 'h2')!.textContent).to.equal('Laisser un commentaire');
      expect(q(el, 'label[for=content]')!.textContent!.trim()).to.equal('Commentaire *');
      expect(submitButton(el).textContent!.trim()).to.equal('Publier le commentaire');
      await submit(el);
      expect(errorOf(el, 'email')).to.equal('Veuillez indiquer votre adresse e-mail.');
      expect(alertText(el)).to.equal('3 champs demandent votre attention.');
      await fillValid(el);
      await submitFor(el, 'comment-success');
      await el.updateComplete;
      expect(statusText(el)).to.equal('Votre commentaire est en attente de modération.');
    });

    it('should format numbers and times in French', async () => {
      const { detail } = await failWith(respond(429, '', { headers: { 'Retry-After': '120' } }), 'lang="fr"');
      expect(detail.message).to.equal('Vous publiez trop vite. Votre texte est conservé : réessayez dans 2 minutes.');
    });

    it('should let the strings property override any text', async () => {
      const el = await form('endpoint="/x" reply-to="Bo"');
      el.strings = { submit: 'Send', replyHeading: 'Answer {name}', contentMissing: 'Say something!' };
      await el.updateComplete;
      expect(submitButton(el).textContent!.trim()).to.equal('Send');
      expect(q(el, 'h2')!.textContent).to.equal('Answer \u2068Bo\u2069');
      await submit(el);
      expect(errorOf(el, 'content')).to.equal('Say something!');
    });

    it('should mirror its layout with dir="rtl"', async () => {
      const el = await form('endpoint="/x"', (tag) => `<div dir="rtl" lang="ar" style="width: 600px">${tag}</div>`);
      const box = control(el, 'consent').getBoundingClientRect();
      const label = q(el, 'label[for=consent]')!.getBoundingClientRect();
      expect(box.left).to.be.above(label.left); // checkbox on the right, text to its left
      const textarea = control(el, 'content').getBoundingClientRect();
      const button = submitButton(el).getBoundingClientRect();
      expect(Math.round(button.right)).to.equal(Math.round(textarea.right)); // button starts at the right edge
    });
  });
});
