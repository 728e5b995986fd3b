import { expect } from '@open-wc/testing';
import { cleanLine, cleanText, isBlank, isolate, isWellFormed } from '../../src/internal/text.js';

describe('internal/text: what counts as text', () => {
  it('should remove control characters except tab and line feed, and make every line break \\n', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\r\nh\ri')).to.equal('abcdef\tg\nh\ni');
  });

  it('should remove format characters (zero-width space, bidi controls, BOM, soft hyphen) but keep joiners and emoji tags', () => {
    expect(cleanText('a\u200bb\u202ec\u2066d\u2069e\ufefff\u00adg\u200eh')).to.equal('abcdefgh');
    const family = '👨\u200d👩\u200d👧';
    const persian = 'می\u200cخواهم';
    const scotland = '🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}';
    expect([cleanText(family), cleanText(persian), cleanText(scotland)]).to.deep.equal([family, persian, scotland]);
  });

  it('should put a one-line value on one line', () => {
    expect(cleanLine('Ada\n\tLovelace\r\n')).to.equal('Ada  Lovelace ');
  });

  it('should call blank what a reader cannot see', () => {
    for (const blank of ['', ' \n\t', '\u200b\u200b', '\u2800', '\u3164', '\u115f\u1160', '\uffa0', '\u200d\u200c', '\u00a0\u3000', '\u202e \u2066'])
      expect(isBlank(blank), JSON.stringify(blank)).to.equal(true);
    for (const visible of ['a', '.', '😀', '\u200bx', 'ㅤa']) expect(isBlank(visible), JSON.stringify(visible)).to.equal(false);
  });

  it('should refuse lone surrogates and accept pairs', () => {
    expect([isWellFormed('\ud800'), isWellFormed('a\udc00b'), isWellFormed('😀 ok')]).to.deep.equal([false, false, true]);
  });

  it('should isolate a value with first-strong isolate … pop directional isolate', () => {
    expect(isolate('\u202eevil')).to.equal('\u2068\u202eevil\u2069');
  });
});
