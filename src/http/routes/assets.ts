// Files the pages use, served from here (pages load nothing from other hosts): the stylesheet
// and the generated title cards (PNG) that are every film's and person's schema:image.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request, Response } from 'express';
import type { CatalogueHolder } from '../CatalogueHolder.ts';
import { STYLESHEET } from '../../representations/html/index.ts';
import { titleCardOf } from '../../representations/titleCardOf.ts';

const STYLESHEET_ETAG = `"${createHash('sha256').update(STYLESHEET).digest('hex').slice(0, 32)}"`;

const require = createRequire(import.meta.url);
/** The query editor's files, served from this server: pages load nothing from other hosts. */
export const YASGUI_DIR = dirname(require.resolve('@zazuko/yasgui/build/yasgui.min.js'));
export const STATIC_DIR = fileURLToPath(new URL('../static/', import.meta.url));

export function stylesheetRoute() {
  return (req: Request, res: Response) => {
    res.set('Cache-Control', 'public, max-age=3600').set('ETag', STYLESHEET_ETAG);
    if (req.fresh) return res.status(304).end();
    res.type('text/css').send(STYLESHEET);
  };
}

/** Rendering a card takes tens of milliseconds: keep the recent ones (per catalogue version). */
const CACHE_LIMIT = 256;
const cache = new Map<string, Buffer>();

export function titleCardRoute(holder: CatalogueHolder) {
  return async (req: Request, res: Response) => {
    const catalogue = holder.current!;
    const path = (req.params.path as unknown as string[]).join('/');
    const match = /^(.+)\.png$/.exec(path);
    const iri = match ? `${catalogue.baseIri}${match[1]}` : undefined;
    const key = `${catalogue.fingerprint} ${iri}`;
    let png = cache.get(key);
    if (!png) {
      const card = iri && titleCardOf(await catalogue.describe(iri));
      if (!card) return res.status(404).type('text/plain').send('no title card here: films and people have one, at image/PATH.png\n');
      png = card;
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(key, png);
    }
    res.set('Cache-Control', 'public, max-age=86400').set('Last-Modified', catalogue.lastModified.toUTCString());
    res.type('image/png').send(png);
  };
}
