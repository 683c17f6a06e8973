import type { StandardId } from '../../domain/catalog';
import type { HandlerResult } from '../../handlers/shared/result';
import type { EvidenceJobRecord, EvidenceJobStore } from '../../ports/evidence';
import { loadReport } from '../evidence/presentJob';

export interface StandardGlance {
  standard: StandardId;
  covered: number;
  stale: number;
  missing: number;
}

/** What the dashboard gadget shows: the caller's most recent finished evidence report, per standard. */
export interface CoverageGlance {
  jobId: string;
  reportName: string | null;
  finishedAt: string;
  period: { from: string; to: string };
  standards: StandardGlance[];
}

export interface CoverageGlancePorts {
  jobs: EvidenceJobStore;
  /** Every report job the user started (a user starts a handful; no time index is needed to find the newest). */
  jobsStartedBy(accountId: string): Promise<EvidenceJobRecord[]>;
}

/** Null when the caller has no finished report yet: the gadget then asks them to run one. */
export async function coverageAtAGlance(ports: CoverageGlancePorts, accountId: string): Promise<HandlerResult<CoverageGlance | null>> {
  const finished = (await ports.jobsStartedBy(accountId))
    .filter((job): job is EvidenceJobRecord & { finishedAt: string } => job.status === 'done' && job.finishedAt !== undefined)
    .sort((a, b) => b.finishedAt.localeCompare(a.finishedAt));
  const latest = finished[0];
  if (latest === undefined) return { ok: true, value: null };
  const report = await loadReport(ports.jobs, latest);
  if (!report.ok) return report;
  const { coverage } = report.value;
  const standards = Object.entries(coverage.totals).map(([standard, totals]) => ({
    standard: standard as StandardId,
    covered: totals.covered,
    stale: totals.stale,
    missing: totals.missing,
  }));
  return {
    ok: true,
    value: { jobId: latest.jobId, reportName: report.value.name, finishedAt: latest.finishedAt, period: { from: coverage.period.from, to: coverage.period.to }, standards },
  };
}

export interface CoverageGadgetResolverApi {
  coverageAtAGlance: { payload: Record<string, never>; value: CoverageGlance | null };
}
