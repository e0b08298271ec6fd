// Settings shared by sub-commands: a flag wins over the environment, which wins over the default.
import { resolve } from 'node:path';
import { Option } from 'commander';
import { checkBaseIri, DEFAULT_BASE_IRI } from '../vocab/iris.ts';
import { defaultLocations, type DataLocations } from '../store/dataFiles.ts';
import { UsageError } from './userFacingErrors.ts';
import type { Credentials } from '../store/remote/authenticatingFetch.ts';

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

export const endpointOption = () =>
  new Option('--endpoint <url>', 'query URL of the SPARQL server, e.g. http://localhost:8890/sparql (env FILMGRAPH_ENDPOINT)').env('FILMGRAPH_ENDPOINT');
export const STORE_KINDS = ['embedded', 'sparql'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];
export const storeOption = () =>
  new Option('--store <kind>', 'where the data is read: embedded (loaded from --data into this process) or sparql (a SPARQL server filled by filmgraph load, at --endpoint) (env FILMGRAPH_STORE)')
    .env('FILMGRAPH_STORE')
    .choices(STORE_KINDS)
    .default('embedded');
export const updateEndpointOption = () =>
  new Option('--update-endpoint <url>', 'where writes go: its Graph Store Protocol URL, or its SPARQL Update URL with --update-protocol sparql-update (env FILMGRAPH_UPDATE_ENDPOINT)').env('FILMGRAPH_UPDATE_ENDPOINT');

/** An http(s) URL, or a UsageError naming the setting. */
export function endpointFrom(value: string | undefined, setting: string): string {
  if (!value) throw new UsageError(`${setting} is not set: give the URL of the SPARQL server's endpoint`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${setting} ${JSON.stringify(value)} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`${setting} ${JSON.stringify(value)} must use http or https`);
  if (url.username || url.password) throw new UsageError(`${setting} must not carry credentials: set FILMGRAPH_STORE_USER and FILMGRAPH_STORE_PASSWORD`);
  return url.href;
}

/**
 * The remote store's account, from the environment only (a flag would show in `ps` and in shell
 * history). Both or neither; none means anonymous.
 */
export function storeCredentialsFrom(env: NodeJS.ProcessEnv = process.env): Credentials | undefined {
  const user = env.FILMGRAPH_STORE_USER;
  const password = env.FILMGRAPH_STORE_PASSWORD;
  const token = env.FILMGRAPH_STORE_TOKEN;
  if (token !== undefined) {
    if (user || password) throw new UsageError('set FILMGRAPH_STORE_TOKEN or FILMGRAPH_STORE_USER and FILMGRAPH_STORE_PASSWORD, not both');
    // It goes into a header as it is: a token with spaces or line breaks is a mistake, not a token.
    if (!/^[\x21-\x7e]+$/.test(token)) throw new UsageError('FILMGRAPH_STORE_TOKEN must be one word of printable ASCII characters');
    return { token };
  }
  if (!user && !password) return undefined;
  if (!user || password === undefined) throw new UsageError('set both FILMGRAPH_STORE_USER and FILMGRAPH_STORE_PASSWORD, or neither');
  return { user, password };
}
