// The published catalogue read from a SPARQL server, through its anonymous query endpoint: the
// same questions as the embedded Catalogue answers (PublishedDataset), each in one query or a fixed
// few, and clients' SPARQL queries passed through (QueryRunner). One object per version of the
// data, as the load record names it (loadRecord.ts); `RemoteCatalogue.open` reads the record.
//
// Every query is scoped to filmgraph's named graphs (`scope`): the server's default graph may hold
// other data (Virtuoso's holds its own system triples). The default graph filmgraph publishes, the
// merge, is their union with each triple once (DISTINCT where a triple may be in two graphs).
// Answers come in a fixed order (ORDER BY, or sorted here), so instances give the same bytes.
import { DataFactory } from 'n3';
import type { NamedNode, Quad, Term } from '@rdfjs/types';
import { LIST_TYPES, type GraphSize, type ListItem, type ListKind, type PublishedDataset, type QuadPattern, type QueryRunner } from '../PublishedDataset.ts';
import type { ResourceDescription } from '../describeResource.ts';
import type { SearchHit } from '../SearchIndex.ts';
import type { NamedQuery } from '../../sparql/namedQueries.ts';
import type { QueryResult, Row } from '../../sparql/SparqlEngine.ts';
import { QueryCancelledError, QueryOverloadError } from '../../sparql/QueryWorkerPool.ts';
import { LABEL_PROPERTIES, pickByLanguage } from '../labels.ts';
import { DCTERMS, FG, PROV, RDF, RDFS, SCHEMA } from '../../vocab/namespaces.ts';
import type { SparqlProtocolClient } from './SparqlProtocolClient.ts';
import { describeRemote } from './describeRemote.ts';
import { loadRecordGraph, readLoadRecord, readLoadRecordHead, type LoadRecord, type LoadRecordHead } from './loadRecord.ts';
import { scopeQuery } from './scopeQuery.ts';
import { RemoteStoreIncompleteAnswerError } from './errors.ts';
import { iriKey, keysetRows, objectKey, pageSizeUnder } from './keysetPages.ts';
import { KeysetWindow, safeKeyValue, windowStart, type AnswerPart, type Position } from './keysetWindow.ts';
import { PageRequestError, type Page, type PageStart } from '../paging.ts';
import { mergeTriples, namedGraphQuads, subjectIris, type DumpSource } from './dumpQuads.ts';
import { sparqlTerm, valuesOf } from './sparqlText.ts';

const { namedNode, quad, defaultGraph } = DataFactory;

export interface RemoteStoreSettings {
  /** Reads for pages, listings, dumps. */
  client: SparqlProtocolClient;
  /** Clients' queries: its time limit is the query time limit (plus a margin for the answer to travel). */
  queryClient: SparqlProtocolClient;
  baseIri: string;
  namedQueries: NamedQuery[];
  /** FILMGRAPH_QUERY_TIMEOUT_MS, sent to the server as its own time limit too. */
  queryTimeoutMs: number;
  /** The server's row limit (Virtuoso's ResultSetMaxRows): no query asks for more. */
  serverMaxRows: number;
  /** FILMGRAPH_MAX_CONCURRENT_QUERIES. */
  maxConcurrent: number;
  /** Clients' queries in progress, counted across versions. */
  counter: { inProgress: number };
}

export class RemoteCatalogue implements PublishedDataset, QueryRunner {
  /** The record's graphs, for a lookup that does not grow with their number. */
  private readonly graphSet: Set<string>;
  /** The record's graphs not under BASE/graph/ (the vocabulary): few, named in every scope. */
  private readonly otherGraphs: string[];

  private constructor(
    private readonly settings: RemoteStoreSettings,
    private readonly record: LoadRecord,
  ) {
    this.graphSet = new Set(record.graphs.map((g) => g.graph.value));
    this.otherGraphs = record.graphs.map((g) => g.graph.value).filter((g) => !g.startsWith(`${settings.baseIri}graph/`));
  }

  /** Reads the load record; throws MissingLoadRecordError or a RemoteStoreError. */
  static async open(settings: RemoteStoreSettings): Promise<RemoteCatalogue> {
    return new RemoteCatalogue(settings, await RemoteCatalogue.readRecord(settings));
  }

  /** The server's current record, graph list and all (in pages: loadRecord.ts). */
  static readRecord(settings: RemoteStoreSettings): Promise<LoadRecord> {
    return readLoadRecord(settings.client, settings.baseIri, settings.serverMaxRows);
  }

  /** The head of the server's current record (one small query), compared with this version's by the caller. */
  static readRecordHead(settings: RemoteStoreSettings): Promise<LoadRecordHead> {
    return readLoadRecordHead(settings.client, settings.baseIri);
  }

  static withRecord(settings: RemoteStoreSettings, record: LoadRecord): RemoteCatalogue {
    return new RemoteCatalogue(settings, record);
  }

  get baseIri(): string {
    return this.settings.baseIri;
  }
  get fingerprint(): string {
    return this.record.fingerprint;
  }
  get lastModified(): Date {
    return this.record.lastModified;
  }
  get tripleCount(): number {
    return this.record.tripleCount;
  }
  get namedQueries(): NamedQuery[] {
    return this.settings.namedQueries;
  }
  private get client(): SparqlProtocolClient {
    return this.settings.client;
  }

  /**
   * A FILTER keeping a graph variable to filmgraph's graphs: those under BASE/graph/ but the load
   * record, and the others the record lists (the vocabulary). A filter rather than a list of
   * every graph, so its size does not grow with the catalogue.
   */
  private scope = (variable: string): string => {
    const prefix = `${this.baseIri}graph/`;
    const others = this.otherGraphs;
    const under = `(STRSTARTS(STR(${variable}), ${JSON.stringify(prefix)}) && ${variable} != <${loadRecordGraph(this.baseIri)}>)`;
    return `FILTER(${others.length > 0 ? `${under} || ${variable} IN (${others.map((g) => `<${g}>`).join(', ')})` : under})`;
  };

  describe(iri: string): Promise<ResourceDescription> {
    return describeRemote(this.client, this.scope, iri);
  }

  private resourceList: Promise<string[]> | undefined;

  resources(): Promise<string[]> {
    this.resourceList ??= (async () => {
      // As a dump lists subjects (one part of the graphs sorted at a time, not every graph per page).
      const base = this.baseIri;
      const iris: string[] = [];
      for await (const iri of subjectIris(this.dumpSource)) if (iri.startsWith(base) && iri !== base) iris.push(iri);
      return iris.sort();
    })();
    this.resourceList.catch(() => (this.resourceList = undefined));
    return this.resourceList;
  }

  /**
   * A page of the things of a kind. Over a server, in IRI order (a sort by label in the language
   * would need every label of the kind per page): a count, a page read next to the IRI of an item
   * of the page before or after (the cursor is the IRI relative to the base), the page's labels.
   */
  async listing(kind: ListKind, lang: string, start: PageStart, limit: number): Promise<Page<ListItem>> {
    const where = `GRAPH ?g { ?s a <${LIST_TYPES[kind]}> } FILTER(isIRI(?s) && STRSTARTS(STR(?s), ${JSON.stringify(this.baseIri)})) ${this.scope('?g')}`;
    const window = new KeysetWindow(this.client, [{ keyed: { select: 'DISTINCT ?s', where, keys: [iriKey('?s')] } }], this.settings.serverMaxRows);
    const positionOf = (cursor: string) => {
      if (!safeKeyValue(cursor)) throw new PageRequestError(`${JSON.stringify(cursor)} is not the path of a thing in the list`);
      return { part: 0, key: [`${this.baseIri}${cursor}`] };
    };
    const [[count], { rows, next, previous }] = await Promise.all([
      this.client.select(`SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ${where} }`),
      window.page(windowStart(start, positionOf), limit),
    ]);
    const iris = rows.map(({ row }) => row.s.value);
    const labels = kind === 'awards' ? await this.nominationLabels(iris, lang) : await this.labels(iris, lang);
    const cursorOf = (position?: Position) => position && position.key[0].slice(this.baseIri.length);
    return {
      items: iris.map((iri) => ({ iri, label: labels.get(iri) ?? iri })),
      total: Number(count?.n.value ?? 0),
      next: cursorOf(next),
      previous: cursorOf(previous),
    };
  }

  /** "Category, Organization", as the embedded listing labels a nomination. */
  private async nominationLabels(iris: string[], lang: string): Promise<Map<string, string>> {
    if (iris.length === 0) return new Map();
    const rows = await this.client.select(`SELECT DISTINCT ?s ?p ?o WHERE {
  ${valuesOf('s', iris.map((i) => namedNode(i)))} ${valuesOf('p', [namedNode(`${FG}awardCategory`), namedNode(`${FG}awardingOrganization`)])}
  GRAPH ?g { ?s ?p ?o } ${this.scope('?g')} } ORDER BY ?s ?p ?o`);
    const organizations = await this.labels([...new Set(rows.filter((r) => r.p.value === `${FG}awardingOrganization`).map((r) => r.o.value))], lang);
    const labels = new Map<string, string>();
    for (const iri of iris) {
      const category = rows.find((r) => r.s.value === iri && r.p.value === `${FG}awardCategory`)?.o.value;
      const organization = rows.find((r) => r.s.value === iri && r.p.value === `${FG}awardingOrganization`)?.o.value;
      const label = [category, organization && organizations.get(organization)].filter(Boolean).join(', ');
      if (label) labels.set(iri, label);
    }
    return labels;
  }

  async labels(iris: string[], lang: string): Promise<Map<string, string>> {
    const labels = new Map<string, string>();
    if (iris.length === 0) return labels;
    const rows = await this.client.select(`SELECT DISTINCT ?s ?p ?o WHERE {
  ${valuesOf('s', iris.map((i) => namedNode(i)))} ${valuesOf('p', LABEL_PROPERTIES)}
  GRAPH ?g { ?s ?p ?o } ${this.scope('?g')} } ORDER BY ?s ?p ?o`);
    for (const iri of iris)
      for (const property of LABEL_PROPERTIES) {
        const chosen = pickByLanguage(rows.filter((r) => r.s.value === iri && r.p.value === property.value).map((r) => r.o), lang);
        if (chosen !== undefined) {
          labels.set(iri, chosen);
          break;
        }
      }
    return labels;
  }

  /**
   * Over a server: the things under the base whose name or title contains every word of the
   * query, ignoring case (no fuzzy matching, no accent folding, no review texts: those need the
   * embedded index, or the server's own full-text index). One query, under the server's row limit.
   */
  async search(query: string, limit = 50): Promise<SearchHit[]> {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10);
    if (words.length === 0) return [];
    const names = [`${SCHEMA}name`, `${RDFS}label`, `${DCTERMS}title`, `${SCHEMA}characterName`].map((p) => namedNode(p));
    const rows = await this.client.select(`SELECT DISTINCT ?s ?name ?type WHERE {
  ${valuesOf('p', names)} GRAPH ?g { ?s ?p ?name }
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), ${JSON.stringify(this.baseIri)}) && isLiteral(?name))
  FILTER(${words.map((w) => `CONTAINS(LCASE(STR(?name)), ${JSON.stringify(w)})`).join(' && ')})
  ${this.scope('?g')}
  OPTIONAL { GRAPH ?g2 { ?s a ?type } ${this.scope('?g2')} }
} ORDER BY ?s ?name ?type LIMIT ${Math.min(limit * 10, pageSizeUnder(this.settings.serverMaxRows))}`);
    const hits = new Map<string, SearchHit>();
    for (const row of rows) {
      let hit = hits.get(row.s.value);
      if (!hit) hits.set(row.s.value, (hit = { iri: row.s.value, kind: row.type ? row.type.value.replace(/^.*[#/]/, '') : 'Thing', labels: [], score: 1 }));
      if (!hit.labels.includes(row.name.value)) hit.labels.push(row.name.value);
    }
    return [...hits.values()].slice(0, limit);
  }

  private get dumpSource(): DumpSource {
    return { client: this.client, scope: this.scope, serverMaxRows: this.settings.serverMaxRows, graphs: this.record.graphs };
  }

  /** The merge, each triple once, grouped by subject, page by page (dumpQuads.ts). */
  triples(): AsyncGenerator<Quad> {
    return mergeTriples(this.dumpSource, this.tripleCount);
  }

  /** The merge, then every named graph's quads. */
  async *quads(): AsyncGenerator<Quad> {
    yield* this.triples();
    yield* namedGraphQuads(this.dumpSource, this.record.graphs.reduce((sum, g) => sum + g.triples, 0));
  }

  graphSizes(): GraphSize[] {
    return this.record.graphs;
  }

  /**
   * A few triples per graph, so in keyset pages under the server's row limit (a catalogue may have
   * more graphs than one answer holds); those with a blank object, which no key can name, in one query.
   */
  async graphDescriptions(): Promise<Quad[]> {
    const where = `${valuesOf('p', [`${RDF}type`, `${DCTERMS}title`, `${PROV}wasDerivedFrom`].map((p) => namedNode(p)))}
  GRAPH ?g { ?g ?p ?o } ${this.scope('?g')}`;
    const page = pageSizeUnder(this.settings.serverMaxRows);
    const rows = await this.client.select(`SELECT ?g ?p ?o WHERE { ${where} FILTER(isBlank(?o)) } ORDER BY ?g ?p LIMIT ${page}`);
    if (rows.length >= page)
      throw new RemoteStoreIncompleteAnswerError(`${page} descriptions of graphs or more have a blank node, which are read in one query of fewer rows than that (under the SPARQL server's row limit)`, 'row-limit');
    for await (const row of keysetRows(this.client, { select: '?g ?p ?o', where: `${where} FILTER(!isBlank(?o))`, keys: [iriKey('?g'), iriKey('?p'), objectKey('?o')] }, page))
      rows.push(row);
    return rows.map((row) => quad(row.g as never, row.p as never, row.o as never));
  }

  async classPartitions(): Promise<{ class: NamedNode; entities: number }[]> {
    const rows = await this.client.select(`SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?class } ${this.scope('?g')} } GROUP BY ?class`);
    return rows
      .filter((row) => row.class.termType === 'NamedNode')
      .map((row) => ({ class: row.class as NamedNode, entities: Number(row.n.value) }))
      .sort((a, b) => (a.class.value < b.class.value ? -1 : a.class.value > b.class.value ? 1 : 0));
  }

  /**
   * A page of a quad pattern. The default graph is the merge (distinct triples); no graph is
   * every quad: the merge's triples first, then the named graphs' quads. Each in two parts
   * (keysetWindow.ts): the triples with a blank node where the pattern leaves one open, read
   * whole, then the others in key order (graph, then each open position of the pattern).
   */
  async fragment(pattern: QuadPattern, start: PageStart, limit: number): Promise<Page<Quad>> {
    // A blank node's label names it within one document: no query can ask for it.
    if (Object.values(pattern).some((term) => term?.termType === 'BlankNode')) return { items: [], total: 0 };
    const position = (term: Term | null, variable: string) => (term ? sparqlTerm(term) : `?${variable}`);
    const triple = `${position(pattern.subject, 's')} ${position(pattern.predicate, 'p')} ${position(pattern.object, 'o')}`;
    const made = (row: Row, graph: Quad['graph']) =>
      quad((pattern.subject ?? row.s) as never, (pattern.predicate ?? row.p) as never, (pattern.object ?? row.o) as never, graph);
    const canBeBlank = [pattern.subject ? '' : '?s', pattern.object ? '' : '?o'].filter(Boolean);
    // The open positions' keys; a pattern with none matches one triple at most, keyed by its subject.
    const keys = [
      ...(pattern.subject ? [] : [iriKey('?s')]),
      ...(pattern.predicate ? [] : [iriKey('?p')]),
      ...(pattern.object ? [] : [objectKey('?o')]),
    ];
    const tripleKeys = keys.length > 0 ? keys : [iriKey(sparqlTerm(pattern.subject!))];
    /** The merge (no `graph`), or one graph's quads (`graph`, or every graph with ?g): its parts and its count. */
    const sourceOf = (graphOf: (row: Row) => Quad['graph'], graph?: string) => {
      const select = graph === undefined ? 'DISTINCT ?s ?p ?o' : graph === '?g' ? '?g ?s ?p ?o' : '?s ?p ?o';
      const match = `GRAPH ${graph ?? '?g'} { ${triple} } ${graph === undefined || graph === '?g' ? this.scope('?g') : ''}`;
      const blank = canBeBlank.map((v) => `isBlank(${v})`).join(' || ');
      const parts: AnswerPart[] = [
        ...(blank ? [{ whole: `SELECT ${select} WHERE { ${match} FILTER(${blank}) } ORDER BY ${graph === '?g' ? '?g ' : ''}?s ?p ?o` }] : []),
        { keyed: { select, where: `${match} ${blank ? `FILTER(!(${blank}))` : ''}`, keys: graph === '?g' ? [iriKey('?g'), ...tripleKeys] : tripleKeys } },
      ];
      return { parts, graphOf, count: `SELECT (COUNT(*) AS ?n) WHERE { { SELECT ${select} WHERE { ${match} } } }` };
    };

    const graph = pattern.graph;
    let sources: ReturnType<typeof sourceOf>[];
    if (graph?.termType === 'DefaultGraph') sources = [sourceOf(() => defaultGraph())];
    else if (graph) {
      if (graph.termType !== 'NamedNode' || !this.graphSet.has(graph.value)) return { items: [], total: 0 };
      sources = [sourceOf(() => graph as NamedNode, sparqlTerm(graph))];
    } else sources = [sourceOf(() => defaultGraph()), sourceOf((row) => row.g as NamedNode, '?g')];
    const parts = sources.flatMap((source) => source.parts);
    // Which source a part belongs to, by the parts' order.
    const sourceOfPart = sources.flatMap((source) => source.parts.map(() => source));
    const window = new KeysetWindow(this.client, parts, this.settings.serverMaxRows);
    const [{ rows, next, previous }, ...totals] = await Promise.all([
      window.page(windowStart(start, (cursor) => window.positionOf(cursor)), limit),
      ...sources.map(async (source) => Number((await this.client.select(source.count))[0]?.n.value ?? 0)),
    ]);
    return {
      items: rows.map(({ row, part }) => made(row, sourceOfPart[part].graphOf(row))),
      total: totals.reduce((sum, n) => sum + n, 0),
      next: next && KeysetWindow.cursorOf(next),
      previous: previous && KeysetWindow.cursorOf(previous),
    };
  }

  get inProgress(): number {
    return this.settings.counter.inProgress;
  }

  /** A client's checked query, scoped to filmgraph's graphs and passed to the server. */
  async run(query: string, limit: number, signal?: AbortSignal): Promise<QueryResult> {
    if (signal?.aborted) throw new QueryCancelledError('the client went away before the query ran');
    const { counter, maxConcurrent, queryTimeoutMs } = this.settings;
    if (counter.inProgress >= maxConcurrent)
      throw new QueryOverloadError(`too many queries in progress (${maxConcurrent}, FILMGRAPH_MAX_CONCURRENT_QUERIES): try again shortly`);
    counter.inProgress++;
    try {
      // One solution more than accepted shows the result is too long (413); at the server's row
      // limit, a full page may be a cut answer, and is taken as one.
      const cap = Math.min(limit + 1, this.settings.serverMaxRows);
      const { text, limited } = scopeQuery(query, {
        baseIri: this.baseIri,
        graphs: this.record.graphs.map((g) => g.graph.value),
        limit: cap,
        noGraph: `${this.baseIri}graph/filmgraph-no-such-graph`,
      });
      const result = await this.settings.queryClient.query(text, { serverTimeoutMs: queryTimeoutMs });
      if (result.type === 'bindings') {
        if (limited && cap <= limit && result.rows.length === cap)
          throw new RemoteStoreIncompleteAnswerError(`the result reaches the SPARQL server's row limit (${cap} rows): it may be longer`, 'row-limit');
        return { type: 'bindings', variables: result.variables, rows: toAsync(result.rows) };
      }
      if (result.type === 'quads') return { type: 'quads', quads: toAsync(result.quads) };
      return result;
    } finally {
      counter.inProgress--;
    }
  }

  /** Nothing to drain: the queries in progress are the server's. */
  async retire(): Promise<void> {}
  async close(): Promise<void> {}
}

async function* toAsync<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}
