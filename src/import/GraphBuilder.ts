// Collects the quads of one page graph: absolute IRIs under the base, each triple once, in the
// order first stated, and the nodes pages share (people, organizations, countries, places)
// described where first met.
import { DataFactory } from 'n3';
import type { Literal, NamedNode, Quad, Quad_Object } from '@rdfjs/types';
import { rdf, schema, xsd } from '../vocab/namespaces.ts';
import { paths, UniquePaths } from '../vocab/iris.ts';
import { countrySegment } from './countries.ts';
import type { PageName } from './FilmPage.ts';
import type { ImportWarning } from './ImportWarning.ts';

const { namedNode, literal, quad } = DataFactory;

export class GraphBuilder {
  readonly quads: Quad[] = [];
  readonly warnings: ImportWarning[] = [];
  /** Hands out "-2", "-3" to things of one page that would share a path. */
  readonly unique = new UniquePaths();
  readonly graph: NamedNode;
  private readonly base: string;
  private readonly stated = new Set<string>();
  private readonly warnedCountries = new Set<string>();

  constructor(base: string, graphPath: string) {
    this.base = base;
    this.graph = this.iri(graphPath);
  }

  iri(path: string): NamedNode {
    return namedNode(this.base + path);
  }

  add(subject: NamedNode, predicate: NamedNode, object: Quad_Object): void {
    const o = object.termType === 'Literal' ? `"${object.value}"@${object.language}^^${object.datatype.value}` : `<${object.value}>`;
    const key = `${subject.value} ${predicate.value} ${o}`;
    if (this.stated.has(key)) return;
    this.stated.add(key);
    this.quads.push(quad(subject, predicate, object, this.graph));
  }

  /** A node with its type and name; `name` as the page writes it. */
  named(path: string, type: NamedNode, name: string): NamedNode {
    const node = this.iri(path);
    this.add(node, rdf('type'), type);
    this.add(node, schema('name'), literal(name));
    return node;
  }

  person = (name: string) => this.named(paths.person(name), schema('Person'), name);
  organization = (name: string) => this.named(paths.organization(name), schema('Organization'), name);

  /** A country by ISO code where the name is known, else by its name, with a warning. */
  country(written: PageName): { node: NamedNode; segment: string } {
    const { segment, known } = countrySegment(written.name);
    if (!known && !this.warnedCountries.has(written.name)) {
      this.warnedCountries.add(written.name);
      this.warnings.push({
        line: written.line,
        message: `country ${JSON.stringify(written.name)} is not an English country name filmgraph knows: named ${paths.country(segment)}`,
      });
    }
    return { node: this.named(paths.country(segment), schema('Country'), written.name), segment };
  }
}

export const text = (value: string, language?: string): Literal => literal(value, language);
export const typed = (value: string, datatype: string): Literal => literal(value, xsd(datatype));
