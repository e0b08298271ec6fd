// Rendered descriptions, kept while the data stays the same: a resource's page or Turtle is the
// same bytes until a reload, and rendering (describe, then HTML or a serialiser) costs far more
// than sending (kept bodies are also kept compressed, once per encoding: compressing a small
// body costs more than sending it). Keys carry the dataset's fingerprint, so a reload never serves an old body, and
// entries of the old version age out. Bounded in bytes, least recently used out first; requests
// for the same key while it renders wait for that one rendering.
export interface Rendered {
  body: Buffer;
  status: number;
  /** The Content-Type to send, where the route does not know it beforehand (query results). */
  contentType?: string;
  /**
   * Filled when first sent: the ETag of the body, the body compressed per encoding, the headers
   * that depend only on what the body is (type, Vary, Link, validators...), and the whole head
   * of the response per encoding (responses.sendKeptAtOnce).
   */
  etag?: string;
  encoded?: { br?: Buffer; gzip?: Buffer };
  headers?: [string, string][];
  heads?: { br?: string[]; gzip?: string[]; identity?: string[] };
}

export class RepresentationCache {
  private readonly entries = new Map<string, Rendered>();
  private readonly rendering = new Map<string, Promise<Rendered>>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The body for `key`, rendered by `render` unless kept; only 200 answers are kept. */
  async get(key: string, render: () => Promise<Rendered>): Promise<Rendered> {
    const kept = this.peek(key);
    if (kept) return kept;
    let pending = this.rendering.get(key);
    if (!pending) {
      pending = render().finally(() => this.rendering.delete(key));
      this.rendering.set(key, pending);
      const rendered = await pending;
      this.put(key, rendered);
      return rendered;
    }
    return pending;
  }

  /** The body kept for `key`, if any (and it becomes the most recently used). */
  peek(key: string): Rendered | undefined {
    const kept = this.entries.get(key);
    if (kept) {
      this.entries.delete(key);
      this.entries.set(key, kept);
    }
    return kept;
  }

  /** Keeps a rendered body, if it is a 200 answer and not too big for the cache. */
  put(key: string, rendered: Rendered): void {
    if (rendered.status === 200 && !this.entries.has(key)) this.keep(key, rendered);
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private keep(key: string, rendered: Rendered): void {
    const cost = 2 * rendered.body.length + key.length * 2;
    if (cost > this.maxBytes / 8) return; // one huge description must not empty the cache
    this.entries.set(key, rendered);
    this.bytes += cost;
    for (const [oldKey, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldKey);
      this.bytes -= 2 * old.body.length + oldKey.length * 2;
    }
  }
}
