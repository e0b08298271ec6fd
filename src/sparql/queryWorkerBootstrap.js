// A worker thread's entry: workers do not inherit the parent's TypeScript loader, so this plain
// JavaScript file registers tsx in the thread, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./queryWorker.ts');
