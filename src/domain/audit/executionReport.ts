import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from '../evidence';

/** The audit report (ISO 19011 6.5): scope and criteria, the checklist with its evidence, findings, conclusions; people by display name. */
export interface AuditReport {
  auditId: string;
  issueKey: string;
  title: string;
  criteria: string;
  period: { from: string; to: string };
  leadAuditor: string | null;
  team: string[];
  startedAt: string;
  generatedAt: string;
  checklist: { clause: string; title: string; evidenceCount: number; lastEvidenceDate: string | null; evidenceKeys: string[]; isChecked: boolean }[];
  findings: { issueKey: string; kindLabel: string; summary: string; status: string; closure: string }[];
  conclusions: string;
}

/** How a finding's closure reads in the report: done, or what is still missing. */
export function closureText(closure: { canClose: boolean; missing: string[] } | null): string {
  if (closure === null) return '';
  return closure.canClose ? 'ready to close' : `open: ${closure.missing.join('; ')}`;
}

const HEADER = ['Section', 'Reference', 'Title', 'Status', 'Detail', 'Date'];

/**
 * One table with a Section column (audit, checklist, finding, conclusions), so a spreadsheet can filter it; UTF-8
 * with BOM, CRLF, and every text cell guarded against formula injection.
 */
export function auditReportCsv(report: AuditReport): string {
  const rows: string[][] = [
    ['Audit', report.auditId, report.title, report.issueKey, `Criteria: ${report.criteria}`, report.startedAt.slice(0, 10)],
    ['Audit', 'Evidence period', '', '', `${report.period.from} to ${report.period.to}`, ''],
    ['Audit', 'Auditors', '', '', [report.leadAuditor ?? '', ...report.team].filter((name) => name !== '').join('; '), ''],
    ...report.checklist.map((line) => [
      'Checklist',
      line.clause,
      line.title,
      line.isChecked ? 'audited' : 'not yet audited',
      `${line.evidenceCount} evidence issues${line.evidenceKeys.length > 0 ? `: ${line.evidenceKeys.join(', ')}` : ''}`,
      line.lastEvidenceDate ?? '',
    ]),
    ...report.findings.map((finding) => ['Finding', finding.issueKey, finding.summary, finding.status, [finding.kindLabel, finding.closure].filter((part) => part !== '').join(' - '), '']),
    ['Conclusions', '', '', '', report.conclusions, report.generatedAt.slice(0, 10)],
  ];
  return stringify([HEADER, ...rows].map((row) => row.map(spreadsheetSafe)), { bom: true, record_delimiter: '\r\n' });
}
