import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { sitemapIndex, sitemapPage, SITEMAP_LIMIT } from '../../src/representations/sitemap.ts';

describe('sitemaps', () => {
  it('list each page in English and French, each with its three hreflang alternates, escaped', () => {
    const xml = sitemapPage(['http://x.example/film/a', 'http://x.example/q?a=1&b=2']);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(Array.from(doc.getElementsByTagName('loc')).map((l) => l.textContent)).toEqual([
      'http://x.example/film/a', 'http://x.example/film/a?lang=fr', 'http://x.example/q?a=1&b=2', 'http://x.example/q?a=1&b=2&lang=fr',
    ]);
    expect(xml).toContain('&amp;b=2');
    expect(doc.getElementsByTagName('xhtml:link')).toHaveLength(12);
  });

  it('index their pages at the server root, as the protocol requires past 50,000 URLs', () => {
    expect(SITEMAP_LIMIT).toBe(50_000);
    const doc = new DOMParser().parseFromString(sitemapIndex('http://x.example', 3), 'application/xml');
    expect(doc.documentElement?.tagName).toBe('sitemapindex');
    expect(Array.from(doc.getElementsByTagName('loc')).map((l) => l.textContent)).toEqual([
      'http://x.example/sitemap-1.xml', 'http://x.example/sitemap-2.xml', 'http://x.example/sitemap-3.xml',
    ]);
  });
});
