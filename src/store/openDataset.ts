// Load, add the derived facts, then validate: what start-up and `filmgraph validate` do before
// anything is served.
import { DataFactory } from 'n3';
import { loadDataset, type LoadedDataset } from './loadDataset.ts';
import { deriveFacts } from './deriveFacts.ts';
import { validateDataset, formatProblem, type ValidationProblem } from './validateDataset.ts';
import type { DataLocations } from './dataFiles.ts';

export class DatasetInvalidError extends Error {
  constructor(readonly problems: ValidationProblem[]) {
    const violations = problems.filter((p) => p.severity === 'violation').length;
    super(`the data does not satisfy ontology/shapes.ttl (${violations} violation(s)):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'DatasetInvalidError';
  }
}

/** Loads and validates; throws DatasetLoadError or DatasetInvalidError. Warnings are returned. */
export async function openDataset(options: {
  baseIri: string;
  locations?: DataLocations;
  /** Called once the files are loaded, before validation: work that can overlap it starts here. */
  onLoaded?: () => void;
}): Promise<{
  loaded: LoadedDataset;
  warnings: ValidationProblem[];
}> {
  const loaded = await loadDataset(options);
  options.onLoaded?.();
  const derived = deriveFacts(loaded.store, loaded.baseIri);
  loaded.store.addToGraph(DataFactory.namedNode(derived.graph), derived.quads);
  loaded.graphFiles.set(derived.graph, '(derived by filmgraph)');
  const { problems } = await validateDataset(loaded);
  if (problems.some((p) => p.severity === 'violation')) throw new DatasetInvalidError(problems);
  return { loaded, warnings: problems };
}
