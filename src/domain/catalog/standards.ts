/**
 * The three standards the integrated management system covers. Canonical ids carry the short id only;
 * the edition is catalog metadata, checked against the data file when it is loaded.
 */
export const STANDARD_IDS = ['ISO20000-1', 'ISO27001', 'ISO42001'] as const;

export type StandardId = (typeof STANDARD_IDS)[number];

/** Editions the catalog holds. A ref from another edition is refused: 27001:2013 numbered Annex A differently. */
export const CATALOG_EDITIONS: Readonly<Record<StandardId, string>> = {
  'ISO20000-1': '2018',
  ISO27001: '2022',
  ISO42001: '2023',
};

export function isStandardId(text: string): text is StandardId {
  return (STANDARD_IDS as readonly string[]).includes(text);
}

/** Display and sort order: the service management system first, as on the issue panel. */
export function standardOrder(standard: StandardId): number {
  return STANDARD_IDS.indexOf(standard);
}

/** Standards whose Annex A holds reference controls numbered A.x.y (20000-1 has no control annex). */
export const STANDARDS_WITH_CONTROLS: readonly StandardId[] = ['ISO27001', 'ISO42001'];

/**
 * Standards written on the 2021/2022 harmonized structure, so equal clause numbers mean equal clauses.
 * 20000-1:2018 follows the older Annex SL (10.1/10.2 swapped, its own 6.3): only the mapping data links it.
 */
export const HARMONIZED_STRUCTURE_2022: readonly StandardId[] = ['ISO27001', 'ISO42001'];
