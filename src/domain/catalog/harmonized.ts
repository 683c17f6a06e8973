import type { CatalogEntry, CatalogMapping, Confidence } from './catalogTypes';
import type { ClauseId } from './clauseId';
import { compareIds } from './ordering';
import { HARMONIZED_STRUCTURE_2022, type StandardId } from './standards';

/**
 * A clause of another standard that is the same harmonized-structure clause (4–10). `basis: 'mapping'` comes from
 * the curated harmonized-structure rows; `'shared-structure'` from the numbering rules below.
 */
export interface HarmonizedEquivalent {
  id: ClauseId;
  standard: StandardId;
  relation: string;
  confidence: Confidence;
  basis: 'mapping' | 'shared-structure';
  note?: string;
}

// Only these relations mean "the same clause"; number collisions and discipline-specific analogues do not.
const EQUIVALENCE_RELATIONS = new Set(['equivalent', 'equivalent-renumbered']);

/** Builds the equivalence index once per catalog: clause id → its equivalents in the other standards. */
export function indexHarmonizedEquivalents(
  entries: readonly CatalogEntry[],
  mappings: readonly CatalogMapping[],
): ReadonlyMap<ClauseId, readonly HarmonizedEquivalent[]> {
  const index = new Map<ClauseId, HarmonizedEquivalent[]>();
  const standardOf = new Map(entries.map((entry) => [entry.id, entry.standard]));
  const add = (from: ClauseId, equivalent: Omit<HarmonizedEquivalent, 'standard'>): void => {
    const standard = standardOf.get(equivalent.id);
    if (standard === undefined || standard === standardOf.get(from)) return;
    const list = index.get(from) ?? [];
    if (list.some((existing) => existing.id === equivalent.id)) return;
    list.push({ ...equivalent, standard });
    index.set(from, list);
  };

  const structural = mappings.filter((mapping) => mapping.category === 'harmonized-structure');
  for (const mapping of structural.filter((candidate) => EQUIVALENCE_RELATIONS.has(candidate.relation))) {
    const basis = { confidence: mapping.confidence, basis: 'mapping' as const, ...noteOf(mapping) };
    for (const target of mapping.to) {
      add(mapping.from, { id: target, relation: mapping.relation, ...basis });
      add(target, { id: mapping.from, relation: mapping.relation, ...basis });
      // Targets of one row are equivalent to each other: 20000-1 10.1 ≙ 27001 10.2 ≙ 42001 10.2.
      for (const sibling of mapping.to) {
        if (sibling === target) continue;
        add(target, { id: sibling, relation: sameRef(target, sibling) ? 'equivalent' : mapping.relation, ...basis });
      }
    }
  }

  // The curated rows decide for every clause they mention (e.g. 27001/42001 6.1.2 are only analogous). The rest:
  // chapters 4–10 are the same in every Annex SL standard, and 27001/42001 share the 2022 numbering below them.
  const mentioned = new Set(structural.flatMap((mapping) => [mapping.from, ...mapping.to]));
  const clauses = entries.filter((entry) => entry.kind === 'clause' && !mentioned.has(entry.id));
  for (const clause of clauses) {
    for (const other of clauses) {
      if (other.ref !== clause.ref || other.standard === clause.standard) continue;
      const sharesNumbering =
        clause.level === 1 ||
        (HARMONIZED_STRUCTURE_2022.includes(clause.standard) && HARMONIZED_STRUCTURE_2022.includes(other.standard));
      if (sharesNumbering) {
        add(clause.id, { id: other.id, relation: 'equivalent', confidence: 'high', basis: 'shared-structure' });
      }
    }
  }

  for (const list of index.values()) list.sort((a, b) => compareIds(a.id, b.id));
  return index;
}

function sameRef(a: ClauseId, b: ClauseId): boolean {
  return a.slice(a.indexOf(':')) === b.slice(b.indexOf(':'));
}

function noteOf(mapping: CatalogMapping): { note?: string } {
  return mapping.note === undefined ? {} : { note: mapping.note };
}
