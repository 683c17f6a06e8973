import { useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { RISK_CATEGORIES, RISK_STATUSES, RISK_TREATMENTS } from '../../../src/domain/schemas/risk';
import type { ResolverError } from '../../shared/resolverApi';
import { draftErrors, type DraftErrors, type DraftField, type RiskDraft } from './riskDraft';
import { CATEGORY_NAMES, LEVEL_NAMES, STATUS_NAMES, TREATMENT_NAMES } from './riskLabels';

interface RiskFormProps {
  heading: string;
  initial: RiskDraft;
  submitLabel: string;
  /** Answers an error to show above the form, or null when saved. The draft stays as typed either way. */
  onSubmit: (draft: RiskDraft) => Promise<ResolverError | null>;
  onCancel: () => void;
  /** Shown beside a CONFLICT error: reloads the stored risk (the user's draft is kept until they do). */
  onReload?: () => void;
}

const fieldStyle = { display: 'grid', gap: token('space.050') } as const;
const selectStyle = { font: token('font.body'), padding: token('space.050'), color: token('color.text'), background: token('color.background.input'), border: `1px solid ${token('color.border.input')}`, borderRadius: token('radius.small') };

function Field({ id, label, error, children }: { id: string; label: string; error: string | undefined; children: ReactNode }) {
  return (
    <div style={fieldStyle}>
      <label htmlFor={id} style={{ font: token('font.body.small'), fontWeight: 600, color: token('color.text.subtle') }}>
        {label}
      </label>
      {children}
      {error ? (
        <span id={`${id}-error`} role="alert" style={{ font: token('font.body.small'), color: token('color.text.danger') }}>
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** Create and edit form; checks each field with the back end's zod schema as the user types (after a first save attempt). */
export function RiskForm({ heading, initial, submitLabel, onSubmit, onCancel, onReload }: RiskFormProps) {
  const [draft, setDraft] = useState(initial);
  const [isChecked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<ResolverError | null>(null);
  const errors: DraftErrors = isChecked ? draftErrors(draft) : {};
  const set = (field: DraftField) => (value: string) => setDraft((current) => ({ ...current, [field]: value }));

  const text = (field: DraftField, label: string, isMultiline = false) => {
    const id = `risk-${field}`;
    const described = errors[field] ? { 'aria-describedby': `${id}-error`, 'aria-invalid': true } : {};
    return (
      <Field id={id} label={label} error={errors[field]}>
        {isMultiline ? (
          <textarea id={id} value={draft[field]} rows={3} onChange={(event) => set(field)(event.target.value)} style={{ ...selectStyle, resize: 'vertical' }} {...described} />
        ) : (
          <Textfield id={id} value={draft[field]} onChange={(event) => set(field)((event.target as HTMLInputElement).value)} {...described} />
        )}
      </Field>
    );
  };
  const choice = (field: DraftField, label: string, options: readonly string[], names: Readonly<Record<string, string>>) => (
    <Field id={`risk-${field}`} label={label} error={errors[field]}>
      <select id={`risk-${field}`} value={draft[field]} onChange={(event) => set(field)(event.target.value)} style={selectStyle}>
        {options.map((option) => (
          <option key={option} value={option}>
            {names[option] ?? option}
          </option>
        ))}
      </select>
    </Field>
  );
  const levels = ['1', '2', '3', '4', '5'];
  const levelNames = Object.fromEntries(levels.map((value, index) => [value, LEVEL_NAMES[index] ?? value]));

  async function submit() {
    setChecked(true);
    if (Object.keys(draftErrors(draft)).length > 0) return;
    setSaving(true);
    setFailure(await onSubmit(draft));
    setSaving(false);
  }

  return (
    <form
      data-testid="risk-form"
      aria-label={heading}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      style={{ display: 'grid', gap: token('space.150'), padding: token('space.200'), border: `1px solid ${token('color.border')}`, borderRadius: token('radius.medium'), background: token('elevation.surface.raised') }}
    >
      <h2 style={{ font: token('font.heading.small'), margin: 0 }}>{heading}</h2>
      {failure ? (
        <SectionMessage appearance={failure.code === 'CONFLICT' ? 'warning' : 'error'} title={failure.code === 'CONFLICT' ? 'Someone else saved this risk first' : 'The risk was not saved'}>
          <p data-testid="risk-form-error">{failure.message}</p>
          {failure.code === 'CONFLICT' && onReload ? <Button onClick={onReload}>Reload the risk</Button> : null}
        </SectionMessage>
      ) : null}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: token('space.150') }}>
        {text('title', 'Title')}
        {choice('category', 'Category', RISK_CATEGORIES, CATEGORY_NAMES)}
        {text('owner', 'Owner (account id)')}
        {choice('status', 'Status', RISK_STATUSES, STATUS_NAMES)}
      </div>
      {text('description', 'Description', true)}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(10rem, 1fr))', gap: token('space.150') }}>
        {text('affectedService', 'Affected service')}
        {text('affectedAsset', 'Affected asset')}
        {text('affectedSupplier', 'Affected supplier')}
        {text('aiSystem', 'AI system (AIS-n)')}
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(10rem, 1fr))', gap: token('space.150') }}>
        {choice('inherentLikelihood', 'Inherent likelihood', levels, levelNames)}
        {choice('inherentImpact', 'Inherent impact', levels, levelNames)}
        {choice('residualLikelihood', 'Residual likelihood', levels, levelNames)}
        {choice('residualImpact', 'Residual impact', levels, levelNames)}
      </div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: token('space.150') }}>
        {choice('treatment', 'Treatment', RISK_TREATMENTS, TREATMENT_NAMES)}
        {text('controls', 'Controls (e.g. ISO27001:A.8.13, comma separated)')}
        {text('reviewCadenceDays', 'Review every (days)')}
      </div>
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button appearance="primary" type="submit" isDisabled={saving} testId="risk-form-submit">
          {saving ? 'Saving…' : submitLabel}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
