// Full-text search over names, titles and review and quote texts, accent-insensitive
// ("stephanie" finds "Stéphanie"), with minisearch rather than a hand-made index.
import MiniSearch from 'minisearch';
import { DataFactory } from 'n3';
import type { MergedStore } from './MergedStore.ts';
import { RDF, SCHEMA, RDFS, DCTERMS } from '../vocab/namespaces.ts';

export interface SearchHit {
  iri: string;
  /** Local name of the resource's first type, e.g. "Movie", "Person", "Review". */
  kind: string;
  /** The names the resource has, all languages. */
  labels: string[];
  /** The start of a longer text that matched (review body, quote), if any. */
  snippet?: string;
  score: number;
}

interface Doc {
  id: string;
  kind: string;
  labels: string[];
  names: string;
  text: string;
}

const fold = (term: string) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const NAMES = [`${SCHEMA}name`, `${RDFS}label`, `${DCTERMS}title`, `${SCHEMA}characterName`];
const TEXTS = [`${SCHEMA}reviewBody`, `${SCHEMA}text`, `${SCHEMA}description`];

export class SearchIndex {
  private readonly index = new MiniSearch<Doc>({
    fields: ['names', 'text'],
    storeFields: ['kind', 'labels', 'text'],
    processTerm: (term) => fold(term),
    searchOptions: { boost: { names: 3 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });

  constructor(store: MergedStore, baseIri: string) {
    const docs = new Map<string, Doc>();
    const doc = (iri: string) => {
      let d = docs.get(iri);
      if (!d) docs.set(iri, (d = { id: iri, kind: '', labels: [], names: '', text: '' }));
      return d;
    };
    const graph = DataFactory.defaultGraph();
    for (const p of NAMES)
      for (const q of store.dataset.readQuads(null, DataFactory.namedNode(p), null, graph)) {
        if (!q.subject.value.startsWith(baseIri) || q.object.termType !== 'Literal') continue;
        const d = doc(q.subject.value);
        if (!d.labels.includes(q.object.value)) d.labels.push(q.object.value);
        d.names += ` ${q.object.value}`;
      }
    for (const p of TEXTS)
      for (const q of store.dataset.readQuads(null, DataFactory.namedNode(p), null, graph)) {
        if (!q.subject.value.startsWith(baseIri) || q.object.termType !== 'Literal') continue;
        doc(q.subject.value).text += `${q.object.value}\n`;
      }
    for (const d of docs.values()) {
      const [type] = store.dataset.getObjects(DataFactory.namedNode(d.id), DataFactory.namedNode(`${RDF}type`), graph);
      d.kind = type ? type.value.replace(/^.*[#/]/, '') : 'Thing';
    }
    this.index.addAll([...docs.values()]);
  }

  search(query: string, limit = 50): SearchHit[] {
    return this.index
      .search(query)
      .slice(0, limit)
      .map((r) => ({
        iri: r.id,
        kind: r.kind as string,
        labels: r.labels as string[],
        snippet: (r.text as string) ? snippetOf(r.text as string, r.terms) : undefined,
        score: r.score,
      }));
  }
}

/** About 200 characters of the text around the first matched term. */
function snippetOf(text: string, terms: string[]): string {
  const folded = fold(text);
  const at = Math.max(0, Math.min(...terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0), folded.length));
  const start = Math.max(0, at - 60);
  const piece = text.slice(start, start + 200).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${piece}${start + 200 < text.length ? '…' : ''}`;
}
