// The words of the pages, in English and French. Every key exists in both languages (the French
// table is typed from the English one). `{name}` marks a parameter; plural messages have a `one`
// and an `other` form, chosen with Intl.PluralRules (French "one" covers 0 and 1).
import { joinHtml, type HtmlValue, type SafeHtml } from './html.ts';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

interface Plural {
  one: string;
  other: string;
}

const en = {
  'site.name': 'filmgraph',
  'site.tagline': 'Films, their people, releases, reviews, quotes and awards, as linked data',
  'nav.skip': 'Skip to content',
  'nav.home': 'Home',
  'nav.language': 'Language',
  'search.label': 'Search films, people and organizations',
  'search.placeholder': 'Films, people, organizations…',
  'search.button': 'Search',
  'search.title': 'Search',
  'search.resultsFor': 'Results for “{query}”',
  'search.count': { one: '{n} result', other: '{n} results' },
  'search.none': 'Nothing matches “{query}”. Try another spelling, or fewer words.',
  'search.empty': 'Type the name of a film, a person or an organization.',
  'download.title': 'Download as',
  'download.intro': 'This page as data:',
  'footer.about': 'filmgraph publishes films as linked data with schema.org. Every page is also data.',
  'footer.home': 'All films, people and organizations',

  'kind.films': 'Films',
  'kind.people': 'People',
  'kind.organizations': 'Organizations',
  'kind.awards': 'Awards',
  'kind.film': 'Film',
  'kind.person': 'Person',
  'kind.organization': 'Organization',
  'kind.award': 'Award',
  'kind.nomination': 'Nomination',
  'kind.review': 'Review',
  'kind.quote': 'Quote',
  'kind.country': 'Country',
  'kind.character': 'Character',
  'kind.work': 'Work',
  'kind.graph': 'Graph',
  'kind.source': 'Source',
  'kind.resource': 'Resource',

  'sparql.title': 'SPARQL query',
  'sparql.intro': 'Ask the catalogue anything with SPARQL 1.1. The default graph is the merge of the sources’ graphs; GRAPH ?g finds which source states a fact. Read-only: updates and SERVICE are refused.',
  'sparql.endpoint': 'Endpoint',
  'sparql.editor': 'Query editor',
  'sparql.query': 'Query',
  'sparql.format': 'Result format',
  'sparql.run': 'Run query',
  'sparql.named': 'Named queries',
  'sparql.namedIntro': 'Queries that ship with the catalogue. Each link runs its query; the editor opens each in a tab.',
  'sparql.noScript': 'The editor needs JavaScript; the form below works without it.',
  'home.title': 'Films as linked data',
  'home.intro': 'Browse the films filmgraph describes, the people who made them, the organizations that produced, distributed, reviewed and awarded them. Every page is also available as RDF, and the whole graph can be queried with SPARQL.',
  'home.shown': '{shown} of {total}',
  'home.empty': 'Nothing here yet.',
  'home.next': 'Next',
  'home.previous': 'Previous',
  'home.queryFor': 'Filtered by “{query}”',

  'error.home': 'Go to the home page',
  'error.search': 'Or look for it with the search box at the top of the page.',

  'meta.film': '{title} ({year}), a film by {director}: cast and crew, releases, reviews, quotes and awards.',
  'meta.filmNoDirector': '{title} ({year}): cast and crew, releases, reviews, quotes and awards.',
  'meta.person': '{name}: films, roles, quotes and awards.',
  'meta.organization': '{name}: reviews, awards, films produced and distributed.',
  'meta.generic': '{type} “{label}”: its properties and links.',
  'meta.home': 'Films, their people, releases, reviews, quotes and awards, published as linked data with schema.org.',
  'meta.search': 'Search films, people and organizations.',

  'film.originalTitle': 'Original title',
  'film.titleIn': '{language} title',
  'film.otherTitle': 'Also known as',
  'film.directedBy': 'Directed by {names}',
  'film.minutes': '{n} min',

  'section.glance': 'At a glance',
  'section.synopsis': 'Synopsis',
  'section.cast': 'Cast',
  'section.characters': 'Characters',
  'section.crew': 'Crew',
  'section.releases': 'Releases',
  'section.timeline': 'Release timeline',
  'section.production': 'Production',
  'section.distribution': 'Distribution',
  'section.reviews': 'Reviews',
  'section.quotes': 'Quotes',
  'section.awards': 'Awards and nominations',
  'section.neighbourhood': 'Connections',
  'section.sources': 'Sources',
  'section.identifiers': 'Identifiers',
  'section.filmography': 'Filmography',
  'section.works': 'Works',
  'section.awardsReceived': 'Awards received',
  'section.reviewsPublished': 'Reviews published',
  'section.nominationsAwarded': 'Nominations awarded',
  'section.filmsProduced': 'Films produced',
  'section.filmsDistributed': 'Films distributed',
  'section.properties': 'Properties',
  'section.incoming': 'Linked from',
  'section.otherLinks': 'Other links',

  'fact.year': 'Year',
  'fact.runtime': 'Running time',
  'fact.basedOn': 'Based on',
  'fact.workBy': '{work} by {author}',
  'fact.countries': 'Countries of origin',
  'fact.ratings': 'Content ratings',
  'fact.filming': 'Filming',
  'fact.filmingFrom': 'from {start}',
  'fact.filmingUntil': 'until {end}',
  'fact.locations': 'Filming locations',
  'fact.productionCompanies': 'Production companies',
  'fact.leftBlank': 'Left blank by the source',
  'fact.characters': 'Characters',

  'notStated': 'not stated by the source',
  'notStated.also': 'not stated by {source}; given by other sources',

  'crew.director': 'Director',
  'crew.screenwriters': 'Screenplay',
  'crew.composer': 'Music',
  'crew.cinematographer': 'Cinematography',
  'crew.editor': 'Editing',

  'cast.actor': 'Actor',
  'cast.character': 'Character',

  'releases.country': 'Country',
  'releases.count': { one: '{n} release', other: '{n} releases' },

  'distribution.territory': 'Territory',
  'distribution.distributor': 'Distributor',

  'review.permalink': 'Review page',
  'quote.permalink': 'Quote page',

  'awards.body': 'Awarding body',
  'awards.category': 'Category',
  'awards.edition': 'Edition',
  'awards.date': 'Ceremony',
  'awards.nominee': 'Nominee',
  'awards.film': 'Film',
  'awards.outcome': 'Outcome',
  'awards.count': { one: '{n} nomination', other: '{n} nominations' },
  'outcome.won': 'won',
  'outcome.nominated': 'nominated',
  'outcome.notEstablished': 'outcome not established',
  'outcome.none': 'no outcome stated',
  'outcome.count.won': { one: '{n} won', other: '{n} won' },
  'outcome.count.nominated': { one: '{n} nominated', other: '{n} nominated' },
  'outcome.count.notEstablished': { one: '{n} outcome not established', other: '{n} outcomes not established' },
  'outcome.count.none': { one: '{n} with no outcome stated', other: '{n} with no outcome stated' },

  'sources.intro': 'Every fact lives in a named graph, one per source. The facts on this page come from:',
  'sources.facts': { one: '{n} fact', other: '{n} facts' },

  'role.director': 'director',
  'role.screenwriter': 'screenwriter',
  'role.composer': 'composer',
  'role.cinematographer': 'cinematographer',
  'role.editor': 'film editor',
  'role.actor': 'actor',
  'role.actorAs': 'actor ({character})',
  'role.author': 'author',
  'role.nominee': 'nominee',
  'role.quoted': 'quoted',
  'role.productionCompany': 'production',
  'role.distributor': 'distribution',
  'role.publisher': 'review',

  'person.quoteAbout': 'on {film}',
  'person.identifierOther': 'Other identifier',

  'generic.property': 'Property',
  'generic.value': 'Value',
  'generic.resource': 'Resource',
  'generic.via': 'Link',
  'generic.empty': 'Nothing is known about this resource.',
  'generic.partOf': 'Part of {owner}',

  'label.reviewBy': 'Review by {publisher}',
  'label.quoteBy': 'Quote by {speaker}',
  'label.quoteText': '“{text}” ({speaker})',
  'label.roleAs': '{actor} as {character}',
  'label.inCountry': '{thing} ({country})',
} as const;

type Key = keyof typeof en;
type Messages = { [K in Key]: (typeof en)[K] extends string ? string : Plural };
export type MessageKey = { [K in Key]: (typeof en)[K] extends string ? K : never }[Key];
export type PluralKey = { [K in Key]: (typeof en)[K] extends string ? never : K }[Key];

const fr: Messages = {
  'site.name': 'filmgraph',
  'site.tagline': 'Des films, leurs équipes, sorties, critiques, citations et prix, en données liées',
  'nav.skip': 'Aller au contenu',
  'nav.home': 'Accueil',
  'nav.language': 'Langue',
  'search.label': 'Chercher des films, des personnes, des organisations',
  'search.placeholder': 'Films, personnes, organisations…',
  'search.button': 'Chercher',
  'search.title': 'Recherche',
  'search.resultsFor': 'Résultats pour « {query} »',
  'search.count': { one: '{n} résultat', other: '{n} résultats' },
  'search.none': 'Rien ne correspond à « {query} ». Essayez une autre orthographe, ou moins de mots.',
  'search.empty': 'Saisissez le nom d’un film, d’une personne ou d’une organisation.',
  'download.title': 'Télécharger en',
  'download.intro': 'Cette page en données :',
  'footer.about': 'filmgraph publie des films en données liées avec schema.org. Chaque page est aussi une donnée.',
  'footer.home': 'Tous les films, personnes et organisations',

  'kind.films': 'Films',
  'kind.people': 'Personnes',
  'kind.organizations': 'Organisations',
  'kind.awards': 'Prix',
  'kind.film': 'Film',
  'kind.person': 'Personne',
  'kind.organization': 'Organisation',
  'kind.award': 'Prix',
  'kind.nomination': 'Nomination',
  'kind.review': 'Critique',
  'kind.quote': 'Citation',
  'kind.country': 'Pays',
  'kind.character': 'Personnage',
  'kind.work': 'Œuvre',
  'kind.graph': 'Graphe',
  'kind.source': 'Source',
  'kind.resource': 'Ressource',

  'sparql.title': 'Requête SPARQL',
  'sparql.intro': 'Interrogez le catalogue en SPARQL 1.1. Le graphe par défaut est la fusion des graphes des sources ; GRAPH ?g dit quelle source énonce un fait. Lecture seule : les mises à jour et SERVICE sont refusés.',
  'sparql.endpoint': 'Point d’accès',
  'sparql.editor': 'Éditeur de requêtes',
  'sparql.query': 'Requête',
  'sparql.format': 'Format des résultats',
  'sparql.run': 'Exécuter la requête',
  'sparql.named': 'Requêtes nommées',
  'sparql.namedIntro': 'Les requêtes livrées avec le catalogue. Chaque lien exécute sa requête ; l’éditeur les ouvre chacune dans un onglet.',
  'sparql.noScript': 'L’éditeur a besoin de JavaScript ; le formulaire ci-dessous fonctionne sans.',
  'home.title': 'Des films en données liées',
  'home.intro': 'Parcourez les films que décrit filmgraph, les personnes qui les ont faits, les organisations qui les ont produits, distribués, critiqués et récompensés. Chaque page existe aussi en RDF, et tout le graphe s’interroge en SPARQL.',
  'home.shown': '{shown} sur {total}',
  'home.empty': 'Rien pour l’instant.',
  'home.next': 'Suivants',
  'home.previous': 'Précédents',
  'home.queryFor': 'Filtré par « {query} »',

  'error.home': 'Aller à l’accueil',
  'error.search': 'Ou cherchez-le avec le champ de recherche en haut de la page.',

  'meta.film': '{title} ({year}), un film de {director} : distribution, équipe, sorties, critiques, citations et prix.',
  'meta.filmNoDirector': '{title} ({year}) : distribution, équipe, sorties, critiques, citations et prix.',
  'meta.person': '{name} : films, rôles, citations et prix.',
  'meta.organization': '{name} : critiques, prix, films produits et distribués.',
  'meta.generic': '{type} « {label} » : ses propriétés et ses liens.',
  'meta.home': 'Des films, leurs équipes, sorties, critiques, citations et prix, publiés en données liées avec schema.org.',
  'meta.search': 'Chercher des films, des personnes et des organisations.',

  'film.originalTitle': 'Titre original',
  'film.titleIn': 'Titre {language}',
  'film.otherTitle': 'Autre titre',
  'film.directedBy': 'Réalisé par {names}',
  'film.minutes': '{n} min',

  'section.glance': 'En bref',
  'section.synopsis': 'Synopsis',
  'section.cast': 'Distribution',
  'section.characters': 'Personnages',
  'section.crew': 'Équipe technique',
  'section.releases': 'Sorties',
  'section.timeline': 'Chronologie des sorties',
  'section.production': 'Production',
  'section.distribution': 'Distributeurs',
  'section.reviews': 'Critiques',
  'section.quotes': 'Citations',
  'section.awards': 'Prix et nominations',
  'section.neighbourhood': 'Relations',
  'section.sources': 'Sources',
  'section.identifiers': 'Identifiants',
  'section.filmography': 'Filmographie',
  'section.works': 'Œuvres',
  'section.awardsReceived': 'Prix reçus',
  'section.reviewsPublished': 'Critiques publiées',
  'section.nominationsAwarded': 'Nominations décernées',
  'section.filmsProduced': 'Films produits',
  'section.filmsDistributed': 'Films distribués',
  'section.properties': 'Propriétés',
  'section.incoming': 'Liens entrants',
  'section.otherLinks': 'Autres liens',

  'fact.year': 'Année',
  'fact.runtime': 'Durée',
  'fact.basedOn': 'D’après',
  'fact.workBy': '{work} de {author}',
  'fact.countries': 'Pays d’origine',
  'fact.ratings': 'Classifications',
  'fact.filming': 'Tournage',
  'fact.filmingFrom': 'à partir de {start}',
  'fact.filmingUntil': 'jusqu’à {end}',
  'fact.locations': 'Lieux de tournage',
  'fact.productionCompanies': 'Sociétés de production',
  'fact.leftBlank': 'Laissé vide par la source',
  'fact.characters': 'Personnages',

  'notStated': 'non renseigné par la source',
  'notStated.also': 'non renseigné par {source} ; donné par d’autres sources',

  'crew.director': 'Réalisation',
  'crew.screenwriters': 'Scénario',
  'crew.composer': 'Musique',
  'crew.cinematographer': 'Image',
  'crew.editor': 'Montage',

  'cast.actor': 'Interprète',
  'cast.character': 'Personnage',

  'releases.country': 'Pays',
  'releases.count': { one: '{n} sortie', other: '{n} sorties' },

  'distribution.territory': 'Territoire',
  'distribution.distributor': 'Distributeur',

  'review.permalink': 'Page de la critique',
  'quote.permalink': 'Page de la citation',

  'awards.body': 'Organisme',
  'awards.category': 'Catégorie',
  'awards.edition': 'Édition',
  'awards.date': 'Cérémonie',
  'awards.nominee': 'Nommé·e',
  'awards.film': 'Film',
  'awards.outcome': 'Issue',
  'awards.count': { one: '{n} nomination', other: '{n} nominations' },
  'outcome.won': 'prix remporté',
  'outcome.nominated': 'nomination',
  'outcome.notEstablished': 'issue non établie',
  'outcome.none': 'aucune issue indiquée',
  'outcome.count.won': { one: '{n} prix remporté', other: '{n} prix remportés' },
  'outcome.count.nominated': { one: '{n} nomination sans prix', other: '{n} nominations sans prix' },
  'outcome.count.notEstablished': { one: '{n} issue non établie', other: '{n} issues non établies' },
  'outcome.count.none': { one: '{n} sans issue indiquée', other: '{n} sans issue indiquée' },

  'sources.intro': 'Chaque fait vit dans un graphe nommé, un par source. Les faits de cette page viennent de :',
  'sources.facts': { one: '{n} fait', other: '{n} faits' },

  'role.director': 'réalisation',
  'role.screenwriter': 'scénario',
  'role.composer': 'musique',
  'role.cinematographer': 'image',
  'role.editor': 'montage',
  'role.actor': 'interprétation',
  'role.actorAs': 'interprétation ({character})',
  'role.author': 'auteur',
  'role.nominee': 'nomination',
  'role.quoted': 'citation',
  'role.productionCompany': 'production',
  'role.distributor': 'distribution',
  'role.publisher': 'critique',

  'person.quoteAbout': 'sur {film}',
  'person.identifierOther': 'Autre identifiant',

  'generic.property': 'Propriété',
  'generic.value': 'Valeur',
  'generic.resource': 'Ressource',
  'generic.via': 'Lien',
  'generic.empty': 'On ne sait rien de cette ressource.',
  'generic.partOf': 'Fait partie de {owner}',

  'label.reviewBy': 'Critique de {publisher}',
  'label.quoteBy': 'Citation de {speaker}',
  'label.quoteText': '« {text} » ({speaker})',
  'label.roleAs': '{actor} dans le rôle de {character}',
  'label.inCountry': '{thing} ({country})',
};

export const MESSAGES: Record<Lang, Messages> = { en, fr };

type Params = Record<string, string | number>;

function fill(message: string, params: Params = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A message as plain text (escape it when it goes into a page: interpolate it in `html`). */
export function t(lang: Lang, key: MessageKey, params?: Params): string {
  return fill(MESSAGES[lang][key] as string, params);
}

/** A plural message; `n` is also available to the message as `{n}`. */
export function tn(lang: Lang, key: PluralKey, n: number, params?: Params): string {
  const forms = MESSAGES[lang][key] as Plural;
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? forms.one : forms.other;
  return fill(form, { n: formatNumber(lang, n), ...params });
}

/** A message whose parameters are markup (links): the message text is escaped, the parameters kept. */
export function tHtml(lang: Lang, key: MessageKey, params: Record<string, HtmlValue>): SafeHtml {
  const parts = (MESSAGES[lang][key] as string).split(/(\{\w+\})/);
  return joinHtml(parts.map((part) => {
    const m = /^\{(\w+)\}$/.exec(part);
    return m && m[1] in params ? params[m[1]] : part;
  }));
}

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(locale(lang)).format(n);
}

/** The locale used for dates and numbers. */
export function locale(lang: Lang): string {
  return lang === 'fr' ? 'fr-FR' : 'en-GB';
}

/** A language's name in the page language ("French", "anglais"). */
export function languageName(pageLang: Lang, code: string): string {
  try {
    return new Intl.DisplayNames([pageLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
