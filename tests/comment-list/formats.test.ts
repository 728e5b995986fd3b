import { expect } from '@open-wc/testing';
import { commentFormats } from '../../src/comment-list/formats.js';

describe('comment-list formats', () => {
  const now = Date.parse('2024-05-10T12:00:00Z');
  const en = commentFormats('en-US');

  it('should say relative times within a week', () => {
    expect(en.label(new Date(now - 20_000), now)).to.equal('now');
    expect(en.label(new Date(now - 5 * 60_000), now)).to.equal('5 minutes ago');
    expect(en.label(new Date(now - 3 * 3600_000), now)).to.equal('3 hours ago');
    expect(en.label(new Date(now - 86400_000), now)).to.equal('yesterday');
    expect(en.label(new Date(now - 6 * 86400_000), now)).to.equal('6 days ago');
  });

  it('should say "now" for a server clock slightly ahead', () => {
    expect(en.label(new Date(now + 120_000), now)).to.equal('now');
  });

  it('should give the absolute date after a week', () => {
    const label = en.label(new Date('2024-03-01T10:00:00Z'), now);
    expect(label).to.match(/March 1, 2024/);
  });

  it('should follow the language', () => {
    const fr = commentFormats('fr');
    expect(fr.label(new Date(now - 3 * 3600_000), now)).to.equal('il y a 3 heures');
  });

  it('should survive a malformed lang', () => {
    expect(() => commentFormats('not a lang!').label(new Date(now), now)).not.to.throw();
  });
});
