import { builtinCatalog, type Catalog, type StandardId } from '../../domain/catalog';
import type { CatalogSearchInput } from '../../domain/schemas/catalogSearch';

export interface CatalogSearchResult {
  id: string;
  standard: StandardId;
  ref: string;
  title: string;
  kind: 'clause' | 'control' | 'scope';
  match: 'exact-id' | 'id-prefix' | 'title';
}

/** Ranked clause/control search across the three standards, presented for the picker (grouped by `standard`). */
export function searchCatalog(input: CatalogSearchInput, catalog: Catalog = builtinCatalog()): CatalogSearchResult[] {
  return catalog
    .search(input.query, { standards: input.standards, limit: input.limit ?? 20 })
    .map(({ entry, match }) => ({ id: entry.id, standard: entry.standard, ref: entry.ref, title: entry.title, kind: entry.kind, match }));
}
