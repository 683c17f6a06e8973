import { compareIds, type Catalog, type ClauseId } from '../catalog';

/** A clause of another standard whose linked issues also count as evidence for the clause ("via"). */
export interface EvidenceSource {
  clause: ClauseId;
  relation: string;
  basis: 'harmonized-structure' | 'operational-mapping';
}

// Relations that say evidence for one clause is evidence for the other. Analogues (27001 vs 42001 risk treatment:
// different subjects), number collisions (20000-1 6.3 vs 27001 6.3), "supports" and "subset-of" do not.
const EVIDENCE_SHARING_RELATIONS = new Set([
  'equivalent',
  'equivalent-renumbered',
  'equivalent-topic',
  'same-subject (27001 more granular)',
  'partial-overlap',
]);

/**
 * Where a clause may borrow evidence from: its high-confidence harmonized-structure equivalents (the catalog's
 * rules: curated rows first, number collisions never) and high-confidence operational mappings in either direction.
 * Medium and low confidence never count: an auditor would reject them.
 */
export function evidenceSourcesFor(clause: ClauseId, catalog: Catalog): EvidenceSource[] {
  const sources = new Map<ClauseId, EvidenceSource>();
  for (const equivalent of catalog.harmonizedEquivalents(clause)) {
    if (equivalent.confidence !== 'high') continue;
    sources.set(equivalent.id, { clause: equivalent.id, relation: equivalent.relation, basis: 'harmonized-structure' });
  }
  for (const related of catalog.related(clause)) {
    const isSharing =
      related.confidence === 'high' &&
      related.category === 'operational' &&
      EVIDENCE_SHARING_RELATIONS.has(related.relation) &&
      catalog.lookup(related.id)?.kind !== 'scope';
    if (!isSharing || related.id === clause || sources.has(related.id)) continue;
    sources.set(related.id, { clause: related.id, relation: related.relation, basis: 'operational-mapping' });
  }
  return [...sources.values()].sort((a, b) => compareIds(a.clause, b.clause));
}
