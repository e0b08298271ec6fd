// Terms and results as plain data, to cross between a query worker and the main thread.
import { DataFactory } from 'n3';
import type { Quad, Term } from '@rdfjs/types';

export type WireTerm = { t: 'n' | 'b' | 'd'; v: string } | { t: 'l'; v: string; l: string; d: string };
export type WireQuad = [WireTerm, WireTerm, WireTerm, WireTerm];

export function toWire(term: Term): WireTerm {
  switch (term.termType) {
    case 'NamedNode':
      return { t: 'n', v: term.value };
    case 'BlankNode':
      return { t: 'b', v: term.value };
    case 'Literal':
      return { t: 'l', v: term.value, l: term.language, d: term.datatype.value };
    case 'DefaultGraph':
      return { t: 'd', v: '' };
    default:
      throw new Error(`a ${term.termType} cannot be sent between threads`);
  }
}

export function fromWire(term: WireTerm): Term {
  switch (term.t) {
    case 'n':
      return DataFactory.namedNode(term.v);
    case 'b':
      return DataFactory.blankNode(term.v);
    case 'd':
      return DataFactory.defaultGraph();
    case 'l':
      return DataFactory.literal(term.v, term.l || DataFactory.namedNode(term.d));
  }
}

export const quadToWire = (q: Quad): WireQuad => [toWire(q.subject), toWire(q.predicate), toWire(q.object), toWire(q.graph)];
export const quadFromWire = ([s, p, o, g]: WireQuad): Quad => DataFactory.quad(fromWire(s) as never, fromWire(p) as never, fromWire(o) as never, fromWire(g) as never);

/** What a worker answers for one query: at most `limit + 1` items, so "more than the limit" shows. */
export type WireResult =
  | { type: 'bindings'; variables: string[]; rows: Record<string, WireTerm>[] }
  | { type: 'boolean'; value: boolean }
  | { type: 'quads'; quads: WireQuad[] }
  | { type: 'error'; message: string };
