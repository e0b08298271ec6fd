// SPARQL 1.1 query results as JSON, XML, CSV and TSV (W3C Recommendations), written as streams so
// a large result never has to be held whole. Graph results (CONSTRUCT, DESCRIBE) go through
// serializeRdf like every other RDF output.
import { Readable } from 'node:stream';
import type { Term } from '@rdfjs/types';
import type { Row } from '../sparql/SparqlEngine.ts';

export interface ResultFormat {
  ext: 'json' | 'xml' | 'csv' | 'tsv';
  mediaType: string;
  aliases: string[];
  label: string;
  /** Can it carry an ASK result? (CSV and TSV are defined for solutions only.) */
  boolean: boolean;
}

/** In server preference order. `application/json` is what SPARQLWrapper and browsers' fetch ask. */
export const RESULT_FORMATS: readonly ResultFormat[] = [
  { ext: 'json', mediaType: 'application/sparql-results+json', aliases: ['application/json'], label: 'SPARQL JSON', boolean: true },
  { ext: 'xml', mediaType: 'application/sparql-results+xml', aliases: ['application/xml', 'text/xml'], label: 'SPARQL XML', boolean: true },
  { ext: 'csv', mediaType: 'text/csv', aliases: [], label: 'CSV', boolean: false },
  { ext: 'tsv', mediaType: 'text/tab-separated-values', aliases: [], label: 'TSV', boolean: false },
];

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

export function solutionsStream(variables: string[], rows: AsyncIterable<Row>, format: ResultFormat): Readable {
  const writer = { json: jsonSolutions, xml: xmlSolutions, csv: csvSolutions, tsv: tsvSolutions }[format.ext];
  return Readable.from(writer(variables, rows), { objectMode: false });
}

export function booleanResult(value: boolean, format: ResultFormat): string {
  if (format.ext === 'json') return `${JSON.stringify({ head: {}, boolean: value })}\n`;
  if (format.ext === 'xml') return `<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n  <head/>\n  <boolean>${value}</boolean>\n</sparql>\n`;
  throw new Error(`${format.label} has no form for a boolean result`);
}

async function* jsonSolutions(variables: string[], rows: AsyncIterable<Row>): AsyncGenerator<string> {
  yield `{"head":{"vars":${JSON.stringify(variables)}},"results":{"bindings":[`;
  let first = true;
  for await (const row of rows) {
    const binding: Record<string, unknown> = {};
    for (const [name, term] of Object.entries(row)) binding[name] = jsonTerm(term);
    yield `${first ? '\n' : ',\n'}${JSON.stringify(binding)}`;
    first = false;
  }
  yield '\n]}}\n';
}

function jsonTerm(term: Term): Record<string, string> {
  if (term.termType === 'NamedNode') return { type: 'uri', value: term.value };
  if (term.termType === 'BlankNode') return { type: 'bnode', value: term.value };
  if (term.termType === 'Literal') {
    if (term.language) return { type: 'literal', value: term.value, 'xml:lang': term.language };
    if (term.datatype.value !== XSD_STRING) return { type: 'literal', value: term.value, datatype: term.datatype.value };
    return { type: 'literal', value: term.value };
  }
  return { type: 'literal', value: term.value };
}

// Carriage returns (and NEL, LINE and PARAGRAPH SEPARATOR, which some parsers also take for line ends)
// are written as character references: written raw, a parser reads them back as line feeds.
const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000b-\u001f\u0085\u2028\u2029]/g, (c) => `&#${c.charCodeAt(0)};`);

async function* xmlSolutions(variables: string[], rows: AsyncIterable<Row>): AsyncGenerator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n  <head>\n${variables.map((v) => `    <variable name="${escapeXml(v)}"/>\n`).join('')}  </head>\n  <results>\n`;
  for await (const row of rows) {
    let result = '    <result>\n';
    for (const [name, term] of Object.entries(row)) result += `      <binding name="${escapeXml(name)}">${xmlTerm(term)}</binding>\n`;
    yield `${result}    </result>\n`;
  }
  yield '  </results>\n</sparql>\n';
}

function xmlTerm(term: Term): string {
  if (term.termType === 'NamedNode') return `<uri>${escapeXml(term.value)}</uri>`;
  if (term.termType === 'BlankNode') return `<bnode>${escapeXml(term.value)}</bnode>`;
  if (term.termType === 'Literal') {
    if (term.language) return `<literal xml:lang="${escapeXml(term.language)}">${escapeXml(term.value)}</literal>`;
    if (term.datatype.value !== XSD_STRING && term.datatype.value !== RDF_LANG_STRING) return `<literal datatype="${escapeXml(term.datatype.value)}">${escapeXml(term.value)}</literal>`;
    return `<literal>${escapeXml(term.value)}</literal>`;
  }
  return `<literal>${escapeXml(term.value)}</literal>`;
}

/** RFC 4180: quote a field holding a quote, comma or line break; lines end with CRLF. */
const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

async function* csvSolutions(variables: string[], rows: AsyncIterable<Row>): AsyncGenerator<string> {
  yield `${variables.map(csvField).join(',')}\r\n`;
  for await (const row of rows)
    yield `${variables.map((v) => (row[v] ? csvField(row[v].termType === 'BlankNode' ? `_:${row[v].value}` : row[v].value) : '')).join(',')}\r\n`;
}

async function* tsvSolutions(variables: string[], rows: AsyncIterable<Row>): AsyncGenerator<string> {
  yield `${variables.map((v) => `?${v}`).join('\t')}\n`;
  for await (const row of rows) yield `${variables.map((v) => (row[v] ? tsvTerm(row[v]) : '')).join('\t')}\n`;
}

/** Terms in Turtle/N-Triples syntax, as the TSV format requires. */
function tsvTerm(term: Term): string {
  if (term.termType === 'NamedNode') return `<${term.value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}>`;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  if (term.termType !== 'Literal') return term.value;
  const lexical = `"${term.value.replace(/[\\"\t\n\r]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!)}"`;
  if (term.language) return `${lexical}@${term.language}`;
  if (term.datatype.value === XSD_STRING) return lexical;
  return `${lexical}^^<${term.datatype.value}>`;
}
