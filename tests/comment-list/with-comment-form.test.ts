// <comment-list> with the real <comment-form>: replying and posting by keyboard only.
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/comment-list/define.js';
import '../../src/comment-form/define.js';
import type { CommentList } from '../../src/comment-list/comment-list.js';
import { $, $$, authors, deepActiveElement, expectFocusOn } from './helpers.js';

const thread = [
  { id: 1, author: { name: 'Ada Lovelace' }, content: 'First!', date: '2024-05-10T09:00:00Z' },
  { id: 2, parentId: 1, author: { name: 'Grace Hopper' }, content: 'A reply', date: '2024-05-10T10:00:00Z' },
];

describe('<comment-list> with <comment-form>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('should render a thread once when the form element is already defined (reply buttons from the start)', async () => {
    const list = document.createElement('comment-list');
    let renders = 0;
    const render = list.render.bind(list);
    list.render = () => (renders++, render());
    list.comments = thread;
    document.body.append(list);
    try {
      await list.updateComplete;
      await nextFrame();
      await nextFrame();
      expect($$(list, '[part="reply-button"]').length).to.equal(2);
      expect(renders).to.equal(1);
    } finally {
      list.remove();
    }
  });

  it('should reply, post and show the reply nested — keyboard only', async () => {
    const wrapper = await fixture(html`<div>
      <comment-list article-id="a1" .comments=${thread}></comment-list>
      <comment-form article-id="a1" endpoint="/test-api/echo"></comment-form>
    </div>`);
    const list = wrapper.querySelector('comment-list')!;
    await list.updateComplete;
    const reply = $$(list, '[part="reply-button"]')[0];
    reply.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.localName === 'textarea', 'the reply form focuses its comment box');
    const form = $(list, 'comment-form')!;
    expect(form.getAttribute('parent-id')).to.equal('1');
    expect(form.getAttribute('endpoint')).to.equal('/test-api/echo'); // copied from the page's form
    expect(form.shadowRoot!.textContent).to.contain('Ada Lovelace'); // "Leave a Reply to Ada Lovelace"

    await sendKeys({ type: 'Agreed, and thanks.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Zoë' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'zoe@example.com' });
    const success = oneEvent(list, 'comment-success');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Post Comment');
    await sendKeys({ press: 'Enter' });
    await success;
    await list.updateComplete;
    await nextFrame();

    expect($$(list, 'comment-form').length).to.equal(0);
    const added = $$(list, 'article').find((a) => a.textContent!.includes('Agreed, and thanks.'))!;
    expect(added, 'the reply is shown').to.be.an('HTMLElement');
    expect(added.closest('ol ol')!.closest('li')!.querySelector('[part="author"]')!.textContent).to.equal('Ada Lovelace');
    expectFocusOn(added);
  });

  it("should give a reply form the page form's endpoint and format set as properties (as React 19, Vue and Svelte set them)", async () => {
    const wrapper = await fixture(html`<div>
      <comment-list article-id="a1" .comments=${thread}></comment-list>
      <comment-form article-id="a1" .endpoint=${'/test-api/echo'} .format=${'form'} .timeout=${1234}></comment-form>
    </div>`);
    const list = wrapper.querySelector('comment-list')!;
    await list.updateComplete;
    $$(list, '[part="reply-button"]')[0].click();
    await list.updateComplete;
    const form = $<HTMLElement & { endpoint: string; format: string; timeout: number }>(list, 'comment-form')!;
    expect([form.endpoint, form.format, form.timeout]).to.deep.equal(['/test-api/echo', 'form', 1234]);
    expect(form.shadowRoot!.textContent).not.to.contain('no address');
  });

  it('should close the reply form on "Cancel reply" and return focus to Reply', async () => {
    const list = await fixture<CommentList>(html`<comment-list article-id="a1" endpoint="/test-api/echo" .comments=${thread}></comment-list>`);
    const reply = $$(list, '[part="reply-button"]')[1];
    reply.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.localName === 'textarea');
    await sendKeys({ press: 'Shift+Tab' });
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Cancel reply');
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
    await nextFrame();
    expect($$(list, 'comment-form').length).to.equal(0);
    expectFocusOn(reply);
  });

  it('should insert what the page form posts for the same article', async () => {
    const wrapper = await fixture(html`<div>
      <comment-list article-id="a1" .comments=${thread}></comment-list>
      <comment-form article-id="a1" endpoint="/test-api/echo"></comment-form>
    </div>`);
    const list = wrapper.querySelector('comment-list')!;
    const form = wrapper.querySelector('comment-form')!;
    await (form as unknown as { focusComment(): Promise<void> }).focusComment();
    await sendKeys({ type: 'Top-level words' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Bo' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'bo@example.com' });
    const success = oneEvent(form, 'comment-success');
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()!.textContent!.trim()).to.equal('Post Comment');
    await sendKeys({ press: 'Enter' });
    await success;
    await list.updateComplete;
    expect(authors(list)).to.deep.equal(['Ada Lovelace', 'Grace Hopper', 'Bo']);
  });

  it('should be accessible with the real reply form open', async () => {
    const list = await fixture<CommentList>(html`<comment-list article-id="a1" endpoint="/test-api/echo" .comments=${thread}></comment-list>`);
    $(list, '[part="reply-button"]')!.click();
    await list.updateComplete;
    await ($(list, 'comment-form') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await expect(list).to.be.accessible();
  });
});
