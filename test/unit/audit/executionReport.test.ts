import { auditReportCsv, closureText, type AuditReport } from '../../../src/domain/audit/executionReport';

const report = (overrides: Partial<AuditReport> = {}): AuditReport => ({
  auditId: 'AUD-1',
  issueKey: 'IMS-1',
  title: 'Change management',
  criteria: 'ISO/IEC 27001:2022 A.8.32',
  period: { from: '2025-11-24', to: '2026-11-27' },
  leadAuditor: 'Sofia Lindqvist',
  team: ['Amira Haddad'],
  startedAt: '2026-11-24T09:00:00.000Z',
  generatedAt: '2026-11-30T09:00:00.000Z',
  checklist: [{ clause: 'ISO27001:A.8.32', title: 'Change management', evidenceCount: 3, lastEvidenceDate: '2026-11-15', evidenceKeys: ['SEC-48'], isChecked: true }],
  findings: [{ issueKey: 'IMS-2', kindLabel: 'Minor nonconformity', summary: 'Emergency changes skip review', status: 'To Do', closure: 'open: no corrective action' }],
  conclusions: 'Effective apart from emergency changes.',
  ...overrides,
});

describe('the audit report as CSV', () => {
  it('has one table with a section column: audit, checklist, findings and conclusions', () => {
    const lines = auditReportCsv(report()).replace(/^\uFEFF/, '').split('\r\n');

    expect(lines[0]).toBe('Section,Reference,Title,Status,Detail,Date');
    expect(lines).toContain('Checklist,ISO27001:A.8.32,Change management,audited,3 evidence issues: SEC-48,2026-11-15');
    expect(lines).toContain('Finding,IMS-2,Emergency changes skip review,To Do,Minor nonconformity - open: no corrective action,');
    expect(lines).toContain('Audit,Auditors,,,Sofia Lindqvist; Amira Haddad,');
    expect(auditReportCsv(report()).startsWith('\uFEFF')).toBe(true);
  });

  it('neutralises spreadsheet formulas in text from Jira and from auditors', () => {
    const csv = auditReportCsv(report({ conclusions: '=HYPERLINK("http://x","y")', findings: [{ issueKey: 'IMS-2', kindLabel: 'Observation', summary: '+cmd', status: 'To Do', closure: '' }] }));

    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(`'+cmd`);
  });

  it('says a nonconformity is ready to close, or what it still lacks', () => {
    expect(closureText({ canClose: true, missing: [] })).toBe('ready to close');
    expect(closureText({ canClose: false, missing: ['root cause not recorded', 'no corrective action'] })).toBe('open: root cause not recorded; no corrective action');
    expect(closureText(null)).toBe('');
  });
});
