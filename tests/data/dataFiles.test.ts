// The committed data read by two independent parsers (rapper, rdflib) must give what filmgraph
// loads: the same quads per file, and the same merge.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/store/loadDataset.ts';
import { defaultLocations, rdfFilesUnder } from '../../src/store/dataFiles.ts';
import { parseRdfFile } from '../../src/store/parseRdfFile.ts';
import { requireTool } from '../helpers/requireTool.ts';

const base = 'http://localhost:3000/';
const { dataDir, ontologyDir } = defaultLocations();

describe('the committed data files', () => {
  it('parse with rapper to the same number of quads as with N3', async () => {
    const rapper = requireTool('rapper', 'raptor2-utils');
    const files = await rdfFilesUnder(dataDir);
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const out = execFileSync(rapper, ['-q', '-i', 'trig', '-o', 'nquads', file, base], { encoding: 'utf8' });
      const ours = await parseRdfFile(file, file, base);
      expect({ file, quads: out.trim().split('\n').length }).toEqual({ file, quads: ours.length });
    }
  });

  it('merge in rdflib to the same number of distinct triples as the store’s default graph', async () => {
    requireTool('/usr/bin/python3', 'python3 (with python3-rdflib)');
    const files = await rdfFilesUnder(dataDir);
    const script = `
import sys, rdflib
ds = rdflib.Dataset()
ds.graph(rdflib.URIRef("https://w3id.org/filmgraph/vocab")).parse(sys.argv[1], format="turtle", publicID=sys.argv[2])
for f in sys.argv[3:]:
    ds.parse(f, format="trig", publicID=sys.argv[2])
print(len({(s, p, o) for s, p, o, g in ds.quads((None, None, None, None))}))
`;
    let out: string;
    try {
      out = execFileSync('/usr/bin/python3', ['-c', script, `${ontologyDir}/vocab.ttl`, base, ...files], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(`rdflib failed (Debian package python3-rdflib; run "bash scripts/install-test-deps.sh"): ${(error as Error).message}`);
    }
    const { store } = await loadDataset({ baseIri: base });
    expect(Number(out.trim())).toBe(store.tripleCount);
  });
});
