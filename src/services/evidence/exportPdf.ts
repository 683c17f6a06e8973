import type { HandlerResult } from '../../handlers/shared/result';
import type { EvidenceJobStore } from '../../ports/evidence';
import type { PeopleDirectory } from '../../ports/soaPeople';
import { ownJob } from './jobCommands';
import { auditPackExport, type PdfExport } from './pdfExport';
import { loadReport } from './presentJob';

/** The PDF audit pack of a finished report the caller started (same ownership rule as the CSV exports). */
export async function exportPdf(
  deps: { jobs: EvidenceJobStore; people: Pick<PeopleDirectory, 'displayNames'> },
  input: { jobId: string; generatedAt: Date; siteUrl?: string },
  accountId: string,
): Promise<HandlerResult<PdfExport>> {
  const job = await ownJob(deps.jobs, input.jobId, accountId);
  if (!job.ok) return job;
  const report = await loadReport(deps.jobs, job.value);
  if (!report.ok) return report;
  // Auditors read names, not account ids; the site stands for the organisation the evidence comes from.
  const name = (await deps.people.displayNames([accountId]))[accountId];
  const organisation = input.siteUrl === undefined ? {} : { organisation: new URL(input.siteUrl).host };
  const generatedBy = name === undefined ? accountId : `${name} (${accountId})`;
  return { ok: true, value: await auditPackExport(report.value, { generatedAt: input.generatedAt, generatedBy, ...organisation }) };
}
