import { useState } from 'react';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { FindingIssueView, NonconformityView } from '../../../src/services/audit/auditPanelView';
import { AnalysisForm } from './AnalysisForm';
import { CorrectiveActions } from './CorrectiveActions';
import { EffectivenessForm } from './EffectivenessForm';
import { headingStyle, subtleText } from './fields';

/** On an Audit finding: its kind and, for a nonconformity, the clause 10 record and whether it may close. */
export function FindingPanel({ view, onReload }: { view: FindingIssueView; onReload: () => void }) {
  const [nc, setNc] = useState<NonconformityView | null>(view.nonconformity);
  return (
    <div style={{ display: 'grid', gap: token('space.300') }}>
      <header style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }}>
        <Lozenge appearance={view.findingKind === 'nonconformity-major' ? 'removed' : view.findingKind === 'nonconformity-minor' ? 'moved' : 'default'} isBold>
          {view.kindLabel}
        </Lozenge>
        <Lozenge>{view.status}</Lozenge>
        {view.auditIssueKey !== null && <span style={subtleText}>Raised in audit {view.auditIssueKey}</span>}
      </header>
      {nc === null ? (
        <p data-testid="audit-finding-note" style={subtleText}>
          {view.findingKind === 'observation' || view.findingKind === 'opportunity-for-improvement'
            ? 'Observations and opportunities for improvement need no corrective action; close them when handled.'
            : 'This finding has no corrective action record in the app.'}
        </p>
      ) : (
        <>
          <ClosureSummary nc={nc} />
          <AnalysisForm key={`analysis-${nc.version}`} nc={nc} canEdit={view.canEdit} onSaved={setNc} onReload={onReload} />
          <CorrectiveActions nc={nc} canEdit={view.canEdit} onSaved={setNc} onReload={onReload} />
          <EffectivenessForm key={`effectiveness-${nc.version}`} nc={nc} canEdit={view.canEdit} onSaved={setNc} onReload={onReload} />
        </>
      )}
    </div>
  );
}

function ClosureSummary({ nc }: { nc: NonconformityView }) {
  if (nc.closure.canClose) {
    return (
      <SectionMessage appearance="success" title="Can close">
        <p data-testid="audit-closure">Root cause, correction, corrective actions and the effectiveness check are done: the nonconformity may move to Done.</p>
      </SectionMessage>
    );
  }
  return (
    <SectionMessage appearance="warning" title="Cannot close yet">
      <div data-testid="audit-closure">
        <h3 style={{ ...headingStyle, font: token('font.body') }}>Missing before this nonconformity may close:</h3>
        <ul style={{ margin: 0 }}>
          {nc.closure.missing.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    </SectionMessage>
  );
}
