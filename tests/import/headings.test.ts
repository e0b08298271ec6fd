import { describe, expect, it } from 'vitest';
import { knownHeading, looksLikeHeading, readHeading } from '../../src/import/headings.ts';
import { PageError } from '../../src/import/PageError.ts';

describe('headings', () => {
  it.each([
    ['Short Facts', 'shortFacts'],
    ['From the Photo Gallery', 'furniture'],
    ['see more pictures', 'furniture'],
    ['Watch more videos', 'furniture'],
    ['From other people', 'otherPeople'],
    ['From reviews', 'reviews'],
    ['Awards & Nominations', 'awards'],
    ['  Awards  and Nominations ', 'awards'],
    ['From Marion Cotillard', undefined],
  ])('knows %j as %s', (text, kind) => expect(knownHeading(text)).toBe(kind));

  it.each([
    ['Trivia', true],
    ['Behind the Scenes (2012)', true],
    ['It all begins in the North of France.', false],
    ['Audiard is a poet', true],
    ['• The Playlist', false],
    ['= Win = Nomination', false],
    ['Is it?', false],
    ['A line that goes on and on with many more words than a heading has', false],
  ])('%j looks like a heading: %s', (text, expected) => expect(looksLikeHeading(text)).toBe(expected));

  it('reads "From <Name>" alone on its line as a person section', () => {
    expect(readHeading({ n: 41, raw: 'From Marion Cotillard' }, true)).toEqual({
      kind: 'person',
      line: 41,
      name: { name: 'Marion Cotillard', column: 6 },
    });
    expect(readHeading({ n: 41, raw: 'From Marion Cotillard' }, false)).toBeUndefined();
  });

  it('refuses a heading-like line it does not know', () => {
    expect(() => readHeading({ n: 7, raw: 'From the director' }, true)).toThrow(PageError);
    expect(() => readHeading({ n: 7, raw: 'Trivia' }, true)).toThrow(/^line 7: unknown section "Trivia"/);
  });
});
