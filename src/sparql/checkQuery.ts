// Every query is parsed and checked before it runs: filmgraph is read-only and never fetches, so
// updates (LOAD included) and SERVICE are refused here, on the parsed algebra (sparqlalgebrajs).
// The engine over the store cannot fetch anyway; this check is what protects a remote store,
// which would otherwise run a SERVICE clause itself. The protocol's default-graph-uri and
// named-graph-uri replace the query's FROM and FROM NAMED, as the SPARQL 1.1 Protocol says.
import { Parser as SparqlParser, Generator, type SparqlQuery } from 'sparqljs';
import { translate, Algebra, Util } from 'sparqlalgebrajs';
import { DataFactory } from 'n3';

export class QueryRejectedError extends Error {
  name = 'QueryRejectedError';
  constructor(
    message: string,
    /** Why: the client's query is malformed, or asks what this endpoint refuses to do. */
    readonly reason: 'syntax' | 'update' | 'service',
  ) {
    super(message);
  }
}

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

export interface CheckedQuery {
  /** The query to run (with the protocol's dataset applied). */
  text: string;
  form: QueryForm;
}

export interface ProtocolDataset {
  defaultGraphUris: string[];
  namedGraphUris: string[];
}

/**
 * Groups, brackets and parentheses nested deeper than any real query. The parser slows down
 * badly with depth (10,000 nested groups take over a minute, on the main thread) and the
 * algebra and the engine recurse until the stack overflows: refused before parsing.
 */
export const MAX_QUERY_NESTING = 100;

export function checkQuery(query: string, baseIri: string, dataset?: ProtocolDataset): CheckedQuery {
  const depth = nestingDepth(query);
  if (depth > MAX_QUERY_NESTING)
    throw new QueryRejectedError(`the query nests groups, brackets or parentheses ${depth} deep; at most ${MAX_QUERY_NESTING} are accepted`, 'syntax');
  let parsed: SparqlQuery;
  try {
    parsed = new SparqlParser({ baseIRI: baseIri }).parse(query);
  } catch (error) {
    throw new QueryRejectedError(`malformed query: ${(error as Error).message}`, 'syntax');
  }
  if (parsed.type === 'update')
    throw new QueryRejectedError('this endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP...) is refused', 'update');
  let algebra: Algebra.Operation;
  try {
    algebra = translate(parsed, { quads: true, baseIRI: baseIri });
  } catch (error) {
    throw new QueryRejectedError(`malformed query: ${(error as Error).message}`, 'syntax');
  }
  let service: string | undefined;
  Util.recurseOperation(algebra, {
    [Algebra.types.SERVICE]: (op: Algebra.Service) => {
      service = op.name.value;
      return false;
    },
  });
  if (service !== undefined)
    throw new QueryRejectedError(`SERVICE is refused: this endpoint never fetches anything on a query's behalf (SERVICE <${service}>)`, 'service');

  if (dataset && (dataset.defaultGraphUris.length > 0 || dataset.namedGraphUris.length > 0)) {
    // A fresh parse: translate() rewrites the parsed query it is given (aggregates become variables).
    const fresh = new SparqlParser({ baseIRI: baseIri }).parse(query);
    (fresh as { from?: unknown }).from = {
      default: dataset.defaultGraphUris.map((iri) => DataFactory.namedNode(iri)),
      named: dataset.namedGraphUris.map((iri) => DataFactory.namedNode(iri)),
    };
    return { text: new Generator().stringify(fresh), form: parsed.queryType as QueryForm };
  }
  return { text: query, form: parsed.queryType as QueryForm };
}

const IRIREF = /<[^<>"{}|^`\\\u0000-\u0020]*>/y;

/**
 * The deepest nesting of { ( [ in a query, outside strings, IRIs and comments. One pass, each
 * character looked at a bounded number of times (a backtracking regex could be led astray).
 */
function nestingDepth(query: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < query.length; i++) {
    const c = query[i];
    if (c === '{' || c === '(' || c === '[') deepest = Math.max(deepest, ++depth);
    else if (c === '}' || c === ')' || c === ']') depth--;
    else if (c === '#') while (i + 1 < query.length && query[i + 1] !== '\n' && query[i + 1] !== '\r') i++;
    else if (c === '<') {
      IRIREF.lastIndex = i;
      if (IRIREF.test(query)) i = IRIREF.lastIndex - 1;
    } else if (c === '"' || c === "'") {
      const close = query.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += close.length;
      while (i < query.length && !query.startsWith(close, i)) {
        if (close.length === 1 && (query[i] === '\n' || query[i] === '\r')) break;
        i += query[i] === '\\' ? 2 : 1;
      }
      i += close.length - 1;
    }
  }
  return deepest;
}
