// Parses WWW-Authenticate (RFC 9110 §11.6.1): one or more challenges, each a scheme followed by
// comma-separated name=value parameters (token or quoted-string). Several headers arrive joined
// by ", ", which the grammar allows: a new challenge starts at a token not followed by "=".

export interface Challenge {
  /** The scheme, lower-cased: "basic", "digest", ... */
  scheme: string;
  /** Parameter names lower-cased, values unquoted. */
  params: Record<string, string>;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;
/** A parameter's name and its "="; a second "=" means token68 padding instead. */
const PARAM = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=(?!=)\s*/;

export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  let rest = header;
  const skip = (pattern: RegExp) => {
    rest = rest.replace(pattern, '');
  };
  while (rest.length > 0) {
    skip(/^[\s,]+/);
    const scheme = TOKEN.exec(rest)?.[0];
    if (!scheme) break; // Unparseable remainder: keep what was understood.
    rest = rest.slice(scheme.length);
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    skip(/^\s+/);
    // token68 form (e.g. "Negotiate abc=="): nothing this client reads; skip it.
    const token68 = /^[A-Za-z0-9\-._~+/]+=*\s*(?:,|$)/.exec(rest);
    if (token68 && !PARAM.test(rest)) {
      rest = rest.slice(token68[0].length);
      skip(/^[\s,]+/);
      continue;
    }
    for (;;) {
      const name = PARAM.exec(rest);
      if (!name) break;
      rest = rest.slice(name[0].length);
      let value: string;
      if (rest.startsWith('"')) {
        const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(rest);
        if (!quoted) return challenges;
        value = quoted[1].replace(/\\(.)/g, '$1');
        rest = rest.slice(quoted[0].length);
      } else {
        value = TOKEN.exec(rest)?.[0] ?? '';
        rest = rest.slice(value.length);
      }
      challenge.params[name[1].toLowerCase()] = value;
      skip(/^[\s,]+/);
    }
  }
  return challenges;
}
