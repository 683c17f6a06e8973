import { useState } from 'react';
import { token } from '@atlaskit/tokens';
import type { CabView } from '../../../src/services/cab/cabView';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { ApprovalsBlock } from './ApprovalsBlock';
import { AuditTimeline } from './AuditTimeline';
import { CabHeader } from './CabHeader';
import { ChecklistForm } from './ChecklistForm';
import { ExportButtons } from './ExportButtons';

/** The issue panel: the change's CAB record as the backend presents it to the calling user. */
export function CabPanel() {
  const [loadCount, setLoadCount] = useState(0);
  const loaded = useViewState(() => callResolver('getCab', {}), () => false, [loadCount]);
  return (
    <main style={{ padding: `${token('space.100')} ${token('space.025')}`, color: token('color.text') }}>
      <ViewStateView state={loaded} loadingLabel="Loading the CAB checklist" empty={null} errorTitle="Could not load the CAB checklist">
        {(view) => <CabRecordView key={loadCount} initial={view} onReload={() => setLoadCount((count) => count + 1)} />}
      </ViewStateView>
    </main>
  );
}

function CabRecordView({ initial, onReload }: { initial: CabView; onReload: () => void }) {
  const [view, setView] = useState(initial);
  return (
    <div style={{ display: 'grid', gap: token('space.300') }}>
      <CabHeader view={view} />
      {/* Keyed by version: a saved edit or a vote that changed the record starts the draft afresh from it. */}
      <ChecklistForm key={view.version} view={view} onSaved={setView} onReload={onReload} />
      <ApprovalsBlock view={view} onVoted={setView} />
      <AuditTimeline view={view} />
      <ExportButtons />
    </div>
  );
}
