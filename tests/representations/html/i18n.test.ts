import { describe, expect, it } from 'vitest';
import { MESSAGES, t, tHtml, tn } from '../../../src/representations/html/i18n.ts';
import { html } from '../../../src/representations/html/html.ts';

describe('the dictionary', () => {
  it('has every key in both languages, none empty, with the same parameters', () => {
    expect(Object.keys(MESSAGES.fr).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    const params = (m: unknown) => JSON.stringify(m).match(/\{\w+\}/g)?.sort() ?? [];
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      for (const lang of ['en', 'fr'] as const) {
        const message = MESSAGES[lang][key];
        const forms = typeof message === 'string' ? [message] : [message.one, message.other];
        for (const form of forms) expect(form.trim(), `${lang} ${key}`).not.toBe('');
      }
      expect(new Set(params(MESSAGES.fr[key])), key).toEqual(new Set(params(MESSAGES.en[key])));
    }
  });

  it('fills parameters and picks plural forms by language (French "one" covers 0 and 1)', () => {
    expect(t('en', 'search.resultsFor', { query: 'x' })).toBe('Results for “x”');
    expect(tn('en', 'search.count', 1)).toBe('1 result');
    expect(tn('en', 'search.count', 0)).toBe('0 results');
    expect(tn('fr', 'search.count', 0)).toBe('0 résultat');
    expect(tn('fr', 'search.count', 1234)).toBe('1\u202f234 résultats');
  });

  it('puts markup parameters into an escaped message', () => {
    expect(tHtml('en', 'film.directedBy', { names: html`<a href="x">A &amp; B</a>` }).value).toBe('Directed by <a href="x">A &amp; B</a>');
    expect(tHtml('fr', 'fact.workBy', { work: '<w>', author: html`<a>a</a>` }).value).toBe('&lt;w&gt; de <a>a</a>');
  });
});
