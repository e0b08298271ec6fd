// GET /dump.EXT: the whole dataset, streamed. Formats with named graphs (nq, trig) keep each
// source's graph; the others carry the merge (each triple once). The ETag comes from the data's
// fingerprint, so instances serving the same data agree without hashing the dump.
import type { Request, Response } from 'express';
import type { CatalogueHolder } from '../CatalogueHolder.ts';
import { RDF_FORMATS } from '../../representations/formats.ts';
import { rdfStream } from '../../representations/serializeRdf.ts';
import { contentType, streamToClient } from '../responses.ts';

export function dumpRoute(holder: CatalogueHolder) {
  return async (req: Request, res: Response) => {
    const catalogue = holder.current!;
    const format = RDF_FORMATS.find((f) => f.ext === req.params.ext);
    if (!format)
      return res.status(404).type('text/plain').send(`no dump in that format: use dump.${RDF_FORMATS.map((f) => f.ext).join(', dump.')}\n`);
    res.set('Content-Type', contentType(format));
    res.set('ETag', `W/"${catalogue.fingerprint.slice(0, 32)}-${format.ext}"`);
    res.set('Last-Modified', catalogue.lastModified.toUTCString());
    res.set('Cache-Control', 'public, max-age=300');
    res.set('Content-Disposition', `inline; filename="filmgraph.${format.ext}"`);
    if (req.fresh) return res.status(304).end();
    if (req.method === 'HEAD') return res.end();
    const quads = await primed(format.keepsGraphs ? catalogue.quads() : catalogue.triples());
    await streamToClient(rdfStream(quads, format), res);
  };
}

/**
 * The quads with the first one already read: a store that cannot give the dump (a remote one
 * past its row limit, or down) fails before any byte is sent, with a status, not a cut body.
 */
async function primed<T>(items: AsyncIterable<T> | Iterable<T>): Promise<AsyncIterable<T>> {
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  const first = await iterator.next();
  return (async function* () {
    for (let next = first; !next.done; next = await iterator.next()) yield next.value;
  })();
}
