import { describe, expect, it } from 'vitest';
import { escapeXml, num } from '../../../src/representations/images/xml.ts';
import { parseXmlStrict } from '../../helpers/parseXml.ts';

describe('escapeXml', () => {
  it('escapes markup and both quotes', () => {
    expect(escapeXml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  });

  it('keeps typographic and accented characters as they are', () => {
    expect(escapeXml('De rouille et d’os — « Été » “quoted”')).toBe('De rouille et d’os — « Été » “quoted”');
  });

  it('replaces characters XML forbids, so the output always parses', () => {
    const nasty = 'a\u0000b\u0008c\u001Fd\uFFFEe\uD800f\uDC00g';
    const escaped = escapeXml(nasty);
    expect(escaped).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg');
    // (xmldom warns about U+FFFD, which is well-formed.)
    expect(() => parseXmlStrict(`<t a="${escaped}">${escaped}</t>`, 'text/xml', true)).not.toThrow();
  });

  it('keeps surrogate pairs (characters outside the BMP)', () => {
    expect(escapeXml('🎬 film')).toBe('🎬 film');
  });
});

describe('num', () => {
  it('writes at most two decimals and no negative zero', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
    expect(num(12)).toBe('12');
  });
});
