// The cache of rendered descriptions: one rendering per key however many ask at once, least
// recently used out first when over its bytes, and only answers worth keeping kept.
import { describe, expect, it } from 'vitest';
import { RepresentationCache, type Rendered } from '../../src/http/RepresentationCache.ts';

const body = (text: string, status = 200): Rendered => ({ body: Buffer.from(text), status });

describe('RepresentationCache', () => {
  it('renders a key once, also for requests that arrive while it renders', async () => {
    const cache = new RepresentationCache(1 << 20);
    let renders = 0;
    const render = async () => (renders++, await new Promise((r) => setTimeout(r, 20)), body('page'));
    const answers = await Promise.all([cache.get('k', render), cache.get('k', render), cache.get('k', render)]);
    expect(answers.map((a) => a.body.toString())).toEqual(['page', 'page', 'page']);
    expect((await cache.get('k', render)).body.toString()).toBe('page');
    expect(renders).toBe(1);
  });

  it('lets the least recently used entries go when over its size', async () => {
    const cache = new RepresentationCache(20_000);
    const rendered: string[] = [];
    const get = (key: string) => cache.get(key, async () => (rendered.push(key), body('x'.repeat(1_100))));
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']) await get(key); // 9 x 2,202 bytes (a body counts twice: its compressed forms)
    await get('a'); // used again: now the most recent
    await get('j'); // over 20,000 bytes: 'b' goes, not 'a'
    expect(cache.size.bytes).toBeLessThanOrEqual(20_000);
    rendered.length = 0;
    await get('a');
    await get('b');
    expect(rendered).toEqual(['b']);
  });

  it('keeps neither a not-found answer nor one too big for it, nor a failed rendering', async () => {
    const cache = new RepresentationCache(8_000);
    let renders = 0;
    await cache.get('missing', async () => (renders++, body('no', 404)));
    await cache.get('missing', async () => (renders++, body('no', 404)));
    await cache.get('huge', async () => (renders++, body('x'.repeat(2_000))));
    await cache.get('huge', async () => (renders++, body('x'.repeat(2_000))));
    await expect(cache.get('broken', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect((await cache.get('broken', async () => body('fine'))).body.toString()).toBe('fine');
    expect(renders).toBe(4);
    expect(cache.size.entries).toBe(1);
  });
});
