// The title card of a film or a person, from its description (what dereferencing its IRI gives,
// whichever store answers): the name in English (else any), and for a film its year and director.
import type { Quad, Term } from '@rdfjs/types';
import type { ResourceDescription } from '../store/describeResource.ts';
import { LABEL_PROPERTIES, pickByLanguage } from '../store/labels.ts';
import { renderTitleCard } from './images/titleCard.ts';
import { RDF, SCHEMA } from '../vocab/namespaces.ts';
import { distinctTriples } from '../vocab/terms.ts';

export function titleCardOf(description: ResourceDescription): Buffer | undefined {
  const { iri } = description;
  const triples = [...distinctTriples(description.quads)] as Quad[];
  const objects = (subject: string, predicate: string): Term[] =>
    triples.filter((q) => q.subject.value === subject && q.subject.termType === 'NamedNode' && q.predicate.value === predicate).map((q) => q.object);
  const labelOf = (subject: string) => {
    for (const property of LABEL_PROPERTIES) {
      const chosen = pickByLanguage(objects(subject, property.value), 'en');
      if (chosen) return chosen;
    }
    return undefined;
  };
  const is = (type: string) => objects(iri, `${RDF}type`).some((t) => t.value === `${SCHEMA}${type}`);
  const title = labelOf(iri);
  if (!title) return undefined;
  if (is('Movie')) {
    const year = objects(iri, `${SCHEMA}datePublished`)[0]?.value.slice(0, 4);
    const directors = objects(iri, `${SCHEMA}director`)
      .map((d) => labelOf(d.value))
      .filter(Boolean);
    const subtitle = [year, directors.join(', ')].filter(Boolean).join(' · ');
    return renderTitleCard({ title, subtitle: subtitle || undefined, kind: 'film' });
  }
  if (is('Person')) return renderTitleCard({ title, kind: 'person' });
  return undefined;
}
