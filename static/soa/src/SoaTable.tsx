import { Fragment, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { SoaView } from '../../../src/services/soa/getSoa';
import type { ControlEvidence } from '../../../src/services/soa/soaEvidence';
import { EntryEditor } from './EntryEditor';
import { STATUS_APPEARANCE } from './soaLabels';

const cell = { padding: token('space.100'), borderBottom: `1px solid ${token('color.border')}`, verticalAlign: 'top', textAlign: 'left' } as const;

function EvidenceCell({ evidence }: { evidence: ControlEvidence | undefined }) {
  if (evidence === undefined) return <span style={{ color: token('color.text.subtlest') }}>…</span>;
  return (
    <>
      <span data-testid={`soa-evidence-${evidence.controlId}`}>{evidence.evidenceCount}</span>
      {evidence.lastEvidenceDate !== null && <div style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>last {evidence.lastEvidenceDate}</div>}
      {evidence.stale && <div><Lozenge appearance="moved">stale</Lozenge></div>}
    </>
  );
}

/** One standard's entries; an ISMS lead opens any row for inline edit. Evidence arrives separately (one search). */
export function SoaTable({ view, caption, onSaved, evidence }: { view: SoaView; caption: string; onSaved: () => void; evidence: ReadonlyMap<string, ControlEvidence> }) {
  const [editing, setEditing] = useState<string | null>(null);
  const owners = Object.entries(view.people).map(([accountId, name]) => ({ accountId, name }));
  const nameOf = (accountId: string | null) => (accountId === null ? '' : (view.people[accountId] ?? accountId));
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', font: token('font.body') }}>
      <caption style={{ textAlign: 'left', font: token('font.heading.xsmall'), padding: `${token('space.100')} 0` }}>{caption}</caption>
      <thead>
        <tr>
          {['Control', 'Applicable', 'Status', 'Justification', 'Owner', 'Risks', 'Evidence', ''].map((heading, index) => (
            <th key={index} scope="col" style={{ ...cell, color: token('color.text.subtle'), font: token('font.body.small') }}>
              {heading === '' ? <span style={{ position: 'absolute', clipPath: 'inset(50%)' }}>Actions</span> : heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.rows.map(({ entry, title, problems }) => (
          <Fragment key={entry.controlId}>
            <tr data-testid={`soa-row-${entry.controlId}`}>
              <td style={cell}>
                <strong>{entry.controlId}</strong>
                <div>{title}</div>
                {problems.length > 0 && (
                  <ul style={{ margin: `${token('space.050')} 0 0`, paddingLeft: token('space.200'), color: token('color.text.warning'), font: token('font.body.small') }}>
                    {problems.map((problem) => <li key={problem}>{problem}</li>)}
                  </ul>
                )}
              </td>
              <td style={cell}><Lozenge appearance={entry.applicable ? 'success' : 'removed'}>{entry.applicable ? 'yes' : 'excluded'}</Lozenge></td>
              <td style={cell} data-testid={`soa-status-${entry.controlId}`}>
                {entry.applicable ? <Lozenge appearance={STATUS_APPEARANCE[entry.implementationStatus]}>{entry.implementationStatus}</Lozenge> : '—'}
              </td>
              <td style={{ ...cell, maxWidth: '28ch' }}>{entry.justification === '' ? <em style={{ color: token('color.text.subtlest') }}>none yet</em> : entry.justification}</td>
              <td style={cell}>{nameOf(entry.owner)}</td>
              <td style={cell} data-testid={`soa-risks-${entry.controlId}`}>{(evidence.get(entry.controlId)?.risks ?? entry.linkedRisks).join(', ')}</td>
              <td style={cell}><EvidenceCell evidence={evidence.get(entry.controlId)} /></td>
              <td style={cell}>
                {view.canEdit && (
                  <Button testId={`soa-edit-${entry.controlId}`} onClick={() => setEditing(editing === entry.controlId ? null : entry.controlId)} aria-expanded={editing === entry.controlId}>
                    Edit<span style={{ position: 'absolute', clipPath: 'inset(50%)' }}> {entry.controlId}</span>
                  </Button>
                )}
              </td>
            </tr>
            {editing === entry.controlId && (
              <tr>
                <td colSpan={8} style={cell}>
                  <EntryEditor
                    entry={entry}
                    owners={owners}
                    onCancel={() => setEditing(null)}
                    onSaved={() => {
                      setEditing(null);
                      onSaved();
                    }}
                  />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
