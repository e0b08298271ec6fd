import { describe, expect, it } from 'vitest';
import { countryCode, countryLanguage, countrySegment } from '../../src/import/countries.ts';

describe('countryCode', () => {
  it.each([
    ['France', 'fr'],
    ['US', 'us'],
    ['USA', 'us'],
    ['UK', 'gb'],
    ['United Kingdom', 'gb'],
    ['United States', 'us'],
    ['Germany', 'de'],
    ['germany', 'de'],
    ['Belgium', 'be'],
    ['Austria', 'at'],
    ['South Korea', 'kr'],
    [' Spain ', 'es'],
    ['Narnia', undefined],
  ])('%s → %s', (name, code) => expect(countryCode(name)).toBe(code));
});

describe('countrySegment', () => {
  it('uses the code where known', () => expect(countrySegment('UK')).toEqual({ segment: 'gb', known: true }));
  it('falls back to the slug of the name', () =>
    expect(countrySegment('East Germany')).toEqual({ segment: 'east-germany', known: false }));
});

describe('countryLanguage', () => {
  it.each([
    ['fr', 'fr'],
    ['be', 'fr'],
    ['de', 'de'],
    ['es', 'es'],
    ['it', 'it'],
    ['us', 'en'],
    ['GB', 'en'],
    ['ch', undefined],
    ['ca', undefined],
  ])('%s → %s', (code, language) => expect(countryLanguage(code)).toBe(language));
});
