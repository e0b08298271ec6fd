// Real files in a temporary folder: an ontology/ (the project's own vocabulary and shapes) and a
// data/ with the TriG files a test gives.
import { mkdtempSync, mkdirSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { defaultLocations, type DataLocations } from '../../src/store/dataFiles.ts';

export interface TempDataset extends DataLocations {
  root: string;
  remove(): void;
}

export function tempDataset(files: Record<string, string>): TempDataset {
  const root = mkdtempSync(join(tmpdir(), 'filmgraph-test-'));
  const ontologyDir = join(root, 'ontology');
  const dataDir = join(root, 'data');
  mkdirSync(ontologyDir);
  mkdirSync(dataDir);
  for (const file of ['vocab.ttl', 'shapes.ttl']) copyFileSync(join(defaultLocations().ontologyDir, file), join(ontologyDir, file));
  for (const [name, text] of Object.entries(files)) {
    const path = join(dataDir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return { root, ontologyDir, dataDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export const TRIG_PREFIXES = `@prefix schema: <http://schema.org/> .
@prefix fg: <https://w3id.org/filmgraph/vocab#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
`;

/** A small valid film graph; `extra` is added inside the graph. */
export function smallFilmTrig(extra = ''): string {
  return `${TRIG_PREFIXES}
<graph/curated/x/test> {
  <graph/curated/x/test> a fg:CuratedGraph ; dcterms:title "test graph"@en ; prov:wasDerivedFrom <source/test> .
  <film/x-2000> a schema:Movie ; schema:name "X"@en ;
    schema:releasedEvent <film/x-2000/release/fr-theatrical> .
  <film/x-2000/release/fr-theatrical> a schema:PublicationEvent ; schema:startDate "2000-01-02"^^xsd:date ;
    fg:medium fg:Theatrical ; schema:location <country/fr> .
  <country/fr> a schema:Country ; schema:name "France" .
${extra}
}
`;
}
