import { expect } from '@open-wc/testing';
import { safeUrl, sanitizeHTML, sanitizeInert, textOfHTML } from '../../src/sanitize/sanitize.js';
import { HOSTILE_HTML } from './corpus.js';
import { MAX_NESTING_DEPTH } from '../../src/internal/limits.js';

declare global {
  interface Window {
    __xss?: number;
  }
}


const DANGEROUS_ELEMENTS =
  'script, style, iframe, object, embed, form, base, meta, link, svg, math, template, noscript, input, button, video, source';

function assertInert(container: Element): void {
  expect(container.querySelector(DANGEROUS_ELEMENTS), container.innerHTML).to.equal(null);
  for (const el of container.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name, `${el.localName}[${attr.name}]`).not.to.match(/^on|^style$|^id$|^name$|^srcdoc$|^target$/i);
      if (['href', 'src', 'cite', 'action', 'xlink:href'].includes(attr.name)) {
        const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        expect(value, `${el.localName}[${attr.name}]`).not.to.match(/^(javascript|vbscript):/);
        if (value.startsWith('data:')) expect(el.localName === 'img' && value.startsWith('data:image/')).to.equal(true);
      }
    }
  }
}

describe('sanitizeHTML', () => {
  afterEach(() => {
    delete window.__xss;
  });

  it('should unwrap elements nested deeper than MAX_NESTING_DEPTH, keeping their text', () => {
    const nested = (depth: number) => `${'<span>'.repeat(depth - 1)}<b>x</b>${'</span>'.repeat(depth - 1)}`;
    expect(sanitizeInert(nested(MAX_NESTING_DEPTH)).querySelector('b')).not.to.equal(null);
    const deeper = sanitizeInert(nested(MAX_NESTING_DEPTH + 1));
    expect([deeper.querySelector('b'), deeper.textContent]).to.deep.equal([null, 'x']);
  });

  it('should keep allowed formatting, links, lists, images, figures and tables', () => {
    const container = document.createElement('div');
    container.append(
      sanitizeHTML(
        '<p><strong>Bold</strong> <em>it</em> <a href="https://example.com/a" title="t">link</a></p>' +
          '<ul><li>one</li></ul><figure><img src="/x.png" alt="X" width="10" height="5"><figcaption>c</figcaption></figure>' +
          '<table><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2">d</td></tr></tbody></table>',
      ),
    );
    expect(container.querySelector('strong')!.textContent).to.equal('Bold');
    const link = container.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/a');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(link.title).to.equal('t');
    const img = container.querySelector('img')!;
    expect([img.getAttribute('src'), img.alt, img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['/x.png', 'X', '10', '5']);
    expect(container.querySelector('figcaption')!.textContent).to.equal('c');
    expect(container.querySelector('td')!.getAttribute('colspan')).to.equal('2');
    expect(container.querySelector('th')!.getAttribute('scope')).to.equal('col');
  });

  it('should unwrap unknown elements but keep their text', () => {
    const container = document.createElement('div');
    container.append(sanitizeHTML('<p>a <x-custom>b</x-custom> <font color="red">c</font></p>'));
    expect(container.innerHTML).to.equal('<p>a b c</p>');
    // Tags named like inherited object keys are not allowed ones.
    const keys = document.createElement('div');
    keys.append(sanitizeHTML('<constructor title="t">d</constructor><valueof>e</valueof><tostring>f</tostring>'));
    expect(keys.innerHTML).to.equal('def');
  });

  it('should keep data:image URLs on images only', () => {
    const container = document.createElement('div');
    container.append(sanitizeHTML('<img src="data:image/png;base64,iVBORw0KGgo=" alt=""><a href="data:image/png;base64,AA">x</a>'));
    expect(container.querySelector('img')!.getAttribute('src')).to.equal('data:image/png;base64,iVBORw0KGgo=');
    expect(container.querySelector('a')!.hasAttribute('href')).to.equal(false);
  });

  it('should neutralise every hostile input: nothing executes, nothing dangerous reaches the DOM', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    try {
      for (const input of HOSTILE_HTML) {
        const fragment = sanitizeHTML(input);
        container.append(fragment);
        assertInert(container);
      }
      await new Promise((resolve) => setTimeout(resolve, 100)); // let any load/error handler fire
      expect(window.__xss).to.equal(undefined);
      expect(document.getElementById('__xss')).to.equal(null);
    } finally {
      container.remove();
    }
  });

  it('should return an empty fragment for non-strings', () => {
    expect(sanitizeHTML(undefined).childNodes.length).to.equal(0);
    expect(sanitizeHTML({ toString: () => '<img src=x onerror=alert(1)>' }).childNodes.length).to.equal(0);
  });
});

describe('sanitizeInert', () => {
  it('should give the cleaned tree, still owned by an inert document, which sanitizeHTML copies into the page', () => {
    const hostile = '<p is="x-evil" onclick="x">kept <a href="javascript:x">a</a></p><table><tr><td>c</td></tr></table><script>x</script>';
    const tree = sanitizeInert(hostile);
    expect(tree.ownerDocument).not.to.equal(document);
    const [inert, page] = [tree, sanitizeHTML(hostile)].map((fragment) => {
      const container = document.createElement('div');
      container.append(document.importNode(fragment, true));
      return container.innerHTML;
    });
    expect(inert).to.equal(page);
    expect(inert).to.equal('<p>kept <a>a</a></p><div class="table-scroll" tabindex="0"><table><tbody><tr><td>c</td></tr></tbody></table></div>');
  });

  it('should keep markup nested too deeply as text, unparsed', () => {
    const deep = '<b>'.repeat(1001);
    expect(sanitizeInert(deep).textContent).to.equal(deep);
  });
});

describe('textOfHTML', () => {
  it('should give the visible text without markup or script text', () => {
    expect(textOfHTML('<p>Hello <b>world</b></p><script>evil()</script>')).to.equal('Hello world');
  });
});

describe('safeUrl', () => {
  it('should accept http(s), relative, mailto and tel links', () => {
    expect(safeUrl('https://example.com/a')).to.equal('https://example.com/a');
    expect(safeUrl(' /authors/ada ')).to.equal('/authors/ada');
    expect(safeUrl('mailto:ada@example.com')).to.equal('mailto:ada@example.com');
    expect(safeUrl('tel:+15551234')).to.equal('tel:+15551234');
  });

  it('should refuse script URLs in every spelling', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' \tjavascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0001javascript:alert(1)', 'vbscript:x', 'data:text/html,<b>x</b>']) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('should allow data:image only for images', () => {
    expect(safeUrl('data:image/png;base64,AA', 'image')).to.equal('data:image/png;base64,AA');
    expect(safeUrl('data:image/png;base64,AA', 'link')).to.equal(undefined);
    expect(safeUrl('mailto:x@example.com', 'image')).to.equal(undefined);
  });

  it('should refuse non-strings and empty strings', () => {
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
    expect(safeUrl('   ')).to.equal(undefined);
  });
});
