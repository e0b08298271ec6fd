// Real RDF clients dereference the IRIs with their own Accept headers and get RDF they can read:
// rapper (raptor), rdflib (Python) and Comunica (as a query source); curl-like plain fetches get
// the page.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryEngine } from '@comunica/query-sparql';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer, embeddedCatalogue } from '../helpers/testServer.ts';
import { tripleSet } from '../helpers/rdfCompare.ts';
import { requireTool } from '../helpers/requireTool.ts';

// Asynchronous: the server runs in this process and must keep answering while the client runs.
const run = promisify(execFile);
let running: RunningServer;
let url: string;
let expected: number;
beforeAll(async () => {
  // The default base, http://localhost:PORT/, is this server: clients can follow its IRIs.
  running = await startTestServer();
  url = `${running.baseIri}film/de-rouille-et-d-os-2012`;
  expected = tripleSet(embeddedCatalogue(running).describe(url).quads).size;
});
afterAll(() => running.close());

describe('RDF clients', () => {
  it('rapper, guessing the syntax from what it is sent, reads every triple', async () => {
    const rapper = requireTool('rapper', 'raptor2-utils');
    const { stdout: out } = await run(rapper, ['-q', '-g', '-o', 'ntriples', url], { encoding: 'utf8', timeout: 20_000 });
    expect(new Set(out.trim().split('\n')).size).toBe(expected);
  });

  it('rdflib reads every triple', async () => {
    requireTool('/usr/bin/python3', 'python3-rdflib');
    const { stdout: out } = await run('/usr/bin/python3', ['-c', 'import sys, rdflib; g = rdflib.Graph(); g.parse(sys.argv[1]); print(len(g))', url], { encoding: 'utf8', timeout: 20_000 });
    expect(Number(out.trim())).toBe(expected);
  });

  it('Comunica queries the IRI as a source', async () => {
    const engine = new QueryEngine();
    const bindings = await (
      await engine.queryBindings('SELECT ?title WHERE { ?film <http://schema.org/name> ?title ; a <http://schema.org/Movie> }', { sources: [url] })
    ).toArray();
    expect(bindings.map((b) => b.get('title')!.value).sort()).toEqual(['De rouille et d’os', 'Rust and Bone']);
  });
});
