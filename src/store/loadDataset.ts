// Start-up loading: the vocabulary and every data file into one MergedStore, each file's graphs
// kept apart and remembered, so a report can name the file a fact came from. All problems of all
// files are collected before failing, so one run shows everything to fix. Quads go into the store
// as the parser reads them (no file's quads are held: see streamRdfText); a file with a problem
// may leave some of its quads in the store, which is then never handed out.
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { DataFactory, Store } from 'n3';
import type { NamedNode, Quad } from '@rdfjs/types';
import { FG_ONTOLOGY } from '../vocab/namespaces.ts';
import { MergedStore } from './MergedStore.ts';
import { DataFileError } from './DataFileError.ts';
import { readRdfFile, type RdfFileInfo } from './parseRdfFile.ts';
import { defaultLocations, displayPath, rdfFilesUnder, type DataLocations } from './dataFiles.ts';

export interface LoadedDataset {
  store: MergedStore;
  baseIri: string;
  /** The SHACL shapes the data must satisfy (not part of the published graph). */
  shapes: Store;
  /** For each named graph's IRI, the file that holds it. */
  graphFiles: Map<string, string>;
  /**
   * Hex SHA-256 over the files' names and contents and the base: the same data gives the same
   * fingerprint on every instance, so ETags derived from it agree.
   */
  fingerprint: string;
  /** The newest modification time of the files. */
  lastModified: Date;
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
  const fingerprint = createHash('sha256').update(baseIri);
  let lastModified = new Date(0);
  const read = async (path: string, root: string, onQuad: (quad: Quad) => void): Promise<RdfFileInfo> => {
    const file = await readRdfFile(path, displayPath(path), baseIri, onQuad);
    fingerprint.update(`\n${relative(root, path)}\n${file.sha256}`);
    if (file.modified > lastModified) lastModified = file.modified;
    return file;
  };
  const attempt = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DataFileError) problems.push(error);
      else throw error;
    }
  };

  const vocabFile = join(ontologyDir, 'vocab.ttl');
  const vocabGraph = DataFactory.namedNode(FG_ONTOLOGY);
  if (await attempt(() => read(vocabFile, ontologyDir, (quad) => store.add(quad, vocabGraph))))
    graphFiles.set(FG_ONTOLOGY, displayPath(vocabFile));
  const shapesFile = join(ontologyDir, 'shapes.ttl');
  const shapes = new Store();
  await attempt(() => read(shapesFile, ontologyDir, (quad) => shapes.addQuad(quad)));

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
    // The file's graphs in first-seen order ('' for triples outside any), each with the number
    // of its triples, the first, and whether this file may define it (no earlier file did).
    type FileGraph = { term: NamedNode; triples: number; first: Quad; ours: boolean };
    const graphs = new Map<string, FileGraph>();
    let last: { term: Quad['graph']; graph: FileGraph } | undefined;
    const parsed = await attempt(() =>
      read(file, dataDir, (quad) => {
        // N3 gives every quad of a graph block the same graph term.
        let graph = last?.term === quad.graph ? last.graph : undefined;
        if (!graph) {
          const key = quad.graph.termType === 'DefaultGraph' ? '' : quad.graph.value;
          graph = graphs.get(key);
          if (!graph) {
            const owner = graphFiles.get(key);
            const term = quad.graph.termType === 'NamedNode' ? quad.graph : DataFactory.namedNode(key);
            graphs.set(key, (graph = { term, triples: 0, first: quad, ours: key !== '' && (!owner || owner === name) }));
          }
          last = { term: quad.graph, graph };
        }
        graph.triples++;
        if (graph.ours) store.add(quad, graph.term);
      }),
    );
    if (!parsed) continue;
    for (const [key, { triples, first, ours }] of graphs) {
      if (key === '') {
        problems.push(new DataFileError(name, `${triples} triple(s) outside any named graph, the first about <${first.subject.value}> <${first.predicate.value}>: put each source's facts in its own named graph`));
        continue;
      }
      if (!ours) {
        problems.push(new DataFileError(name, `graph <${key}> is also defined in ${graphFiles.get(key)}: each graph belongs to one file`));
        continue;
      }
      graphFiles.set(key, name);
    }
  }
  if (problems.length > 0) throw new DatasetLoadError(problems);
  return { store, baseIri, shapes, graphFiles, fingerprint: fingerprint.digest('hex'), lastModified };
}
