// The Short Facts as statements about the film. A fact the page leaves blank becomes
// `<film> fg:notStated <property>` rather than nothing, so "not said" differs from "not imported".
import type { NamedNode } from '@rdfjs/types';
import { fg, rdf, schema } from '../vocab/namespaces.ts';
import { type Medium, paths } from '../vocab/iris.ts';
import { countryCode } from './countries.ts';
import type { ReleasesFact, ShortFacts } from './FilmPage.ts';
import { type GraphBuilder, text, typed } from './GraphBuilder.ts';

/** One statement-maker per fact line, with its line so callers can keep page order. */
export function factEmitters(facts: ShortFacts, g: GraphBuilder, filmPath: string): { line: number; emit: () => void }[] {
  const film = g.iri(filmPath);
  const notStated = (property: NamedNode) => g.add(film, fg('notStated'), property);
  const out: { line: number; emit: () => void }[] = [];
  const on = (fact: { line: number } | undefined, emit: () => void) => fact && out.push({ line: fact.line, emit });

  const { screenwriters, starring, filmingLocations, basedUpon, runtime, ratings, filmingDates } = facts;
  on(screenwriters, () => {
    if (screenwriters!.names.length === 0) notStated(schema('author'));
    for (const { name } of screenwriters!.names) g.add(film, schema('author'), g.person(name));
  });
  on(starring, () => {
    if (starring!.names.length === 0) notStated(schema('actor'));
    for (const { name } of starring!.names) {
      const role = g.iri(paths.castRole(filmPath, name));
      g.add(film, schema('actor'), role);
      g.add(role, rdf('type'), schema('PerformanceRole'));
      g.add(role, schema('actor'), g.person(name));
    }
  });
  on(filmingLocations, () => {
    if (filmingLocations!.names.length === 0) notStated(schema('locationCreated'));
    for (const place of filmingLocations!.names) {
      // A country named as a location is the country node, not a second Place for it.
      const node = countryCode(place.name) ? g.country(place).node : g.named(paths.place(place.name), schema('Place'), place.name);
      g.add(film, schema('locationCreated'), node);
    }
  });
  on(basedUpon, () => {
    const work = basedUpon!.work;
    if (!work) return notStated(schema('isBasedOn'));
    const author = work.author === undefined ? undefined : g.person(work.author);
    const node = g.named(paths.work(work.title, work.author), schema('CreativeWork'), work.title);
    if (author) g.add(node, schema('author'), author);
    g.add(film, schema('isBasedOn'), node);
  });
  on(runtime, () => {
    if (runtime!.minutes === undefined) return notStated(schema('duration'));
    g.add(film, schema('duration'), typed(`PT${runtime!.minutes}M`, 'duration'));
  });
  on(ratings, () => {
    if (ratings!.ratings.length === 0) notStated(schema('contentRating'));
    for (const { country, value } of ratings!.ratings) {
      const c = g.country(country);
      const rating = g.iri(g.unique.take(paths.rating(filmPath, c.segment)));
      g.add(film, schema('contentRating'), rating);
      g.add(rating, rdf('type'), schema('Rating'));
      g.add(rating, schema('ratingValue'), text(value));
      g.add(rating, fg('ratingCountry'), c.node);
    }
  });
  on(filmingDates, () => {
    const period = filmingDates!.period;
    if (!period) return void [fg('filmingStart'), fg('filmingEnd')].forEach(notStated);
    g.add(film, fg('filmingStart'), typed(period.start.value, period.start.precision));
    g.add(film, fg('filmingEnd'), typed(period.end.value, period.end.precision));
  });
  const releases = (fact: ReleasesFact | undefined, medium: Medium, mediumNode: NamedNode) =>
    on(fact, () => {
      for (const { country, date } of fact!.releases) {
        const c = g.country(country);
        const event = g.iri(g.unique.take(paths.release(filmPath, c.segment, medium)));
        g.add(film, schema('releasedEvent'), event);
        g.add(event, rdf('type'), schema('PublicationEvent'));
        g.add(event, schema('startDate'), typed(date.value, date.precision));
        g.add(event, schema('location'), c.node);
        g.add(event, fg('medium'), mediumNode);
      }
    });
  releases(facts.theatricalReleases, 'theatrical', fg('Theatrical'));
  releases(facts.dvdReleases, 'dvd', fg('DVD'));
  return out;
}
