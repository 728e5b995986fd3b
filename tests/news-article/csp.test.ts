import { expect } from '@open-wc/testing';
import { fullArticle } from '../fixtures/articles.js';

type TestWindow = Window & { __violations: string[]; __xss?: number };

/** Loads `body` into an iframe page served with a strict CSP (and Trusted Types) and the built bundle. */
async function cspPage(body: string, csp: 'strict' | 'strict-tt'): Promise<TestWindow> {
  const iframe = document.createElement('iframe');
  iframe.src = `/test-api/page?${new URLSearchParams({ csp, body })}`;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  const win = iframe.contentWindow as TestWindow;
  await win.customElements.whenDefined('news-article');
  const el = win.document.querySelector('news-article') as unknown as { updateComplete: Promise<unknown> };
  await new Promise((resolve) => setTimeout(resolve, 100));
  await el.updateComplete;
  return win;
}

// As a CMS must print it: `<` escaped so text in the JSON cannot close the script element.
const inline = (data: unknown) =>
  `<news-article><script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script></news-article>`;

for (const csp of ['strict', 'strict-tt'] as const) {
  describe(`<news-article> under a ${csp === 'strict' ? 'strict CSP' : 'strict CSP with Trusted Types enforced'}`, () => {
    it('should render, sanitize HTML and write JSON-LD with no violation', async () => {
      const data = { ...fullArticle, body: [...fullArticle.body, { type: 'html', html: '<p class="x">kept <b>bold</b></p>' }] };
      const win = await cspPage(inline(data), csp);
      const el = win.document.querySelector('news-article')!;
      expect(el.shadowRoot!.querySelector('h1')!.textContent).to.equal('China Sees Chance to Woo Canada');
      expect(el.shadowRoot!.querySelector('[part="body"] b')!.textContent).to.equal('bold');
      const ld = el.querySelector('script[type="application/ld+json"]') as HTMLScriptElement;
      expect(JSON.parse(ld.text).headline).to.equal('China Sees Chance to Woo Canada');
      // Styles still apply: Lit's adopted stylesheets are allowed by style-src 'self'.
      expect(win.getComputedStyle(el.shadowRoot!.querySelector('[part="section"]')!).textTransform).to.equal('uppercase');
      expect(win.__violations).to.deep.equal([]);
    });

    it('should render hostile HTML inertly', async () => {
      const data = { ...fullArticle, body: '<p>kept</p><img src=x onerror="window.__xss=1"><script>window.__xss=1</script>' };
      const win = await cspPage(inline(data), csp);
      const body = win.document.querySelector('news-article')!.shadowRoot!.querySelector('[part="body"]')!;
      expect(body.querySelector('p')!.textContent).to.equal('kept');
      expect(body.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
      expect(win.__xss).to.equal(undefined);
      // Chromium reports each inline handler it meets while parsing into an inert tree, even though
      // the handler never runs and is removed: that report is the only one allowed.
      for (const violation of win.__violations) expect(violation).to.match(/^script-src-attr /);
    });
  });
}
