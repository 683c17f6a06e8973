import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { Classification } from '../../../src/domain/schemas/classification';
import { ClassificationForm } from '../../shared/classification/ClassificationForm';
import type { ClassificationView } from '../../../src/services/classification/presentClassification';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { ClassificationSummary } from './ClassificationSummary';
import { EscalationList } from './EscalationList';
import { HistoryList } from './HistoryList';
import { RegulatoryClockList } from './RegulatoryClockList';

/** The issue panel: the classification, its regulatory clocks and escalations, and the form to change it. */
export function ClassificationPanel() {
  const loaded = useViewState(() => callResolver('getClassification', {}), () => false, []);
  return (
    <main style={{ padding: `${token('space.100')} ${token('space.025')}`, color: token('color.text') }}>
      <ViewStateView state={loaded} loadingLabel="Loading the classification" empty={null} errorTitle="Could not load the classification">
        {(view) => <ClassificationDetails initial={view} />}
      </ViewStateView>
    </main>
  );
}

function ClassificationDetails({ initial }: { initial: ClassificationView }) {
  const [view, setView] = useState(initial);
  const [isEditing, setEditing] = useState(initial.classification === null && initial.canEdit);

  async function save(value: Classification): Promise<string | null> {
    const result = await callResolver('saveClassification', { input: value });
    if (!result.ok) return result.error.message;
    setView(result.value);
    setEditing(false);
    return null;
  }

  return (
    <div style={{ display: 'grid', gap: token('space.200') }}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: token('space.100') }}>
        {view.classification === null ? (
          <p data-testid="classification-empty" style={{ margin: 0, color: token('color.text.subtle') }}>
            Not classified yet{view.canEdit ? '' : ': you cannot edit this issue'}.
          </p>
        ) : (
          <ClassificationSummary classification={view.classification} display={view.display} />
        )}
        {view.canEdit && !isEditing && (
          <Button appearance="default" onClick={() => setEditing(true)}>
            {view.classification === null ? 'Classify' : 'Edit classification'}
          </Button>
        )}
      </div>
      {isEditing && (
        <ClassificationForm
          key={view.display}
          initial={view.classification}
          onSubmit={save}
          onCancel={view.classification === null ? undefined : () => setEditing(false)}
          submitLabel="Save classification"
        />
      )}
      {view.classification !== null && (
        <>
          <RegulatoryClockList clocks={view.clocks} />
          <EscalationList escalations={view.escalations} />
        </>
      )}
      <HistoryList history={view.history} />
    </div>
  );
}
