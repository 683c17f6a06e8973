import { builtinCatalog, clauseIdParts, type Catalog } from '../catalog';
import { safeCsv } from '../risk/spreadsheetCell';
import type { SoaEntry } from '../schemas/soa';

export const SOA_CSV_COLUMNS = [
  'standard', 'control', 'title', 'applicable', 'justification', 'inclusionReasons', 'implementationStatus',
  'appliedControls', 'linkedRisks', 'owner', 'evidenceJql', 'version',
] as const;

/** The SoA as an auditor reads it, with the same formula-injection escaping as the risk register export. */
export function soaCsv(entries: readonly SoaEntry[], catalog: Catalog = builtinCatalog()): string {
  const rows = entries.map((entry) => [
    clauseIdParts(entry.controlId).standard,
    entry.controlId,
    catalog.lookup(entry.controlId)?.title ?? '',
    entry.applicable ? 'yes' : 'no',
    entry.justification,
    entry.inclusionReasons.join('; '),
    entry.implementationStatus,
    entry.appliedControls,
    entry.linkedRisks.join('; '),
    entry.owner ?? '',
    entry.evidenceJql ?? '',
    String(entry.version),
  ]);
  return safeCsv(SOA_CSV_COLUMNS, rows);
}
