// Debian's Chromium driven by playwright-core (no browser download), with the flags this
// machine's closed network needs.
import { chromium, type Browser } from 'playwright-core';
import { requireTool } from './requireTool.ts';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = requireTool('chromium', 'chromium');
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
