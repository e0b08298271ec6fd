// The name to show for a resource in a language: schema:name (or rdfs:label, dcterms:title) with
// that language tag, else untagged, else any.
import { DataFactory } from 'n3';
import type { Term } from '@rdfjs/types';
import type { MergedStore } from './MergedStore.ts';
import { DCTERMS, RDFS, SCHEMA } from '../vocab/namespaces.ts';

export const LABEL_PROPERTIES = [`${SCHEMA}name`, `${RDFS}label`, `${DCTERMS}title`].map((p) => DataFactory.namedNode(p));

export function labelOf(store: MergedStore, iri: string, lang = 'en'): string | undefined {
  const subject = DataFactory.namedNode(iri);
  for (const property of LABEL_PROPERTIES) {
    const values = store.dataset.getObjects(subject, property, DataFactory.defaultGraph()) as Term[];
    const chosen = pickByLanguage(values, lang);
    if (chosen) return chosen;
  }
  return undefined;
}

export function pickByLanguage(values: Term[], lang: string): string | undefined {
  const literals = values.filter((v) => v.termType === 'Literal') as (Term & { language: string })[];
  return (literals.find((l) => l.language === lang) ?? literals.find((l) => l.language === '') ?? literals[0])?.value;
}
