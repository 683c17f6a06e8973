import { DynamicTableStateless } from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { CabAgendaRow } from '../../../src/services/cab/cabView';
import { CHANGE_TYPE_NAMES, RISK_APPEARANCE, STATUS_APPEARANCE } from '../../cab-panel/src/cabLabels';
import { IssueLink } from './IssueLink';

export type AgendaSortKey = 'risk' | 'plannedStart';
export interface AgendaSort {
  key: AgendaSortKey;
  /** ASC: the backend's order (riskiest first, soonest first); DESC reverses it. */
  order: 'ASC' | 'DESC';
}

const isSortKey = (key: unknown): key is AgendaSortKey => key === 'risk' || key === 'plannedStart';

const head = {
  cells: [
    { key: 'issue', content: 'Change', width: 30 },
    { key: 'risk', content: 'Risk', isSortable: true, width: 12 },
    { key: 'plannedStart', content: 'Planned start', isSortable: true, width: 16 },
    { key: 'status', content: 'Status', width: 12 },
    { key: 'missing', content: 'Missing approvals', width: 30 },
  ],
};

/**
 * The agenda as an Atlaskit table. The backend sorts (it knows the risk order and where undated changes go);
 * dynamic-table always re-sorts by cell keys, so the sorted column's key is the row's position in that answer.
 */
export function AgendaTable({ rows, sort, onSort }: { rows: CabAgendaRow[]; sort: AgendaSort; onSort: (sort: AgendaSort) => void }) {
  const sortCell = (column: AgendaSortKey, position: number) => (sort.key === column ? position : undefined);
  return (
    <div data-testid="cab-agenda">
      <DynamicTableStateless
        caption="Changes awaiting a CAB decision"
        head={head}
        sortKey={sort.key}
        sortOrder={sort.order}
        onSort={(data: { key?: unknown; sortOrder?: unknown }) => {
          if (isSortKey(data.key)) onSort({ key: data.key, order: data.sortOrder === 'DESC' ? 'DESC' : 'ASC' });
        }}
        rows={rows.map((row, position) => ({
          key: row.issueKey,
          testId: `cab-agenda-row-${row.issueKey}`,
          cells: [
            {
              key: row.issueKey,
              content: (
                <span style={{ display: 'grid', gap: token('space.025') }}>
                  <IssueLink issueKey={row.issueKey} />
                  <span>{row.summary}</span>
                  <span style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>{CHANGE_TYPE_NAMES[row.changeType]}</span>
                </span>
              ),
            },
            {
              key: sortCell('risk', position),
              content: row.riskClass === null ? <Lozenge>not scored</Lozenge> : <Lozenge appearance={RISK_APPEARANCE[row.riskClass]} isBold={row.riskClass === 'critical'}>{row.riskClass}</Lozenge>,
            },
            { key: sortCell('plannedStart', position), content: row.plannedStart === null ? <span style={{ color: token('color.text.subtlest') }}>not planned</span> : row.plannedStart.slice(0, 10) },
            { content: <Lozenge appearance={STATUS_APPEARANCE[row.status]}>{row.status}</Lozenge> },
            { content: row.missing },
          ],
        }))}
      />
    </div>
  );
}
