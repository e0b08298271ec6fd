// Names of the properties and classes the pages show, in both languages. A term missing here is
// named by its rdfs:label in the description when there is one, else by its prefixed name.
import { DCTERMS, FG, OWL, PROV, RDF, RDFS, SCHEMA, PREFIXES } from '../../vocab/namespaces.ts';
import { t, type Lang, type MessageKey } from './i18n.ts';

type Names = Record<Lang, string>;
const n = (en: string, fr: string): Names => ({ en, fr });
const message = (key: MessageKey): Names => ({ en: t('en', key), fr: t('fr', key) });

export const PROPERTY_NAMES: Readonly<Record<string, Names>> = {
  [`${RDF}type`]: n('type', 'type'),
  [`${RDFS}label`]: n('label', 'libellé'),
  [`${RDFS}comment`]: n('comment', 'commentaire'),
  [`${SCHEMA}name`]: n('name', 'nom'),
  [`${SCHEMA}datePublished`]: n('date published', 'date de publication'),
  [`${SCHEMA}duration`]: n('running time', 'durée'),
  [`${SCHEMA}description`]: n('description', 'description'),
  [`${SCHEMA}isBasedOn`]: n('based on', 'd’après'),
  [`${SCHEMA}director`]: n('director', 'réalisation'),
  [`${SCHEMA}author`]: n('author', 'auteur'),
  [`${SCHEMA}musicBy`]: n('music by', 'musique'),
  [`${SCHEMA}actor`]: n('actor', 'interprète'),
  [`${SCHEMA}character`]: n('character', 'personnage'),
  [`${SCHEMA}characterName`]: n('character name', 'nom du personnage'),
  [`${SCHEMA}contentRating`]: n('content rating', 'classification'),
  [`${SCHEMA}ratingValue`]: n('rating', 'classification'),
  [`${SCHEMA}aggregateRating`]: n('audience and critics rating', 'note du public et de la critique'),
  [`${SCHEMA}ratingCount`]: n('number of ratings', 'nombre de notes'),
  [`${SCHEMA}bestRating`]: n('best rating', 'note maximale'),
  [`${SCHEMA}worstRating`]: n('worst rating', 'note minimale'),
  [`${SCHEMA}version`]: n('version', 'version'),
  [`${SCHEMA}releasedEvent`]: n('release', 'sortie'),
  [`${SCHEMA}startDate`]: n('date', 'date'),
  [`${SCHEMA}location`]: n('place', 'lieu'),
  [`${SCHEMA}locationCreated`]: n('filming location', 'lieu de tournage'),
  [`${SCHEMA}countryOfOrigin`]: n('country of origin', 'pays d’origine'),
  [`${SCHEMA}productionCompany`]: n('production company', 'société de production'),
  [`${SCHEMA}itemReviewed`]: n('film reviewed', 'œuvre critiquée'),
  [`${SCHEMA}reviewBody`]: n('review', 'critique'),
  [`${SCHEMA}publisher`]: n('publisher', 'publié par'),
  [`${SCHEMA}text`]: n('text', 'texte'),
  [`${SCHEMA}spokesperson`]: n('speaker', 'auteur de la citation'),
  [`${SCHEMA}about`]: n('about', 'à propos de'),
  [`${SCHEMA}sameAs`]: n('same as', 'identique à'),
  [`${SCHEMA}award`]: n('award', 'prix'),
  [`${SCHEMA}genre`]: n('genre', 'genre'),
  [`${SCHEMA}nationality`]: n('nationality', 'nationalité'),
  [`${SCHEMA}url`]: n('URL', 'URL'),
  [`${FG}cinematographer`]: n('cinematographer', 'image'),
  [`${FG}filmEditor`]: n('film editor', 'montage'),
  [`${FG}filmingStart`]: n('filming start', 'début du tournage'),
  [`${FG}filmingEnd`]: n('filming end', 'fin du tournage'),
  [`${FG}notStated`]: n('not stated by the source', 'non renseigné par la source'),
  [`${FG}medium`]: n('medium', 'support'),
  [`${FG}ratingCountry`]: n('rating country', 'pays de la classification'),
  [`${FG}playsCharacter`]: n('plays character', 'joue le personnage'),
  [`${FG}nominee`]: n('nominee', 'nommé·e'),
  [`${FG}forWork`]: n('for work', 'pour l’œuvre'),
  [`${FG}awardCategory`]: n('award category', 'catégorie'),
  [`${FG}awardingOrganization`]: n('awarding organization', 'organisme décernant le prix'),
  [`${FG}edition`]: n('edition', 'édition'),
  [`${FG}ceremonyDate`]: n('ceremony date', 'date de la cérémonie'),
  [`${FG}outcome`]: n('outcome', 'issue'),
  [`${FG}distribution`]: n('distribution', 'distribution'),
  [`${FG}distributor`]: n('distributor', 'distributeur'),
  [`${FG}territory`]: n('territory', 'territoire'),
  [`${FG}sha256`]: n('SHA-256', 'SHA-256'),
  [`${DCTERMS}title`]: n('title', 'titre'),
  [`${DCTERMS}description`]: n('description', 'description'),
  [`${DCTERMS}license`]: n('licence', 'licence'),
  [`${PROV}wasDerivedFrom`]: n('derived from', 'dérivé de'),
};

export const CLASS_NAMES: Readonly<Record<string, Names>> = {
  [`${SCHEMA}Movie`]: n('Film', 'Film'),
  [`${SCHEMA}Person`]: n('Person', 'Personne'),
  [`${SCHEMA}Organization`]: n('Organization', 'Organisation'),
  [`${SCHEMA}Country`]: n('Country', 'Pays'),
  [`${SCHEMA}Place`]: n('Place', 'Lieu'),
  [`${SCHEMA}Review`]: n('Review', 'Critique'),
  [`${SCHEMA}Quotation`]: n('Quote', 'Citation'),
  [`${SCHEMA}PublicationEvent`]: n('Release', 'Sortie'),
  [`${SCHEMA}Rating`]: n('Content rating', 'Classification'),
  [`${SCHEMA}AggregateRating`]: n('Aggregate rating', 'Note agrégée'),
  [`${SCHEMA}Dataset`]: n('Dataset', 'Jeu de données'),
  [`${SCHEMA}PerformanceRole`]: n('Cast role', 'Rôle'),
  [`${SCHEMA}CreativeWork`]: n('Work', 'Œuvre'),
  [`${SCHEMA}Book`]: n('Book', 'Livre'),
  [`${SCHEMA}WebPage`]: n('Web page', 'Page web'),
  [`${FG}Character`]: n('Character', 'Personnage'),
  [`${FG}Nomination`]: n('Nomination', 'Nomination'),
  [`${FG}Distribution`]: n('Distribution', 'Distribution'),
  [`${FG}PageGraph`]: n('Page graph', 'Graphe de page'),
  [`${FG}CuratedGraph`]: n('Curated graph', 'Graphe établi à la main'),
  [`${FG}DerivedGraph`]: n('Derived graph', 'Graphe dérivé'),
  [`${FG}CatalogueGraph`]: n('Catalogue graph', 'Graphe de catalogue'),
  [`${FG}Outcome`]: n('Outcome', 'Issue'),
  [`${FG}Medium`]: n('Release medium', 'Support de sortie'),
  [`${OWL}Class`]: n('Class', 'Classe'),
  [`${OWL}NamedIndividual`]: n('Individual', 'Individu'),
  [`${OWL}ObjectProperty`]: n('Property', 'Propriété'),
  [`${OWL}DatatypeProperty`]: n('Property', 'Propriété'),
};

/** Values of the vocabulary's enumerations (media, outcomes). */
export const VALUE_NAMES: Readonly<Record<string, Names>> = {
  [`${FG}Theatrical`]: n('Theatrical', 'En salles'),
  [`${FG}DVD`]: n('DVD', 'DVD'),
  [`${FG}Won`]: message('outcome.won'),
  [`${FG}NominatedNotWon`]: message('outcome.nominated'),
  [`${FG}OutcomeNotEstablished`]: message('outcome.notEstablished'),
};

/** `schema:name` for an IRI in a known namespace, else the IRI. */
export function prefixedName(iri: string): string {
  for (const [prefix, ns] of Object.entries(PREFIXES)) if (iri.startsWith(ns) && iri.length > ns.length) return `${prefix}:${iri.slice(ns.length)}`;
  return iri;
}
