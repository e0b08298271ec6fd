// Content negotiation as a pure function: Accept header and `?format=` in, a format (or the
// reason there is none) out. Uses `negotiator` (q-values, specificity, wildcards) rather than a
// hand-written Accept parser.
import Negotiator from 'negotiator';
import { FORMATS, type Format } from '../representations/formats.ts';

/** What can be negotiated: the formats of resources, of SPARQL results... */
export interface Negotiable {
  ext: string;
  mediaType: string;
  aliases: string[];
  /** Long names `?format=` also accepts. */
  names?: string[];
}

export type Negotiation<F extends Negotiable = Format> =
  | { ok: true; format: F }
  | { ok: false; status: 400; message: string }
  | { ok: false; status: 406; message: string; supported: string[] };

/**
 * Picks the format of a response. `?format=` wins over Accept. No Accept (or any wildcard alone)
 * gets the first available format — HTML for resources, which is what crawlers that send no
 * Accept need; RDF clients name what they want.
 */
export function negotiate<F extends Negotiable = Format>(
  accept: string | undefined,
  formatParam: string | undefined,
  available: readonly F[] = FORMATS as unknown as readonly F[],
): Negotiation<F> {
  if (formatParam !== undefined) {
    const key = formatParam.toLowerCase();
    const format = available.find((f) => f.ext === key || f.names?.includes(key) || f.mediaType === key);
    if (format) return { ok: true, format };
    return { ok: false, status: 400, message: `unknown format ${JSON.stringify(formatParam)}: use one of ${available.map((f) => f.ext).join(', ')}` };
  }
  const offered = available.flatMap((f) => [f.mediaType, ...f.aliases]);
  const [best] = new Negotiator({ headers: { accept: accept === undefined || accept.trim() === '' ? '*/*' : accept } }).mediaTypes(offered);
  const format = best && available.find((f) => f.mediaType === best || f.aliases.includes(best));
  if (format) return { ok: true, format };
  const supported = available.map((f) => f.mediaType);
  return { ok: false, status: 406, message: `none of the media types in Accept is available here; supported: ${supported.join(', ')}`, supported };
}

/** The page language: `?lang=` wins, then Accept-Language, then English. */
export function negotiateLanguage(langParam: string | undefined, acceptLanguage: string | undefined, languages: readonly string[] = ['en', 'fr']): string {
  if (langParam && languages.includes(langParam)) return langParam;
  const [best] = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } }).languages([...languages]);
  return best ?? languages[0];
}
