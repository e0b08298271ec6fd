// A small graph with what is hard to get right in JSON-LD: typed literals under coerced terms,
// shared and cyclic nodes, links to the main entity, odd predicates and hostile text.
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';

const { namedNode: iri, literal, quad } = DataFactory;
export const S = 'http://schema.org/';
export const FG = 'https://w3id.org/filmgraph/vocab#';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const EX = 'http://ex.example/';
const s = (local: string) => iri(S + local);
const ex = (local: string) => iri(EX + local);
const typed = (value: string, datatype: string) => literal(value, iri(datatype));
const graph = iri(`${EX}graph/1`);

/** Quads in a named graph; the main entity is EX + 'film'. */
export const generic: Quad[] = [
  [ex('film'), iri(`${RDF}type`), s('Movie')],
  [ex('film'), iri(`${RDF}type`), iri(`${FG}Film`)],
  [ex('film'), s('name'), literal('Uno', 'it')],
  [ex('film'), s('name'), literal('One')],
  [ex('film'), s('datePublished'), typed('2001', `${XSD}gYear`)],
  [ex('film'), s('datePublished'), literal('circa 2001')],
  [ex('film'), s('datePublished'), typed('2001-05-01', `${S}Date`)],
  [ex('film'), s('dateCreated'), typed('2000-12', `${XSD}gYearMonth`)],
  [ex('film'), s('url'), ex('page')],
  [ex('film'), s('url'), literal('not an IRI')],
  [ex('film'), s('sameAs'), iri(`${FG}Won`)],
  [ex('film'), s('duration'), typed('PT90M', `${XSD}duration`)],
  [ex('film'), s('isFamilyFriendly'), typed('true', `${XSD}boolean`)],
  [ex('film'), s('copyrightYear'), typed('2001', `${XSD}integer`)],
  [ex('film'), s('description'), literal('</script><!-- & \u2028 "quoted"\nnext', 'en')],
  [ex('film'), s('abstract'), typed('<p>hi</p>', `${RDF}HTML`)],
  [ex('film'), s('type'), literal('a property called type')],
  [ex('film'), s('id'), literal('a property called id')],
  [ex('film'), iri(`${FG}notStated`), s('actor')],
  [ex('film'), iri('http://other.example/vocab/prop'), typed('x', 'http://other.example/vocab/Datatype')],
  [ex('film'), s('director'), ex('person/a')],
  [ex('film'), s('author'), ex('person/a')],
  [ex('film'), s('character'), ex('character/1')],
  [ex('person/a'), iri(`${RDF}type`), s('Person')],
  [ex('person/a'), s('name'), literal('A')],
  [ex('character/1'), s('name'), literal('C1')],
  [ex('character/1'), s('knows'), ex('character/2')],
  [ex('character/2'), s('knows'), ex('film')],
  [ex('loop/a'), s('knows'), ex('loop/b')],
  [ex('loop/b'), s('knows'), ex('loop/a')],
  [ex('review/1'), iri(`${RDF}type`), s('Review')],
  [ex('review/1'), s('itemReviewed'), ex('film')],
  [ex('review/1'), s('reviewBody'), literal('Good', 'en')],
  [ex('review/1'), s('author'), ex('person/b')],
  [ex('person/b'), s('name'), literal('B')],
  [ex('quote/1'), s('about'), ex('film')],
  [ex('quote/1'), s('mentions'), ex('film')],
  [ex('elsewhere'), s('name'), literal('unrelated')],
].map(([subject, predicate, object]) => quad(subject as never, predicate as never, object as never, graph));
