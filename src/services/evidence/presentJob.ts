import { builtinCatalog } from '../../domain/catalog';
import { coverageFromCheckpoint, type CoverageReport } from '../../domain/evidence';
import type { EvidenceJobRecord, EvidenceJobStore } from '../../ports/evidence';
import type { HandlerResult } from '../../handlers/shared/result';
import type { EvidenceJobView, EvidenceReportView } from './evidenceView';
import { planReport } from './reportPlan';

/** A finished job's report, rebuilt from its last checkpoint (the report is never stored twice). */
export async function loadReport(jobs: EvidenceJobStore, job: EvidenceJobRecord): Promise<HandlerResult<EvidenceReportView>> {
  if (job.status !== 'done' || job.checkpoint === undefined || job.finishedAt === undefined) {
    return { ok: false, error: { code: 'CONFLICT', message: `The report is ${job.status}, not done yet` } };
  }
  const stored = await jobs.readCheckpoint(job.jobId, job.checkpoint.generation, job.checkpoint.parts);
  const aggregator = coverageFromCheckpoint(stored);
  if (!aggregator.ok) return { ok: false, error: { code: 'UNAVAILABLE', message: `${aggregator.error.message}: run the report again` } };
  const plan = planReport(job.definition, job.startedAt);
  if (!plan.ok) return plan;
  const catalog = builtinCatalog();
  const coverage: CoverageReport = aggregator.value.report();
  return {
    ok: true,
    value: {
      jobId: job.jobId,
      name: job.definition.name ?? null,
      definition: job.definition,
      startedAt: job.startedAt,
      finishedAt: job.finishedAt,
      startedBy: job.startedBy,
      permissionMode: 'app-filtered',
      browsableProjects: job.projectIds.length,
      searchJql: job.searchJql,
      clauseLinks: plan.value.queries.map((query) => ({
        clause: query.clause,
        title: catalog.lookup(query.clause)?.title ?? '',
        directJql: query.directJql,
        ...(query.mappedJql === undefined ? {} : { mappedJql: query.mappedJql }),
      })),
      ...(plan.value.scopeNotice === undefined ? {} : { scopeNotice: plan.value.scopeNotice }),
      coverage,
    },
  };
}

function progressOf(job: EvidenceJobRecord): Pick<EvidenceJobView, 'percent' | 'etaSeconds'> {
  if (job.status === 'done') return { percent: 100, etaSeconds: null };
  const total = job.totalEstimate;
  if (total === undefined || total === 0 || job.status !== 'running') return { percent: 0, etaSeconds: null };
  // The count is approximate: never claim 100 % before the last page.
  const percent = Math.min(99, Math.floor((job.issuesScanned / total) * 100));
  const msPerIssue = job.issuesScanned > 0 ? job.workMs / job.issuesScanned : undefined;
  const etaSeconds = msPerIssue === undefined ? null : Math.ceil((Math.max(0, total - job.issuesScanned) * msPerIssue) / 1000);
  return { percent, etaSeconds };
}

export async function presentJob(jobs: EvidenceJobStore, job: EvidenceJobRecord): Promise<HandlerResult<EvidenceJobView>> {
  const view: EvidenceJobView = {
    jobId: job.jobId,
    status: job.status,
    issuesScanned: job.issuesScanned,
    ...progressOf(job),
    ...(job.message === undefined ? {} : { message: job.message }),
  };
  if (job.status !== 'done') return { ok: true, value: view };
  const report = await loadReport(jobs, job);
  return report.ok ? { ok: true, value: { ...view, report: report.value } } : report;
}
