import { describe, expect, it } from 'vitest';
import { renderReleaseTimeline } from '../../../src/representations/images/timelineSvg.ts';
import type { Release } from '../../../src/representations/images/timelineSvg.ts';
import { elements, parseXmlStrict, texts } from '../../helpers/parseXml.ts';
import { overlappingTexts, textBoxes, textsOutside } from '../../helpers/svgTextBoxes.ts';

/** The seed film's releases. */
const film: Release[] = [
  { country: 'France', medium: 'Theatrical', date: '2012-05-17' },
  { country: 'US', medium: 'Theatrical', date: '2012-11-16' },
  { country: 'UK', medium: 'Theatrical', date: '2012-11-02' },
  { country: 'France', medium: 'DVD', date: '2012-11-07' },
  { country: 'US', medium: 'DVD', date: '2013-03-19' },
  { country: 'UK', medium: 'DVD', date: '2013-02-25' },
];

function releaseGroups(svg: string) {
  return elements(parseXmlStrict(svg), 'g').filter((g) => g.getAttribute('class') === 'fg-tl-release');
}

function assertReadable(svg: string): void {
  const doc = parseXmlStrict(svg);
  const boxes = textBoxes(doc);
  expect(overlappingTexts(boxes)).toEqual([]);
  expect(textsOutside(boxes, doc.documentElement!.getAttribute('viewBox')!)).toEqual([]);
}

const COUNTRIES = ['France', 'Belgium', 'US', 'UK', 'Germany', 'Italy', 'Spain', 'Japan', 'Canada', 'Australia', 'Netherlands', 'Brazil', 'Mexico', 'Sweden', 'Norway'];

describe('renderReleaseTimeline', () => {
  it('is a well-formed, scalable SVG image with a description', () => {
    const svg = renderReleaseTimeline(film);
    const root = parseXmlStrict(svg).documentElement!;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
    expect(root.getAttribute('aria-label')).toBe(
      'Release timeline: 6 releases from 17 May 2012 to 19 March 2013. ' +
        'Theatrical: France, 17 May 2012; UK, 2 November 2012; US, 16 November 2012. ' +
        'DVD: France, 7 November 2012; UK, 25 February 2013; US, 19 March 2013.',
    );
  });

  it('draws one lane per medium and one labelled marker per release', () => {
    const svg = renderReleaseTimeline(film);
    const doc = parseXmlStrict(svg);
    expect(releaseGroups(svg)).toHaveLength(6);
    expect(texts(doc, 'title')).toEqual(expect.arrayContaining(['France · Theatrical · 17 May 2012', 'US · DVD · 19 March 2013']));
    const all = texts(doc, 'text');
    expect(all).toEqual(expect.arrayContaining(['Theatrical', 'DVD', '2012', '2013', 'May', 'Nov', '17 May 2012', '25 February 2013']));
    assertReadable(svg);
  });

  it('writes dates, months and media in French', () => {
    const svg = renderReleaseTimeline(film, { lang: 'fr' });
    const doc = parseXmlStrict(svg);
    expect(doc.documentElement!.getAttribute('lang')).toBe('fr');
    expect(texts(doc, 'text')).toEqual(expect.arrayContaining(['En salles', 'DVD', 'mai', 'nov.', '17 mai 2012', '25 février 2013']));
    expect(doc.documentElement!.getAttribute('aria-label')).toMatch(/^Chronologie des sorties : 6 sorties du 17 mai 2012 au 19 mars 2013\. En salles : France, 17 mai 2012 ; /);
  });

  it('draws a day as a dot and a month or a year as a bar', () => {
    const svg = renderReleaseTimeline([
      { country: 'France', medium: 'Theatrical', date: '2012-05-17' },
      { country: 'Canada', medium: 'Theatrical', date: '2012-09' },
      { country: 'Japan', medium: 'Television', date: '2014' },
    ]);
    const groups = releaseGroups(svg);
    expect(groups.map((g) => [g.getElementsByTagName('circle').length, g.getElementsByTagName('rect').length])).toEqual([
      [1, 0],
      [0, 1],
      [0, 1],
    ]);
    expect(texts(parseXmlStrict(svg), 'text')).toEqual(expect.arrayContaining(['17 May 2012', 'September 2012', '2014', 'Television']));
    assertReadable(svg);
  });

  it('merges releases of one medium on one day, and keeps apart those a day later', () => {
    const svg = renderReleaseTimeline([
      { country: 'France', medium: 'Theatrical', date: '2012-05-17' },
      { country: 'Belgium', medium: 'Theatrical', date: '2012-05-17' },
      { country: 'France', medium: 'Theatrical', date: '2012-05-17' },
      { country: 'Switzerland', medium: 'Theatrical', date: '2012-05-18' },
      { country: 'France', medium: 'DVD', date: '2012-05-17' },
    ]);
    expect(releaseGroups(svg)).toHaveLength(3);
    expect(texts(parseXmlStrict(svg), 'text')).toEqual(expect.arrayContaining(['France, Belgium', 'Switzerland', 'France']));
    assertReadable(svg);
  });

  it('handles one release', () => {
    const svg = renderReleaseTimeline([{ country: 'France', medium: 'Theatrical', date: '2012-05-17' }]);
    expect(releaseGroups(svg)).toHaveLength(1);
    expect(parseXmlStrict(svg).documentElement!.getAttribute('aria-label')).toBe('Release timeline: 1 release, 17 May 2012. Theatrical: France, 17 May 2012.');
    assertReadable(svg);
  });

  it('handles no release', () => {
    const doc = parseXmlStrict(renderReleaseTimeline([], { lang: 'fr' }));
    expect(doc.documentElement!.getAttribute('aria-label')).toBe('Chronologie des sorties: Aucune sortie connue');
  });

  it.each([1, 2, 3])('keeps 30 releases of mixed precision readable (variant %i)', (variant) => {
    const releases = Array.from({ length: 30 }, (_, i) => ({
      country: COUNTRIES[(i * variant) % COUNTRIES.length]!,
      medium: ['Theatrical', 'DVD', 'Blu-ray', 'Streaming'][(i + variant) % 4]!,
      date:
        i % 7 === 0
          ? `2012-${String(1 + ((i * variant) % 12)).padStart(2, '0')}`
          : i % 11 === 0
            ? '2013'
            : `2012-${String(3 + ((i * variant) % 9)).padStart(2, '0')}-${String(1 + ((i * 5 * variant) % 27)).padStart(2, '0')}`,
    }));
    const svg = renderReleaseTimeline(releases, { lang: variant === 2 ? 'fr' : 'en' });
    expect(releaseGroups(svg).length).toBeGreaterThan(20);
    assertReadable(svg);
  });

  it('keeps 30 theatrical releases within three weeks readable', () => {
    const releases = Array.from({ length: 30 }, (_, i) => ({ country: `${COUNTRIES[i % 15]} ${i}`, medium: 'Theatrical', date: `2012-10-${String(1 + (i % 21)).padStart(2, '0')}` }));
    assertReadable(renderReleaseTimeline(releases));
  });

  it('spans decades', () => {
    const svg = renderReleaseTimeline([
      { country: 'France', medium: 'Theatrical', date: '1962' },
      { country: 'US', medium: 'Theatrical', date: '1963-04-02' },
      { country: 'France', medium: 'Blu-ray', date: '2012-11-07' },
    ]);
    expect(texts(parseXmlStrict(svg), 'text')).toEqual(expect.arrayContaining(['1970', '2000']));
    assertReadable(svg);
  });

  it('escapes markup in countries and media', () => {
    const svg = renderReleaseTimeline([{ country: '<script>alert(1)</script>', medium: 'Blu-ray & <b>4K</b>', date: '2012-05-17' }]);
    const doc = parseXmlStrict(svg);
    expect(elements(doc, 'script')).toHaveLength(0);
    expect(elements(doc, 'b')).toHaveLength(0);
    expect(texts(doc, 'text')).toEqual(expect.arrayContaining(['<script>alert(1)</script>']));
  });

  it('rejects a date that is not xsd:date, xsd:gYearMonth or xsd:gYear', () => {
    expect(() => renderReleaseTimeline([{ country: 'France', medium: 'DVD', date: '17 May 2012' }])).toThrow(RangeError);
  });

  it('is the same string for the same releases, in any order', () => {
    expect(renderReleaseTimeline(film)).toBe(renderReleaseTimeline([...film].reverse()));
  });
});
