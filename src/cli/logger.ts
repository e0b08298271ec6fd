// The process's logger: JSON lines (pino) on standard error, so standard output stays the
// command's own output; level from LOG_LEVEL (default info; "silent" turns it off).
import { pino, type Logger } from 'pino';

export function createLogger(): Logger {
  return pino({ level: process.env.LOG_LEVEL ?? 'info', base: { name: 'filmgraph' } }, pino.destination(2));
}
