// The formats filmgraph speaks, one table for content negotiation, `?format=`, `/dump.EXT` and
// `--format`: the extension is the short name everywhere.
export interface Format {
  /** Short name: the file extension, the `?format=` value and the `--format` value. */
  ext: 'html' | 'ttl' | 'jsonld' | 'nt' | 'nq' | 'trig' | 'rdf';
  mediaType: string;
  /** Other media types clients use for the same format. */
  aliases: string[];
  /** Does the format keep named graphs (the source of each fact)? */
  keepsGraphs: boolean;
  /** Long names accepted by `--format`. */
  names: string[];
  label: string;
}

/** In server preference order: where a client accepts several equally, the first wins. */
export const FORMATS: readonly Format[] = [
  { ext: 'html', mediaType: 'text/html', aliases: ['application/xhtml+xml'], keepsGraphs: false, names: ['html'], label: 'HTML' },
  { ext: 'ttl', mediaType: 'text/turtle', aliases: ['application/x-turtle'], keepsGraphs: false, names: ['turtle'], label: 'Turtle' },
  { ext: 'jsonld', mediaType: 'application/ld+json', aliases: [], keepsGraphs: false, names: ['json-ld'], label: 'JSON-LD' },
  { ext: 'nt', mediaType: 'application/n-triples', aliases: [], keepsGraphs: false, names: ['ntriples', 'n-triples'], label: 'N-Triples' },
  { ext: 'nq', mediaType: 'application/n-quads', aliases: ['text/x-nquads'], keepsGraphs: true, names: ['nquads', 'n-quads'], label: 'N-Quads' },
  { ext: 'trig', mediaType: 'application/trig', aliases: [], keepsGraphs: true, names: [], label: 'TriG' },
  { ext: 'rdf', mediaType: 'application/rdf+xml', aliases: [], keepsGraphs: false, names: ['rdfxml', 'rdf-xml', 'xml'], label: 'RDF/XML' },
];

export const RDF_FORMATS = FORMATS.filter((f) => f.ext !== 'html');

/** A format by extension or long name (case-insensitive), or undefined. */
export function formatNamed(name: string): Format | undefined {
  const key = name.toLowerCase();
  return FORMATS.find((f) => f.ext === key || f.names.includes(key));
}

/** The `?format=EXT` URLs of a resource in the given formats: <link rel="alternate">, Link headers. */
export function alternatesOf(iri: string, formats: readonly Format[] = FORMATS): { href: string; mediaType: string; label: string }[] {
  return formats.map((f) => ({ href: `${iri}?format=${f.ext}`, mediaType: f.mediaType, label: f.label }));
}
