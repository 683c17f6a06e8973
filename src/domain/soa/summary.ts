import { clauseIdParts } from '../catalog';
import { SOA_STANDARDS, type SoaEntry, type SoaStandard } from '../schemas/soa';
import { isSoaEntryComplete } from './entryRules';

export interface SoaCounts {
  total: number;
  applicable: number;
  excluded: number;
  implemented: number;
  partial: number;
  notStarted: number;
  /** Implemented applicable controls as a whole percentage of the applicable ones (0 when none applies). */
  implementedPercent: number;
  /** Entries still missing a justification or a reason for inclusion. */
  incomplete: number;
}

export interface SoaSummary {
  byStandard: Record<SoaStandard, SoaCounts>;
  overall: SoaCounts;
}

function count(entries: readonly SoaEntry[]): SoaCounts {
  const applicable = entries.filter((entry) => entry.applicable);
  const withStatus = (status: SoaEntry['implementationStatus']) => applicable.filter((entry) => entry.implementationStatus === status).length;
  const implemented = withStatus('implemented');
  return {
    total: entries.length,
    applicable: applicable.length,
    excluded: entries.length - applicable.length,
    implemented,
    partial: withStatus('partial'),
    notStarted: withStatus('not started'),
    implementedPercent: applicable.length === 0 ? 0 : Math.round((implemented * 100) / applicable.length),
    incomplete: entries.filter((entry) => !isSoaEntryComplete(entry)).length,
  };
}

export function soaSummary(entries: readonly SoaEntry[]): SoaSummary {
  const of = (standard: SoaStandard) => entries.filter((entry) => clauseIdParts(entry.controlId).standard === standard);
  const byStandard = Object.fromEntries(SOA_STANDARDS.map((standard) => [standard, count(of(standard))])) as Record<SoaStandard, SoaCounts>;
  return { byStandard, overall: count(entries) };
}
