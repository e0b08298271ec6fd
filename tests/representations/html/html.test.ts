import { describe, expect, it } from 'vitest';
import { escapeHtml, html, joinHtml, trusted } from '../../../src/representations/html/html.ts';

describe('the html tagged template', () => {
  it('escapes every interpolated value, for text and quoted attributes alike', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    const value = '"><script>alert(1)</script>';
    expect(html`<p title="${value}">${value}</p>`.value).toBe('<p title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('keeps nested templates and trusted markup as they are, and escapes nothing twice', () => {
    const inner = html`<b>${'a & b'}</b>`;
    expect(html`<p>${inner}</p>`.value).toBe('<p><b>a &amp; b</b></p>');
    expect(html`${trusted('<svg/>')}`.value).toBe('<svg/>');
  });

  it('joins arrays and leaves out null, undefined and false', () => {
    expect(html`${['<', html`<i>`, 1]}${null}${undefined}${false}`.value).toBe('&lt;<i>1');
    expect(joinHtml(['a', '', html`<b>b</b>`], ' & ').value).toBe('a &amp; <b>b</b>');
  });
});
