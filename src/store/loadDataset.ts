// Start-up loading: the vocabulary and every data file into one MergedStore, each file's graphs
// kept apart and remembered, so a report can name the file a fact came from. All problems of all
// files are collected before failing, so one run shows everything to fix.
import { join } from 'node:path';
import { DataFactory, Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { FG_ONTOLOGY } from '../vocab/namespaces.ts';
import { MergedStore } from './MergedStore.ts';
import { DataFileError } from './DataFileError.ts';
import { parseRdfFile } from './parseRdfFile.ts';
import { defaultLocations, displayPath, rdfFilesUnder, type DataLocations } from './dataFiles.ts';

export interface LoadedDataset {
  store: MergedStore;
  baseIri: string;
  /** The SHACL shapes the data must satisfy (not part of the published graph). */
  shapes: Store;
  /** For each named graph's IRI, the file that holds it. */
  graphFiles: Map<string, string>;
}

export class DatasetLoadError extends Error {
  constructor(readonly problems: DataFileError[]) {
    super(`the data cannot be loaded:\n${problems.map((p) => `  ${p.message}`).join('\n')}`);
    this.name = 'DatasetLoadError';
  }
}

export async function loadDataset(options: { baseIri: string; locations?: DataLocations }): Promise<LoadedDataset> {
  const { baseIri } = options;
  const { ontologyDir, dataDir } = options.locations ?? defaultLocations();
  const store = new MergedStore();
  const graphFiles = new Map<string, string>();
  const problems: DataFileError[] = [];
  const attempt = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DataFileError) problems.push(error);
      else throw error;
    }
  };

  const vocabFile = join(ontologyDir, 'vocab.ttl');
  const vocab = await attempt(() => parseRdfFile(vocabFile, displayPath(vocabFile), baseIri));
  if (vocab) {
    store.addToGraph(DataFactory.namedNode(FG_ONTOLOGY), vocab);
    graphFiles.set(FG_ONTOLOGY, displayPath(vocabFile));
  }
  const shapesFile = join(ontologyDir, 'shapes.ttl');
  const shapes = new Store(await attempt(() => parseRdfFile(shapesFile, displayPath(shapesFile), baseIri)));

  const files = await attempt(async () => {
    try {
      return await rdfFilesUnder(dataDir);
    } catch (error) {
      throw new DataFileError(displayPath(dataDir), `cannot be read: ${(error as Error).message}`);
    }
  });
  for (const file of files ?? []) {
    const name = displayPath(file);
    if (!file.endsWith('.trig')) {
      problems.push(new DataFileError(name, 'data files must be TriG (.trig) with every triple in a named graph'));
      continue;
    }
    const quads = await attempt(() => parseRdfFile(file, name, baseIri));
    if (!quads) continue;
    for (const [graph, graphQuads] of byGraph(quads)) {
      if (graph === '') {
        const { subject, predicate } = graphQuads[0];
        problems.push(new DataFileError(name, `${graphQuads.length} triple(s) outside any named graph, the first about <${subject.value}> <${predicate.value}>: put each source's facts in its own named graph`));
        continue;
      }
      const owner = graphFiles.get(graph);
      if (owner && owner !== name) {
        problems.push(new DataFileError(name, `graph <${graph}> is also defined in ${owner}: each graph belongs to one file`));
        continue;
      }
      graphFiles.set(graph, name);
      store.addToGraph(DataFactory.namedNode(graph), graphQuads);
    }
  }
  if (problems.length > 0) throw new DatasetLoadError(problems);
  return { store, baseIri, shapes, graphFiles };
}

/** Quads grouped by graph IRI ('' for the default graph), in first-seen order. */
function byGraph(quads: Quad[]): Map<string, Quad[]> {
  const groups = new Map<string, Quad[]>();
  for (const quad of quads) {
    const key = quad.graph.termType === 'DefaultGraph' ? '' : quad.graph.value;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(quad);
  }
  return groups;
}
