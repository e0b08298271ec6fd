import type { Request, Response } from 'express';
import type { CatalogueHolder } from '../CatalogueHolder.ts';

/** 200 when a catalogue is being served; 503 while loading (or when loading failed). */
export function healthRoute(holder: CatalogueHolder) {
  return (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    if (holder.current) return res.status(200).json({ status: 'ok', triples: holder.current.loaded.store.tripleCount });
    res.set('Retry-After', '5');
    res.status(503).json({ status: holder.failure ? 'failed' : 'loading', ...(holder.failure ? { error: holder.failure.message } : {}) });
  };
}
