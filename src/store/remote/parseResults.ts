// Answers of a SPARQL server as RDF/JS terms: SPARQL 1.1 Query Results JSON (including the
// "typed-literal" type of the older draft, which Virtuoso still writes) and N-Triples or Turtle
// for graph results. Anything else is an error naming what came back.
import { DataFactory, Parser } from 'n3';
import type { Quad, Term } from '@rdfjs/types';
import type { Row } from '../../sparql/SparqlEngine.ts';

const { namedNode, blankNode, literal } = DataFactory;

export class MalformedAnswerError extends Error {
  name = 'MalformedAnswerError';
}

interface JsonTerm {
  type: string;
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

export type ParsedJsonResults = { type: 'bindings'; variables: string[]; rows: Row[] } | { type: 'boolean'; value: boolean };

function termOf(json: JsonTerm): Term {
  if (typeof json?.value !== 'string') throw new MalformedAnswerError(`a result term has no string value: ${JSON.stringify(json)}`);
  switch (json.type) {
    case 'uri':
      return namedNode(json.value);
    case 'bnode':
      // The server's own label (Virtuoso's "nodeID://b10003"), made a valid one to write back out.
      return blankNode(json.value.replace(/[^A-Za-z0-9_-]/g, '_'));
    case 'literal':
    case 'typed-literal':
      if (json['xml:lang']) return literal(json.value, json['xml:lang']);
      return literal(json.value, json.datatype ? namedNode(json.datatype) : undefined);
    default:
      throw new MalformedAnswerError(`a result term has the unknown type ${JSON.stringify(json.type)}`);
  }
}

export function parseJsonResults(text: string): ParsedJsonResults {
  let document: { head?: { vars?: string[] }; boolean?: unknown; results?: { bindings?: Record<string, JsonTerm>[] } };
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new MalformedAnswerError(`the SPARQL JSON results are not JSON: ${(error as Error).message}`);
  }
  if (typeof document.boolean === 'boolean') return { type: 'boolean', value: document.boolean };
  const bindings = document.results?.bindings;
  if (!Array.isArray(bindings)) throw new MalformedAnswerError('the SPARQL JSON results have neither "boolean" nor "results.bindings"');
  const rows = bindings.map((binding) => {
    const row: Row = {};
    for (const [variable, term] of Object.entries(binding)) row[variable] = termOf(term);
    return row;
  });
  return { type: 'bindings', variables: document.head?.vars ?? [], rows };
}

/** Parses an RDF graph in N-Triples or Turtle (by media type); its triples are in the default graph. */
export function parseGraph(text: string, mediaType: string): Quad[] {
  const format = mediaType === 'application/n-triples' ? 'N-Triples' : mediaType === 'text/turtle' ? 'Turtle' : undefined;
  if (!format) throw new MalformedAnswerError(`a graph result came as ${mediaType || 'no media type'}, not N-Triples or Turtle`);
  try {
    return new Parser({ format }).parse(text);
  } catch (error) {
    throw new MalformedAnswerError(`the ${format} graph result does not parse: ${(error as Error).message}`);
  }
}
