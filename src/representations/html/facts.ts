// The description as the pages read it: each triple once, whatever the number of named graphs
// stating it, with the graphs kept (for "Sources" and "not stated by ..."), in the order the
// description gives them. Indexed by subject and by object.
import type { Literal, Quad, Term } from '@rdfjs/types';
import { RDF } from '../../vocab/namespaces.ts';
import { termKey } from '../../vocab/terms.ts';

export interface Fact {
  subject: Term;
  predicate: string;
  object: Term;
  /** IRIs of the named graphs stating the triple, in order of appearance. */
  graphs: string[];
}

const TYPE = `${RDF}type`;


export class Facts {
  readonly all: Fact[] = [];
  private readonly bySubject = new Map<string, Fact[]>();
  private readonly byObject = new Map<string, Fact[]>();
  /** Graph IRI → triples it states here. */
  readonly graphCounts = new Map<string, number>();

  constructor(quads: readonly Quad[]) {
    const index = new Map<string, Fact>();
    for (const q of quads) {
      const key = `${termKey(q.subject)} ${q.predicate.value} ${termKey(q.object)}`;
      let fact = index.get(key);
      if (!fact) {
        fact = { subject: q.subject, predicate: q.predicate.value, object: q.object, graphs: [] };
        index.set(key, fact);
        this.all.push(fact);
        push(this.bySubject, termKey(q.subject), fact);
        push(this.byObject, termKey(q.object), fact);
      }
      if (q.graph.termType === 'NamedNode' && !fact.graphs.includes(q.graph.value)) {
        fact.graphs.push(q.graph.value);
        this.graphCounts.set(q.graph.value, (this.graphCounts.get(q.graph.value) ?? 0) + 1);
      }
    }
  }

  /** Facts about an IRI (or a blank node given as `_:id`), optionally of one property. */
  out(subject: string, predicate?: string): Fact[] {
    const facts = this.bySubject.get(nodeKey(subject)) ?? [];
    return predicate === undefined ? facts : facts.filter((f) => f.predicate === predicate);
  }

  /** Facts whose object is the IRI, optionally of one property. */
  in(object: string, predicate?: string): Fact[] {
    const facts = this.byObject.get(nodeKey(object)) ?? [];
    return predicate === undefined ? facts : facts.filter((f) => f.predicate === predicate);
  }

  objects(subject: string, predicate: string): Term[] {
    return this.out(subject, predicate).map((f) => f.object);
  }

  /** Objects that are IRIs (or blank nodes, as `_:id`). */
  nodes(subject: string, predicate: string): string[] {
    return this.objects(subject, predicate).filter(isNode).map(nodeId);
  }

  literals(subject: string, predicate: string): Literal[] {
    return this.objects(subject, predicate).filter((t): t is Literal => t.termType === 'Literal');
  }

  /** The first literal value, if any. */
  value(subject: string, predicate: string): string | undefined {
    return this.literals(subject, predicate)[0]?.value;
  }

  subjects(predicate: string, object: string): string[] {
    return this.in(object, predicate).map((f) => nodeId(f.subject));
  }

  types(subject: string): string[] {
    return this.nodes(subject, TYPE);
  }

  hasType(subject: string, type: string): boolean {
    return this.types(subject).includes(type);
  }

  has(subject: string, predicate: string, object: string): boolean {
    return this.out(subject, predicate).some((f) => isNode(f.object) && nodeId(f.object) === object);
  }

  isEmpty(): boolean {
    return this.all.length === 0;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function isNode(t: Term): boolean {
  return t.termType === 'NamedNode' || t.termType === 'BlankNode';
}

/** IRIs as they are, blank nodes as `_:id`. */
export function nodeId(t: Term): string {
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}

function nodeKey(id: string): string {
  return id.startsWith('_:') ? `BlankNode:${id.slice(2)}` : `NamedNode:${id}`;
}
