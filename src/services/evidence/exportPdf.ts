import type { HandlerResult } from '../../handlers/shared/result';
import type { EvidenceJobStore } from '../../ports/evidence';
import { ownJob } from './jobCommands';
import { auditPackExport, type PdfExport } from './pdfExport';
import { loadReport } from './presentJob';

/** The PDF audit pack of a finished report the caller started (same ownership rule as the CSV exports). */
export async function exportPdf(
  jobs: EvidenceJobStore,
  input: { jobId: string; generatedAt: Date },
  accountId: string,
): Promise<HandlerResult<PdfExport>> {
  const job = await ownJob(jobs, input.jobId, accountId);
  if (!job.ok) return job;
  const report = await loadReport(jobs, job.value);
  if (!report.ok) return report;
  return { ok: true, value: await auditPackExport(report.value, { generatedAt: input.generatedAt, generatedBy: accountId }) };
}
