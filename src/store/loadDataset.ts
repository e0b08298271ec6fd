// Start-up loading: the vocabulary and every data file into one MergedStore, each file's graphs
// kept apart and remembered, so a report can name the file a fact came from. All problems of all
// files are collected before failing, so one run shows everything to fix.
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { DataFactory, Store } from 'n3';
import type { Quad } from '@rdfjs/types';
import { FG_ONTOLOGY } from '../vocab/namespaces.ts';
import { MergedStore } from './MergedStore.ts';
import { DataFileError } from './DataFileError.ts';
import { readRdfFile, type ParsedRdfFile } from './parseRdfFile.ts';
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
  const read = async (path: string, root: string): Promise<ParsedRdfFile> => {
    const file = await readRdfFile(path, displayPath(path), baseIri);
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
  const vocab = await attempt(() => read(vocabFile, ontologyDir));
  if (vocab) {
    store.addToGraph(DataFactory.namedNode(FG_ONTOLOGY), vocab.quads);
    graphFiles.set(FG_ONTOLOGY, displayPath(vocabFile));
  }
  const shapesFile = join(ontologyDir, 'shapes.ttl');
  const shapes = new Store((await attempt(() => read(shapesFile, ontologyDir)))?.quads);

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
    const parsed = await attempt(() => read(file, dataDir));
    if (!parsed) continue;
    for (const [graph, graphQuads] of byGraph(parsed.quads)) {
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
  return { store, baseIri, shapes, graphFiles, fingerprint: fingerprint.digest('hex'), lastModified };
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
