// Shared by the importer tests: the fixture pages and small lookups over real N3 stores.
import { readFileSync } from 'node:fs';
import { DataFactory, Store } from 'n3';
import type { Quad, Term } from '@rdfjs/types';

export const BASE = 'http://localhost:3000/';
export const SEED_FILM = 'film/de-rouille-et-d-os-2012';

export const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url));
export const seedBytes = () => fixture('rust-and-bone-film-page.txt');
/** The seed page's lines as written, 1-based (index 0 unused). */
export const seedLines = () => ['', ...seedBytes().toString('utf8').split('\n')];

export const iri = (path: string) => DataFactory.namedNode(BASE + path);

/** Lookups over quads the way a SPARQL query would read them. */
export class Facts {
  readonly store: Store;

  constructor(quads: Quad[]) {
    this.store = new Store(quads);
  }

  objects(subject: Term | string, predicate: Term): Term[] {
    return this.store.getObjects(node(subject), predicate, null);
  }

  /** The single object of subject/predicate; fails the test when there are none or several. */
  one(subject: Term | string, predicate: Term): Term {
    const objects = this.objects(subject, predicate);
    if (objects.length !== 1) throw new Error(`expected one ${predicate.value} of ${node(subject).value}, found ${objects.length}`);
    return objects[0]!;
  }

  subjects(predicate: Term, object: Term | string): Term[] {
    return this.store.getSubjects(predicate, node(object), null);
  }

  /** The schema:name of what subject/predicate points to. */
  name(subject: Term | string, predicate: Term): string {
    return this.one(this.one(subject, predicate), DataFactory.namedNode('http://schema.org/name')).value;
  }
}

const node = (t: Term | string) => (typeof t === 'string' ? iri(t) : t);
