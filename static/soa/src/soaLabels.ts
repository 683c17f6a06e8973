import type { SoaCounts } from '../../../src/domain/soa';
import type { SoaFilter } from '../../../src/services/soa/soaFilters';

export const STANDARD_NAMES = { ISO27001: 'ISO/IEC 27001 Annex A', ISO42001: 'ISO/IEC 42001 Annex A' } as const;

export const FILTER_LABELS: Record<SoaFilter, string> = {
  all: 'All controls',
  applicable: 'Applicable',
  excluded: 'Excluded',
  'not started': 'Not started',
  partial: 'Partially implemented',
  implemented: 'Implemented',
  incomplete: 'Incomplete (missing justification or reason)',
};

export const STATUS_APPEARANCE = { 'not started': 'default', partial: 'inprogress', implemented: 'success' } as const;

export const tileFigures = (counts: SoaCounts) => [
  { key: 'applicable', label: 'Applicable', value: `${counts.applicable}/${counts.total}` },
  { key: 'excluded', label: 'Excluded', value: String(counts.excluded) },
  { key: 'implemented', label: 'Implemented', value: `${counts.implementedPercent}%` },
  { key: 'incomplete', label: 'Incomplete', value: String(counts.incomplete) },
];
