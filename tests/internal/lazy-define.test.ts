import { expect, fixture, html } from '@open-wc/testing';
import { defineLazily } from '../../src/internal/lazy-define.js';

/**
 * Tags made up for each test (a tag can be defined only once per page), with a `load` that counts
 * its calls and defines the tag, as a chunk's define module does.
 */
let counter = 0;
function lazyTag() {
  const tag = `lazy-probe-${++counter}`;
  const calls = { count: 0 };
  const load = async () => {
    calls.count++;
    if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
  };
  return { tag, calls, load };
}

const defined = (tag: string, timeout = 2000) =>
  Promise.race([customElements.whenDefined(tag).then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeout))]);
const frames = async (count = 3) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('defineLazily', () => {
  it('should not load an element far below the viewport, and load it when it comes within the margin', async () => {
    const probe = lazyTag();
    const page = await fixture(html`<div><div style="height: 300vh"></div></div>`);
    page.insertAdjacentHTML('beforeend', `<${probe.tag}>far below</${probe.tag}>`);
    defineLazily([probe], { margin: '50% 0px' });
    await frames();
    expect(probe.calls.count, 'not near yet').to.equal(0);
    page.querySelector(probe.tag)!.scrollIntoView({ block: 'end' });
    expect(await defined(probe.tag)).to.equal(true);
    expect(probe.calls.count).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('should load at once with loading="eager", wherever the element is', async () => {
    const probe = lazyTag();
    const page = await fixture(html`<div><div style="height: 300vh"></div></div>`);
    page.insertAdjacentHTML('beforeend', `<${probe.tag} loading="eager"></${probe.tag}>`);
    defineLazily([probe]);
    expect(await defined(probe.tag)).to.equal(true);
  });

  it('should load when focus enters the element', async () => {
    const probe = lazyTag();
    const page = await fixture(html`<div><div style="height: 300vh"></div></div>`);
    page.insertAdjacentHTML('beforeend', `<${probe.tag}><button>inside</button></${probe.tag}>`);
    defineLazily([probe], { margin: '0px' });
    await frames();
    expect(probe.calls.count).to.equal(0);
    page.querySelector('button')!.focus({ preventScroll: true });
    expect(await defined(probe.tag)).to.equal(true);
  });

  it('should find elements added later: by script, by innerHTML, inside open shadow roots, and in shadow roots attached on upgrade', async () => {
    const byScript = lazyTag();
    const byInnerHtml = lazyTag();
    const inShadow = lazyTag();
    const inLateShadow = lazyTag();
    const page = await fixture(html`<div></div>`);
    defineLazily([byScript, byInnerHtml, inShadow, inLateShadow]);

    page.append(document.createElement(byScript.tag));
    page.insertAdjacentHTML('beforeend', `<div><${byInnerHtml.tag}></${byInnerHtml.tag}></div>`);
    const host = document.createElement('div');
    page.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>shadow content</p>';
    await frames(1);
    host.shadowRoot!.append(document.createElement(inShadow.tag)); // added after the root was found

    // A custom element that attaches its shadow root only when it upgrades, after it was found.
    const wrapperTag = `lazy-wrapper-${counter}`;
    page.append(document.createElement(wrapperTag));
    await frames(1);
    customElements.define(
      wrapperTag,
      class extends HTMLElement {
        connectedCallback() {
          this.attachShadow({ mode: 'open' });
          queueMicrotask(() => this.shadowRoot!.append(document.createElement(inLateShadow.tag)));
        }
      },
    );
    for (const probe of [byScript, byInnerHtml, inShadow, inLateShadow]) expect(await defined(probe.tag), probe.tag).to.equal(true);
  });

  it('should load a tag once, whatever the number of elements and of copies of the library watching', async () => {
    const probe = lazyTag();
    const page = await fixture(html`<div></div>`);
    const otherCopy = { tag: probe.tag, calls: { count: 0 }, load: async () => void otherCopy.calls.count++ };
    defineLazily([probe]);
    defineLazily([otherCopy]); // a second bundle on the page: the tag is already claimed
    page.innerHTML = `<${probe.tag}></${probe.tag}><${probe.tag}></${probe.tag}><${probe.tag} loading="eager"></${probe.tag}>`;
    expect(await defined(probe.tag)).to.equal(true);
    await frames();
    expect(probe.calls.count).to.equal(1);
    expect(otherCopy.calls.count).to.equal(0);
  });

  it('should wait for the page to have its size before deciding what is near', async () => {
    const probe = lazyTag();
    let ready!: () => void;
    const page = await fixture(html`<div></div>`);
    page.insertAdjacentHTML('beforeend', `<${probe.tag}></${probe.tag}>`); // in view while the page is short
    defineLazily([probe], { ready: new Promise<void>((resolve) => (ready = resolve)) });
    await frames();
    expect(probe.calls.count, 'nothing decided before ready').to.equal(0);
    ready();
    expect(await defined(probe.tag)).to.equal(true);
  });

  it('should try again later when the code cannot be loaded, and say so on the console', async () => {
    const tag = `lazy-probe-${++counter}`;
    let attempts = 0;
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args[0]);
    try {
      const page = await fixture(html`<div></div>`);
      page.insertAdjacentHTML('beforeend', `<${tag}><button>inside</button></${tag}>`);
      const load = async () => {
        attempts++;
        if (attempts === 1) throw new Error('offline');
        customElements.define(tag, class extends HTMLElement {});
      };
      defineLazily([{ tag, load }]);
      await frames();
      expect(attempts).to.equal(1);
      expect(String(errors[0])).to.contain(`<${tag}>`);
      page.querySelector('button')!.focus(); // the reader reaches it again
      expect(await defined(tag)).to.equal(true);
      expect(attempts).to.equal(2);
    } finally {
      console.error = consoleError;
    }
  });
});
