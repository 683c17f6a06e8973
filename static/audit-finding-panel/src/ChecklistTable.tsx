import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { ChecklistRow } from '../../../src/services/audit/auditPanelView';

const cell = { padding: `${token('space.075')} ${token('space.100')}`, borderBottom: `1px solid ${token('color.border')}`, textAlign: 'left' as const, verticalAlign: 'top' as const, font: token('font.body.small') };
const head = { ...cell, color: token('color.text.subtle'), fontWeight: token('font.weight.semibold') };

/** One row per clause of the scope: the evidence found for the period and whether the auditor ticked it. */
export function ChecklistTable({ rows }: { rows: readonly ChecklistRow[] }) {
  if (rows.length === 0) return <p style={{ color: token('color.text.subtle') }}>The audit scope names no clause or control.</p>;
  return (
    <table data-testid="audit-checklist" style={{ width: '100%', borderCollapse: 'collapse', marginTop: token('space.100') }}>
      <thead>
        <tr>
          <th style={head}>Clause</th>
          <th style={head}>Evidence in the period</th>
          <th style={head}>Audited</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.clause} data-testid="audit-checklist-row">
            <td style={cell}>
              <strong>{row.clause}</strong>
              <div style={{ color: token('color.text.subtle') }}>{row.title}</div>
            </td>
            <td style={cell}>
              {row.evidenceCount === 0 ? (
                <Lozenge appearance="removed">none</Lozenge>
              ) : (
                <>
                  <span>
                    {row.evidenceCount} {row.evidenceCount === 1 ? 'issue' : 'issues'}, latest {row.lastEvidenceDate ?? 'undated'}
                  </span>
                  <div style={{ color: token('color.text.subtle') }}>{row.evidenceKeys.join(', ')}</div>
                </>
              )}
            </td>
            <td style={cell}>{row.isChecked ? <Lozenge appearance="success">audited</Lozenge> : <Lozenge>to do</Lozenge>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
