// Country names as pages write them ("France", "US", "UK") → ISO 3166-1 alpha-2 codes.
import countries from 'i18n-iso-countries';
import { slug } from '../vocab/iris.ts';

// Short forms pages use that the English names list may not cover.
const ALIASES: Record<string, string> = { us: 'us', usa: 'us', 'u.s.': 'us', 'u.s.a.': 'us', uk: 'gb', 'u.k.': 'gb' };

/** Lower-case alpha-2 code of an English country name or common short form, else undefined. */
export function countryCode(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  return ALIASES[key] ?? countries.getAlpha2Code(name.trim(), 'en')?.toLowerCase();
}

/** The IRI segment of a country: its code where known, else the slug of its name. */
export function countrySegment(name: string): { segment: string; known: boolean } {
  const code = countryCode(name);
  return code ? { segment: code, known: true } : { segment: slug(name), known: false };
}

// The main language of films released first in a country; only where one language clearly
// dominates (no Canada, Switzerland, India...).
const LANGUAGES: Record<string, string> = {
  fr: 'fr', be: 'fr', lu: 'fr', de: 'de', at: 'de', es: 'es', mx: 'es', ar: 'es', cl: 'es', co: 'es',
  it: 'it', us: 'en', gb: 'en', ie: 'en', au: 'en', nz: 'en', nl: 'nl', pt: 'pt', br: 'pt',
  dk: 'da', se: 'sv', no: 'no', fi: 'fi', is: 'is', pl: 'pl', cz: 'cs', hu: 'hu', gr: 'el',
  tr: 'tr', ru: 'ru', jp: 'ja', kr: 'ko', cn: 'zh', tw: 'zh', ir: 'fa', il: 'he', ro: 'ro',
};

/** BCP 47 tag of the language most films from this country are in, if that is clear. */
export function countryLanguage(code: string): string | undefined {
  return LANGUAGES[code.toLowerCase()];
}
