// What the HTTP layer and the representations ask of the data they publish, whichever store holds
// it: the embedded `Catalogue` (an N3 store in this process) or `RemoteCatalogue` (a SPARQL server).
// One object per version of the data: a request reads one and uses it to the end. Answers are
// plain values or promises (`Awaitable`): the embedded store answers at once, a remote one after a
// query, and callers simply `await`.
import type { NamedNode, Quad, Term } from '@rdfjs/types';
import type { NamedQuery } from '../sparql/namedQueries.ts';
import type { QueryResult } from '../sparql/SparqlEngine.ts';
import type { ResourceDescription } from './describeResource.ts';
import type { SearchHit } from './SearchIndex.ts';
import { FG, SCHEMA } from '../vocab/namespaces.ts';
import type { Page, PageStart } from './paging.ts';

export type Awaitable<T> = T | Promise<T>;

export type ListKind = 'films' | 'people' | 'organizations' | 'awards';
/** The class of the things each listing shows. */
export const LIST_TYPES: Record<ListKind, string> = {
  films: `${SCHEMA}Movie`,
  people: `${SCHEMA}Person`,
  organizations: `${SCHEMA}Organization`,
  awards: `${FG}Nomination`,
};
export interface ListItem {
  iri: string;
  label: string;
}

export interface GraphSize {
  graph: NamedNode;
  triples: number;
}

/** A quad pattern (null is a wildcard); graph: a named graph, the default graph (the merge), or null for every quad. */
export interface QuadPattern {
  subject: Term | null;
  predicate: Term | null;
  object: Term | null;
  graph: Term | null;
}

export interface PublishedDataset {
  readonly baseIri: string;
  /** Changes whenever the data changes; ETags of dumps derive from it, so instances agree. */
  readonly fingerprint: string;
  readonly lastModified: Date;
  /** Triples of the default graph (the merge of the named graphs, each triple once). */
  readonly tripleCount: number;
  /** The named queries shipped with the catalogue (queries/). */
  readonly namedQueries: NamedQuery[];

  /** What a dereferenced IRI returns (see describeResource.ts); no quads when nothing is known. */
  describe(iri: string): Awaitable<ResourceDescription>;
  /** The IRIs under the base that have a description (each has a page), sorted. */
  resources(): Awaitable<string[]>;
  /**
   * A page of `limit` things of a kind, with their label in the language; its cursors are the
   * things' IRIs relative to the base (paging.ts).
   */
  listing(kind: ListKind, lang: string, start: PageStart, limit: number): Awaitable<Page<ListItem>>;
  search(query: string, limit?: number): Awaitable<SearchHit[]>;
  /** The name to show for each IRI in the language (labels.ts), for those that have one. */
  labels(iris: string[], lang: string): Awaitable<Map<string, string>>;

  /** Every triple once (the merge): for dumps without named graphs. */
  triples(): AsyncIterable<Quad> | Iterable<Quad>;
  /** The default graph (the merge), then every named graph: for dumps that keep the sources apart. */
  quads(): AsyncIterable<Quad> | Iterable<Quad>;

  /** Each named graph and its size. */
  graphSizes(): Awaitable<GraphSize[]>;
  /** What each named graph says of itself, in itself: its type, title and source. */
  graphDescriptions(): Awaitable<Quad[]>;
  /** How many distinct things of each class (VoID class partitions), sorted by class IRI. */
  classPartitions(): Awaitable<{ class: NamedNode; entities: number }[]>;

  /** A page of `limit` quads matching a pattern, and how many match in all (Quad Pattern Fragments); its cursors are the store's own. */
  fragment(pattern: QuadPattern, start: PageStart, limit: number): Awaitable<Page<Quad>>;
}

/**
 * Runs a query a client sent, already checked (checkQuery), within the limits: the embedded
 * store's QueryWorkerPool, or the remote store passing it to the server.
 */
export interface QueryRunner {
  /** More than `limit` solutions or triples is an error, never a silently cut result. */
  run(query: string, limit: number, signal?: AbortSignal): Promise<QueryResult>;
  /** Queries running or waiting. */
  readonly inProgress: number;
  /** Stops taking queries, lets those under way finish. */
  retire(): Promise<void>;
  close(): Promise<void>;
}
