// Terms written into the queries filmgraph sends to a SPARQL server: IRIs and literals in SPARQL
// syntax (strings escaped as JSON escapes them, which SPARQL reads the same way).
import type { Term } from '@rdfjs/types';
import { XSD } from '../../vocab/namespaces.ts';

export function sparqlTerm(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      if (/[\u0000-\u0020<>"{}|^`\\]/.test(term.value)) throw new Error(`not an IRI filmgraph can put in a query: ${JSON.stringify(term.value)}`);
      return `<${term.value}>`;
    case 'Literal': {
      const text = JSON.stringify(term.value);
      if (term.language) return `${text}@${term.language}`;
      return term.datatype.value === `${XSD}string` ? text : `${text}^^${sparqlTerm(term.datatype)}`;
    }
    default:
      throw new Error(`a ${term.termType} cannot be written into a query`);
  }
}

/** A VALUES block of one variable. */
export const valuesOf = (variable: string, terms: Iterable<Term>) => `VALUES ?${variable} { ${[...terms].map(sparqlTerm).join(' ')} }`;
