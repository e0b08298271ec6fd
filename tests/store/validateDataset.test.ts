import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/store/loadDataset.ts';
import { formatProblem, validateDataset } from '../../src/store/validateDataset.ts';
import { openDataset, DatasetInvalidError } from '../../src/store/openDataset.ts';
import { smallFilmTrig, tempDataset, type TempDataset } from '../helpers/tempDataset.ts';

const base = 'http://example.org/';
let temp: TempDataset | undefined;
afterEach(() => temp?.remove());

async function problems(extra: string, replace?: [string, string]) {
  let trig = smallFilmTrig(extra);
  if (replace) trig = trig.replace(replace[0], replace[1]);
  temp = tempDataset({ 'film.trig': trig });
  const outcome = await validateDataset(await loadDataset({ baseIri: base, locations: temp }));
  return outcome.problems.map(formatProblem);
}

describe('validateDataset', () => {
  it('accepts a small valid film', async () => {
    expect(await problems('')).toEqual([]);
  });

  // Each row: what is wrong, the data that makes it wrong, and what the message must name.
  it.each([
    {
      what: 'a review without the reviewed work',
      extra: '<film/x-2000/review/p> a schema:Review ; schema:reviewBody "Fine."@en .',
      expected: /data\/film\.trig: <film\/x-2000\/review\/p> schema:itemReviewed: a review names exactly one reviewed film/,
    },
    {
      what: 'a release without a date',
      replace: ['schema:startDate "2000-01-02"^^xsd:date ;', ''] as [string, string],
      expected: /data\/film\.trig: <film\/x-2000\/release\/fr-theatrical> schema:startDate: a release has exactly one schema:startDate/,
    },
    {
      what: 'a release whose date is not a date',
      replace: ['"2000-01-02"^^xsd:date', '"2000-13-45"^^xsd:date'] as [string, string],
      expected: /<film\/x-2000\/release\/fr-theatrical> schema:startDate: a release has exactly one schema:startDate .*\(value "2000-13-45"\)/,
    },
    {
      what: 'a title without a language',
      replace: ['schema:name "X"@en', 'schema:name "X"'] as [string, string],
      expected: /data\/film\.trig: <film\/x-2000> schema:name: a film's titles are schema:name values with a language tag.*\(value "X"\)/,
    },
    {
      what: 'a nomination without an outcome',
      extra: `<film/x-2000/nomination/p-o> a fg:Nomination ; fg:nominee <person/p> ; fg:forWork <film/x-2000> ;
        fg:awardCategory "Best" ; fg:awardingOrganization <organization/o> .
        <person/p> a schema:Person ; schema:name "P" . <organization/o> a schema:Organization ; schema:name "O" .`,
      expected: /<film\/x-2000\/nomination\/p-o> fg:outcome: a nomination has exactly one fg:outcome/,
    },
    {
      what: 'a nomination with two outcomes',
      extra: `<film/x-2000/nomination/p-o> a fg:Nomination ; fg:nominee <person/p> ; fg:forWork <film/x-2000> ;
        fg:awardCategory "Best" ; fg:awardingOrganization <organization/o> ; fg:outcome fg:Won, fg:NominatedNotWon .
        <person/p> a schema:Person ; schema:name "P" . <organization/o> a schema:Organization ; schema:name "O" .`,
      expected: /<film\/x-2000\/nomination\/p-o> fg:outcome: a nomination has exactly one fg:outcome/,
    },
    {
      what: 'a person without a name',
      extra: '<film/x-2000> schema:director <person/anonymous> . <person/anonymous> a schema:Person .',
      expected: /<person\/anonymous> schema:name: /,
    },
  ])('rejects $what, naming file, node and property', async ({ extra, replace, expected }) => {
    const found = await problems(extra ?? '', replace);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(expected);
  });

  it('stops openDataset with every problem listed', async () => {
    temp = tempDataset({ 'film.trig': smallFilmTrig('<film/x-2000/review/p> a schema:Review .') });
    const error = await openDataset({ baseIri: base, locations: temp }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetInvalidError);
    expect((error as Error).message).toMatch(/2 violation\(s\)/);
  });
});
