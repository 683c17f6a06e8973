import { builtinCatalog, clauseIdParts, compareIds, type ClauseId } from '../../domain/catalog';
import { SOA_STANDARDS } from '../../domain/soa';
import type { Risk } from '../../domain/schemas/risk';
import type { EvidenceSearchPort } from '../../ports/evidence';
import type { RiskStore } from '../../ports/riskStore';
import type { SoaPorts } from '../soa/ports';
import { soaEvidence } from '../soa/soaEvidence';
import { allEntries } from '../soa/soaReports';
import type { ReviewSoaCoverage, ReviewStaleControl } from './reviewTypes';

export const STALE_LIST_LIMIT = 40;

/** Oldest day first, no day last. */
const byDate = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** The register the pack already read, served as the store's pages: the SoA's risk column costs no second read. */
function registerInMemory(store: RiskStore, risks: readonly Risk[]): RiskStore {
  return {
    ...store,
    list: (_filters, cursor, limit) => {
      const start = cursor === undefined ? 0 : Number(cursor);
      const end = start + limit;
      return Promise.resolve({ risks: risks.slice(start, end), ...(end < risks.length ? { cursor: String(end) } : {}) });
    },
  };
}

/**
 * SoA coverage for the review: applicable controls per standard, implemented, evidenced, stale or missing. The SoA
 * is two index queries and the evidence one paged search as the caller (`soaEvidence`), whatever the number of
 * controls; evidence counts only issues the caller may browse.
 */
export async function reviewSoaCoverage(
  ports: { soa: SoaPorts; search: EvidenceSearchPort; risks: RiskStore },
  register: readonly Risk[],
  now: Date,
): Promise<ReviewSoaCoverage> {
  const applicable = (await allEntries(ports.soa)).filter((entry) => entry.applicable);
  const evidence = await soaEvidence({ search: ports.search, risks: registerInMemory(ports.risks, register) }, applicable, now);
  const byControl = new Map(evidence.controls.map((control) => [control.controlId, control]));
  const byStandard = SOA_STANDARDS.map((standard) => {
    const entries = applicable.filter((entry) => clauseIdParts(entry.controlId).standard === standard);
    const controls = entries.map((entry) => byControl.get(entry.controlId));
    const evidenced = controls.filter((control) => control !== undefined && control.evidenceCount > 0);
    return {
      standard,
      applicable: entries.length,
      implemented: entries.filter((entry) => entry.implementationStatus === 'implemented').length,
      withEvidence: evidenced.length,
      stale: evidenced.filter((control) => control?.stale === true).length,
      missing: entries.length - evidenced.length,
    };
  });
  const staleControls: ReviewStaleControl[] = applicable
    .flatMap((entry) => {
      const control = byControl.get(entry.controlId);
      return control === undefined || !control.stale
        ? []
        : [{ controlId: entry.controlId, title: builtinCatalog().lookup(entry.controlId as ClauseId)?.title ?? '', implementationStatus: entry.implementationStatus, evidenceCount: control.evidenceCount, lastEvidenceDate: control.lastEvidenceDate }];
    })
    // Controls whose evidence went quiet first, oldest first, then those never evidenced: a site starting out has
    // dozens of the latter, which would push the former off the list.
    .sort((a, b) => byDate(a.lastEvidenceDate, b.lastEvidenceDate) || compareIds(a.controlId as ClauseId, b.controlId as ClauseId));
  return { staleAfterDays: evidence.staleAfterDays, byStandard, staleControls: staleControls.slice(0, STALE_LIST_LIMIT), searchCalls: evidence.searchCalls };
}
