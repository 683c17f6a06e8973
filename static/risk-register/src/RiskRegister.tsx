import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { HeatMapBasis, HeatMapCell } from '../../../src/domain/risk';
import { RISK_CLASSES } from '../../../src/domain/riskMatrix';
import { RISK_CATEGORIES, RISK_STATUSES } from '../../../src/domain/schemas/risk';
import type { RiskView } from '../../../src/services/risk/presentRisk';
import { callResolver } from '../../shared/invokeClient';
import type { ResolverApi } from '../../shared/resolverApi';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { CsvPanel } from './CsvPanel';
import { HeatMapGrid } from './HeatMapGrid';
import { RiskDetail } from './RiskDetail';
import { RiskForm } from './RiskForm';
import { contentOf, draftOf } from './riskDraft';
import { CATEGORY_NAMES, STATUS_NAMES } from './riskLabels';
import { RiskTable } from './RiskTable';

type Filters = ResolverApi['listRisks']['payload']['filters'];
type CellFilter = { basis: HeatMapBasis; likelihood: number; impact: number; ids: string[] };

const selectStyle = { font: token('font.body'), padding: token('space.050'), color: token('color.text'), background: token('color.background.input'), border: `1px solid ${token('color.border.input')}`, borderRadius: token('radius.small') };

function FilterSelect({ id, label, value, options, names, onChange }: { id: string; label: string; value: string | undefined; options: readonly string[]; names?: Readonly<Record<string, string>>; onChange: (value: string | undefined) => void }) {
  return (
    <label htmlFor={id} style={{ display: 'grid', gap: token('space.050'), font: token('font.body.small'), color: token('color.text.subtle') }}>
      {label}
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)} style={selectStyle}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {names?.[option] ?? option}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The risk register page: filters, heat maps, the register table, one risk's detail, create, CSV. */
export function RiskRegister({ accountId }: { accountId: string }) {
  const [filters, setFilters] = useState<Filters>({});
  const [cell, setCell] = useState<CellFilter | null>(null);
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<RiskView | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = () => setGeneration((value) => value + 1);

  const list = useViewState(
    () => callResolver('listRisks', cell ? { filters: {}, ids: cell.ids } : { filters }),
    () => false,
    [JSON.stringify(filters), cell?.ids.join(','), generation],
  );
  const inherent = useViewState(() => callResolver('riskHeatMap', { kind: 'inherent' }), () => false, [generation]);
  const residual = useViewState(() => callResolver('riskHeatMap', { kind: 'residual' }), () => false, [generation]);

  const setFilter = (key: keyof Filters) => (value: string | undefined) => {
    setCell(null);
    setFilters((current) => ({ ...current, [key]: value }));
  };
  const selectCell = (basis: HeatMapBasis) => (picked: HeatMapCell) =>
    setCell((current) => (current?.basis === basis && current.likelihood === picked.likelihood && current.impact === picked.impact ? null : { basis, likelihood: picked.likelihood, impact: picked.impact, ids: picked.riskIds }));
  async function open(id: string) {
    const result = await callResolver('getRisk', { id });
    if (result.ok) setSelected(result.value);
  }
  const canCreate = list.status === 'ready' && list.value.canCreate;

  return (
    <main style={{ padding: token('space.200'), color: token('color.text'), display: 'grid', gap: token('space.250') }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'start', gap: token('space.200'), flexWrap: 'wrap' }}>
        <div>
          <h1 style={{ font: token('font.heading.medium'), margin: `0 0 ${token('space.050')}` }}>Risk register</h1>
          <p style={{ margin: 0, color: token('color.text.subtle') }}>Service, security, AI, supplier, continuity and privacy risks on one 5×5 matrix.</p>
        </div>
        {canCreate && !creating ? (
          <Button appearance="primary" onClick={() => setCreating(true)} testId="risk-create">
            New risk
          </Button>
        ) : null}
      </header>

      {creating ? (
        <RiskForm
          heading="New risk"
          initial={draftOf(null, accountId)}
          submitLabel="Record risk"
          onCancel={() => setCreating(false)}
          onSubmit={async (draft) => {
            const result = await callResolver('createRisk', { risk: contentOf(draft) });
            if (!result.ok) return result.error;
            setCreating(false);
            setSelected(result.value);
            refresh();
            return null;
          }}
        />
      ) : null}

      {selected ? (
        <RiskDetail
          key={selected.risk.id}
          view={selected}
          accountId={accountId}
          onChanged={(view) => {
            setSelected(view);
            refresh();
          }}
          onReload={() => void open(selected.risk.id)}
          onClose={() => setSelected(null)}
        />
      ) : null}

      <section aria-label="Heat maps" style={{ display: 'flex', gap: token('space.400'), flexWrap: 'wrap' }}>
        <ViewStateView state={inherent} loadingLabel="Loading the inherent heat map" empty="" errorTitle="Could not load the inherent heat map">
          {(map) => <HeatMapGrid map={map} selected={cell?.basis === 'inherent' ? cell : null} onSelect={selectCell('inherent')} />}
        </ViewStateView>
        <ViewStateView state={residual} loadingLabel="Loading the residual heat map" empty="" errorTitle="Could not load the residual heat map">
          {(map) => <HeatMapGrid map={map} selected={cell?.basis === 'residual' ? cell : null} onSelect={selectCell('residual')} />}
        </ViewStateView>
      </section>

      <section aria-label="Filters" style={{ display: 'flex', gap: token('space.150'), alignItems: 'end', flexWrap: 'wrap' }}>
        <FilterSelect id="filter-category" label="Category" value={filters.category} options={RISK_CATEGORIES} names={CATEGORY_NAMES} onChange={setFilter('category')} />
        <FilterSelect id="filter-status" label="Status" value={filters.status} options={RISK_STATUSES} names={STATUS_NAMES} onChange={setFilter('status')} />
        <FilterSelect id="filter-residual" label="Residual class" value={filters.residualClass} options={RISK_CLASSES} onChange={setFilter('residualClass')} />
        <label style={{ display: 'flex', gap: token('space.050'), alignItems: 'center', font: token('font.body.small') }}>
          <input type="checkbox" checked={filters.owner === accountId} onChange={(event) => setFilter('owner')(event.target.checked ? accountId : undefined)} />
          Only my risks
        </label>
        {cell ? (
          <Button appearance="subtle" onClick={() => setCell(null)} testId="risk-clear-cell">
            Showing {cell.basis} L{cell.likelihood} × I{cell.impact} ({cell.ids.length}) — show all
          </Button>
        ) : null}
      </section>

      <ViewStateView state={list} loadingLabel="Loading the risk register" empty="" errorTitle="Could not load the risk register">
        {(page) =>
          page.rows.length === 0 ? (
            <p style={{ color: token('color.text.subtle') }}>{Object.values(filters).some((value) => value !== undefined) ? 'No risk matches these filters.' : 'The register is empty. ISMS leads record the first risk with "New risk" or a CSV import.'}</p>
          ) : (
            <RiskTable rows={page.rows} onOpen={(id) => void open(id)} />
          )
        }
      </ViewStateView>

      <CsvPanel canImport={canCreate} onImported={refresh} />
    </main>
  );
}
