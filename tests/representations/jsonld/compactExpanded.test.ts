import { beforeAll, describe, expect, it } from 'vitest';
import jsonld from 'jsonld';
import type { Quad } from '@rdfjs/types';
import { compactExpanded } from '../../../src/representations/jsonld/compactExpanded.ts';
import { compactionContext, compactionContextInfo } from '../../../src/representations/jsonld/schemaContext.ts';
import { documentLoader } from '../../../src/representations/jsonld/documentLoader.ts';
import { quadsToExpanded } from '../../../src/representations/jsonld/expanded.ts';
import { embedNodes } from '../../../src/representations/jsonld/embedNodes.ts';
import { tidyCompacted } from '../../../src/representations/jsonld/tidyCompacted.ts';
import { describeResource } from '../../../src/store/describeResource.ts';
import type { MergedStore } from '../../../src/store/MergedStore.ts';
import { FILM, PERSON, realDataset } from './rdfHelpers.ts';
import { EX, generic } from './smallGraph.ts';

const compact = jsonld.compact as unknown as (input: object, context: object, options: object) => Promise<Parameters<typeof tidyCompacted>[0]>;

describe('compactExpanded', () => {
  let store: MergedStore;
  beforeAll(async () => {
    store = await realDataset();
  });

  /** Our compaction (with the context cut down to the document) and jsonld.js's with the whole context, tidied alike. */
  async function expectSameAsWholeContext(quads: Quad[], mainIri: string) {
    const roots = embedNodes(await quadsToExpanded(quads), mainIri);
    const document = await compactExpanded(roots);
    const whole = await compact(roots, compactionContext(), { documentLoader, compactToRelative: false, skipExpansion: true });
    const expected = tidyCompacted(whole, compactionContextInfo()).document;
    const { ['@context']: _ours, ...ours } = document;
    const { ['@context']: _theirs, ...theirs } = expected;
    expect(ours).toEqual(theirs);
  }

  it.each([FILM, PERSON])('gives what compaction with the whole schema.org context gives (%s)', async (resource) => {
    await expectSameAsWholeContext(describeResource(store, resource).quads, resource);
  });

  it('gives what compaction with the whole context gives on the small graph', async () => {
    await expectSameAsWholeContext(generic, `${EX}film`);
  });
});
