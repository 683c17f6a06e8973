import DynamicTable from '@atlaskit/dynamic-table';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { AuditStatus } from '../../../src/domain/audit/auditPlan';
import type { AuditRow } from '../../../src/services/audit/programmeView';
import { nameIn, visuallyHidden } from './programmeStyles';

const STATUS_APPEARANCE: Record<AuditStatus, 'default' | 'inprogress' | 'success' | 'removed'> = { planned: 'default', 'in progress': 'inprogress', completed: 'success', cancelled: 'removed' };

const head = {
  cells: [
    { key: 'id', content: 'Audit', isSortable: true, width: 7 },
    { key: 'title', content: 'Title', width: 18 },
    { key: 'dates', content: 'Planned', isSortable: true, width: 14 },
    { key: 'status', content: 'Status', width: 9 },
    { key: 'auditors', content: 'Auditors', width: 16 },
    { key: 'scope', content: 'Scope', width: 26 },
    { key: 'actions', content: <span style={visuallyHidden}>Actions</span>, width: 10 },
  ],
};

/** The audits of the programme in plan order; impartiality conflicts that arose later are flagged on the row. */
export function AuditsTable({
  rows,
  people,
  canEdit,
  onEdit,
  onStart,
}: {
  rows: AuditRow[];
  people: Readonly<Record<string, string>>;
  canEdit: boolean;
  onEdit: (id: string) => void;
  /** Runs the audit in Jira: creates its Audit issue with the checklist (once). */
  onStart: (id: string) => void;
}) {
  const nameOf = nameIn(people);
  return (
    <div data-testid="audits-table">
      <DynamicTable
        label="Audits of the programme"
        head={head}
        emptyView={<p>No audit planned yet.</p>}
        rows={rows.map(({ audit, countsForCycle, conflicts }) => ({
          key: audit.id,
          testId: `audit-row-${audit.id}`,
          cells: [
            { key: Number(audit.id.slice(4)), content: <strong>{audit.id}</strong> },
            { content: audit.title },
            { key: audit.plannedStart, content: <>{audit.plannedStart} – {audit.plannedEnd}{!countsForCycle && audit.status !== 'cancelled' && <div><Lozenge appearance="moved">outside the cycle</Lozenge></div>}</> },
            { content: <Lozenge appearance={STATUS_APPEARANCE[audit.status]}>{audit.status}</Lozenge> },
            {
              content: (
                <>
                  {audit.leadAuditor !== null && <div>{nameOf(audit.leadAuditor)} (lead)</div>}
                  {audit.team.map((member) => <div key={member}>{nameOf(member)}</div>)}
                  {conflicts.map((conflict) => <div key={conflict} style={{ color: token('color.text.danger'), font: token('font.body.small') }}>{conflict}</div>)}
                </>
              ),
            },
            { content: <span data-testid={`audit-scope-${audit.id}`}>{[...audit.scope.refs, ...audit.scope.processes, ...audit.scope.projects].join(', ')}</span> },
            {
              content: (
                <div style={{ display: 'grid', gap: token('space.050'), justifyItems: 'start' }}>
                  {canEdit ? <Button onClick={() => onEdit(audit.id)} testId={`audit-edit-${audit.id}`}>Edit<span style={visuallyHidden}> {audit.id}</span></Button> : null}
                  {audit.issueKey !== null ? (
                    <a href={`/browse/${audit.issueKey}`} target="_blank" rel="noreferrer" style={{ color: token('color.link'), textDecoration: 'underline' }} data-testid={`audit-issue-${audit.id}`}>
                      {audit.issueKey}
                    </a>
                  ) : canEdit && audit.status !== 'cancelled' ? (
                    <Button onClick={() => onStart(audit.id)} testId={`audit-start-${audit.id}`}>Start in Jira<span style={visuallyHidden}> {audit.id}</span></Button>
                  ) : null}
                </div>
              ),
            },
          ],
        }))}
      />
    </div>
  );
}
