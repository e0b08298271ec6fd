import { describe, expect, it } from 'vitest';
import { DataFactory, Writer } from 'n3';
import type { Quad } from '@rdfjs/types';
import { checkRows } from '../../../src/import/catalog/checkRows.ts';
import { catalogueCopy } from '../../../src/import/catalog/catalogueCopy.ts';
import { readMovieTable } from '../../../src/import/catalog/movieTable.ts';
import { openDataset, DatasetInvalidError } from '../../../src/store/openDataset.ts';
import { dcterms, fg, prov, rdf, schema } from '../../../src/vocab/namespaces.ts';
import { tempDataset } from '../../helpers/tempDataset.ts';
import { BASE, Facts, iri } from '../support.ts';

const table = await readMovieTable();
const { films } = checkRows(table.rows);

function trigOf(quads: Quad[]): Promise<string> {
  const writer = new Writer({ format: 'application/trig' });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((error, result) => (error ? reject(error) : resolve(result))));
}

describe('catalogueCopy', () => {
  const copy = catalogueCopy(films, table.source, { copy: 1, base: BASE });
  const facts = new Facts(copy.quads);
  const graph = iri(copy.graph);

  it('puts every triple in its one graph, which names its source with version, licence and hash', () => {
    expect(copy.quads.every((q) => q.graph.equals(graph))).toBe(true);
    expect(facts.one(graph, rdf('type'))).toEqual(fg('CatalogueGraph'));
    expect(facts.one(graph, dcterms('title')).value).toContain(table.source.version);
    const source = facts.one(graph, prov('wasDerivedFrom'));
    expect(source.value).toBe(table.source.url);
    expect(facts.one(source, schema('version')).value).toBe(table.source.version);
    expect(facts.one(source, dcterms('license')).value).toBe(table.source.licenseUrl);
    expect(facts.one(source, fg('sha256')).value).toBe(table.source.sha256);
  });

  it('maps every film kept, one schema:Movie each, with distinct IRIs', () => {
    expect(copy.films).toHaveLength(films.length);
    expect(new Set(copy.films).size).toBe(films.length);
    expect(facts.subjects(rdf('type'), schema('Movie'))).toHaveLength(films.length);
  });

  it('gives copy 2 the same number of triples and no film, person or distributor of copy 1', () => {
    const two = catalogueCopy(films, table.source, { copy: 2, base: BASE });
    expect(two.quads.length).toBe(copy.quads.length);
    expect(two.graph).not.toBe(copy.graph);
    const owned = (quads: Quad[]) => {
      const distributors = new Set(quads.filter((q) => q.predicate.equals(fg('distributor'))).map((q) => q.object.value));
      return new Set(quads.filter((q) => /\/(film|person)\//.test(q.subject.value) || distributors.has(q.subject.value)).map((q) => q.subject.value));
    };
    const first = owned(copy.quads);
    const second = owned(two.quads);
    expect(second.size).toBe(first.size);
    expect([...second].filter((subject) => first.has(subject))).toEqual([]);
  });

  it('stops before the next film once the graph holds the triples asked for', () => {
    const part = catalogueCopy(films, table.source, { copy: 1, base: BASE, stopAtTriples: 500 });
    expect(part.quads.length).toBeGreaterThanOrEqual(500);
    expect(part.films.length).toBeLessThan(films.length);
    expect(part.quads).toEqual(copy.quads.slice(0, part.quads.length));
  });

  it('validates against the shapes, which refuse an aggregate rating without a numeric value or an author', async () => {
    const some = catalogueCopy(films.slice(0, 200), table.source, { copy: 1 });
    const rated = some.quads.find((q) => q.predicate.equals(schema('aggregateRating')))!.object;
    const good = tempDataset({ 'catalogue.trig': await trigOf(some.quads) });
    const broken = tempDataset({
      'catalogue.trig': await trigOf(
        some.quads
          .filter((q) => !(q.subject.equals(rated) && q.predicate.equals(schema('author'))))
          .map((q) => (q.subject.equals(rated) && q.predicate.equals(schema('ratingValue')) ? DataFactory.quad(q.subject, q.predicate, DataFactory.literal(q.object.value), q.graph) : q)),
      ),
    });
    try {
      const { loaded } = await openDataset({ baseIri: BASE, locations: good });
      expect(loaded.store.dataset.getSubjects(rdf('type'), schema('AggregateRating'), DataFactory.defaultGraph()).length).toBeGreaterThan(0);
      const error = await openDataset({ baseIri: BASE, locations: broken }).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(DatasetInvalidError);
      const problems = (error as DatasetInvalidError).problems.filter((p) => p.severity === 'violation');
      expect(problems.map((p) => p.path).sort()).toEqual(['schema:author', 'schema:ratingValue']);
      expect(new Set(problems.map((p) => p.focusNode))).toEqual(new Set([`<${rated.value}>`]));
    } finally {
      good.remove();
      broken.remove();
    }
  });
});
