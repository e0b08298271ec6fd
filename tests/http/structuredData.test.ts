// The JSON-LD the pages embed, checked the way search engines do: Adobe's structured-data
// validator (schema.org, Google's Review rules), plus Google's Movie rules, which no offline
// validator has, as tests of our own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/http/server.ts';
import { startTestServer } from '../helpers/testServer.ts';
import { validateStructuredData } from '../helpers/structuredDataValidator.ts';

let running: RunningServer;
beforeAll(async () => {
  running = await startTestServer();
});
afterAll(() => running.close());

async function structuredData(path: string): Promise<Record<string, any>> {
  const page = await (await fetch(`${running.url}${path}`, { headers: { Accept: 'text/html' } })).text();
  const scripts = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0][1]);
}

describe('structured data of the film page', () => {
  it('has the main entity on top with "@context": "https://schema.org"', async () => {
    const movie = await structuredData('film/de-rouille-et-d-os-2012');
    expect(movie['@context']).toBe('https://schema.org');
    expect(movie['@type']).toBe('Movie');
    expect(movie['@id']).toBe(`${running.baseIri}film/de-rouille-et-d-os-2012`);
  });

  // Google's Movie carousel: name and image required; dateCreated/datePublished, director,
  // review recommended. Checked here because no offline validator carries these rules.
  it('meets Google’s Movie requirements: name, image, and the recommended director and date', async () => {
    const movie = await structuredData('film/de-rouille-et-d-os-2012');
    expect(movie.name).toEqual(expect.arrayContaining([expect.objectContaining({ '@value': 'Rust and Bone' })]));
    expect(String(movie.image)).toBe(`${running.baseIri}image/film/de-rouille-et-d-os-2012.png`);
    expect(JSON.stringify(movie.director)).toContain('Jacques Audiard');
    expect(movie.datePublished ?? movie.dateCreated).toBeTruthy();
    expect(movie.review).toHaveLength(7);
  });

  it('states no review author, date or rating, since no source gives them', async () => {
    const movie = await structuredData('film/de-rouille-et-d-os-2012');
    for (const review of movie.review) {
      expect(review).not.toHaveProperty('author');
      expect(review).not.toHaveProperty('datePublished');
      expect(review).not.toHaveProperty('reviewRating');
      expect(review.publisher).toBeTruthy();
    }
    expect(movie).not.toHaveProperty('aggregateRating');
  });

  it('passes the structured-data validator but for the review author and rating, which the README says the data lacks', async () => {
    const issues = await validateStructuredData(await structuredData('film/de-rouille-et-d-os-2012'));
    const errors = issues.filter((i) => i.severity === 'ERROR');
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.issueMessage).toMatch(/^Required attribute "(author|reviewRating)" is missing/);
  });

  it.each(['person/marion-cotillard', 'organization/the-guardian', 'film/de-rouille-et-d-os-2012/release/fr-theatrical'])('%s: the validator finds no error', async (path) => {
    const issues = await validateStructuredData(await structuredData(path));
    expect(issues.filter((i) => i.severity === 'ERROR')).toEqual([]);
  });
});
