import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CommentForm } from '../../src/comment-form/comment-form.js';

/**
 * The built bundle (dist/news-elements.js, `npx vite build` first) on a page with a strict CSP
 * (script-src 'self'; style-src 'self') and Trusted Types enforced, in an iframe.
 */
async function strictPage(body: string): Promise<Window & { __violations: string[] }> {
  const src = `/test-api/page?${new URLSearchParams({ csp: 'strict-tt', body })}`;
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${src} title="strict page" style="width: 700px; height: 1100px"></iframe>`);
  if (frame.contentDocument?.readyState !== 'complete') await oneEvent(frame, 'load');
  const win = frame.contentWindow as Window & { __violations: string[] };
  await win.customElements.whenDefined('comment-form');
  return win;
}

describe('<comment-form> under a strict CSP with Trusted Types', () => {
  it('should render, validate, type and post without a single CSP violation', async () => {
    const win = await strictPage('<comment-form endpoint="/test-api/echo" article-id="42"></comment-form>');
    const el = win.document.querySelector('comment-form') as CommentForm;
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Leave a Reply');
    // styles applied (adopted stylesheets are allowed by style-src 'self')
    expect(win.getComputedStyle(root.querySelector('form')!).display).to.equal('grid');

    (root.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(root.querySelector('#content-error')!.textContent).to.equal('Please type your comment.');
    expect(root.activeElement).to.equal(root.querySelector('#content'));

    await sendKeys({ type: 'Posted from a strict page' });
    (root.querySelector('#name') as HTMLInputElement).focus();
    await sendKeys({ type: 'Ann' });
    (root.querySelector('#email') as HTMLInputElement).focus();
    await sendKeys({ type: 'ann@example.com' });
    const success = oneEvent(el, 'comment-success');
    await sendKeys({ press: 'Enter' });
    const { detail } = await success;
    await el.updateComplete;
    expect(JSON.parse((detail.response as { body: string }).body).content).to.equal('Posted from a strict page');
    expect(root.querySelector('[role=status]')!.textContent!.trim()).to.equal('Your comment has been posted.');
    expect(win.__violations).to.deep.equal([]);
  });

  it('should show server errors as text on the strict page', async () => {
    const endpoint = `/test-api/respond?${new URLSearchParams({ status: '400', body: '{"message":"<img src=x onerror=alert(1)>No <b>links</b>"}' })}`;
    const win = await strictPage(`<comment-form endpoint="${endpoint.replace(/&/g, '&amp;')}" article-id="42" require-name-email="false"></comment-form>`);
    const el = win.document.querySelector('comment-form') as CommentForm;
    await el.updateComplete;
    (el.shadowRoot!.querySelector('#content') as HTMLTextAreaElement).focus();
    await sendKeys({ type: 'Hi' });
    const error = oneEvent(el, 'comment-error');
    await sendKeys({ press: 'Control+Enter' });
    expect((await error).detail.message).to.equal('No links');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent!.trim()).to.equal('No links');
    expect(win.__violations).to.deep.equal([]);
  });
});
