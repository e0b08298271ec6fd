// The film (or other resource) a dependent resource belongs to: a cast role, release, rating,
// review, quote, nomination, character or distribution. Read from the facts when they link the
// two, else from the IRI, which MODEL.md builds as `{owner}/{kind}/{name}`.
import { FG, SCHEMA } from '../../vocab/namespaces.ts';
import type { Facts } from './facts.ts';

/** Owner → dependent properties (`owner p dependent`). */
const OWNER_TO_DEPENDENT = [`${SCHEMA}actor`, `${SCHEMA}releasedEvent`, `${SCHEMA}contentRating`, `${SCHEMA}character`, `${FG}distribution`];
/** Dependent → owner properties (`dependent p owner`). */
const DEPENDENT_TO_OWNER = [`${SCHEMA}itemReviewed`, `${SCHEMA}about`, `${FG}forWork`];

export const DEPENDENT_KINDS = ['release', 'rating', 'review', 'quote', 'nomination', 'cast', 'character', 'distribution'] as const;
const DEPENDENT_PATH = new RegExp(`^(.+)/(?:${DEPENDENT_KINDS.join('|')})/[^/?#]+$`);

export function ownerOf(facts: Facts, id: string): string | undefined {
  for (const p of DEPENDENT_TO_OWNER) {
    const [owner] = facts.nodes(id, p);
    if (owner) return owner;
  }
  for (const p of OWNER_TO_DEPENDENT) {
    const owner = facts.subjects(p, id).find((s) => id.startsWith(`${s}/`));
    if (owner) return owner;
  }
  return DEPENDENT_PATH.exec(id)?.[1];
}
