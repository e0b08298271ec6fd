// FilmPage → the quads of its page graph, in page order, the graph describing itself first.
import type { NamedNode, Quad } from '@rdfjs/types';
import { dcterms, fg, prov, rdf, schema } from '../vocab/namespaces.ts';
import { paths, slug } from '../vocab/iris.ts';
import { factEmitters } from './factsToQuads.ts';
import type { FilmPage, PageQuote } from './FilmPage.ts';
import { GraphBuilder, text, typed } from './GraphBuilder.ts';
import type { ImportWarning } from './ImportWarning.ts';
import { inferTitleLanguage } from './titleLanguage.ts';

export interface PageQuadsOptions {
  baseIri: string;
  titleLanguage?: string;
  /** Hex SHA-256 of the page's bytes. */
  sha256: string;
}

export interface PageQuads {
  film: string;
  quads: Quad[];
  warnings: ImportWarning[];
}

/** Roles a quote's attribution may name that filmgraph states on the film. */
const ROLES: Record<string, NamedNode> = {
  director: schema('director'),
  screenwriter: schema('author'),
  writer: schema('author'),
  composer: schema('musicBy'),
  producer: schema('producer'),
};

export function pageToQuads(page: FilmPage, options: PageQuadsOptions): PageQuads {
  const filmPath = paths.film(page.title, page.year);
  const g = new GraphBuilder(options.baseIri, paths.pageGraph(filmPath));
  const film = g.iri(filmPath);

  const source = g.iri(paths.pageSource(filmPath));
  g.add(g.graph, rdf('type'), fg('PageGraph'));
  g.add(g.graph, dcterms('title'), text(`Facts of the film page “${page.titleLine}”`, 'en'));
  g.add(g.graph, prov('wasDerivedFrom'), source);
  g.add(source, rdf('type'), schema('WebPage'));
  g.add(source, schema('name'), text(page.titleLine));
  g.add(source, fg('sha256'), text(options.sha256));

  const emitters: { line: number; emit: () => void }[] = [
    { line: page.line, emit: () => titles(page, g, film, options.titleLanguage) },
    ...factEmitters(page.facts, g, filmPath),
  ];
  const [firstParagraph] = page.synopsis;
  if (firstParagraph) {
    const synopsis = page.synopsis.map((p) => p.text).join('\n\n');
    emitters.push({ line: firstParagraph.line, emit: () => g.add(film, schema('description'), text(synopsis, 'en')) });
  }
  const quoteCount = new Map<string, number>();
  for (const q of page.quotes) emitters.push({ line: q.line, emit: () => quote(q, g, film, filmPath, quoteCount) });
  for (const r of page.reviews)
    emitters.push({
      line: r.line,
      emit: () => {
        // Nodes a subject points to are described first, so each subject's triples stay together.
        const publisher = g.organization(r.publisher.name);
        const review = g.iri(g.unique.take(paths.review(filmPath, r.publisher.name)));
        g.add(review, rdf('type'), schema('Review'));
        g.add(review, schema('itemReviewed'), film);
        g.add(review, schema('reviewBody'), text(r.text, 'en'));
        g.add(review, schema('publisher'), publisher);
      },
    });
  const list = page.awardList;
  for (const a of list?.awards ?? [])
    emitters.push({
      line: a.line,
      emit: () => {
        const nominee = list!.nominee.name;
        const person = g.person(nominee);
        const organization = g.organization(a.organization);
        const nomination = g.iri(g.unique.take(paths.nomination(filmPath, nominee, a.organization)));
        g.add(nomination, rdf('type'), fg('Nomination'));
        g.add(nomination, fg('nominee'), person);
        g.add(nomination, fg('forWork'), film);
        g.add(nomination, fg('awardCategory'), text(a.category));
        g.add(nomination, fg('awardingOrganization'), organization);
        // The page's win/nomination markers did not survive: the outcome is not on the page.
        g.add(nomination, fg('notStated'), fg('outcome'));
      },
    });

  // Stable sort: things on one line keep the order they were listed in.
  for (const { emit } of emitters.sort((a, b) => a.line - b.line)) emit();
  return { film: filmPath, quads: g.quads, warnings: g.warnings };
}

function titles(page: FilmPage, g: GraphBuilder, film: NamedNode, titleLanguage: string | undefined): void {
  const language = titleLanguage ?? inferTitleLanguage(page, g.warnings);
  g.add(film, rdf('type'), schema('Movie'));
  g.add(film, schema('name'), text(page.title, language));
  if (page.englishTitle) g.add(film, schema('name'), text(page.englishTitle, 'en'));
  g.add(film, schema('datePublished'), typed(page.year, 'gYear'));
}

function quote(q: PageQuote, g: GraphBuilder, film: NamedNode, filmPath: string, counts: Map<string, number>): void {
  const speaker = q.speaker.name;
  // Counted per slug, so two spellings of one name cannot make the same IRI twice.
  const n = (counts.get(slug(speaker)) ?? 0) + 1;
  counts.set(slug(speaker), n);
  const node = g.iri(paths.quote(filmPath, speaker, n));
  const person = g.person(speaker);
  g.add(node, rdf('type'), schema('Quotation'));
  g.add(node, schema('text'), text(q.text, 'en'));
  g.add(node, schema('spokesperson'), person);
  g.add(node, schema('about'), film);
  for (const role of q.role?.split(/\s*(?:,|\/|&|\band\b)\s*/i).filter(Boolean) ?? []) {
    const property = ROLES[role.toLowerCase()];
    if (property) g.add(film, property, person);
    else
      g.warnings.push({
        line: q.speaker.line,
        message: `role ${JSON.stringify(role)} of ${speaker} is not one filmgraph states on the film (Director, Screenwriter, Writer, Composer, Producer): kept as the speaker only`,
      });
  }
}
