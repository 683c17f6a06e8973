import { CATALOG_EDITIONS, STANDARD_IDS, type StandardId } from '../../../src/domain/catalog/standards';
import type { CatalogHit } from '../../shared/resolverApi';

export type StandardGroup = { standard: StandardId; hits: CatalogHit[] };

/** Groups search hits under their standard, in the panel's fixed order (20000-1, 27001, 42001); empty groups are left out. */
export function groupByStandard(hits: readonly CatalogHit[]): StandardGroup[] {
  return STANDARD_IDS.map((standard) => ({ standard, hits: hits.filter((hit) => hit.standard === standard) })).filter(
    (group) => group.hits.length > 0,
  );
}

/** How people write the standard: `ISO27001` → `ISO/IEC 27001:2022` (the edition the catalog holds). */
export function standardLabel(standard: StandardId): string {
  return `ISO/IEC ${standard.replace(/^ISO/, '')}:${CATALOG_EDITIONS[standard]}`;
}
