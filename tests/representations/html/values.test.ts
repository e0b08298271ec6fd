import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { excerpt, formatDate, formatDuration, formatLiteral, paragraphs } from '../../../src/representations/html/values.ts';

const XSD = 'http://www.w3.org/2001/XMLSchema#';

describe('values', () => {
  it('writes durations in minutes', () => {
    expect(formatDuration('en', 'PT120M')).toBe('120 min');
    expect(formatDuration('en', 'PT2H')).toBe('120 min');
    expect(formatDuration('fr', 'PT1H35M')).toBe('95 min');
    expect(formatDuration('en', 'nonsense')).toBe('nonsense');
    expect(formatDuration('en', 'PT')).toBe('PT');
  });

  it('writes dates as precisely as they are given', () => {
    expect(formatDate('en', '2012-05-17')).toBe('17 May 2012');
    expect(formatDate('fr', '2012-05-17')).toBe('17 mai 2012');
    expect(formatDate('en', '2011-10')).toBe('October 2011');
    expect(formatDate('fr', '2011-10')).toBe('octobre 2011');
    expect(formatDate('en', '2012')).toBe('2012');
    expect(formatDate('en', '2012-13-40')).toBe('2012-13-40');
  });

  it('formats literals by datatype and leaves text as it is', () => {
    const { literal, namedNode } = DataFactory;
    expect(formatLiteral('en', literal('2012', namedNode(`${XSD}gYear`)))).toBe('2012');
    expect(formatLiteral('en', literal('PT120M', namedNode(`${XSD}duration`)))).toBe('120 min');
    expect(formatLiteral('fr', literal('1234.5', namedNode(`${XSD}decimal`)))).toBe('1\u202f234,5');
    expect(formatLiteral('en', literal('<b>', 'en'))).toBe('<b>');
  });

  it('splits text into paragraphs on blank lines, and cuts excerpts at a word', () => {
    expect(paragraphs('a\n\nb\n  \nc\nd\n\n\n')).toEqual(['a', 'b', 'c\nd']);
    expect(excerpt('one two three four', 10)).toBe('one two…');
    expect(excerpt('short', 10)).toBe('short');
  });
});
