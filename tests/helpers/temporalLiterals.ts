// Structured data writes dates, times and durations as plain strings, which schema.org's context
// reads as its own Date/DateTime values (or text); the store holds the same lexical forms typed
// with XML Schema. Comparing the two, a temporal literal is its lexical form.
const TEMPORAL = [
  'http://www.w3.org/2001/XMLSchema#date', 'http://www.w3.org/2001/XMLSchema#dateTime', 'http://www.w3.org/2001/XMLSchema#gYear',
  'http://www.w3.org/2001/XMLSchema#gYearMonth', 'http://www.w3.org/2001/XMLSchema#duration', 'http://www.w3.org/2001/XMLSchema#string',
  'http://schema.org/Date', 'http://schema.org/DateTime', 'http://schema.org/Duration',
];
const LEXICAL = /^(\d{4}(-\d{2}(-\d{2}(T[\d:.]+Z?)?)?)?|P(\d+[YMWD])*(T(\d+[HMS])+)?)$/;

/** A triple key (`"value"@lang^^datatype` literals) with a temporal literal's datatype dropped. */
export function withTemporalLiteralsPlain(key: string): string {
  return key.replace(/"([^"]*)"@\^\^(\S+)$/, (whole, value: string, datatype: string) =>
    TEMPORAL.includes(datatype) && LEXICAL.test(value) ? `"${value}"@^^temporal` : whole,
  );
}
