// The published catalogue: the loaded, validated dataset with its derived facts, the SPARQL
// engine over it, and what the HTTP layer asks of it. One object per version of the data, so a
// reload builds a new Catalogue and swaps it in whole. (The remote store of a later issue
// implements the same questions over a SPARQL server.)
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { openDataset } from './openDataset.ts';
import type { LoadedDataset } from './loadDataset.ts';
import { defaultLocations, type DataLocations } from './dataFiles.ts';
import { loadNamedQueries, type NamedQuery } from '../sparql/namedQueries.ts';
import { describeResource, type ResourceDescription } from './describeResource.ts';
import { SparqlEngine } from '../sparql/SparqlEngine.ts';
import { SearchIndex, type SearchHit } from './SearchIndex.ts';
import { labelOf } from './labels.ts';
import type { MergedStore } from './MergedStore.ts';
import { FG, RDF, SCHEMA } from '../vocab/namespaces.ts';

export type ListKind = 'films' | 'people' | 'organizations' | 'awards';
export interface ListItem {
  iri: string;
  label: string;
}
const LIST_TYPES: Record<ListKind, string> = {
  films: `${SCHEMA}Movie`,
  people: `${SCHEMA}Person`,
  organizations: `${SCHEMA}Organization`,
  awards: `${FG}Nomination`,
};

/** "Category, Organization": how the page lists an award entry. */
function nominationLabel(store: MergedStore, iri: string, lang: string): string {
  const node = DataFactory.namedNode(iri);
  const [category] = store.dataset.getObjects(node, DataFactory.namedNode(`${FG}awardCategory`), DataFactory.defaultGraph());
  const [organization] = store.dataset.getObjects(node, DataFactory.namedNode(`${FG}awardingOrganization`), DataFactory.defaultGraph());
  const org = organization ? labelOf(store, organization.value, lang) : undefined;
  return [category?.value, org].filter(Boolean).join(', ') || iri;
}

export class Catalogue {
  readonly engine: SparqlEngine;

  private constructor(
    readonly loaded: LoadedDataset,
    /** The named queries shipped with the catalogue (queries/). */
    readonly namedQueries: NamedQuery[],
  ) {
    this.engine = new SparqlEngine(loaded.store, loaded.baseIri);
  }

  /** Loads, derives and validates; throws DatasetLoadError or DatasetInvalidError. */
  static async open(options: { baseIri: string; locations?: DataLocations }): Promise<Catalogue> {
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

  private listings = new Map<string, ListItem[]>();

  /** A page of the things of a kind, sorted by their label in the language. */
  listing(kind: ListKind, lang: string, offset: number, limit: number): { items: ListItem[]; total: number } {
    const key = `${kind} ${lang}`;
    let all = this.listings.get(key);
    if (!all) {
      const store = this.loaded.store;
      const type = DataFactory.namedNode(LIST_TYPES[kind]);
      all = store.dataset
        .getSubjects(DataFactory.namedNode(`${RDF}type`), type, DataFactory.defaultGraph())
        .filter((s) => s.termType === 'NamedNode' && s.value.startsWith(this.baseIri))
        .map((s) => ({ iri: s.value, label: kind === 'awards' ? nominationLabel(store, s.value, lang) : (labelOf(store, s.value, lang) ?? s.value) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang) || a.iri.localeCompare(b.iri));
      this.listings.set(key, all);
    }
    return { items: all.slice(offset, offset + limit), total: all.length };
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
}
