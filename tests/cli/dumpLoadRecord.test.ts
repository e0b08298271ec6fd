// `filmgraph dump --load-record`: a dump a SPARQL server's own bulk loader can take, after which
// `serve --store sparql` serves it as if `filmgraph load` had filled the server. Checked with
// Virtuoso's bulk loader (ld_dir, rdf_loader_run) on a throw-away Virtuoso.
//
// The data is the shipped data less its one xsd:duration (shippedDataWithoutDuration).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startVirtuoso, shippedDataWithoutDuration, type RunningVirtuoso } from '../helpers/virtuoso.ts';
import { startTestServer, urlOf } from '../helpers/testServer.ts';
import type { TempDataset } from '../helpers/tempDataset.ts';
import { parseBody, isomorphicTo } from '../helpers/rdfCompare.ts';
import { runCli } from '../helpers/runCli.ts';
import type { RunningServer } from '../../src/http/server.ts';
import { openDataset } from '../../src/store/openDataset.ts';
import { loadRecordGraph, loadRecordQuads } from '../../src/store/remote/loadRecord.ts';

const BASE = 'http://films.example/';

let virtuoso: RunningVirtuoso;
let data: TempDataset;
let embedded: RunningServer;
let remote: RunningServer;
let dumped: string;

beforeAll(async () => {
  data = shippedDataWithoutDuration();
  virtuoso = await startVirtuoso();
  const bulk = join(virtuoso.folder, 'bulk');
  mkdirSync(bulk);
  const out = join(bulk, 'catalogue.nq');
  const run = runCli(['dump', '--format', 'nquads', '--load-record', '--out', out, '--base', BASE, '--data', data.dataDir, '--ontology', data.ontologyDir]);
  expect(run.status, run.stderr).toBe(0);
  dumped = readFileSync(out, 'utf8');
  // Quads without a graph (the merge, also written to the dump) go to a graph filmgraph ignores.
  await virtuoso.sql(`ld_dir('${bulk}', 'catalogue.nq', 'http://bulk.example/default'); rdf_loader_run(); checkpoint;`);
  embedded = await startTestServer({ baseIri: BASE, locations: data });
  remote = await startTestServer({ baseIri: BASE, locations: data, remoteStore: { queryEndpoint: virtuoso.queryEndpoint } });
}, 120_000);
afterAll(async () => {
  await embedded?.close();
  await remote?.close();
  data?.remove();
  await virtuoso?.stop();
});

describe('dump --load-record', { timeout: 60_000 }, () => {
  it('writes the dataset and then the record load would write, in its own graph', async () => {
    const { loaded } = await openDataset({ baseIri: BASE, locations: data });
    const quads = await parseBody(dumped, 'nq', BASE);
    const record = quads.filter((q) => q.graph.value === loadRecordGraph(BASE));
    expect(record.length).toBeGreaterThan(4);
    expect(isomorphicTo(record, loadRecordQuads(loaded), false)).toBe(true);
  });

  it('is served by serve --store sparql after the server’s bulk loader took it, with the embedded store’s fingerprint and the same descriptions', async () => {
    expect(remote.holder.current?.fingerprint).toBe(embedded.holder.current?.fingerprint);
    // (Lists come in the server's order rather than the files', so the bytes may differ: README.)
    for (const path of ['film/de-rouille-et-d-os-2012', 'person/jacques-audiard']) {
      const [mine, theirs] = await Promise.all([embedded, remote].map((s) => fetch(urlOf(s, path), { headers: { Accept: 'text/turtle' } })));
      expect(theirs.status, path).toBe(200);
      expect(isomorphicTo(await parseBody(await theirs.text(), 'ttl', BASE), await parseBody(await mine.text(), 'ttl', BASE), false), path).toBe(true);
    }
  });

  it('is refused with a format that has no named graphs, before anything is written', () => {
    const run = runCli(['dump', '--format', 'turtle', '--load-record', '--base', BASE, '--data', data.dataDir, '--ontology', data.ontologyDir]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--load-record needs a format that keeps named graphs \(nquads or trig\), not turtle/);
  });
});
