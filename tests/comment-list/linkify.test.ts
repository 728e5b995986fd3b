import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { linkify, splitLinks } from '../../src/comment-list/linkify.js';

function rendered(text: string): HTMLElement {
  const div = document.createElement('div');
  document.body.append(div);
  render(linkify(text), div);
  return div;
}

describe('comment-list linkify', () => {
  afterEach(() => document.querySelectorAll('body > div').forEach((d) => d.remove()));

  it('should link http and https URLs and leave the rest as text', () => {
    expect(splitLinks('see https://a.example/x?y=1#z and http://b.example.')).to.deep.equal([
      'see ',
      { href: 'https://a.example/x?y=1#z', text: 'https://a.example/x?y=1#z' },
      ' and ',
      { href: 'http://b.example', text: 'http://b.example' },
      '.',
    ]);
  });

  it('should trim sentence punctuation and unbalanced brackets but keep balanced ones', () => {
    expect(splitLinks('(see https://en.wikipedia.org/wiki/Ada_(language)).')).to.deep.equal([
      '(see ',
      { href: 'https://en.wikipedia.org/wiki/Ada_(language)', text: 'https://en.wikipedia.org/wiki/Ada_(language)' },
      ').',
    ]);
    expect(splitLinks('"https://a.example/q?x=1",')[1]).to.deep.equal({ href: 'https://a.example/q?x=1', text: 'https://a.example/q?x=1' });
  });

  it('should not link javascript:, data: or other schemes, nor a bare scheme', () => {
    for (const text of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://x.example', 'https://', 'vbscript:x']) {
      expect(splitLinks(text), text).to.deep.equal([text]);
    }
  });

  it('should render links with rel="ugc nofollow noopener" and nothing else as markup', () => {
    const div = rendered('<b>bold</b> <img src=x onerror=alert(1)> https://a.example/<script>alert(1)</script>');
    const links = div.querySelectorAll('a');
    expect(links.length).to.equal(1);
    expect(links[0].getAttribute('href')).to.equal('https://a.example/');
    expect(links[0].rel).to.equal('ugc nofollow noopener');
    expect(div.querySelectorAll('b, img, script').length).to.equal(0);
    expect(div.textContent).to.contain('<b>bold</b> <img src=x onerror=alert(1)>').and.contain('<script>alert(1)</script>');
  });

  it('should keep line breaks: blank lines make paragraphs, single ones stay in the text', () => {
    const div = rendered('first line\nsecond line\r\n\r\n  \nnew paragraph https://a.example\nlast');
    const paragraphs = div.querySelectorAll('p');
    expect(paragraphs.length).to.equal(2);
    expect(paragraphs[0].textContent).to.equal('first line\nsecond line');
    expect(paragraphs[1].textContent).to.equal('new paragraph https://a.example\nlast');
    paragraphs.forEach((p) => (p.style.whiteSpace = 'pre-line'));
    expect(paragraphs[0].innerText).to.equal('first line\nsecond line');
  });

  it('should not start a link in the middle of a word or an email address', () => {
    expect(splitLinks('xhttps://a.example')).to.deep.equal(['xhttps://a.example']);
    expect(splitLinks('me@https://a.example')).to.deep.equal(['me@https://a.example']);
  });
});
