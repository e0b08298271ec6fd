// The dataset describes itself: VoID and DCAT (and schema:Dataset, what search engines read) —
// size, graphs with their sources, classes, dumps, vocabularies, licence. The dataset's IRI is
// the base IRI, so the catalogue's home dereferences to this description for RDF clients.
import { DataFactory } from 'n3';
import type { Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import type { PublishedDataset } from '../store/PublishedDataset.ts';
import { DCTERMS, FG, RDF, SCHEMA, VOID, PROV, XSD } from '../vocab/namespaces.ts';
import { RDF_FORMATS } from './formats.ts';
import { slug } from '../vocab/iris.ts';

const { namedNode, literal, quad } = DataFactory;
const DCAT = 'http://www.w3.org/ns/dcat#';
const DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';
export const RIGHTS_STATEMENT =
  'The data filmgraph compiles is published under CC BY 4.0. Review and quote texts are short excerpts quoted from their publishers and speakers; their rights stay with them.';

export async function voidDescription(catalogue: PublishedDataset): Promise<Quad[]> {
  const base = catalogue.baseIri;
  const dataset = namedNode(base);
  const quads: Quad[] = [];
  const add = (s: Quad_Subject, p: string, o: Quad_Object) => quads.push(quad(s, namedNode(p), o));
  const count = (n: number) => literal(String(n), namedNode(`${XSD}integer`));

  for (const type of [`${VOID}Dataset`, `${DCAT}Dataset`, `${SCHEMA}Dataset`]) add(dataset, `${RDF}type`, namedNode(type));
  add(dataset, `${DCTERMS}title`, literal('filmgraph catalogue', 'en'));
  add(dataset, `${SCHEMA}name`, literal('filmgraph catalogue', 'en'));
  const description = 'Films, their people, releases, ratings, reviews, quotes and award nominations as schema.org linked data, each fact in a named graph naming its source.';
  add(dataset, `${DCTERMS}description`, literal(description, 'en'));
  add(dataset, `${SCHEMA}description`, literal(description, 'en'));
  add(dataset, `${DCTERMS}license`, namedNode(DATA_LICENSE));
  add(dataset, `${SCHEMA}license`, namedNode(DATA_LICENSE));
  add(dataset, `${DCTERMS}rights`, literal(RIGHTS_STATEMENT, 'en'));
  add(dataset, `${DCTERMS}modified`, literal(catalogue.lastModified.toISOString(), namedNode(`${XSD}dateTime`)));
  add(dataset, `${VOID}uriSpace`, literal(base));
  add(dataset, `${VOID}triples`, count(catalogue.tripleCount));
  add(dataset, `${VOID}rootResource`, dataset);
  for (const vocabulary of [SCHEMA, FG, PROV, DCTERMS]) add(dataset, `${VOID}vocabulary`, namedNode(vocabulary));

  for (const format of RDF_FORMATS) {
    const url = namedNode(`${base}dump.${format.ext}`);
    const distribution = namedNode(`${base}dump.${format.ext}#distribution`);
    add(dataset, `${VOID}dataDump`, url);
    add(dataset, `${DCAT}distribution`, distribution);
    add(distribution, `${RDF}type`, namedNode(`${DCAT}Distribution`));
    add(distribution, `${DCAT}downloadURL`, url);
    add(distribution, `${DCAT}mediaType`, namedNode(`https://www.iana.org/assignments/media-types/${format.mediaType}`));
    add(distribution, `${DCTERMS}format`, literal(format.mediaType));
    add(distribution, `${DCTERMS}title`, literal(`The whole dataset as ${format.label}${format.keepsGraphs ? ', one named graph per source' : ''}`, 'en'));
  }

  // One subset per named graph: its size and source.
  const about = new Map<string, Quad[]>();
  for (const q of await catalogue.graphDescriptions()) about.set(q.subject.value, [...(about.get(q.subject.value) ?? []), q]);
  for (const { graph, triples } of await catalogue.graphSizes()) {
    add(dataset, `${VOID}subset`, graph);
    add(graph, `${RDF}type`, namedNode(`${VOID}Dataset`));
    add(graph, `${VOID}triples`, count(triples));
    for (const q of about.get(graph.value) ?? []) add(graph, q.predicate.value, q.object);
  }

  // Class partitions: how many things of each class.
  for (const partitionOf of await catalogue.classPartitions()) {
    const partition = namedNode(`${base}#class-${slug(partitionOf.class.value)}`);
    add(dataset, `${VOID}classPartition`, partition);
    add(partition, `${VOID}class`, partitionOf.class);
    add(partition, `${VOID}entities`, count(partitionOf.entities));
  }
  return quads;
}
