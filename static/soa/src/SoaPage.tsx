import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { SoaStandard } from '../../../src/domain/schemas/soa';
import { SOA_FILTERS, type SoaFilter } from '../../../src/services/soa/soaFilters';
import { callResolver } from '../../shared/invokeClient';
import { useViewState } from '../../shared/useViewState';
import { ViewStateView } from '../../shared/ViewStateView';
import { downloadFile } from '../../cab-panel/src/downloadFile';
import { AlignmentView } from './AlignmentView';
import { SoaTable } from './SoaTable';
import { VersionsPanel } from './VersionsPanel';
import { SummaryTiles } from './SummaryTiles';
import { loadSoaEvidence } from './loadSoaEvidence';
import { FILTER_LABELS, STANDARD_NAMES } from './soaLabels';

type Tab = SoaStandard | 'alignment';
const TABS: { key: Tab; label: string }[] = [
  { key: 'ISO27001', label: STANDARD_NAMES.ISO27001 },
  { key: 'ISO42001', label: STANDARD_NAMES.ISO42001 },
  { key: 'alignment', label: '42001 ↔ 27001 alignment' },
];

/** The Statement of Applicability: summary per standard, a table per standard with filters, the alignment, CSV. */
export function SoaPage() {
  const [tab, setTab] = useState<Tab>('ISO27001');
  const [filter, setFilter] = useState<SoaFilter>('all');
  const [revision, setRevision] = useState(0);
  const [exportMessage, setExportMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const summary = useViewState(() => callResolver('getSoaSummary', {}), () => false, [revision]);
  const table = useViewState(tab === 'alignment' ? null : () => callResolver('getSoa', { standard: tab, filter }), (view) => view.rows.length === 0, [tab, filter, revision]);
  // One search for all controls' evidence, loaded beside the table so the entries never wait for Jira.
  const [scanned, setScanned] = useState<number | null>(null);
  const evidence = useViewState(() => loadSoaEvidence(setScanned), () => false, []);
  const evidenceByControl = new Map(evidence.status === 'ready' ? evidence.value.controls.map((control) => [control.controlId, control]) : []);
  const alignment = useViewState(tab === 'alignment' ? () => callResolver('getSoaAlignment', {}) : null, (rows) => rows.length === 0, [tab, revision]);

  async function exportCsv() {
    const result = await callResolver('exportSoaCsv', {});
    if (!result.ok) return setExportMessage({ ok: false, text: result.error.message });
    downloadFile(result.value.filename, result.value.content, 'text/csv');
    setExportMessage({ ok: true, text: `Exported ${result.value.filename}` });
  }

  return (
    <main style={{ padding: token('space.200'), color: token('color.text'), display: 'grid', gap: token('space.200') }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'start', gap: token('space.200') }}>
        <div>
          <h1 style={{ font: token('font.heading.medium'), margin: `0 0 ${token('space.050')}` }}>Statement of Applicability</h1>
          <p style={{ margin: 0, color: token('color.text.subtle') }}>Every Annex A control of ISO/IEC 27001 and ISO/IEC 42001: applicable or excluded, why, and how far it is implemented.</p>
        </div>
        <Button onClick={() => void exportCsv()} testId="soa-export-csv">Export CSV</Button>
      </header>
      {exportMessage !== null && (
        <div data-testid="soa-export-message" role="status">
          <SectionMessage appearance={exportMessage.ok ? 'success' : 'error'}><p>{exportMessage.text}</p></SectionMessage>
        </div>
      )}
      <ViewStateView state={summary} loadingLabel="Loading the SoA summary" empty="" errorTitle="Could not load the SoA summary">
        {(value) => <SummaryTiles summary={value} />}
      </ViewStateView>
      <VersionsPanel canApprove={table.status === 'ready' && table.value.canEdit} onApproved={() => setRevision(revision + 1)} />
      {evidence.status === 'loading' && scanned !== null && (
        <p role="status" data-testid="soa-evidence-progress" style={{ margin: 0, color: token('color.text.subtle') }}>
          Counting evidence: {scanned.toLocaleString('en')} linked issues scanned so far…
        </p>
      )}
      {evidence.status === 'error' && <SectionMessage appearance="warning"><p>Could not count the evidence: {evidence.message}</p></SectionMessage>}
      <nav aria-label="SoA views" style={{ display: 'flex', gap: token('space.100'), borderBottom: `1px solid ${token('color.border')}` }}>
        {TABS.map((candidate) => (
          <Button key={candidate.key} appearance={tab === candidate.key ? 'primary' : 'subtle'} onClick={() => setTab(candidate.key)} testId={`soa-tab-${candidate.key}`} aria-pressed={tab === candidate.key}>
            {candidate.label}
          </Button>
        ))}
      </nav>
      {tab === 'alignment' ? (
        <ViewStateView state={alignment} loadingLabel="Loading the alignment" empty="No 42001 control has a high-confidence 27001 equivalent." errorTitle="Could not load the alignment">
          {(rows) => <AlignmentView rows={rows} />}
        </ViewStateView>
      ) : (
        <>
          <label style={{ display: 'flex', gap: token('space.100'), alignItems: 'center' }}>
            Show
            <select value={filter} onChange={(event) => setFilter(event.target.value as SoaFilter)} data-testid="soa-filter" style={{ font: token('font.body'), padding: token('space.050'), color: token('color.text'), background: token('color.background.input'), border: `1px solid ${token('color.border.input')}`, borderRadius: token('radius.small') }}>
              {SOA_FILTERS.map((option) => <option key={option} value={option}>{FILTER_LABELS[option]}</option>)}
            </select>
          </label>
          <ViewStateView state={table} loadingLabel="Loading the Statement of Applicability" empty="No control matches this filter." errorTitle="Could not load the Statement of Applicability">
            {(view) => <SoaTable view={view} caption={`${STANDARD_NAMES[tab]}: ${FILTER_LABELS[filter]}`} onSaved={() => setRevision(revision + 1)} evidence={evidenceByControl} />}
          </ViewStateView>
        </>
      )}
    </main>
  );
}
