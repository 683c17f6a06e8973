import { useState } from 'react';
import { token } from '@atlaskit/tokens';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { AgendaTable, type AgendaSort } from './AgendaTable';

/** The CAB agenda: the changes awaiting a decision, in the order the CAB wants to take them. */
export function CabAgenda() {
  const [sort, setSort] = useState<AgendaSort>({ key: 'risk', order: 'ASC' });
  const loaded = useViewState(() => callResolver('listAgenda', { sort: sort.key }), (rows) => rows.length === 0, [sort.key]);
  return (
    <main style={{ padding: token('space.200'), color: token('color.text'), display: 'grid', gap: token('space.200') }}>
      <header>
        <h1 style={{ font: token('font.heading.medium'), margin: `0 0 ${token('space.050')}` }}>CAB agenda</h1>
        <p style={{ margin: 0, color: token('color.text.subtle') }}>Sort by risk (riskiest first) or by planned start (soonest first); open a change to decide on it.</p>
      </header>
      <ViewStateView state={loaded} loadingLabel="Loading the CAB agenda" empty="No change is awaiting a CAB decision." errorTitle="Could not load the CAB agenda">
        {(rows) => <AgendaTable rows={rows} sort={sort} onSort={setSort} />}
      </ViewStateView>
    </main>
  );
}
