#!/usr/bin/env node
// Entry point of `npx filmgraph`: runs the TypeScript sources directly through tsx, so a checkout
// needs no build step and never runs stale compiled code.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
