import { useState } from 'react';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { ClauseId } from '../../../src/domain/catalog';
import type { EvidenceReportView, PermissionMode } from '../../../src/services/evidence/evidenceView';
import { CoverageMatrix } from './CoverageMatrix';
import { DrillDown } from './DrillDown';
import { ExportButtons } from './ExportButtons';

const PERMISSION_TEXT: Readonly<Record<PermissionMode, string>> = {
  'app-filtered': 'searched only the projects you may browse',
};

/** A finished report: totals, the coverage matrix with its drill-down, and the exports. */
export function ReportResult({ report }: { report: EvidenceReportView }) {
  const { coverage } = report;
  const [selected, setSelected] = useState<ClauseId | null>(null);
  const selectedRow = coverage.rows.find((row) => row.clause === selected);
  const titleOf = (clause: ClauseId) => report.clauseLinks.find((link) => link.clause === clause)?.title ?? '';
  return (
    <section aria-labelledby="result-heading" data-testid="report-result" style={{ display: 'grid', gap: token('space.200') }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'start', gap: token('space.200'), flexWrap: 'wrap' }}>
        <div style={{ display: 'grid', gap: token('space.050') }}>
          <h2 id="result-heading" style={{ font: token('font.heading.small'), margin: 0 }}>
            {report.name ?? 'Coverage'}: {coverage.period.from} to {coverage.period.to}
          </h2>
          <span style={{ color: token('color.text.subtle'), font: token('font.body.small') }}>
            {coverage.issuesCounted.toLocaleString('en')} evidence issues · {PERMISSION_TEXT[report.permissionMode]} ({report.browsableProjects})
          </span>
          <span style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap' }} data-testid="coverage-totals">
            {Object.entries(coverage.totals).map(([standard, counts]) => (
              <span key={standard} style={{ display: 'inline-flex', gap: token('space.050'), alignItems: 'center' }}>
                <strong>{standard}</strong>
                <Lozenge appearance="success">{counts.covered} covered</Lozenge>
                <Lozenge appearance="moved">{counts.stale} stale</Lozenge>
                <Lozenge appearance="removed">{counts.missing} gaps</Lozenge>
              </span>
            ))}
          </span>
        </div>
        <ExportButtons jobId={report.jobId} />
      </header>
      {report.scopeNotice && (
        <SectionMessage appearance="information">
          <p>{report.scopeNotice}</p>
        </SectionMessage>
      )}
      {coverage.rows.length === 0 ? (
        <p style={{ color: token('color.text.subtle') }}>The selection holds no clause or control.</p>
      ) : (
        <CoverageMatrix rows={coverage.rows} titles={report.clauseLinks} selected={selected} onSelect={setSelected} />
      )}
      {selectedRow ? (
        <DrillDown row={selectedRow} title={titleOf(selectedRow.clause)} />
      ) : (
        <p style={{ margin: 0, color: token('color.text.subtle') }}>Choose a clause in the matrix to see its evidence issues.</p>
      )}
    </section>
  );
}
