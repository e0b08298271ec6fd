// The published catalogue: the loaded, validated dataset with its derived facts, the SPARQL
// engine over it, and what the HTTP layer asks of it. One object per version of the data, so a
// reload builds a new Catalogue and swaps it in whole. The upper layers see it only as a
// PublishedDataset; RemoteCatalogue (remote/) answers the same questions over a SPARQL server.
import { DataFactory } from 'n3';
import type { NamedNode, Quad } from '@rdfjs/types';
import { openDataset } from './openDataset.ts';
import type { LoadedDataset } from './loadDataset.ts';
import { defaultLocations, type DataLocations } from './dataFiles.ts';
import { loadNamedQueries, type NamedQuery } from '../sparql/namedQueries.ts';
import { describeResource, type ResourceDescription } from './describeResource.ts';
import { SparqlEngine } from '../sparql/SparqlEngine.ts';
import { SearchIndex, type SearchHit } from './SearchIndex.ts';
import { labelOf } from './labels.ts';
import type { MergedStore } from './MergedStore.ts';
import { DCTERMS, FG, PROV, RDF } from '../vocab/namespaces.ts';
import { LIST_TYPES, type GraphSize, type ListItem, type ListKind, type PublishedDataset, type QuadPattern } from './PublishedDataset.ts';
import { PageRequestError, pageOfList, type Page, type PageStart } from './paging.ts';

export type { ListItem, ListKind } from './PublishedDataset.ts';

/** "Category, Organization": how the page lists an award entry. */
function nominationLabel(store: MergedStore, iri: string, lang: string): string {
  const node = DataFactory.namedNode(iri);
  const [category] = store.dataset.getObjects(node, DataFactory.namedNode(`${FG}awardCategory`), DataFactory.defaultGraph());
  const [organization] = store.dataset.getObjects(node, DataFactory.namedNode(`${FG}awardingOrganization`), DataFactory.defaultGraph());
  const org = organization ? labelOf(store, organization.value, lang) : undefined;
  return [category?.value, org].filter(Boolean).join(', ') || iri;
}

export class Catalogue implements PublishedDataset {
  readonly engine: SparqlEngine;

  private constructor(
    readonly loaded: LoadedDataset,
    /** The named queries shipped with the catalogue (queries/). */
    readonly namedQueries: NamedQuery[],
  ) {
    this.engine = new SparqlEngine(loaded.store, loaded.baseIri);
  }

  /** Loads, derives and validates; throws DatasetLoadError or DatasetInvalidError. */
  static async open(options: { baseIri: string; locations?: DataLocations; onLoaded?: () => void }): Promise<Catalogue> {
    const { loaded } = await openDataset(options);
    const queriesDir = options.locations?.queriesDir ?? defaultLocations().queriesDir;
    return new Catalogue(loaded, queriesDir ? await loadNamedQueries(queriesDir) : []);
  }

  get baseIri(): string {
    return this.loaded.baseIri;
  }

  get fingerprint(): string {
    return this.loaded.fingerprint;
  }

  get lastModified(): Date {
    return this.loaded.lastModified;
  }

  get tripleCount(): number {
    return this.loaded.store.tripleCount;
  }

  private resourceList: string[] | undefined;

  /**
   * The IRIs under the base that have a description (each has a page), sorted (by UTF-16 code
   * units, as describeResource's prefix search expects); computed once.
   */
  resources(): string[] {
    if (!this.resourceList) {
      const base = this.baseIri;
      const iris = new Set<string>();
      for (const s of this.loaded.store.dataset.getSubjects(null, null, DataFactory.defaultGraph()))
        if (s.termType === 'NamedNode' && s.value.startsWith(base) && s.value.length > base.length) iris.add(s.value);
      this.resourceList = [...iris].sort();
    }
    return this.resourceList;
  }

  private searchIndex: SearchIndex | undefined;

  /** Full-text search (the index is built on first use). */
  search(query: string, limit?: number): SearchHit[] {
    this.searchIndex ??= new SearchIndex(this.loaded.store, this.baseIri);
    return this.searchIndex.search(query, limit);
  }

  private listings = new Map<string, { items: ListItem[]; indexOf: Map<string, number> }>();

  /**
   * A page of the things of a kind, sorted by their label in the language; a cursor is a thing's
   * IRI relative to the base, found again by its place in that order.
   */
  listing(kind: ListKind, lang: string, start: PageStart, limit: number): Page<ListItem> {
    const key = `${kind} ${lang}`;
    let all = this.listings.get(key);
    if (!all) {
      const store = this.loaded.store;
      const type = DataFactory.namedNode(LIST_TYPES[kind]);
      const items = store.dataset
        .getSubjects(DataFactory.namedNode(`${RDF}type`), type, DataFactory.defaultGraph())
        .filter((s) => s.termType === 'NamedNode' && s.value.startsWith(this.baseIri))
        .map((s) => ({ iri: s.value, label: kind === 'awards' ? nominationLabel(store, s.value, lang) : (labelOf(store, s.value, lang) ?? s.value) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang) || a.iri.localeCompare(b.iri));
      all = { items, indexOf: new Map(items.map((item, i) => [item.iri.slice(this.baseIri.length), i])) };
      this.listings.set(key, all);
    }
    const { items, indexOf } = all;
    return pageOfList(items, start, limit, (i) => items[i].iri.slice(this.baseIri.length), (cursor) => {
      const index = indexOf.get(cursor);
      if (index === undefined) throw new PageRequestError(`${JSON.stringify(cursor)} is not in the list of ${kind} (the data may have changed): start from the first page`);
      return index;
    });
  }

  describe(iri: string): ResourceDescription {
    return describeResource(this.loaded.store, iri, this.resources());
  }

  /** Every triple once (the default graph), grouped by subject: for dumps without named graphs. */
  *triples(): Generator<Quad> {
    yield* this.loaded.store.dataset.readQuads(null, null, null, DataFactory.defaultGraph()) as Iterable<Quad>;
  }

  /**
   * The whole dataset for dumps that keep the sources apart: the default graph (the merge), then
   * every named graph, graph by graph — what a SPARQL client of this server sees.
   */
  *quads(): Generator<Quad> {
    yield* this.triples();
    for (const graph of this.loaded.store.graphs()) yield* this.loaded.store.dataset.readQuads(null, null, null, graph as never) as Iterable<Quad>;
  }

  labels(iris: string[], lang: string): Map<string, string> {
    const labels = new Map<string, string>();
    for (const iri of iris) {
      const label = labelOf(this.loaded.store, iri, lang);
      if (label !== undefined) labels.set(iri, label);
    }
    return labels;
  }

  graphSizes(): GraphSize[] {
    return this.loaded.store.graphs().map((graph) => ({ graph, triples: this.loaded.store.countInGraph(graph) }));
  }

  graphDescriptions(): Quad[] {
    const about = [`${RDF}type`, `${DCTERMS}title`, `${PROV}wasDerivedFrom`];
    const store = this.loaded.store;
    return store.graphs().flatMap((graph) => store.statementsAbout(graph, graph).filter((q) => about.includes(q.predicate.value)));
  }

  async classPartitions(): Promise<{ class: NamedNode; entities: number }[]> {
    const rows = await this.engine.select('SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY ?class');
    return rows.map((row) => ({ class: row.class as NamedNode, entities: Number(row.n.value) }));
  }

  /** A page of a quad pattern, in the store's order; a cursor is an item's position in it. */
  fragment(pattern: QuadPattern, start: PageStart, limit: number): Page<Quad> {
    const { subject, predicate, object, graph } = pattern as Record<keyof QuadPattern, never>;
    const dataset = this.loaded.store.dataset;
    const matches = {
      length: dataset.countQuads(subject, predicate, object, graph),
      slice: (from: number, to: number) => {
        const data: Quad[] = [];
        let index = 0;
        for (const quad of dataset.readQuads(subject, predicate, object, graph)) {
          if (index++ < from) continue;
          if (data.length === to - from) break;
          data.push(quad as Quad);
        }
        return data;
      },
    };
    return pageOfList(matches, start, limit, String, (cursor) => {
      if (!/^\d{1,9}$/.test(cursor) || Number(cursor) >= matches.length) throw new PageRequestError('the page cursor is not one this server gave: follow the links of the pages, from the first');
      return Number(cursor);
    });
  }
}
