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
  const [notAChange, setNotAChange] = useState<string | null>(null);
  // The panel shows on every issue type (Forge cannot filter issue panels by type name); the backend answers
  // "not a change" for other types, which is a note here rather than an error.
  const load = async () => {
    const result = await callResolver('getCab', {});
    const isNotAChange = !result.ok && (result.error as { reason?: string }).reason === 'NOT_A_CHANGE';
    setNotAChange(isNotAChange && !result.ok ? result.error.message : null);
    return isNotAChange ? { ok: true as const, value: null } : result;
  };
  const loaded = useViewState<CabView | null>(load, (view) => view === null, [loadCount]);
  return (
    <main style={{ padding: `${token('space.100')} ${token('space.025')}`, color: token('color.text') }}>
      <ViewStateView state={loaded} loadingLabel="Loading the CAB checklist" empty={notAChange} errorTitle="Could not load the CAB checklist">
        {(view) => (view === null ? null : <CabRecordView key={loadCount} initial={view} onReload={() => setLoadCount((count) => count + 1)} />)}
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
