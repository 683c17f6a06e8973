import { useId, useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { ProcessOwners } from '../../../src/domain/audit/processOwners';
import { callResolver } from '../../shared/invokeClient';
import { Notice, type NoticeValue } from './Notice';
import { fieldLabel, listOf, nameIn, nativeInput, panel, sectionHeading } from './programmeStyles';

type DraftRow = { group: string; owners: string };

/** The stored groups as editable rows; an empty programme starts with one blank row to fill in. */
function draftRowsOf(owners: ProcessOwners): DraftRow[] {
  const rows = owners.groups.map((group) => ({ group: group.group as string, owners: group.owners.join(', ') }));
  return rows.length === 0 ? [{ group: '', owners: '' }] : rows;
}

/** Process owners per clause group: the basis of the impartiality check. ISMS leads edit them here. */
export function ProcessOwnersSection({ owners, people, canEdit, onSaved }: { owners: ProcessOwners; people: Readonly<Record<string, string>>; canEdit: boolean; onSaved: () => void }) {
  const peopleListId = useId();
  const nameOf = nameIn(people);
  const [draft, setDraft] = useState<DraftRow[] | null>(null);
  const [notice, setNotice] = useState<NoticeValue>(null);

  async function save(rows: DraftRow[]) {
    const groups = rows.filter((row) => row.group.trim() !== '').map((row) => ({ group: row.group.trim(), owners: listOf(row.owners) }));
    const result = await callResolver('saveProcessOwners', { groups, expectedVersion: owners.version });
    if (!result.ok) return setNotice({ ok: false, title: 'The process owners were not saved', text: result.error.message });
    setNotice({ ok: true, text: 'Process owners saved. Audits are checked against them from now on.' });
    setDraft(null);
    onSaved();
  }

  const update = (index: number, patch: Partial<DraftRow>) => setDraft((rows) => (rows ?? []).map((row, position) => (position === index ? { ...row, ...patch } : row)));
  return (
    <section aria-labelledby="owners-heading" style={panel}>
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', justifyContent: 'space-between' }}>
        <h2 id="owners-heading" style={sectionHeading}>Process owners</h2>
        {canEdit && draft === null && (
          <Button onClick={() => setDraft(draftRowsOf(owners))} testId="owners-edit">
            Edit process owners
          </Button>
        )}
      </div>
      <p style={{ margin: 0, color: token('color.text.subtle') }}>An auditor may not audit a process they own (ISO 19011, clause 9.2): audits whose scope touches an owner's clause group refuse them as auditor.</p>
      {draft === null ? (
        owners.groups.length === 0 ? <p style={{ margin: 0 }}>No process owners named yet.</p> : (
          <ul data-testid="owners-list" style={{ margin: 0, paddingLeft: token('space.200') }}>
            {owners.groups.map((group) => <li key={group.group}><strong>{group.group}</strong>: {group.owners.map(nameOf).join(', ')}</li>)}
          </ul>
        )
      ) : (
        <form onSubmit={(event) => { event.preventDefault(); void save(draft); }} data-testid="owners-form" style={{ display: 'grid', gap: token('space.100') }}>
          <datalist id={peopleListId}>
            {Object.entries(people).map(([accountId, name]) => <option key={accountId} value={accountId}>{name}</option>)}
          </datalist>
          {draft.map((row, index) => (
            <div key={index} style={{ display: 'flex', gap: token('space.100'), alignItems: 'end', flexWrap: 'wrap' }}>
              <label style={fieldLabel}>
                Clause group
                <input value={row.group} onChange={(event) => update(index, { group: event.target.value })} placeholder="e.g. ISO20000-1:8.5.1 or ISO27001:A.8" style={nativeInput} />
              </label>
              <label style={{ ...fieldLabel, flex: 1 }}>
                Owners (account ids, comma-separated)
                <input list={peopleListId} value={row.owners} onChange={(event) => update(index, { owners: event.target.value })} style={nativeInput} />
              </label>
              <Button appearance="subtle" onClick={() => setDraft(draft.filter((_, position) => position !== index))}>Remove<span style={{ position: 'absolute', clipPath: 'inset(50%)' }}> clause group {index + 1}</span></Button>
            </div>
          ))}
          <div style={{ display: 'flex', gap: token('space.100') }}>
            <Button onClick={() => setDraft([...draft, { group: '', owners: '' }])} testId="owners-add-row">Add clause group</Button>
            <Button appearance="primary" type="submit" testId="owners-save">Save process owners</Button>
            <Button appearance="subtle" onClick={() => setDraft(null)}>Cancel</Button>
          </div>
        </form>
      )}
      <Notice notice={notice} testId="owners-message" />
    </section>
  );
}
