import type { CatalogData, CatalogEntry, CatalogMapping, Confidence, MappingCategory, Origin, StandardInfo } from './catalogTypes';
import type { ClauseId, RefKind } from './clauseId';
import { indexHarmonizedEquivalents, type HarmonizedEquivalent } from './harmonized';
import { compareIds } from './ordering';
import { searchEntries, type SearchHit, type SearchOptions } from './search';
import type { StandardId } from './standards';

/** A mapping seen from one clause: the clause at the other end, and which way the mapping was written. */
export interface RelatedClause {
  id: ClauseId;
  standard: StandardId;
  title: string;
  direction: 'outgoing' | 'incoming';
  relation: string;
  confidence: Confidence;
  source: string;
  note?: string;
  category: MappingCategory;
  origin: Origin;
}

export interface Catalog {
  readonly data: CatalogData;
  standards(): readonly StandardInfo[];
  has(id: ClauseId): boolean;
  lookup(id: ClauseId): CatalogEntry | undefined;
  children(id: ClauseId): CatalogEntry[];
  parent(id: ClauseId): CatalogEntry | undefined;
  /** Root first (8.5.1.1 → 8, 8.5, 8.5.1), ready for a breadcrumb. */
  ancestors(id: ClauseId): CatalogEntry[];
  /** Document order; `kind` narrows to clauses, controls or the whole-system refs. */
  listStandard(standard: StandardId, options?: { kind?: RefKind }): CatalogEntry[];
  search(query: string, options?: SearchOptions): SearchHit[];
  mappingsFrom(id: ClauseId): CatalogMapping[];
  mappingsTo(id: ClauseId): CatalogMapping[];
  /** Both directions, strongest confidence first. */
  related(id: ClauseId): RelatedClause[];
  harmonizedEquivalents(id: ClauseId): HarmonizedEquivalent[];
}

const CONFIDENCE_RANK: Readonly<Record<Confidence, number>> = { high: 0, medium: 1, low: 2 };

function push<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [value]);
  else list.push(value);
}

export function createCatalog(data: CatalogData): Catalog {
  const byId = new Map(data.entries.map((entry) => [entry.id, entry]));
  const childrenOf = new Map<ClauseId, CatalogEntry[]>();
  for (const entry of data.entries) if (entry.parent !== null) push(childrenOf, entry.parent, entry);
  const outgoing = new Map<ClauseId, CatalogMapping[]>();
  const incoming = new Map<ClauseId, CatalogMapping[]>();
  for (const mapping of data.mappings) {
    push(outgoing, mapping.from, mapping);
    for (const target of new Set(mapping.to)) push(incoming, target, mapping);
  }
  const equivalents = indexHarmonizedEquivalents(data.entries, data.mappings);

  const relatedEntry = (
    id: ClauseId,
    direction: RelatedClause['direction'],
    mapping: CatalogMapping,
  ): RelatedClause[] => {
    const entry = byId.get(id);
    if (entry === undefined) return [];
    const { relation, confidence, source, note, category, origin } = mapping;
    return [
      { id, standard: entry.standard, title: entry.title, direction, relation, confidence, source, category, origin, ...(note === undefined ? {} : { note }) },
    ];
  };

  const catalog: Catalog = {
    data,
    standards: () => data.standards,
    has: (id) => byId.has(id),
    lookup: (id) => byId.get(id),
    children: (id) => [...(childrenOf.get(id) ?? [])],
    parent: (id) => {
      const parentId = byId.get(id)?.parent;
      return parentId == null ? undefined : byId.get(parentId);
    },
    ancestors: (id) => {
      const chain: CatalogEntry[] = [];
      for (let current = catalog.parent(id); current !== undefined; current = catalog.parent(current.id)) {
        chain.unshift(current);
      }
      return chain;
    },
    listStandard: (standard, options = {}) =>
      data.entries.filter(
        (entry) => entry.standard === standard && (options.kind === undefined || entry.kind === options.kind),
      ),
    search: (query, options) => searchEntries(data.entries, query, options),
    mappingsFrom: (id) => [...(outgoing.get(id) ?? [])],
    mappingsTo: (id) => [...(incoming.get(id) ?? [])],
    related: (id) =>
      [
        ...(outgoing.get(id) ?? []).flatMap((mapping) =>
          mapping.to.flatMap((target) => relatedEntry(target, 'outgoing', mapping)),
        ),
        ...(incoming.get(id) ?? []).flatMap((mapping) => relatedEntry(mapping.from, 'incoming', mapping)),
      ].sort((a, b) => CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || compareIds(a.id, b.id)),
    harmonizedEquivalents: (id) => [...(equivalents.get(id) ?? [])],
  };
  return catalog;
}
