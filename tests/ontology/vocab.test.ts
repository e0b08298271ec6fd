// The fg: vocabulary defines every fg: term the data and shapes use, each documented.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Parser, Store, DataFactory } from 'n3';
import { FG, RDFS, RDF, OWL } from '../../src/vocab/namespaces.ts';
import { defaultLocations, rdfFilesUnder } from '../../src/store/dataFiles.ts';

const { namedNode } = DataFactory;
const { ontologyDir, dataDir } = defaultLocations();
const parse = (file: string) =>
  new Parser({ format: file.endsWith('.trig') ? 'application/trig' : 'text/turtle', baseIRI: 'http://localhost:3000/' }).parse(readFileSync(file, 'utf8'));
const vocab = new Store(parse(`${ontologyDir}/vocab.ttl`));
const has = (s: string, p: string) => vocab.getObjects(namedNode(s), namedNode(p), null);

describe('the fg: vocabulary', () => {
  it('defines every fg: term used in the data and the shapes, with labels, comment and home', async () => {
    const used = new Set<string>();
    for (const file of [...(await rdfFilesUnder(dataDir)), `${ontologyDir}/shapes.ttl`])
      for (const q of parse(file))
        for (const term of [q.subject, q.predicate, q.object]) if (term.termType === 'NamedNode' && term.value.startsWith(FG)) used.add(term.value);
    expect(used.size).toBeGreaterThan(20);
    for (const term of used) {
      const labels = has(term, `${RDFS}label`).map((l) => (l as { language: string }).language).sort();
      expect({ term, labels }).toEqual({ term, labels: ['en', 'fr'] });
      expect({ term, comments: has(term, `${RDFS}comment`).length }).toEqual({ term, comments: 1 });
      expect({ term, home: has(term, `${RDFS}isDefinedBy`).map((t) => t.value) }).toEqual({ term, home: ['https://w3id.org/filmgraph/vocab'] });
    }
  });

  it('gives every property a domain and a range', () => {
    const properties = [
      ...vocab.getSubjects(namedNode(`${RDF}type`), namedNode(`${OWL}ObjectProperty`), null),
      ...vocab.getSubjects(namedNode(`${RDF}type`), namedNode(`${OWL}DatatypeProperty`), null),
    ];
    expect(properties.length).toBeGreaterThan(15);
    for (const p of properties) {
      expect({ p: p.value, domain: has(p.value, `${RDFS}domain`).length > 0 }).toEqual({ p: p.value, domain: true });
      expect({ p: p.value, range: has(p.value, `${RDFS}range`).length > 0 }).toEqual({ p: p.value, range: true });
    }
  });

  it('maps to Wikidata where a property exists', () => {
    const wikidata = (term: string) => has(`${FG}${term}`, 'http://www.w3.org/2004/02/skos/core#closeMatch').map((t) => t.value);
    expect(wikidata('forWork')).toContain('http://www.wikidata.org/entity/P1686');
    expect(wikidata('playsCharacter')).toContain('http://www.wikidata.org/entity/P453');
    expect(wikidata('Nomination')).toContain('http://www.wikidata.org/entity/P1411');
    expect(wikidata('Won')).toContain('http://www.wikidata.org/entity/P166');
  });
});
