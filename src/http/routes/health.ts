import type { Request, Response } from 'express';
import type { CatalogueHolder } from '../CatalogueHolder.ts';

/**
 * 200 when a catalogue is being served; 503 with Retry-After while loading, when loading failed,
 * or while the remote store cannot be reached.
 */
export function healthRoute(holder: CatalogueHolder) {
  return (_req: Request, res: Response) => {
    res.set('Cache-Control', 'no-store');
    if (holder.current && !holder.unavailable) return res.status(200).json({ status: 'ok', triples: holder.current.tripleCount });
    if (holder.unavailable) {
      res.set('Retry-After', String(holder.unavailable.retryAfterSeconds));
      return res.status(503).json({ status: 'store unavailable', error: holder.unavailable.message });
    }
    res.set('Retry-After', '5');
    res.status(503).json({ status: holder.failure ? 'failed' : 'loading', ...(holder.failure ? { error: holder.failure.message } : {}) });
  };
}
