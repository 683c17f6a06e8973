import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { STANDARD_IDS, type StandardId } from '../../../src/domain/catalog/standards';
import { DEFAULT_CYCLE_YEARS, type Programme } from '../../../src/domain/audit/programme';
import type { ProgrammeView } from '../../../src/services/audit/programmeView';
import { callResolver } from '../../shared/invokeClient';
import { standardLabel } from '../../compliance-panel/src/groupByStandard';
import { Notice, type NoticeValue } from './Notice';
import { fieldLabel, nativeInput, panel, sectionHeading } from './programmeStyles';

/** The cycle and the standards in scope: shown to everyone, edited by ISMS leads (also how a new programme starts). */
export function ProgrammeHeader({ view, onSaved }: { view: ProgrammeView; onSaved: () => void }) {
  const { programme, cycle, canEdit } = view;
  const [editing, setEditing] = useState(programme === null);
  const [startYear, setStartYear] = useState(String(programme?.cycleStartYear ?? new Date().getFullYear()));
  const [years, setYears] = useState(String(programme?.cycleYears ?? DEFAULT_CYCLE_YEARS));
  const [standards, setStandards] = useState<StandardId[]>(programme?.standards ?? [...STANDARD_IDS]);
  const [notice, setNotice] = useState<NoticeValue>(null);

  async function save() {
    const result = await callResolver('saveProgramme', { programme: { cycleStartYear: Number(startYear), cycleYears: Number(years), standards }, expectedVersion: programme?.version ?? 0 });
    if (!result.ok) return setNotice({ ok: false, text: result.error.message });
    setNotice(null);
    setEditing(false);
    onSaved();
  }

  const summary = (saved: Programme) => `Cycle ${cycle?.label ?? saved.cycleStartYear} (${saved.cycleYears} years) · ${saved.standards.map(standardLabel).join(' · ')}`;
  return (
    <section aria-labelledby="programme-heading" style={panel}>
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', justifyContent: 'space-between' }}>
        <h2 id="programme-heading" style={sectionHeading}>Programme</h2>
        {canEdit && programme !== null && !editing && <Button onClick={() => setEditing(true)} testId="programme-edit">Edit programme</Button>}
      </div>
      {programme === null && !canEdit && <p>No audit programme has been planned yet. An ISMS lead sets it up here.</p>}
      {programme !== null && !editing && <p data-testid="programme-summary" style={{ margin: 0 }}>{summary(programme)}</p>}
      {editing && canEdit && (
        <form onSubmit={(event) => { event.preventDefault(); void save(); }} data-testid="programme-form" style={{ display: 'flex', gap: token('space.200'), alignItems: 'end', flexWrap: 'wrap' }}>
          <label style={fieldLabel}>
            Cycle starts in
            <input type="number" value={startYear} onChange={(event) => setStartYear(event.target.value)} style={{ ...nativeInput, width: '8ch' }} />
          </label>
          <label style={fieldLabel}>
            Cycle length (years)
            <input type="number" min={1} max={5} value={years} onChange={(event) => setYears(event.target.value)} style={{ ...nativeInput, width: '6ch' }} />
          </label>
          <fieldset style={{ border: 'none', margin: 0, padding: 0, display: 'flex', gap: token('space.150') }}>
            <legend style={fieldLabel}>Standards in scope</legend>
            {STANDARD_IDS.map((standard) => (
              <label key={standard} style={{ display: 'flex', gap: token('space.050'), alignItems: 'center' }}>
                <input type="checkbox" checked={standards.includes(standard)} onChange={(event) => setStandards(event.target.checked ? [...standards, standard] : standards.filter((item) => item !== standard))} />
                {standardLabel(standard)}
              </label>
            ))}
          </fieldset>
          <Button appearance="primary" type="submit" testId="programme-save">{programme === null ? 'Start programme' : 'Save programme'}</Button>
          {programme !== null && <Button appearance="subtle" onClick={() => setEditing(false)}>Cancel</Button>}
        </form>
      )}
      <Notice notice={notice} testId="programme-message" />
    </section>
  );
}
