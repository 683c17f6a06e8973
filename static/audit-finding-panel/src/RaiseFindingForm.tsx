import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { FINDING_KINDS, FINDING_KIND_LABELS, type FindingKind } from '../../../src/domain/audit/finding';
import type { AuditIssueView } from '../../../src/services/audit/auditPanelView';
import { CheckboxField, FieldGroup, RadioGroupField } from '../../shared/classification/formFields';
import { callResolver } from '../../shared/invokeClient';
import { InputField, TextAreaField, blockStyle, headingStyle } from './fields';

/** Raises a finding under the audit: kind, the clauses it is against (from the scope), statement and detail. */
export function RaiseFindingForm({ clauses, onRaised }: { clauses: readonly string[]; onRaised: (issueKey: string, view: AuditIssueView) => void }) {
  const id = useId();
  const [kind, setKind] = useState<FindingKind | ''>('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [summary, setSummary] = useState('');
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  async function raise() {
    if (kind === '') return setProblem('Choose what kind of finding this is.');
    if (chosen.length === 0) return setProblem('Choose at least one clause the finding is against.');
    if (summary.trim() === '') return setProblem('Write a short statement of the finding.');
    setSaving(true);
    const result = await callResolver('raiseAuditFinding', { kind, clauses: chosen, summary: summary.trim(), description });
    setSaving(false);
    if (!result.ok) return setProblem(result.error.message);
    setKind('');
    setChosen([]);
    setSummary('');
    setDescription('');
    setProblem(null);
    onRaised(result.value.issueKey, result.value.audit);
  }

  return (
    <section aria-labelledby={`${id}-heading`} data-testid="audit-raise-finding" style={{ ...blockStyle, paddingTop: token('space.150'), borderTop: `1px solid ${token('color.border')}` }}>
      <h2 id={`${id}-heading`} style={headingStyle}>
        Raise finding
      </h2>
      <RadioGroupField
        id={`${id}-kind`}
        legend="Kind"
        help="Nonconformities need a root cause, correction, corrective actions and an effectiveness check before they close."
        options={FINDING_KINDS.map((value) => ({ value, label: FINDING_KIND_LABELS[value] }))}
        value={kind}
        onChange={setKind}
      />
      <FieldGroup legend="Against">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: `${token('space.050')} ${token('space.200')}` }}>
          {clauses.map((clause) => (
            <CheckboxField
              key={clause}
              id={`${id}-clause-${clause}`}
              label={clause}
              help=""
              checked={chosen.includes(clause)}
              onChange={(isChecked) => setChosen((current) => (isChecked ? [...current, clause] : current.filter((other) => other !== clause)))}
            />
          ))}
        </div>
      </FieldGroup>
      <InputField id={`${id}-summary`} label="Statement" help="One line: what does not conform, or what could improve." value={summary} onChange={setSummary} />
      <TextAreaField id={`${id}-description`} label="Evidence and detail" help="What was sampled and seen; it becomes the finding's description." value={description} onChange={setDescription} />
      {problem !== null && (
        <SectionMessage appearance="error" title="The finding was not raised">
          <p data-testid="audit-raise-error">{problem}</p>
        </SectionMessage>
      )}
      <div>
        <Button appearance="primary" isDisabled={isSaving} onClick={() => void raise()} testId="audit-raise-submit">
          {isSaving ? 'Raising…' : 'Raise finding'}
        </Button>
      </div>
    </section>
  );
}
