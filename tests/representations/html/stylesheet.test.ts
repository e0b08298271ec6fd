import { describe, expect, it } from 'vitest';
import { STYLESHEET } from '../../../src/representations/html/index.ts';

describe('the stylesheet', () => {
  it('loads nothing (no fonts, images or imports from anywhere)', () => {
    expect(STYLESHEET).not.toMatch(/@import|url\(|@font-face|https?:/);
  });

  it('has light and dark schemes, a small-screen layout and a print layout', () => {
    expect(STYLESHEET).toContain('@media (prefers-color-scheme: dark)');
    expect(STYLESHEET).toContain('color-scheme: light dark');
    expect(STYLESHEET).toMatch(/@media \(max-width: 40rem\)/);
    expect(STYLESHEET).toContain('@media print');
  });

  it('has balanced braces', () => {
    expect(STYLESHEET.split('{').length).toBe(STYLESHEET.split('}').length);
  });
});
