import { compareIds, type Catalog, type CatalogEntry, type ClauseId } from '../catalog';
import type { ClauseSelection, EvidenceReportDefinition } from '../schemas/evidence';

function withDescendants(catalog: Catalog, id: ClauseId): ClauseId[] {
  return [id, ...catalog.children(id).flatMap((child) => withDescendants(catalog, child.id))];
}

// `4-10` and `Annex A` are pseudo-refs of the mapping data: no issue is evidence for "the whole system".
const isRequirementOrControl = (entry: CatalogEntry): boolean => entry.kind !== 'scope';

function expand(catalog: Catalog, selection: ClauseSelection): ClauseId[] {
  switch (selection.kind) {
    case 'clauses':
      return selection.ids;
    case 'annexA':
      return catalog.listStandard(selection.standard, { kind: 'control' }).map((entry) => entry.id);
    case 'subtree':
      return withDescendants(catalog, selection.id);
    case 'standard':
      return catalog.listStandard(selection.standard).filter(isRequirementOrControl).map((entry) => entry.id);
  }
}

/** The clauses and controls a report covers, each once, in document order of the standards. */
export function selectedClauses(definition: EvidenceReportDefinition, catalog: Catalog): ClauseId[] {
  const selections = definition.selection ?? definition.standards.map((standard) => ({ kind: 'standard' as const, standard }));
  const ids = new Set(selections.flatMap((selection) => expand(catalog, selection)));
  return [...ids].sort(compareIds);
}
