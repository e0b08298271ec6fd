import { describe, expect, it } from 'vitest';
import { DateFormatError, monthNumber, parseDate, parseDateRange } from '../../src/import/dates.ts';

describe('parseDate', () => {
  it.each([
    ['17 May 2012', '2012-05-17', 'date'],
    ['7 Nov 2012', '2012-11-07', 'date'],
    ['25 february 2013', '2013-02-25', 'date'],
    ['29 Feb 2012', '2012-02-29', 'date'],
    ['Nov 2012', '2012-11', 'gYearMonth'],
    ['NOVEMBER 2012', '2012-11', 'gYearMonth'],
    ['Sep. 2011', '2011-09', 'gYearMonth'],
    ['2012', '2012', 'gYear'],
    ['  2 Nov 2012 ', '2012-11-02', 'date'],
  ])('reads %j as %s (%s)', (text, value, precision) => {
    expect(parseDate(text)).toEqual({ value, precision });
  });

  it.each([
    ['31 Foo 2012', 0],
    ['31 Nov 2012', 0],
    ['29 Feb 2013', 0],
    ['0 May 2012', 0],
    ['17 May', 0],
    ['May', 0],
    ['12', 0],
    ['2012-05-17', 0],
    ['', 0],
    ['  Mai 2012', 2],
  ])('refuses %j, pointing at offset %i', (text, offset) => {
    const error = (() => {
      try {
        parseDate(text);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DateFormatError);
    expect((error as DateFormatError).offset).toBe(offset);
    expect((error as DateFormatError).message).toMatch(/^expected a date like "17 May 2012", "7 Nov 2012", "Nov 2012" or "2012", found /);
  });
});

describe('parseDateRange', () => {
  it.each([
    ['October + November 2011', ['2011-10', 'gYearMonth'], ['2011-11', 'gYearMonth']],
    ['October 2011 - March 2012', ['2011-10', 'gYearMonth'], ['2012-03', 'gYearMonth']],
    ['Oct + Nov + Dec 2011', ['2011-10', 'gYearMonth'], ['2011-12', 'gYearMonth']],
    ['17 - 20 May 2012', ['2012-05-17', 'date'], ['2012-05-20', 'date']],
    ['3 April – 2 June 2012', ['2012-04-03', 'date'], ['2012-06-02', 'date']],
    ['May 2011 to June 2011', ['2011-05', 'gYearMonth'], ['2011-06', 'gYearMonth']],
    ['2010 - 2011', ['2010', 'gYear'], ['2011', 'gYear']],
    ['2011', ['2011', 'gYear'], ['2011', 'gYear']],
    ['7 Nov 2012', ['2012-11-07', 'date'], ['2012-11-07', 'date']],
  ])('reads %j', (text, [startValue, startPrecision], [endValue, endPrecision]) => {
    expect(parseDateRange(text)).toEqual({
      start: { value: startValue, precision: startPrecision },
      end: { value: endValue, precision: endPrecision },
    });
  });

  it.each([
    ['October + Foo 2011', 10, 'Foo 2011'],
    ['Foo + November 2011', 0, 'Foo'],
    ['October + ', 10, ''],
    ['March 2012 - October 2011', 0, 'March 2012 - October 2011'],
    ['31 + 30 November 2011', 0, '31'],
  ])('refuses %j at offset %i', (text, offset, found) => {
    try {
      parseDateRange(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DateFormatError);
      expect((e as DateFormatError).offset).toBe(offset);
      expect((e as DateFormatError).text).toBe(found);
    }
  });
});

describe('monthNumber', () => {
  it.each([
    ['January', 1],
    ['jan', 1],
    ['Sept', undefined],
    ['Dec.', 12],
    ['mar', 3],
    ['ma', undefined],
  ])('%s → %s', (name, n) => expect(monthNumber(name)).toBe(n));
});
