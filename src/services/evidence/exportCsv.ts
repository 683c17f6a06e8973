import { builtinCatalog } from '../../domain/catalog';
import { coverageMatrixCsv, evidenceListCsv } from '../../domain/evidence';
import type { HandlerResult } from '../../handlers/shared/result';
import type { EvidenceJobStore } from '../../ports/evidence';
import type { EvidenceCsvKind } from './evidenceView';
import { ownJob } from './jobCommands';
import { loadReport } from './presentJob';

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'evidence-report';

/** The coverage matrix or the evidence list of a finished report as CSV (UTF-8 with BOM, formula-safe cells). */
export async function exportCsv(
  jobs: EvidenceJobStore,
  input: { jobId: string; kind: EvidenceCsvKind; siteUrl?: string },
  accountId: string,
): Promise<HandlerResult<{ filename: string; content: string }>> {
  const job = await ownJob(jobs, input.jobId, accountId);
  if (!job.ok) return job;
  const report = await loadReport(jobs, job.value);
  if (!report.ok) return report;
  const { coverage, name, startedAt } = report.value;
  const content = input.kind === 'matrix'
    ? coverageMatrixCsv(coverage, builtinCatalog())
    : evidenceListCsv(coverage, input.siteUrl === undefined ? {} : { siteUrl: input.siteUrl });
  const filename = `${slug(name ?? 'evidence-report')}-${input.kind}-${startedAt.slice(0, 10)}.csv`;
  return { ok: true, value: { filename, content } };
}
