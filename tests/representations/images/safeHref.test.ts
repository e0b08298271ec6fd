import { describe, expect, it } from 'vitest';
import { safeHref } from '../../../src/representations/images/safeHref.ts';

describe('safeHref', () => {
  it('keeps web, mailto and relative links', () => {
    expect(safeHref('https://en.wikipedia.org/wiki/Rust_and_Bone')).toBe('https://en.wikipedia.org/wiki/Rust_and_Bone');
    expect(safeHref('http://localhost:3000/person/marion-cotillard')).toBe('http://localhost:3000/person/marion-cotillard');
    expect(safeHref('/film/de-rouille-et-d-os-2012')).toBe('/film/de-rouille-et-d-os-2012');
    expect(safeHref('../cast/marion-cotillard')).toBe('../cast/marion-cotillard');
    expect(safeHref('mailto:someone@example.org')).toBe('mailto:someone@example.org');
  });

  it('drops script and other active schemes, and empty links', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'java\nscript:alert(1)', '', '  ', '/a\u0000b']) {
      expect(safeHref(bad)).toBeUndefined();
    }
  });
});
