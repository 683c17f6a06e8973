import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { AuditIssueView } from '../../../src/services/audit/auditPanelView';
import { callResolver } from '../../shared/invokeClient';
import { TextAreaField, blockStyle } from './fields';

/** The audit conclusions the report carries; saved on the version read, so a concurrent edit is refused, not lost. */
export function ConclusionsForm({ view, onSaved, onReload }: { view: AuditIssueView; onSaved: (view: AuditIssueView) => void; onReload: () => void }) {
  const id = useId();
  const [conclusions, setConclusions] = useState(view.conclusions);
  const [error, setError] = useState<{ message: string; isConflict: boolean } | null>(null);
  const [isSaving, setSaving] = useState(false);
  if (view.version === 0) return null;

  async function save() {
    setSaving(true);
    const result = await callResolver('saveAuditConclusions', { conclusions, expectedVersion: view.version });
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else setError({ message: result.error.message, isConflict: result.error.code === 'CONFLICT' });
  }

  return (
    <section style={{ ...blockStyle, paddingTop: token('space.150'), borderTop: `1px solid ${token('color.border')}` }}>
      <TextAreaField
        id={`${id}-conclusions`}
        label="Audit conclusions"
        help="The overall conclusion for the report: conformity, effectiveness, and what the findings mean."
        value={conclusions}
        readOnly={!view.canEdit}
        onChange={setConclusions}
      />
      {error !== null && (
        <SectionMessage appearance="error" title="The conclusions were not saved" actions={error.isConflict ? <SectionMessageAction onClick={onReload}>Reload</SectionMessageAction> : undefined}>
          <p>{error.message}</p>
        </SectionMessage>
      )}
      {view.canEdit && (
        <div>
          <Button isDisabled={isSaving || conclusions === view.conclusions} onClick={() => void save()}>
            Save conclusions
          </Button>
        </div>
      )}
    </section>
  );
}
