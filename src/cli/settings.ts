// Settings shared by sub-commands: a flag wins over the environment, which wins over the default.
import { resolve } from 'node:path';
import { Option } from 'commander';
import { checkBaseIri, DEFAULT_BASE_IRI } from '../vocab/iris.ts';
import { defaultLocations, type DataLocations } from '../store/dataFiles.ts';

export const baseIriOption = () =>
  new Option('--base <iri>', 'public base IRI of every published IRI (env BASE_IRI)').env('BASE_IRI');
export const dataOption = () =>
  new Option('--data <dir>', 'folder of the published graph, TriG files (env FILMGRAPH_DATA)').env('FILMGRAPH_DATA');
export const ontologyOption = () =>
  new Option('--ontology <dir>', 'folder holding vocab.ttl and shapes.ttl (env FILMGRAPH_ONTOLOGY)').env('FILMGRAPH_ONTOLOGY');

export function baseIriFrom(value: string | undefined): string {
  return checkBaseIri(value ?? DEFAULT_BASE_IRI);
}

export function locationsFrom(options: { data?: string; ontology?: string }): DataLocations {
  const defaults = defaultLocations();
  return {
    dataDir: options.data ? resolve(options.data) : defaults.dataDir,
    ontologyDir: options.ontology ? resolve(options.ontology) : defaults.ontologyDir,
  };
}
