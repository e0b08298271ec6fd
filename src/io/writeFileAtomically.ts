// Writes a file through a temporary file in the same folder and a rename, so a reader (or a kill
// at any moment) sees the old file or the whole new one, never half a file. Streams, so a dump of
// any size never has to fit in memory (write-file-atomic, the usual library, takes only strings
// and buffers).
import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';

export async function writeFileAtomically(path: string, content: string | Buffer | Readable): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const source = typeof content === 'string' || Buffer.isBuffer(content) ? Readable.from([content]) : content;
    await pipeline(source, createWriteStream(temporary, { flags: 'wx' }));
    // Flush to disk before the rename makes the file visible under its name.
    const handle = await open(temporary, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
