import { builtinCatalog, clauseIdParts, compareIds, type Catalog, type ClauseId, type Confidence, type StandardId } from '../catalog';

/**
 * Cross-standard suggestions for an issue's linked clauses, from the catalog's mappings and the harmonized
 * structure. A high-confidence mapping is offered as an equivalent the user can link in one click; medium and
 * low ones are only suggestions. None is ever linked automatically: the mappings are interpretations, and the
 * evidence an auditor sees must be what a person chose.
 */

export type SuggestionKind = 'equivalent' | 'suggestion';

export interface LinkSuggestion {
  id: ClauseId;
  standard: StandardId;
  title: string;
  kind: SuggestionKind;
  confidence: Confidence;
  relation: string;
  /** The linked clauses that lead here, so the panel can say "because ISO20000-1:8.6.1 is linked". */
  because: ClauseId[];
}

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { high: 0, medium: 1, low: 2 };

interface Candidate {
  id: ClauseId;
  standard: StandardId;
  title: string;
  confidence: Confidence;
  relation: string;
}

function candidatesFor(catalog: Catalog, linked: ClauseId): Candidate[] {
  const own = clauseIdParts(linked).standard;
  const mapped = catalog.related(linked).map(({ id, standard, title, confidence, relation }) => ({ id, standard, title, confidence, relation }));
  const harmonized = catalog.harmonizedEquivalents(linked).map(({ id, standard, confidence, relation }) => ({
    id,
    standard,
    title: catalog.lookup(id)?.title ?? id,
    confidence,
    relation,
  }));
  return [...harmonized, ...mapped].filter((candidate) => candidate.standard !== own);
}

export function linkSuggestions(linked: readonly ClauseId[], catalog: Catalog = builtinCatalog()): LinkSuggestion[] {
  const already = new Set(linked);
  const best = new Map<ClauseId, LinkSuggestion>();
  for (const source of linked) {
    for (const candidate of candidatesFor(catalog, source)) {
      if (already.has(candidate.id)) continue;
      const existing = best.get(candidate.id);
      const because = existing === undefined ? [source] : [...new Set([...existing.because, source])];
      const stronger = existing === undefined || CONFIDENCE_RANK[candidate.confidence] < CONFIDENCE_RANK[existing.confidence];
      const chosen = stronger ? candidate : existing;
      best.set(candidate.id, {
        id: chosen.id,
        standard: chosen.standard,
        title: chosen.title,
        confidence: chosen.confidence,
        relation: chosen.relation,
        kind: chosen.confidence === 'high' ? 'equivalent' : 'suggestion',
        because: because.sort(compareIds),
      });
    }
  }
  return [...best.values()].sort((a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || compareIds(a.id, b.id));
}
