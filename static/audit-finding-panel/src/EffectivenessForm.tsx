import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { EffectivenessResult } from '../../../src/domain/audit/nonconformity';
import type { NonconformityView } from '../../../src/services/audit/auditPanelView';
import { RadioGroupField } from '../../shared/classification/formFields';
import { callResolver } from '../../shared/invokeClient';
import { InputField, TextAreaField, blockStyle, headingStyle, subtleText } from './fields';
import { SaveErrorMessage, type SaveError } from './saveError';

const RESULTS: readonly { value: EffectivenessResult; label: string }[] = [
  { value: 'pending', label: 'Not checked yet' },
  { value: 'effective', label: 'Effective' },
  { value: 'not-effective', label: 'Not effective' },
];

/** Clause 10.2 d): after the actions, check that the nonconformity does not recur; due date, result, who and when. */
export function EffectivenessForm({ nc, canEdit, onSaved, onReload }: { nc: NonconformityView; canEdit: boolean; onSaved: (nc: NonconformityView) => void; onReload: () => void }) {
  const id = useId();
  const [dueDate, setDueDate] = useState(nc.effectiveness.dueDate);
  const [result, setResult] = useState<EffectivenessResult>(nc.effectiveness.result);
  const [notes, setNotes] = useState(nc.effectiveness.notes);
  const [error, setError] = useState<SaveError>(null);
  const [isSaving, setSaving] = useState(false);
  const checked = nc.effectiveness.checkedAt;

  async function save() {
    setSaving(true);
    const answer = await callResolver('recordEffectivenessCheck', { dueDate, result, notes, expectedVersion: nc.version });
    setSaving(false);
    if (answer.ok) onSaved(answer.value);
    else setError({ message: answer.error.message, isConflict: answer.error.code === 'CONFLICT' });
  }

  return (
    <section aria-labelledby={`${id}-heading`} data-testid="audit-effectiveness" style={{ ...blockStyle, paddingTop: token('space.150'), borderTop: `1px solid ${token('color.border')}` }}>
      <h2 id={`${id}-heading`} style={headingStyle}>
        Effectiveness check
      </h2>
      {checked !== null && <p style={subtleText}>Recorded {checked.slice(0, 10)}.</p>}
      <InputField id={`${id}-due`} type="date" label="Due" help="When to check that the actions worked." value={dueDate} readOnly={!canEdit} onChange={setDueDate} />
      <RadioGroupField id={`${id}-result`} legend="Result" help="Not effective keeps the nonconformity open: add an action and check again." options={RESULTS} value={result} onChange={setResult} />
      <TextAreaField id={`${id}-notes`} label="How it was checked" help="What was sampled after the actions, and what it showed." value={notes} readOnly={!canEdit} onChange={setNotes} />
      <SaveErrorMessage error={error} title="The check was not recorded" onReload={onReload} />
      {canEdit && (
        <div>
          <Button isDisabled={isSaving} onClick={() => void save()} testId="audit-save-effectiveness">
            Record effectiveness check
          </Button>
        </div>
      )}
    </section>
  );
}
