import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate } from '../../../src/representations/images/partialDate.ts';

describe('parsePartialDate', () => {
  it('reads xsd:date, xsd:gYearMonth and xsd:gYear as the days they cover', () => {
    const day = parsePartialDate('2012-05-17');
    expect(day).toMatchObject({ year: 2012, month: 5, day: 17, precision: 'day' });
    expect(day.end - day.start).toBe(1);
    expect(parsePartialDate('2012-02')).toMatchObject({ precision: 'month' });
    expect(parsePartialDate('2012-02').end - parsePartialDate('2012-02').start).toBe(29);
    expect(parsePartialDate('2013').end - parsePartialDate('2013').start).toBe(365);
    expect(parsePartialDate('2012-05-17Z').start).toBe(day.start);
    expect(parsePartialDate('2012-05-17+02:00').start).toBe(day.start);
  });

  it('rejects what is not one of the three forms, and impossible days', () => {
    for (const bad of ['17 May 2012', '2012-13', '2012-02-30', '2012-5-1', '']) {
      expect(() => parsePartialDate(bad)).toThrow(RangeError);
    }
  });
});

describe('formatPartialDate', () => {
  it('writes English and French dates as precise as they are', () => {
    expect(formatPartialDate(parsePartialDate('2012-05-17'))).toBe('17 May 2012');
    expect(formatPartialDate(parsePartialDate('2012-05-17'), 'fr')).toBe('17 mai 2012');
    expect(formatPartialDate(parsePartialDate('2012-05-01'), 'fr')).toBe('1er mai 2012');
    expect(formatPartialDate(parsePartialDate('2013-02'), 'fr')).toBe('février 2013');
    expect(formatPartialDate(parsePartialDate('2013-02'), 'en')).toBe('February 2013');
    expect(formatPartialDate(parsePartialDate('2013'), 'fr')).toBe('2013');
  });
});
