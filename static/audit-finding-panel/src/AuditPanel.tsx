import { useState } from 'react';
import { token } from '@atlaskit/tokens';
import type { AuditPanelView } from '../../../src/services/audit/auditPanelView';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { AuditIssuePanel } from './AuditIssuePanel';
import { FindingPanel } from './FindingPanel';

/** The issue panel: an audit's checklist and findings, or a finding's clause 10 record, as the backend presents them. */
export function AuditPanel() {
  const [loadCount, setLoadCount] = useState(0);
  const loaded = useViewState<AuditPanelView>(() => callResolver('getAuditPanel', {}), () => false, [loadCount]);
  const reload = () => setLoadCount((count) => count + 1);
  return (
    <main style={{ padding: `${token('space.100')} ${token('space.025')}`, color: token('color.text') }}>
      <ViewStateView state={loaded} loadingLabel="Loading the audit panel" empty={null} errorTitle="Could not load the audit panel">
        {(view) => {
          switch (view.kind) {
            case 'audit':
              return <AuditIssuePanel key={loadCount} initial={view} onReload={reload} />;
            case 'finding':
              return <FindingPanel key={loadCount} view={view} onReload={reload} />;
            case 'other':
              return (
                <p data-testid="audit-panel-note" style={{ margin: 0, color: token('color.text.subtle') }}>
                  {view.message}
                </p>
              );
          }
        }}
      </ViewStateView>
    </main>
  );
}
