import { expect } from '@open-wc/testing';
import { pageMessage, plainText } from '../../src/comment-form/plain-text.js';

/**
 * The regular-expressions version that the scan replaced (it takes minutes on a megabyte of
 * unclosed `<script` openings), with two changes: `&constructor;` no longer prints a native
 * function, and headings are `h1`–`h6` (it took `<h0>` and `<h7>`–`<h9>` for block tags too).
 * On short inputs it is the reference the scan must agree with.
 */
const REFERENCE_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…' };
const referenceCharOf = (code: number): string => String.fromCodePoint(code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? code : 0xfffd);
function referencePlainText(html: string): string {
  const text = html
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>|<\/?(p|div|br|li|h[1-6]|t[rd])\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?)?(\w+);/gi, (entity, hash: string | undefined, name: string) =>
      hash ? referenceCharOf(parseInt(name, hash[1] ? 16 : 10)) : Object.hasOwn(REFERENCE_ENTITIES, name) ? REFERENCE_ENTITIES[name] : entity,
    )
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(error|erreur)\s*:\s*/i, '');
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
function referencePageMessage(html: string): string {
  const box = /wp-die-message[^>]*>([\s\S]*?)<\/div>/i.exec(html);
  const text = referencePlainText(box ? box[1] : html);
  return box || text.length < 200 ? text : '';
}

/** A seeded random number generator (mulberry32): the same inputs on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces that random inputs are made of: every construct the conversion treats specially, broken up.
// (Malformed numeric references such as `&#12ab;` are left out: the reference turned them into
// characters by parseInt's leniency, the scan leaves them as written.)
const PIECES = [
  '<', '>', '/', '</', 'p', 'P', 'div', 'br', 'h1', 'h6', 'li', 'td', 'TR', 'pre', 'script', 'SCRIPT', 'style', 'title', 'head',
  '</script>', '</script >', '</ScRiPt\n>', '</style>', '</title>', '</head>', '<p>', '</p>', '<br/>', ' ', '\n', '\u00a0', 'a', '_',
  'Error:', 'erreur :', 'ERROR', ':', '&', '&amp;', '&lt;', '&gt;', 'amp', ';', '&hellip;', '&bogus;', '&constructor;', '&#8217;',
  '&#x2019;', '&#X41;', '&#0;', '&nbsp;', '"', 'wp-die-message', 'WP-Die-Message', '</div>', '</DIV>', '<div class="wp-die-message">',
];

const MEGABYTE = 1024 * 1024;
/** Hostile messages of about `size` characters, each a shape that made the regular expressions quadratic (or might). */
const hostile = (size: number): Record<string, string> => {
  const times = (piece: string) => piece.repeat(Math.ceil(size / piece.length));
  return {
    '<script openings without an end tag': times('<script'),
    '<STYLE> openings without an end tag': times('<STYLE>'),
    'a script whose end tags lack their >': `<script>${times('</script ')}`,
    '< without >': times('<'),
    'block tags without >': times('<p '),
    'closing block tags without >': times('</div'),
    'nested tags': `${times('<b')}${times('>')}`,
    'a long tag name': `<${times('a')}`,
    '& runs': times('&'),
    '&# runs': times('&#'),
    '&#x runs': times('&#x'),
    'references without ;': times('&amp'),
    'digits without ;': `&#${times('1')}`,
    'spaces': times(' \n\t'),
    'wp-die-message markers': times('wp-die-message'),
    'wp-die-message markers with > and no </div>': times('wp-die-message>'),
    'a wp-die-message box of <': `<div class="wp-die-message">${times('<')}`,
  };
};

/** Runs `fn` and returns how long it took, in ms. */
function time(fn: () => unknown): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

describe('comment-form plain text', () => {
  it('should turn server HTML into the sentence a reader sees', () => {
    expect(plainText('<p><strong>ERROR</strong>: Bad<script>alert(1)</script> input</p>')).to.equal('Bad input');
    const page = '<!DOCTYPE html><html><HEAD><title>Failure</title><style>p{color:red}</style></head><body><h1>Oops</h1><p>Try <em>again</em></p></body></html>';
    expect(plainText(page)).to.equal('Oops Try again');
    expect(plainText('one<br>two<div>three</div>four<li>five</TD>six')).to.equal('one two three four five six');
    expect(plainText('<SCRIPT type="x">gone</script  >kept<style>gone</STYLE\n>')).to.equal('kept');
    expect(plainText('Erreur : Commentaire   trop\n\n long.')).to.equal('Commentaire trop long.');
  });

  it('should take away the opening tag of a script without an end tag, and keep a < without >', () => {
    expect(plainText('<script>x = 1 and more')).to.equal('x = 1 and more');
    expect(plainText('1 < 2 and 3 <p 4')).to.equal('1 < 2 and 3 <p 4');
  });

  it('should decode numeric references and the known named ones, and leave everything else as written', () => {
    expect(plainText('&lt;img src=x onerror=alert(1)&gt; &#x2019;&#8217;&hellip;&bogus; &#0;')).to.equal('<img src=x onerror=alert(1)> ’’…&bogus; \ufffd');
    expect(plainText('&amp;lt; &#X41;&#65; &#x110000; &#xD800;')).to.equal('&lt; AA \ufffd \ufffd');
    // Names of Object.prototype members are not references: they print as written, never a native function.
    expect(plainText('&constructor; &__proto__; &toString; &hasOwnProperty;')).to.equal('&constructor; &__proto__; &toString; &hasOwnProperty;');
    expect(plainText('&#; &#x; &#12ab; &amp')).to.equal('&#; &#x; &#12ab; &amp');
  });

  it('should show at most 300 characters', () => {
    expect(plainText('a'.repeat(400))).to.equal(`${'a'.repeat(299)}…`);
    expect(plainText('a'.repeat(300))).to.have.length(300);
  });

  it("should read WordPress's wp_die box, a short page, and nothing of a long page", () => {
    const box = '<html><head><title>Comment Submission Failure</title></head><body><div class="wp-die-message"><p><strong>Error:</strong> Please type your comment text.</p></div><p>Back</p></body></html>';
    expect(pageMessage(box)).to.equal('Please type your comment text.');
    expect(pageMessage('<p>Comments are closed.</p>')).to.equal('Comments are closed.');
    expect(pageMessage(`<p>${'Long page. '.repeat(30)}</p>`)).to.equal('');
  });

  it('should agree with the regular-expressions version on 20,000 random short inputs', () => {
    const next = random(2024);
    const pick = () => PIECES[Math.floor(next() * PIECES.length)];
    const disagreements: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const input = Array.from({ length: Math.floor(next() * 14) }, pick).join('');
      if (plainText(input) !== referencePlainText(input) || pageMessage(input) !== referencePageMessage(input)) disagreements.push(input);
    }
    expect(disagreements.slice(0, 5)).to.deep.equal([]);
  });

  describe('hostile messages of 1 MB', () => {
    for (const [shape, input] of Object.entries(hostile(MEGABYTE))) {
      it(`should read ${shape} in well under a second`, () => {
        let text = '';
        let message = '';
        const textTime = time(() => (text = plainText(input)));
        const messageTime = time(() => (message = pageMessage(input)));
        expect(textTime, 'plainText ms').to.be.below(500);
        expect(messageTime, 'pageMessage ms').to.be.below(500);
        expect(text.length).to.be.at.most(300);
        expect(message.length).to.be.at.most(300);
      });
    }
  });
});
