// The title card of a film or a person, from the data: the name in English (else any), and for a
// film its year and director.
import { DataFactory } from 'n3';
import type { MergedStore } from '../store/MergedStore.ts';
import { labelOf } from '../store/labels.ts';
import { renderTitleCard } from './images/titleCard.ts';
import { RDF, SCHEMA } from '../vocab/namespaces.ts';

const { namedNode, defaultGraph } = DataFactory;

export function titleCardOf(store: MergedStore, iri: string): Buffer | undefined {
  const subject = namedNode(iri);
  const is = (type: string) => store.dataset.countQuads(subject, namedNode(`${RDF}type`), namedNode(`${SCHEMA}${type}`), defaultGraph()) > 0;
  const title = labelOf(store, iri, 'en');
  if (!title) return undefined;
  if (is('Movie')) {
    const year = store.dataset.getObjects(subject, namedNode(`${SCHEMA}datePublished`), defaultGraph())[0]?.value.slice(0, 4);
    const directors = store.dataset
      .getObjects(subject, namedNode(`${SCHEMA}director`), defaultGraph())
      .map((d) => labelOf(store, d.value, 'en'))
      .filter(Boolean);
    const subtitle = [year, directors.join(', ')].filter(Boolean).join(' · ');
    return renderTitleCard({ title, subtitle: subtitle || undefined, kind: 'film' });
  }
  if (is('Person')) return renderTitleCard({ title, kind: 'person' });
  return undefined;
}
