// Facts filmgraph derives from the data itself, kept in a graph of their own marked as derived,
// so no one mistakes them for facts a source states: for now, a generated title card as the
// schema:image of every film and person (the data has no photographs; Google's Movie markup and
// link previews want an image).
import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { dcterms, prov, rdf, schema, fg } from '../vocab/namespaces.ts';
import { paths } from '../vocab/iris.ts';
import type { MergedStore } from './MergedStore.ts';

const { namedNode, literal, quad } = DataFactory;

/** The path of the generated title card of a resource path, e.g. image/film/x.png. */
export const titleCardPath = (resourcePath: string) => `image/${resourcePath}.png`;

export function deriveFacts(store: MergedStore, baseIri: string): { graph: string; quads: Quad[] } {
  const graph = namedNode(baseIri + paths.derivedGraph());
  const quads: Quad[] = [
    quad(graph, rdf('type'), fg('DerivedGraph'), graph),
    quad(graph, dcterms('title'), literal('Facts filmgraph derives from the data: generated title-card images', 'en'), graph),
  ];
  for (const type of [schema('Movie'), schema('Person')])
    for (const subject of store.dataset.getSubjects(rdf('type'), type, DataFactory.defaultGraph())) {
      if (subject.termType !== 'NamedNode' || !subject.value.startsWith(baseIri)) continue;
      const image = namedNode(baseIri + titleCardPath(subject.value.slice(baseIri.length)));
      quads.push(quad(subject, schema('image'), image, graph));
      quads.push(quad(image, rdf('type'), schema('ImageObject'), graph));
      quads.push(quad(image, prov('wasDerivedFrom'), subject, graph));
    }
  return { graph: graph.value, quads };
}
