import { useState, type CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { AI_LIFECYCLE_STAGES, type AiLifecycleStage, type AiSystem } from '../../../src/domain/aiSystems';
import { callResolver } from '../../shared/invokeClient';

const fieldStyle: CSSProperties = { display: 'grid', gap: token('space.050') };
const inputStyle: CSSProperties = { font: token('font.body'), padding: token('space.075'), color: token('color.text'), background: token('color.background.input'), border: `1px solid ${token('color.border.input')}`, borderRadius: token('radius.small') };

/** Adds a system (no `system`) or edits one on the version it was loaded at; the whole entry is sent either way. */
export function AiSystemForm({ system, defaultOwner, onSaved, onCancel }: { system?: AiSystem; defaultOwner: string; onSaved: () => void; onCancel: () => void }) {
  const [name, setName] = useState(system?.name ?? '');
  const [purpose, setPurpose] = useState(system?.purpose ?? '');
  const [owner, setOwner] = useState(system?.owner ?? defaultOwner);
  const [stage, setStage] = useState<AiLifecycleStage>(system?.lifecycleStage ?? 'design');
  const [due, setDue] = useState(system?.impactAssessmentDue ?? '');
  const [assessedOn, setAssessedOn] = useState(system?.lastImpactAssessment?.on ?? '');
  const [assessment, setAssessment] = useState(system?.lastImpactAssessment?.result ?? '');
  const [risks, setRisks] = useState(system?.linkedRisks.join(', ') ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    setSaving(true);
    setError(null);
    const content = {
      name,
      purpose,
      owner,
      lifecycleStage: stage,
      linkedRisks: risks.split(/[\s,;]+/).filter((id) => id !== ''),
      ...(due === '' ? {} : { impactAssessmentDue: due }),
      ...(assessedOn === '' && assessment === '' ? {} : { lastImpactAssessment: { on: assessedOn, result: assessment } }),
    };
    const result = system === undefined ? await callResolver('createAiSystem', { system: content }) : await callResolver('editAiSystem', { id: system.id, system: content, expectedVersion: system.version });
    setSaving(false);
    if (result.ok) onSaved();
    else setError(result.error.message);
  }

  return (
    <form
      aria-label={system === undefined ? 'Add an AI system' : `Edit ${system.id}`}
      data-testid="ai-system-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', gap: token('space.150'), padding: token('space.200'), border: `1px solid ${token('color.border')}`, borderRadius: token('radius.medium'), background: token('elevation.surface.raised') }}
    >
      <label style={fieldStyle}>Name<input value={name} onChange={(event) => setName(event.target.value)} style={inputStyle} /></label>
      <label style={fieldStyle}>Purpose<textarea value={purpose} onChange={(event) => setPurpose(event.target.value)} rows={2} style={inputStyle} /></label>
      <label style={fieldStyle}>Owner (account id)<input value={owner} onChange={(event) => setOwner(event.target.value)} style={inputStyle} /></label>
      <label style={fieldStyle}>
        Lifecycle stage
        <select value={stage} onChange={(event) => setStage(event.target.value as AiLifecycleStage)} style={inputStyle}>
          {AI_LIFECYCLE_STAGES.map((option) => <option key={option} value={option}>{option}</option>)}
        </select>
      </label>
      <label style={fieldStyle}>Impact assessment due<input type="date" value={due} onChange={(event) => setDue(event.target.value)} style={inputStyle} /></label>
      <label style={fieldStyle}>Last impact assessment on<input type="date" value={assessedOn} onChange={(event) => setAssessedOn(event.target.value)} style={inputStyle} /></label>
      <label style={fieldStyle}>Impact assessment result<textarea value={assessment} onChange={(event) => setAssessment(event.target.value)} rows={2} style={inputStyle} /></label>
      <label style={fieldStyle}>Linked risks (e.g. R-3)<input value={risks} onChange={(event) => setRisks(event.target.value)} style={inputStyle} /></label>
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'end' }}>
        <Button type="submit" appearance="primary" isLoading={saving} testId="ai-system-save">{system === undefined ? 'Add AI system' : 'Save'}</Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
      {error !== null && (
        <div style={{ gridColumn: '1 / -1' }} data-testid="ai-system-error">
          <SectionMessage appearance="error" title="The AI system was not saved"><p>{error}</p></SectionMessage>
        </div>
      )}
    </form>
  );
}
