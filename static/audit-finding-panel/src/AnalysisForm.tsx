import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { NonconformityView } from '../../../src/services/audit/auditPanelView';
import { callResolver } from '../../shared/invokeClient';
import { TextAreaField, blockStyle, headingStyle } from './fields';
import { SaveErrorMessage, type SaveError } from './saveError';

/** Correction (fix the nonconformity now) and root cause (why it happened), clause 10.2 a) and b). */
export function AnalysisForm({ nc, canEdit, onSaved, onReload }: { nc: NonconformityView; canEdit: boolean; onSaved: (nc: NonconformityView) => void; onReload: () => void }) {
  const id = useId();
  const [rootCause, setRootCause] = useState(nc.rootCause);
  const [correction, setCorrection] = useState(nc.correction);
  const [error, setError] = useState<SaveError>(null);
  const [isSaving, setSaving] = useState(false);
  const isChanged = rootCause !== nc.rootCause || correction !== nc.correction;

  async function save() {
    setSaving(true);
    const result = await callResolver('saveNcAnalysis', { rootCause, correction, expectedVersion: nc.version });
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else setError({ message: result.error.message, isConflict: result.error.code === 'CONFLICT' });
  }

  return (
    <section aria-labelledby={`${id}-heading`} style={{ ...blockStyle, paddingTop: token('space.150'), borderTop: `1px solid ${token('color.border')}` }}>
      <h2 id={`${id}-heading`} style={headingStyle}>
        Correction and root cause
      </h2>
      <TextAreaField id={`${id}-correction`} label="Correction" help="What was done to fix this nonconformity and deal with its consequences." value={correction} readOnly={!canEdit} onChange={setCorrection} />
      <TextAreaField id={`${id}-root-cause`} label="Root cause" help="Why it happened, so the corrective actions remove the cause, not the symptom." value={rootCause} readOnly={!canEdit} onChange={setRootCause} />
      <SaveErrorMessage error={error} title="Not saved" onReload={onReload} />
      {canEdit && (
        <div>
          <Button isDisabled={isSaving || !isChanged} onClick={() => void save()} testId="audit-save-analysis">
            Save correction and root cause
          </Button>
        </div>
      )}
    </section>
  );
}
