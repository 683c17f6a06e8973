import { useState, type CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { IMPLEMENTATION_STATUSES, INCLUSION_REASONS, type ImplementationStatus, type InclusionReason, type SoaEntry } from '../../../src/domain/schemas/soa';
import { callResolver } from '../../shared/invokeClient';

const fieldStyle: CSSProperties = { display: 'grid', gap: token('space.050') };
const inputStyle: CSSProperties = { font: token('font.body'), padding: token('space.075'), color: token('color.text'), background: token('color.background.input'), border: `1px solid ${token('color.border.input')}`, borderRadius: token('radius.small') };

const riskList = (text: string) => text.split(/[\s,;]+/).filter((id) => id !== '');

/** Inline edit of one entry, saved on the version it was loaded at: a stale save shows who changed it instead. */
export function EntryEditor({ entry, owners, onSaved, onCancel }: { entry: SoaEntry; owners: { accountId: string; name: string }[]; onSaved: () => void; onCancel: () => void }) {
  const [applicable, setApplicable] = useState(entry.applicable);
  const [justification, setJustification] = useState(entry.justification);
  const [reasons, setReasons] = useState<InclusionReason[]>(entry.inclusionReasons);
  const [status, setStatus] = useState<ImplementationStatus>(entry.implementationStatus);
  const [appliedControls, setAppliedControls] = useState(entry.appliedControls);
  const [linkedRisks, setLinkedRisks] = useState(entry.linkedRisks.join(', '));
  const [owner, setOwner] = useState(entry.owner ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = entry.controlId.replace(/[^A-Za-z0-9]/g, '-');

  async function save() {
    setSaving(true);
    setError(null);
    const result = await callResolver('editSoaEntry', {
      controlId: entry.controlId,
      expectedVersion: entry.version,
      edit: { applicable, justification, inclusionReasons: applicable ? reasons : [], implementationStatus: status, appliedControls, linkedRisks: riskList(linkedRisks), owner: owner === '' ? null : owner },
    });
    setSaving(false);
    if (result.ok) onSaved();
    else setError(result.error.message);
  }

  return (
    <form
      data-testid={`soa-editor-${entry.controlId}`}
      aria-label={`Edit ${entry.controlId}`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))', gap: token('space.150'), padding: token('space.150'), background: token('color.background.neutral.subtle.hovered') }}
    >
      <fieldset style={{ ...fieldStyle, border: 'none', padding: 0, margin: 0 }}>
        <legend>Applicable</legend>
        <label><input type="radio" name={`${id}-applicable`} checked={applicable} onChange={() => setApplicable(true)} /> Yes, included</label>
        <label><input type="radio" name={`${id}-applicable`} checked={!applicable} onChange={() => setApplicable(false)} /> No, excluded</label>
      </fieldset>
      <label style={fieldStyle}>
        Justification (required either way)
        <textarea value={justification} onChange={(event) => setJustification(event.target.value)} rows={3} style={inputStyle} />
      </label>
      <fieldset style={{ ...fieldStyle, border: 'none', padding: 0, margin: 0 }} disabled={!applicable}>
        <legend>Reasons for inclusion</legend>
        {INCLUSION_REASONS.map((reason) => (
          <label key={reason}>
            <input type="checkbox" checked={reasons.includes(reason)} onChange={(event) => setReasons(event.target.checked ? [...reasons, reason] : reasons.filter((held) => held !== reason))} /> {reason}
          </label>
        ))}
      </fieldset>
      <label style={fieldStyle}>
        Implementation status
        <select value={status} onChange={(event) => setStatus(event.target.value as ImplementationStatus)} style={inputStyle}>
          {IMPLEMENTATION_STATUSES.map((option) => <option key={option} value={option}>{option}</option>)}
        </select>
      </label>
      <label style={fieldStyle}>
        Applied controls
        <textarea value={appliedControls} onChange={(event) => setAppliedControls(event.target.value)} rows={3} style={inputStyle} />
      </label>
      <label style={fieldStyle}>
        Linked risks (e.g. R-3, R-12)
        <input value={linkedRisks} onChange={(event) => setLinkedRisks(event.target.value)} style={inputStyle} />
      </label>
      <label style={fieldStyle}>
        Owner
        <select value={owner} onChange={(event) => setOwner(event.target.value)} style={inputStyle}>
          <option value="">No owner</option>
          {owners.map((person) => <option key={person.accountId} value={person.accountId}>{person.name}</option>)}
        </select>
      </label>
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'end' }}>
        <Button type="submit" appearance="primary" isLoading={saving} testId="soa-save">Save</Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
      {error !== null && (
        <div style={{ gridColumn: '1 / -1' }} data-testid="soa-save-error">
          <SectionMessage appearance="error" title={`${entry.controlId} was not saved`}>
            <p>{error}</p>
          </SectionMessage>
        </div>
      )}
    </form>
  );
}
