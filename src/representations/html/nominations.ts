// Award nominations and their outcomes: fg:Won, fg:NominatedNotWon, fg:OutcomeNotEstablished, or
// none at all (a source that lost its markers says so with fg:notStated fg:outcome).
import { FG, RDF, RDFS, SCHEMA } from '../../vocab/namespaces.ts';
import { notStatedBy, unique } from './components.ts';
import type { PageContext } from './context.ts';
import { html, type HtmlValue, type SafeHtml } from './html.ts';
import { t, tn, type MessageKey, type PluralKey } from './i18n.ts';
import { link } from './links.ts';
import { isNode, nodeId } from './facts.ts';
import { ownerOf } from './owners.ts';
import { formatDate } from './values.ts';

export type Outcome = 'won' | 'nominated' | 'notEstablished' | 'none';
const OUTCOMES: Record<string, Outcome> = { [`${FG}Won`]: 'won', [`${FG}NominatedNotWon`]: 'nominated', [`${FG}OutcomeNotEstablished`]: 'notEstablished' };
const ORDER: Outcome[] = ['won', 'nominated', 'notEstablished', 'none'];
const LABEL_PROPERTIES = [`${RDF}type`, `${SCHEMA}name`, `${RDFS}label`];

/**
 * Does the description hold the nomination's own facts? A person's or an organization's
 * description may hold only the link to them and the nomination's type: then its outcome is
 * unknown here, not missing.
 */
export function isDescribed(ctx: PageContext, id: string): boolean {
  return ctx.facts.out(id).some((f) => !LABEL_PROPERTIES.includes(f.predicate) && !(isNode(f.object) && nodeId(f.object) === ctx.iri));
}

/** The stated outcomes (normally one); ['none'] when none is stated; [] when the nomination is not described here. */
export function outcomesOf(ctx: PageContext, id: string): Outcome[] {
  const stated = unique(ctx.facts.nodes(id, `${FG}outcome`).map((o) => OUTCOMES[o]).filter((o): o is Outcome => !!o));
  if (stated.length) return stated;
  return isDescribed(ctx, id) ? ['none'] : [];
}

export function outcomeBadge(ctx: PageContext, id: string, outcome: Outcome): SafeHtml {
  const key: MessageKey = `outcome.${outcome}`;
  const text = outcome === 'none' && notStatedBy(ctx, id, `${FG}outcome`).length ? t(ctx.lang, 'notStated') : t(ctx.lang, key);
  return html`<span class="outcome outcome-${outcome}">${text}</span>`;
}

/** "17 nominations: 2 won · 11 nominated · 4 outcomes not established". */
export function nominationSummary(ctx: PageContext, ids: readonly string[]): SafeHtml {
  const counts = new Map<Outcome, number>();
  for (const id of ids) {
    const [first] = outcomesOf(ctx, id);
    if (first) counts.set(first, (counts.get(first) ?? 0) + 1);
  }
  const parts = ORDER.filter((o) => counts.has(o)).map((o) => {
    const key: PluralKey = `outcome.count.${o}`;
    return html`<li class="tally-${o}" data-outcome="${o}" data-count="${counts.get(o)!}">${tn(ctx.lang, key, counts.get(o)!)}</li>`;
  });
  return html`<p class="summary"><strong>${tn(ctx.lang, 'awards.count', ids.length)}</strong>${parts.length ? html`<ul class="inline tally">${parts}</ul>` : ''}</p>`;
}

export interface NominationColumns {
  nominee: boolean;
  film: boolean;
  organization: boolean;
}

function sortKey(ctx: PageContext, id: string): [number, string] {
  const [first] = outcomesOf(ctx, id);
  return [first ? ORDER.indexOf(first) : ORDER.length, ctx.facts.value(id, `${FG}ceremonyDate`) ?? '9999'];
}

/** The summary and a table of nominations: won first, then by ceremony date. */
export function nominationsBlock(ctx: PageContext, ids: readonly string[], columns: NominationColumns): SafeHtml {
  if (ids.length === 0) return html``;
  const sorted = [...unique(ids)].sort((a, b) => {
    const [oa, da] = sortKey(ctx, a);
    const [ob, db] = sortKey(ctx, b);
    return oa - ob || da.localeCompare(db);
  });
  if (!sorted.some((id) => isDescribed(ctx, id))) {
    // Only the links are known here: list them, each with its film.
    return html`<p class="summary"><strong>${tn(ctx.lang, 'awards.count', sorted.length)}</strong></p>
<ul class="plain">${sorted.map((id) => {
      const film = ctx.facts.nodes(id, `${FG}forWork`)[0] ?? ownerOf(ctx.facts, id);
      return html`<li>${link(ctx, id)}${columns.film && film ? html` <span class="muted">·</span> ${link(ctx, film)}` : ''}</li>`;
    })}</ul>`;
  }
  const L = (key: MessageKey) => t(ctx.lang, key);
  const rows = sorted.map((id) => {
    const f = ctx.facts;
    const org = f.nodes(id, `${FG}awardingOrganization`)[0];
    const edition = f.value(id, `${FG}edition`);
    const category = f.literals(id, `${FG}awardCategory`)[0];
    const date = f.value(id, `${FG}ceremonyDate`);
    const nominees = f.nodes(id, `${FG}nominee`);
    const film = f.nodes(id, `${FG}forWork`)[0] ?? ownerOf(f, id);
    const outcomes = outcomesOf(ctx, id);
    const cell = (label: string, content: HtmlValue, cls = '') =>
      html`<td data-label="${label}"${cls ? html` class="${cls}"` : ''}><div>${content}</div></td>`;
    return html`<tr>
${columns.organization ? cell(L('awards.body'), html`${org ? link(ctx, org) : ''}${edition ? html`<small class="edition">${edition}</small>` : ''}`) : ''}
${cell(L('awards.category'), link(ctx, id, category ? { text: category.value, lang: category.language } : undefined), 'category')}
${cell(L('awards.date'), date ? html`<time datetime="${date}">${formatDate(ctx.lang, date)}</time>` : '', 'date')}
${columns.nominee ? cell(L('awards.nominee'), nominees.map((n, i) => html`${i ? ', ' : ''}${link(ctx, n)}`), 'nominee') : ''}
${columns.film ? cell(L('awards.film'), film ? link(ctx, film) : '', 'film') : ''}
${cell(L('awards.outcome'), outcomes.map((o) => outcomeBadge(ctx, id, o)), 'outcome-cell')}
</tr>
`;
  });
  return html`${nominationSummary(ctx, sorted)}
<div class="table-wrap"><table class="nominations stack">
<thead><tr>${columns.organization ? html`<th scope="col">${L('awards.body')}</th>` : ''}<th scope="col">${L('awards.category')}</th><th scope="col">${L('awards.date')}</th>${columns.nominee ? html`<th scope="col">${L('awards.nominee')}</th>` : ''}${columns.film ? html`<th scope="col">${L('awards.film')}</th>` : ''}<th scope="col">${L('awards.outcome')}</th></tr></thead>
<tbody>
${rows}</tbody>
</table></div>`;
}

