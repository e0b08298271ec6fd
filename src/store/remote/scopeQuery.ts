// A client's query, already checked (checkQuery), made ready for the SPARQL server: it must see the
// dataset the embedded store gives it, never the server's own data.
//
// - Without FROM / FROM NAMED, the default graph is the RDF merge of filmgraph's named graphs: a
//   triple stated by two graphs is there once. FROM lists do not give that on every server
//   (Virtuoso 7 reads `FROM <a> FROM <b>` as the union with duplicates: a triple in both counts
//   twice), so each triple pattern of the default graph, and each one-step property path (a
//   predicate, its inverse, or alternatives of those), is rewritten to match in one named graph,
//   the first (by IRI) stating the triple:
//     GRAPH ?g { tp } FILTER NOT EXISTS { GRAPH ?g2 { tp } FILTER(STR(?g2) < STR(?g)) }
//   — one solution per triple, as over the merge, and joins still run on the server's indexes.
//   FROM NAMED lists filmgraph's graphs (what GRAPH ranges over); FROM lists them too, for
//   what is left on the default graph (longer property paths, read as the servers read a FROM
//   list). FROM NAMED costs Virtuoso 7.2 dearly on a pattern like Q6's `?r ?rp ?ro` (780 ms
//   against 6-12 ms without it, 57k triples), but without it Virtuoso answers these NOT EXISTS
//   wrongly (a count of 0 for 838 triples): see bench/RESULTS.md.
// - A query that names its own FROM / FROM NAMED keeps them, less any graph that is not
//   filmgraph's (on the embedded store such a graph is empty); its default graph is the server's
//   reading of its FROM list. A side left empty gets a graph that does not exist, since servers
//   read a missing FROM (or FROM NAMED) as "all graphs" rather than "none".
// - A SELECT gets LIMIT `limit` unless it asks for less (the caller passes the most it accepts plus
//   one, or the server's row limit if lower: Virtuoso refuses a sorted query whose LIMIT is above
//   its ResultSetMaxRows); `limited` says so, for the caller to tell a full page from a whole answer.
// - The FROM and FROM NAMED lists grow with the catalogue: about 150 bytes a graph (each IRI twice,
//   IRIs of some 60 characters), 15 MB of query text at 100,000 graphs. Past MAX_SCOPED_GRAPHS a
//   query without its own FROM is refused (RemoteStoreScopeTooLargeError) rather than sent; one
//   naming its graphs still runs. A scoping that does not grow (a FILTER on each graph variable,
//   as RemoteCatalogue.scope does for filmgraph's own reads) would need the merge's anti-join
//   without FROM NAMED, which Virtuoso 7.2 answers wrongly as NOT EXISTS or MINUS (above), and as
//   OPTIONAL + !BOUND once nested in a UNION or group (bench/RESULTS.md), and a default graph for
//   longer paths: left open.
// The query is regenerated from its algebra, so nothing the parser did not understand (vendor
// pragmas such as Virtuoso's DEFINE) reaches the server.
import { Generator, Parser } from 'sparqljs';
import { Algebra, Factory, translate, toSparqlJs, Util } from 'sparqlalgebrajs';
import { DataFactory } from 'n3';
import type { NamedNode, Term, Variable } from '@rdfjs/types';
import { RemoteStoreScopeTooLargeError } from './errors.ts';

/** Most graphs a client's query is scoped to by FROM and FROM NAMED lists: some 0.75 MB of query text. */
export const MAX_SCOPED_GRAPHS = 5_000;

interface ParsedQuery {
  type: string;
  queryType?: string;
  from?: { default: NamedNode[]; named: NamedNode[] };
  limit?: number;
}

export function scopeQuery(query: string, options: { baseIri: string; graphs: readonly string[]; limit: number; noGraph: string }): { text: string; limited: boolean } {
  const parsed = new Parser({ baseIRI: options.baseIri }).parse(query) as ParsedQuery;
  if (parsed.type !== 'query') throw new Error('not a query');
  const given = parsed.from && (parsed.from.default.length > 0 || parsed.from.named.length > 0) ? parsed.from : undefined;
  if (!given && options.graphs.length > MAX_SCOPED_GRAPHS)
    throw new RemoteStoreScopeTooLargeError(
      `this catalogue has ${options.graphs.length} named graphs, more than a query to its SPARQL server can list (${MAX_SCOPED_GRAPHS}): name the graphs to query with FROM or FROM NAMED, or use the quad pattern fragments`,
    );
  delete parsed.from;
  let algebra = translate(parsed as never, { quads: false, blankToVariable: true, baseIRI: options.baseIri });
  if (!given) algebra = matchDefaultGraphInOneNamedGraph(algebra);
  const generated = toSparqlJs(algebra) as ParsedQuery;

  const ours = new Set(options.graphs);
  const none = [DataFactory.namedNode(options.noGraph)];
  const all = options.graphs.map((g) => DataFactory.namedNode(g));
  const keep = (graphs: NamedNode[]) => {
    const kept = graphs.filter((g) => ours.has(g.value));
    return kept.length > 0 ? kept : none;
  };
  generated.from = given ? { default: keep(given.default), named: keep(given.named) } : { default: keep(all), named: keep(all) };
  const limited = generated.queryType === 'SELECT' && (generated.limit === undefined || generated.limit > options.limit);
  if (limited) generated.limit = options.limit;
  return { text: new Generator().stringify(generated as never), limited };
}

/** Each triple pattern outside GRAPH: matched in the first (by IRI) of the named graphs stating the triple. */
function matchDefaultGraphInOneNamedGraph(algebra: Algebra.Operation): Algebra.Operation {
  const factory = new Factory();
  const taken: Record<string, boolean> = {};
  for (const v of Util.inScopeVariables(algebra)) taken[v.value] = true;
  const fresh = (label: string): Variable => {
    const v = Util.createUniqueVariable(label, taken, factory.dataFactory) as Variable;
    taken[v.value] = true;
    return v;
  };
  const inOneGraph = (pattern: Algebra.Pattern): Algebra.Operation => {
    const [g, other] = [fresh('fg_graph'), fresh('fg_other_graph')];
    const triple = () => factory.createBgp([factory.createPattern(pattern.subject, pattern.predicate, pattern.object)]);
    const earlier = factory.createOperatorExpression('<', [
      factory.createOperatorExpression('str', [factory.createTermExpression(other)]),
      factory.createOperatorExpression('str', [factory.createTermExpression(g)]),
    ]);
    const statedEarlier = factory.createFilter(factory.createGraph(triple(), other), earlier);
    return factory.createFilter(factory.createGraph(triple(), g), factory.createExistenceExpression(true, statedEarlier));
  };
  return Util.mapOperation(algebra, {
    // Inside GRAPH, patterns are already matched in a named graph.
    [Algebra.types.GRAPH]: (op) => ({ result: op, recurse: false }),
    [Algebra.types.BGP]: (op) => ({
      result: op.patterns.length === 1 ? inOneGraph(op.patterns[0]) : factory.createJoin(op.patterns.map(inOneGraph)),
      recurse: false,
    }),
    [Algebra.types.PATH]: (op) => {
      const patterns = oneStepPatterns(factory, op.subject, op.predicate, op.object);
      if (!patterns) return { result: op, recurse: false };
      return { result: patterns.length === 1 ? inOneGraph(patterns[0]) : factory.createUnion(patterns.map(inOneGraph)), recurse: false };
    },
  });
}

/**
 * The triple patterns a path of one step stands for (each solution is one triple): a predicate,
 * its inverse, or alternatives of those; undefined for any longer path.
 */
function oneStepPatterns(factory: Factory, subject: Term, path: Algebra.PropertyPathSymbol, object: Term): Algebra.Pattern[] | undefined {
  switch (path.type) {
    case Algebra.types.LINK:
      return [factory.createPattern(subject, path.iri, object)];
    case Algebra.types.INV:
      return oneStepPatterns(factory, object, path.path, subject);
    case Algebra.types.ALT: {
      const parts = path.input.map((p) => oneStepPatterns(factory, subject, p, object));
      return parts.every((p) => p !== undefined) ? (parts as Algebra.Pattern[][]).flat() : undefined;
    }
    default:
      return undefined;
  }
}
