// Literals built to break outputs: HTML and script, JSON-LD and Turtle syntax, control
// characters, bidirectional overrides, astral characters, a very long text. In a small film's
// data (titles by language, descriptions, a country's plain name) for tests that check every
// format gives each back exactly and pages keep them inert.
import { smallFilmTrig } from './tempDataset.ts';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

export interface HostileLiteral {
  what: string;
  /** schema:name or schema:description */
  property: 'name' | 'description';
  subject: 'film/x-2000' | 'country/fr';
  value: string;
  language: string;
}

export const HOSTILE_LITERALS: HostileLiteral[] = [
  { what: 'HTML and script', property: 'name', subject: 'film/x-2000', language: 'fr', value: '</script><script>alert("title")</script><img src=x onerror=alert(1)><!-- &amp; &lt; ]]>' },
  { what: 'JSON-LD syntax', property: 'name', subject: 'film/x-2000', language: 'de', value: '"}, "@context": {"@vocab": "http://evil.example/"}, "@id": "_:x", "a\\": "\\u0000\\" } ] {"@value": 1}' },
  { what: 'Turtle syntax', property: 'name', subject: 'film/x-2000', language: 'it', value: '"""triple""" \'\'\'single\'\'\' \\ \\" > <http://evil.example/> . } GRAPH <g> { @prefix x: <y> .\n\r\tend "' },
  // The C0 controls XML cannot carry are refused at load (src/store/parseRdfFile.ts); these it can.
  { what: 'control characters', property: 'name', subject: 'film/x-2000', language: 'es', value: 'tab\t lf\n cr\r crlf\r\n del\u007f nel\u0085 csi\u009b nbsp\u00a0 zwj\u200d' },
  { what: 'right-to-left overrides', property: 'name', subject: 'film/x-2000', language: 'ar', value: '\u202Egnp.exe\u202C \u2066isolate\u2069 \u200Frlm \u2028line\u2029para \uFEFFbom' },
  { what: 'astral characters and a region tag', property: 'name', subject: 'film/x-2000', language: 'en-gb', value: '🎬 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩🏽‍🚀 e\u0301' },
  { what: 'a 200 KB text', property: 'description', subject: 'film/x-2000', language: 'en', value: `${'<p>"Quotes" & \'apostrophes\' \\ back\\slash </script>\n'.repeat(4000)}end`.slice(0, 200_000) },
  { what: 'markup in a description', property: 'description', subject: 'film/x-2000', language: 'fr', value: '<svg onload=alert(5)><style>*{display:none}</style>{{constructor.constructor("alert(6)")()}}' },
  { what: 'a plain string (no language)', property: 'name', subject: 'country/fr', language: '', value: 'France</title><script>alert(7)</script> "q" \\ \u202E' },
];

/** The datatype IRI a literal has in RDF 1.1. */
export const datatypeOf = (literal: HostileLiteral) => (literal.language ? LANG_STRING : XSD_STRING);

/** A Turtle/TriG string literal (JSON's escapes are a subset of Turtle's). */
const turtleLiteral = (literal: HostileLiteral) => `${JSON.stringify(literal.value)}${literal.language ? `@${literal.language}` : ''}`;

/** The small film graph, with the hostile literals (the country's name replaces "France"). */
export function hostileFilmTrig(extra = ''): string {
  const statements = [...HOSTILE_LITERALS.map((l) => `<${l.subject}> schema:${l.property} ${turtleLiteral(l)} .`), extra].join('\n');
  return smallFilmTrig(statements).replace('<country/fr> a schema:Country ; schema:name "France" .', '<country/fr> a schema:Country .');
}
