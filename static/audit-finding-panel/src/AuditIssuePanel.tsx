import { useState } from 'react';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { AuditIssueView } from '../../../src/services/audit/auditPanelView';
import { ChecklistTable } from './ChecklistTable';
import { ConclusionsForm } from './ConclusionsForm';
import { ExportReport } from './ExportReport';
import { FindingList } from './FindingList';
import { RaiseFindingForm } from './RaiseFindingForm';
import { headingStyle, subtleText } from './fields';

/** On an Audit issue: how far the checklist is, the findings with their closure state, and the forms of the audit. */
export function AuditIssuePanel({ initial, onReload }: { initial: AuditIssueView; onReload: () => void }) {
  const [view, setView] = useState(initial);
  const [raised, setRaised] = useState<string | null>(null);
  return (
    <div style={{ display: 'grid', gap: token('space.300') }}>
      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading" style={headingStyle}>
          {view.auditId} checklist
        </h2>
        <p data-testid="audit-progress" style={{ margin: `0 0 ${token('space.100')}`, font: token('font.body') }}>
          <Lozenge appearance={view.progress.total > 0 && view.progress.checked === view.progress.total ? 'success' : 'inprogress'}>
            {view.progress.checked} of {view.progress.total} audited
          </Lozenge>
          {view.period !== null && <span style={{ marginLeft: token('space.100'), color: token('color.text.subtle') }}>Evidence from {view.period.from} to {view.period.to}</span>}
        </p>
        <p style={subtleText}>Tick each line in the issue description as you audit it; the evidence counts are those found when the audit started.</p>
        {view.unlinkedClauses.length > 0 && (
          <SectionMessage appearance="warning" title="Some clauses are not searchable on this issue">
            <p>Jira indexes at most 100 link values per issue: {view.unlinkedClauses.join(', ')} could not be linked.</p>
          </SectionMessage>
        )}
        <ChecklistTable rows={view.checklist} />
      </section>
      <FindingList findings={view.findings} />
      {raised !== null && (
        <SectionMessage appearance="success" title="Finding raised">
          <p data-testid="audit-finding-raised">{raised} was raised under this audit and linked to its clauses.</p>
        </SectionMessage>
      )}
      {view.canEdit && (
        <RaiseFindingForm
          clauses={view.checklist.map((line) => line.clause)}
          onRaised={(issueKey, next) => {
            setRaised(issueKey);
            setView(next);
          }}
        />
      )}
      <ConclusionsForm key={view.version} view={view} onSaved={setView} onReload={onReload} />
      <ExportReport />
    </div>
  );
}
