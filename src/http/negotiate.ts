// Content negotiation as a pure function: Accept header and `?format=` in, a format (or the
// reason there is none) out. Uses `negotiator` (q-values, specificity, wildcards) rather than a
// hand-written Accept parser.
import Negotiator from 'negotiator';
import { FORMATS, type Format } from '../representations/formats.ts';
import { memoizeByString } from './memoizeByString.ts';

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
  return byAccept(available)(accept === undefined || accept.trim() === '' ? '*/*' : accept) as Negotiation<F>;
}

/** Negotiation by Accept alone, remembered per Accept value, for each list of formats. */
const byAcceptOf = new WeakMap<readonly Negotiable[], (accept: string) => Negotiation<Negotiable>>();
function byAccept(available: readonly Negotiable[]): (accept: string) => Negotiation<Negotiable> {
  let negotiateAccept = byAcceptOf.get(available);
  if (!negotiateAccept) {
    const offered = available.flatMap((f) => [f.mediaType, ...f.aliases]);
    negotiateAccept = memoizeByString((accept): Negotiation<Negotiable> => {
      const [best] = new Negotiator({ headers: { accept } }).mediaTypes(offered);
      const format = best && available.find((f) => f.mediaType === best || f.aliases.includes(best));
      if (format) return { ok: true, format };
      const supported = available.map((f) => f.mediaType);
      return { ok: false, status: 406, message: `none of the media types in Accept is available here; supported: ${supported.join(', ')}`, supported };
    });
    byAcceptOf.set(available, negotiateAccept);
  }
  return negotiateAccept;
}

const PAGE_LANGUAGES: readonly string[] = ['en', 'fr'];

/** The page language: `?lang=` wins, then Accept-Language, then English. */
export function negotiateLanguage(langParam: string | undefined, acceptLanguage: string | undefined, languages: readonly string[] = PAGE_LANGUAGES): string {
  if (langParam && languages.includes(langParam)) return langParam;
  return languages === PAGE_LANGUAGES ? pageLanguageOf(acceptLanguage ?? '') : bestLanguage(acceptLanguage ?? '', languages);
}

const bestLanguage = (acceptLanguage: string, languages: readonly string[]) =>
  new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages([...languages])[0] ?? languages[0];
const pageLanguageOf = memoizeByString((acceptLanguage) => bestLanguage(acceptLanguage, PAGE_LANGUAGES));
