import { useId, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import {
  AI_HARMS,
  AI_SERIOUS_INCIDENTS,
  CIA_IMPACTS,
  CIA_PROPERTIES,
  IMPACT_DOMAINS,
  SEVERITIES,
  classificationHelp,
  type Classification,
} from '../../../src/domain/schemas/classification';
import { checkDraft, draftFrom, fieldsRevealedBy, type ClassificationDraft, type ProblemField } from './classificationDraft';
import { CheckboxField, FieldGroup, FieldNotes, RadioGroupField, describedBy } from './formFields';

export interface ClassificationFormProps {
  initial: Classification | null;
  /** Saves a value that passed the shared schema; resolves with the server's refusal message, or null when saved. */
  onSubmit: (value: Classification) => Promise<string | null>;
  onCancel?: () => void;
  submitLabel: string;
}

const SEVERITY_NAMES: Record<string, string> = { '1': '1 Critical', '2': '2 High', '3': '3 Medium', '4': '4 Low' };
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const selectOption = (value: string, choices: Record<string, string> | undefined) => ({ value, label: `${capitalised(value)}: ${choices?.[value] ?? ''}` });

const AI_HARM_OPTIONS = AI_HARMS.map((harm) => selectOption(harm, classificationHelp.aiHarm.choices));
const AI_SERIOUS_OPTIONS = (['none', ...AI_SERIOUS_INCIDENTS] as const).map((kind) => selectOption(kind, classificationHelp.aiSeriousIncident.choices));

/**
 * The classification's edit form, shared by the issue panel and the custom field's edit view. It checks the draft
 * with the backend's own schema on every change; a field's problem shows once the agent touched it (or tried to save).
 */
export function ClassificationForm({ initial, onSubmit, onCancel, submitLabel }: ClassificationFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<ClassificationDraft>(() => draftFrom(initial));
  const [touched, setTouched] = useState<ReadonlySet<ProblemField>>(new Set());
  const [isSubmitAttempted, setSubmitAttempted] = useState(false);
  const [isSaving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  const check = checkDraft(draft, new Date());
  const problemOf = (field: ProblemField): string | undefined => {
    if (check.ok || (!isSubmitAttempted && !touched.has(field))) return undefined;
    return check.problems.find((problem) => problem.field === field)?.message;
  };

  function change<K extends keyof ClassificationDraft>(field: K, value: ClassificationDraft[K]) {
    setDraft((current) => {
      const next = { ...current, [field]: value };
      // The AI-only properties are hidden without AI: clear them rather than keep values the agent cannot see.
      return field === 'ai' && value === false ? { ...next, aiHarm: '', aiSystem: '', aiSeriousIncident: 'none' } : next;
    });
    setTouched((current) => new Set([...current, ...fieldsRevealedBy(field)]));
    setServerError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitAttempted(true);
    if (!check.ok) return;
    setSaving(true);
    const refusal = await onSubmit(check.value);
    setSaving(false);
    setServerError(refusal);
  }

  const fieldId = (name: string) => `${id}-${name}`;
  const domainsProblem = problemOf('domains');
  const classificationProblem = problemOf('classification');

  return (
    <form onSubmit={submit} noValidate aria-label="Classification" style={{ display: 'grid', gap: token('space.200') }}>
      <FieldGroup legend="Impact domains">
        <div style={{ display: 'grid', gap: token('space.100') }}>
          {IMPACT_DOMAINS.map((domain) => (
            <CheckboxField
              key={domain}
              id={fieldId(domain)}
              label={classificationHelp[domain].label}
              help={classificationHelp[domain].help}
              problem={problemOf(domain)}
              checked={draft[domain]}
              onChange={(checked) => change(domain, checked)}
            />
          ))}
        </div>
        {domainsProblem !== undefined && (
          <p role="alert" style={{ margin: `${token('space.050')} 0 0`, font: token('font.body.small'), color: token('color.text.danger') }}>
            {domainsProblem}
          </p>
        )}
      </FieldGroup>

      {draft.ai && (
        <div style={{ display: 'grid', gap: token('space.150'), paddingLeft: token('space.150'), borderLeft: `2px solid ${token('color.border.discovery')}` }}>
          <div>
            <label htmlFor={fieldId('aiHarm')} style={labelStyle}>{classificationHelp.aiHarm.label}</label>
            <Select
              inputId={fieldId('aiHarm')}
              options={AI_HARM_OPTIONS}
              value={AI_HARM_OPTIONS.find((option) => option.value === draft.aiHarm) ?? null}
              onChange={(option) => change('aiHarm', (option?.value ?? '') as ClassificationDraft['aiHarm'])}
              isClearable
              placeholder="Choose the kind of harm"
              aria-describedby={describedBy(fieldId('aiHarm'), problemOf('aiHarm'))}
              validationState={problemOf('aiHarm') === undefined ? 'default' : 'error'}
            />
            <FieldNotes id={fieldId('aiHarm')} help={classificationHelp.aiHarm.help} problem={problemOf('aiHarm')} />
          </div>
          <div>
            <label htmlFor={fieldId('aiSeriousIncident')} style={labelStyle}>{classificationHelp.aiSeriousIncident.label}</label>
            <Select
              inputId={fieldId('aiSeriousIncident')}
              options={AI_SERIOUS_OPTIONS}
              value={AI_SERIOUS_OPTIONS.find((option) => option.value === draft.aiSeriousIncident) ?? null}
              onChange={(option) => change('aiSeriousIncident', (option?.value ?? 'none') as ClassificationDraft['aiSeriousIncident'])}
              aria-describedby={describedBy(fieldId('aiSeriousIncident'), problemOf('aiSeriousIncident'))}
            />
            <FieldNotes id={fieldId('aiSeriousIncident')} help={classificationHelp.aiSeriousIncident.help} problem={problemOf('aiSeriousIncident')} />
          </div>
          <div>
            <label htmlFor={fieldId('aiSystem')} style={labelStyle}>{classificationHelp.aiSystem.label}</label>
            <Textfield
              id={fieldId('aiSystem')}
              value={draft.aiSystem}
              placeholder="e.g. AIS-12"
              onChange={(event) => change('aiSystem', event.currentTarget.value)}
              aria-describedby={describedBy(fieldId('aiSystem'), problemOf('aiSystem'))}
              isInvalid={problemOf('aiSystem') !== undefined}
            />
            <FieldNotes id={fieldId('aiSystem')} help={classificationHelp.aiSystem.help} problem={problemOf('aiSystem')} />
          </div>
        </div>
      )}

      <RadioGroupField
        id={fieldId('severity')}
        legend={classificationHelp.severity.label}
        help={draft.severity === '' ? classificationHelp.severity.help : (classificationHelp.severity.choices?.[draft.severity] ?? '')}
        problem={problemOf('severity')}
        options={SEVERITIES.map((severity) => ({ value: String(severity) as ClassificationDraft['severity'] & string, label: SEVERITY_NAMES[String(severity)] ?? String(severity) }))}
        value={draft.severity}
        onChange={(value) => change('severity', value)}
      />

      {CIA_PROPERTIES.map((property) => (
        <RadioGroupField
          key={property}
          id={fieldId(property)}
          legend={classificationHelp[property].label}
          help={draft[property] === 'none' ? classificationHelp[property].help : (classificationHelp[property].choices?.[draft[property]] ?? '')}
          problem={problemOf(property)}
          options={CIA_IMPACTS.map((impact) => ({ value: impact, label: capitalised(impact) }))}
          value={draft[property]}
          onChange={(value) => change(property, value)}
        />
      ))}

      <CheckboxField
        id={fieldId('personalData')}
        label={classificationHelp.personalData.label}
        help={classificationHelp.personalData.help}
        problem={problemOf('personalData')}
        checked={draft.personalData}
        onChange={(checked) => change('personalData', checked)}
      />

      <div>
        <label htmlFor={fieldId('awareAt')} style={labelStyle}>{classificationHelp.awareAt.label} (UTC)</label>
        <Textfield
          id={fieldId('awareAt')}
          type="datetime-local"
          value={draft.awareAt}
          onChange={(event) => change('awareAt', event.currentTarget.value)}
          aria-describedby={describedBy(fieldId('awareAt'), problemOf('awareAt'))}
          isInvalid={problemOf('awareAt') !== undefined}
        />
        <FieldNotes id={fieldId('awareAt')} help={classificationHelp.awareAt.help} problem={problemOf('awareAt')} />
      </div>

      {classificationProblem !== undefined && <SectionMessage appearance="error" title="The classification is not valid"><p>{classificationProblem}</p></SectionMessage>}
      {serverError !== null && (
        <SectionMessage appearance="error" title="Jira did not save the classification">
          <p>{serverError}</p>
        </SectionMessage>
      )}

      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button type="submit" appearance="primary" isLoading={isSaving} testId="classification-save">
          {submitLabel}
        </Button>
        {onCancel && (
          <Button appearance="subtle" onClick={onCancel} isDisabled={isSaving}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

const labelStyle = {
  display: 'block',
  marginBottom: token('space.050'),
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
} as const;
