import { builtinCatalog, clauseIdParts, type Catalog, type ClauseId } from '../catalog';
import { complianceLinksJql } from '../complianceLinks/entityProperty';
import type { SoaEntry } from '../schemas/soa';

/**
 * Cross-standard alignment of the SoA. Only high-confidence mappings count: a medium or low one is a reading of
 * the standards, not something an auditor accepts as the same control.
 */

export interface AlignedControl {
  controlId: ClauseId;
  relation: string;
  applicable: boolean;
  implementationStatus: SoaEntry['implementationStatus'];
}

export interface SoaAlignment {
  controlId: ClauseId;
  related: AlignedControl[];
}

function highConfidenceRelated(catalog: Catalog, id: ClauseId, standard?: string) {
  return catalog.related(id).filter((related) => related.confidence === 'high' && related.standard !== clauseIdParts(id).standard && (standard === undefined || related.standard === standard));
}

/** For each 42001 control with high-confidence 27001 mappings, the 27001 entries beside it. */
export function soaAlignment(entries: readonly SoaEntry[], catalog: Catalog = builtinCatalog()): SoaAlignment[] {
  const byId = new Map(entries.map((entry) => [entry.controlId, entry]));
  return entries
    .filter((entry) => clauseIdParts(entry.controlId).standard === 'ISO42001')
    .flatMap((entry) => {
      const related = highConfidenceRelated(catalog, entry.controlId, 'ISO27001').flatMap((mapping): AlignedControl[] => {
        const other = byId.get(mapping.id);
        return other === undefined ? [] : [{ controlId: other.controlId, relation: mapping.relation, applicable: other.applicable, implementationStatus: other.implementationStatus }];
      });
      return related.length === 0 ? [] : [{ controlId: entry.controlId, related }];
    });
}

/**
 * The issues that are evidence for a control: linked to it or to a high-confidence equivalent in another standard,
 * so work recorded once against 27001 also counts for 42001. An entry's own evidence JQL replaces this search.
 */
export function soaEvidenceJql(entry: Pick<SoaEntry, 'controlId' | 'evidenceJql'>, catalog: Catalog = builtinCatalog()): string {
  if (entry.evidenceJql !== null && entry.evidenceJql !== '') return entry.evidenceJql;
  const equivalents = highConfidenceRelated(catalog, entry.controlId).map((related) => related.id);
  return complianceLinksJql({ clauses: [entry.controlId, ...new Set(equivalents)] });
}
