import { z } from 'zod';
import { auditReportCsv, closureText, type AuditReport } from '../../domain/audit/executionReport';
import { fail, ok, type HandlerResult } from '../../handlers/shared/result';
import type { PdfExport } from '../evidence/pdfExport';
import { auditReportPdf } from './auditReportPdf';
import type { AuditExecutionPorts } from './executionPorts';
import { presentAudit } from './getAuditPanel';
import { visibleIssue } from './loadAuditIssue';

export const ExportReportInputSchema = z.strictObject({ format: z.enum(['csv', 'pdf'], { error: 'The report format is csv or pdf' }) });

export type AuditReportExport = { format: 'csv'; filename: string; content: string } | ({ format: 'pdf' } & PdfExport);

/** The audit report of the audit open in the panel, built from what the caller may see now. */
export async function exportAuditReport(
  ports: Pick<AuditExecutionPorts, 'jira' | 'store' | 'clock' | 'people'>,
  auditIssueId: string,
  input: z.infer<typeof ExportReportInputSchema>,
): Promise<HandlerResult<AuditReportExport>> {
  const issue = await visibleIssue(ports.jira, auditIssueId);
  if (!issue.ok) return issue;
  const execution = await ports.store.readExecution(issue.value.id);
  if (execution === null) return fail('NOT_FOUND', `${issue.value.key} was not started from the audit programme.`);
  const view = await presentAudit(ports, issue.value);
  const names = await ports.people.displayNames([...(execution.leadAuditor === null ? [] : [execution.leadAuditor]), ...execution.team]);
  const nameOf = (accountId: string) => names[accountId] ?? accountId;
  const report: AuditReport = {
    auditId: execution.auditId,
    issueKey: execution.auditIssueKey,
    title: execution.title,
    criteria: execution.criteria,
    period: execution.period,
    leadAuditor: execution.leadAuditor === null ? null : nameOf(execution.leadAuditor),
    team: execution.team.map(nameOf),
    startedAt: execution.startedAt,
    generatedAt: ports.clock.now().toISOString(),
    checklist: view.checklist,
    findings: view.findings.map((finding) => ({ issueKey: finding.issueKey, kindLabel: finding.kindLabel, summary: finding.summary, status: finding.status, closure: closureText(finding.closure) })),
    conclusions: execution.conclusions,
  };
  if (input.format === 'csv') {
    return ok({ format: 'csv', filename: `audit-report-${report.auditId}-${report.generatedAt.slice(0, 10)}.csv`, content: auditReportCsv(report) });
  }
  return ok({ format: 'pdf', ...(await auditReportPdf(report)) });
}
