import { useId } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { RadioGroup } from '@atlaskit/radio';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { STANDARD_IDS } from '../../../src/domain/catalog';
import type { EvidenceRule } from '../../../src/domain/schemas/evidence';
import { ClausePicker } from './ClausePicker';
import type { DefinitionForm } from './definitionForm';
import { FieldLabel } from './FieldLabel';
import { ScopeFields } from './ScopeFields';
import type { ScopeCheck } from './useScopeCheck';

interface DefinitionFormViewProps {
  form: DefinitionForm;
  scopeCheck: ScopeCheck;
  /** Why the report cannot run yet, shown next to the buttons; null when it can. */
  problem: string | null;
  isBusy: boolean;
  onChange: (next: DefinitionForm) => void;
  onRun: () => void;
  onSave: () => void;
}

const legend = { font: token('font.heading.xsmall'), marginBottom: token('space.100') };
const fieldset = { border: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.100') };

const RULES: { value: EvidenceRule; label: string }[] = [
  { value: 'resolved', label: 'Resolved in the period' },
  { value: 'updated', label: 'Updated in the period' },
  { value: 'created', label: 'Created in the period' },
];

/** The report definition: standards, clauses, period, scope, evidence rule and staleness. */
export function DefinitionFormView({ form, scopeCheck, problem, isBusy, onChange, onRun, onSave }: DefinitionFormViewProps) {
  const id = useId();
  const set = (patch: Partial<DefinitionForm>) => onChange({ ...form, ...patch });
  return (
    <form
      aria-label="Report definition"
      onSubmit={(event) => {
        event.preventDefault();
        onRun();
      }}
      style={{ display: 'grid', gap: token('space.250'), padding: token('space.200'), border: `1px solid ${token('color.border')}`, borderRadius: token('radius.medium'), background: token('elevation.surface.raised'), boxShadow: token('elevation.shadow.raised') }}
    >
      <fieldset style={fieldset}>
        <legend style={legend}>Standards</legend>
        <div style={{ display: 'flex', gap: token('space.200') }}>
          {STANDARD_IDS.map((standard) => (
            <Checkbox
              key={standard}
              label={standard}
              isChecked={form.standards.includes(standard)}
              onChange={(event) => set({ standards: event.currentTarget.checked ? [...form.standards, standard] : form.standards.filter((each) => each !== standard) })}
              testId={`standard-${standard}`}
            />
          ))}
        </div>
      </fieldset>
      <ClausePicker value={form} standards={form.standards} onChange={(selection) => set(selection)} />
      <fieldset style={fieldset}>
        <legend style={legend}>Period</legend>
        <RadioGroup
          name={`${id}-period`}
          value={form.periodKind}
          onChange={(event) => set({ periodKind: event.currentTarget.value === 'between' ? 'between' : 'last' })}
          options={[
            { name: `${id}-period`, value: 'last', label: 'The last days or months' },
            { name: `${id}-period`, value: 'between', label: 'Between two dates' },
          ]}
        />
        {form.periodKind === 'last' ? (
          <div style={{ display: 'flex', gap: token('space.150'), alignItems: 'end' }}>
            <div style={{ width: '8rem' }}>
              <FieldLabel htmlFor={`${id}-count`}>Last</FieldLabel>
              <Textfield id={`${id}-count`} type="number" min={1} value={form.lastCount} onChange={(event) => set({ lastCount: event.currentTarget.value })} testId="period-count" />
            </div>
            <RadioGroup
              name={`${id}-unit`}
              value={form.lastUnit}
              aria-label="Period unit"
              onChange={(event) => set({ lastUnit: event.currentTarget.value === 'months' ? 'months' : 'days' })}
              options={[
                { name: `${id}-unit`, value: 'days', label: 'days' },
                { name: `${id}-unit`, value: 'months', label: 'months' },
              ]}
            />
          </div>
        ) : (
          <div style={{ display: 'flex', gap: token('space.150') }}>
            <div>
              <FieldLabel htmlFor={`${id}-from`}>From</FieldLabel>
              <Textfield id={`${id}-from`} type="date" value={form.from} onChange={(event) => set({ from: event.currentTarget.value })} />
            </div>
            <div>
              <FieldLabel htmlFor={`${id}-to`}>To (included)</FieldLabel>
              <Textfield id={`${id}-to`} type="date" value={form.to} onChange={(event) => set({ to: event.currentTarget.value })} />
            </div>
          </div>
        )}
      </fieldset>
      <ScopeFields value={form} check={scopeCheck} onChange={(scope) => set(scope)} />
      <fieldset style={fieldset}>
        <legend style={legend}>Evidence</legend>
        <RadioGroup
          name={`${id}-rule`}
          value={form.evidenceRule}
          onChange={(event) => set({ evidenceRule: RULES.find((rule) => rule.value === event.currentTarget.value)?.value ?? 'resolved' })}
          options={RULES.map((rule) => ({ name: `${id}-rule`, ...rule }))}
        />
        <div style={{ width: '12rem' }}>
          <FieldLabel htmlFor={`${id}-stale`}>Stale after (days without evidence)</FieldLabel>
          <Textfield id={`${id}-stale`} type="number" min={1} value={form.staleAfterDays} onChange={(event) => set({ staleAfterDays: event.currentTarget.value })} />
        </div>
        <Checkbox
          label="Count evidence of high-confidence mapped clauses of the other standards (“via”)"
          isChecked={form.includeMappedEvidence}
          onChange={(event) => set({ includeMappedEvidence: event.currentTarget.checked })}
        />
      </fieldset>
      <div style={{ display: 'flex', gap: token('space.150'), alignItems: 'end', flexWrap: 'wrap' }}>
        <div style={{ minWidth: '16rem' }}>
          <FieldLabel htmlFor={`${id}-name`}>Name (to save the definition)</FieldLabel>
          <Textfield id={`${id}-name`} value={form.name} placeholder="e.g. Annex A, surveillance audit" onChange={(event) => set({ name: event.currentTarget.value })} testId="definition-name" />
        </div>
        <Button type="submit" appearance="primary" isDisabled={problem !== null || isBusy} testId="run-report">
          Run report
        </Button>
        <Button onClick={onSave} isDisabled={problem !== null || form.name.trim() === '' || isBusy} testId="save-definition">
          Save definition
        </Button>
        {problem !== null && (
          <span style={{ color: token('color.text.subtle'), font: token('font.body.small') }} data-testid="definition-problem">
            {problem}
          </span>
        )}
      </div>
    </form>
  );
}
