import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/internal/locale.js';

const iso = (value: string) => parseDate(value)?.toISOString();

describe('internal/locale: parseDate', () => {
  it('should read UTC date-times, with or without seconds and fractions', () => {
    expect(iso('2026-01-14T09:30:00Z')).to.equal('2026-01-14T09:30:00.000Z');
    expect(iso('2026-01-14T09:30Z')).to.equal('2026-01-14T09:30:00.000Z');
    expect(iso('2026-01-14t09:30:05z')).to.equal('2026-01-14T09:30:05.000Z');
    expect(iso('  2026-01-14T09:30:05.295Z ')).to.equal('2026-01-14T09:30:05.295Z');
    // Digits past the milliseconds are cut off, not rounded (as `Date` does).
    expect(iso('2026-01-14T09:30:05.123456789Z')).to.equal('2026-01-14T09:30:05.123Z');
    expect(iso('2026-01-14T09:30:05.5Z')).to.equal('2026-01-14T09:30:05.500Z');
  });

  it('should apply an offset, with or without its colon, across a day boundary', () => {
    expect(iso('2026-01-14T09:30:00+05:30')).to.equal('2026-01-14T04:00:00.000Z');
    expect(iso('2026-01-14T22:15:00-0345')).to.equal('2026-01-15T02:00:00.000Z');
    expect(iso('2026-03-01T00:10:00+01:00')).to.equal('2026-02-28T23:10:00.000Z');
  });

  it('should read a date alone as midnight UTC, and a time without a zone as local time', () => {
    expect(iso('2026-01-14')).to.equal('2026-01-14T00:00:00.000Z');
    expect(parseDate('2026-01-14T09:30')!.getTime()).to.equal(new Date(2026, 0, 14, 9, 30).getTime());
    expect(parseDate('2026-07-04 18:05:09.25')!.getTime()).to.equal(new Date(2026, 6, 4, 18, 5, 9, 250).getTime());
  });

  it('should keep years below 100 as they are', () => {
    expect(parseDate('0050-06-01T12:00:00Z')!.getUTCFullYear()).to.equal(50);
    expect(parseDate('0007-01-01')!.getUTCFullYear()).to.equal(7);
  });

  it('should know leap years', () => {
    expect(iso('2024-02-29')).to.equal('2024-02-29T00:00:00.000Z');
    expect(iso('2000-02-29')).to.equal('2000-02-29T00:00:00.000Z');
    expect(parseDate('2026-02-29')).to.equal(undefined);
    expect(parseDate('1900-02-29')).to.equal(undefined);
  });

  it('should refuse impossible and loose dates', () => {
    const refused = [
      '2026-02-30', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-14T24:00:00Z', '2026-01-14T09:60Z',
      '2026-01-14T09:30:60Z', '2026-01-14T09:30+24:00', '2026-01-14T09:30+05:60', '1', 'Wed, 14 Jan 2026 09:30:00 GMT',
      '2026-1-14', '2026-01-14T9:30Z', '', 20260114, null, undefined, {},
    ];
    for (const value of refused) expect(parseDate(value), JSON.stringify(value)).to.equal(undefined);
  });
});
