// describeResource's prefix search over the sorted subjects, checked against a plain filter,
// and the description it gives with the catalogue's list equal to the one computed from scratch.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeResource, sortedSubjects, withPrefix } from '../../src/store/describeResource.ts';
import { loadDataset } from '../../src/store/loadDataset.ts';
import { quadKey } from '../../src/vocab/terms.ts';

describe('withPrefix', () => {
  it('finds exactly the entries a filter finds, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '/', 'é') })), fc.string({ unit: fc.constantFrom('a', 'b', '/', 'é'), maxLength: 3 }), (entries, prefix) => {
        const sorted = [...new Set(entries)].sort();
        expect(withPrefix(sorted, prefix)).toEqual(sorted.filter((e) => e.startsWith(prefix)));
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});

describe('describeResource', () => {
  it('gives the same description with the catalogue-wide sorted subjects as with its own', async () => {
    const { store } = await loadDataset({ baseIri: 'http://example.org/' });
    const subjects = sortedSubjects(store);
    const film = subjects.find((s) => s.startsWith('http://example.org/film/') && s.split('/').length === 5)!;
    const owned = withPrefix(subjects, `${film}/`);
    expect(owned.length).toBeGreaterThan(10);
    const keys = (iri: string, list?: string[]) => describeResource(store, iri, list).quads.map(quadKey).sort();
    expect(keys(film, subjects)).toEqual(keys(film));
    // Every owned resource's triples are in the film's description.
    const described = new Set(describeResource(store, film, subjects).quads.map((q) => q.subject.value));
    for (const iri of owned) expect(described.has(iri)).toBe(true);
  });
});
