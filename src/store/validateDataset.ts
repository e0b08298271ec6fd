// Validates the published graph (the merge of all named graphs) against the SHACL shapes with
// shacl-engine, and turns each result into a line naming file, node and property.
import { Validator } from 'shacl-engine';
import { DataFactory, Store } from 'n3';
import type { DatasetCore, Term } from '@rdfjs/types';
import type { LoadedDataset } from './loadDataset.ts';
import { PREFIXES } from '../vocab/namespaces.ts';

export interface ValidationProblem {
  severity: 'violation' | 'warning' | 'info';
  focusNode: string;
  /** The property (or path) the problem is about, if any. */
  path?: string;
  value?: string;
  message: string;
  /** Files holding the graphs that state something about the focus node. */
  files: string[];
}

export interface ValidationOutcome {
  conforms: boolean;
  problems: ValidationProblem[];
}

const factory = { ...DataFactory, dataset: () => new Store() };

export async function validateDataset(
  loaded: Pick<LoadedDataset, 'store' | 'shapes' | 'graphFiles' | 'baseIri'>,
): Promise<ValidationOutcome> {
  const validator = new Validator(loaded.shapes, { factory });
  // The merge lives in the default graph; shacl-engine matches without a graph, so give it a view.
  const merged = loaded.store.dataset;
  const view = {
    match: (s: Term | null, p: Term | null, o: Term | null) => merged.match(s as never, p as never, o as never, DataFactory.defaultGraph()),
  } as unknown as DatasetCore;
  const report = await validator.validate({ dataset: view });
  const problems: ValidationProblem[] = report.results.map((result: ShaclResult) => {
    const focus = result.focusNode.term;
    const predicate = result.path?.[0]?.predicates?.[0];
    const files = new Set<string>();
    for (const graph of loaded.store.graphsStating(focus, predicate ?? null)) {
      const file = loaded.graphFiles.get(graph.value);
      if (file) files.add(file);
    }
    if (files.size === 0)
      for (const graph of loaded.store.graphsStating(focus)) {
        const file = loaded.graphFiles.get(graph.value);
        if (file) files.add(file);
      }
    return {
      severity: severityName(result.severity.value),
      focusNode: shorten(focus, loaded.baseIri),
      path: predicate ? shorten(predicate, loaded.baseIri) : undefined,
      value: result.value?.term ? shorten(result.value.term, loaded.baseIri) : undefined,
      message: result.message.map((m) => m.value).join('; ') || 'does not conform',
      files: [...files].sort(),
    };
  });
  return { conforms: report.conforms, problems };
}

/** One line per problem: `FILE: NODE PROPERTY: message (value V)`. */
export function formatProblem(p: ValidationProblem): string {
  const where = p.files.length > 0 ? p.files.join(', ') : '(no file states this node)';
  const value = p.value !== undefined ? ` (value ${p.value})` : '';
  return `${where}: ${p.focusNode}${p.path ? ` ${p.path}` : ''}: ${p.message}${value}${p.severity === 'violation' ? '' : ` [${p.severity}]`}`;
}

interface ShaclResult {
  focusNode: { term: Term };
  path?: { predicates?: Term[] }[];
  value?: { term?: Term };
  severity: Term;
  message: Term[];
}

function severityName(iri: string): ValidationProblem['severity'] {
  if (iri.endsWith('#Warning')) return 'warning';
  if (iri.endsWith('#Info')) return 'info';
  return 'violation';
}

/** A term as people read it: relative IRIs under the base, prefixed names, N-Triples literals. */
function shorten(term: Term, base: string): string {
  if (term.termType === 'NamedNode') {
    if (term.value.startsWith(base)) return `<${term.value.slice(base.length)}>`;
    for (const [prefix, ns] of Object.entries(PREFIXES))
      if (term.value.startsWith(ns) && /^[\w-]+$/.test(term.value.slice(ns.length))) return `${prefix}:${term.value.slice(ns.length)}`;
    return `<${term.value}>`;
  }
  if (term.termType === 'Literal') return JSON.stringify(term.value) + (term.language ? `@${term.language}` : '');
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  return term.value;
}
