import { useState } from 'react';
import DynamicTable from '@atlaskit/dynamic-table';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { ProgrammeCoverage, StandardCoverage, CoverageStatus, MissedRef } from '../../../src/domain/audit/programmeCoverage';
import type { AuditRow } from '../../../src/services/audit/programmeView';
import { standardLabel } from '../../compliance-panel/src/groupByStandard';
import { fieldLabel, nativeInput, panel, sectionHeading } from './programmeStyles';

const STATUS_APPEARANCE: Record<CoverageStatus, 'success' | 'moved' | 'removed'> = { covered: 'success', partial: 'moved', missed: 'removed' };

const head = {
  cells: [
    { key: 'id', content: 'Clause / control', width: 18 },
    { key: 'title', content: 'Title', width: 50 },
    { key: 'status', content: 'Status', width: 12 },
    { key: 'audits', content: 'Audits', width: 20 },
  ],
};

function MissedList({ standard, audits, canEdit, onAdd }: { standard: StandardCoverage; audits: AuditRow[]; canEdit: boolean; onAdd: (ref: MissedRef, auditId: string) => void }) {
  const targets = audits.filter((row) => row.countsForCycle);
  const [target, setTarget] = useState<Record<string, string>>({});
  if (standard.missed.length === 0) {
    return <SectionMessage appearance="success"><p data-testid={`coverage-complete-${standard.standard}`}>The programme covers every clause and applicable control of {standardLabel(standard.standard)}.</p></SectionMessage>;
  }
  return (
    <SectionMessage appearance="warning" title={`${standard.missed.length} gaps in ${standardLabel(standard.standard)}`}>
      <ul data-testid={`coverage-missed-${standard.standard}`} style={{ margin: 0, paddingLeft: token('space.200'), display: 'grid', gap: token('space.050') }}>
        {standard.missed.map((missed) => {
          const chosen = target[missed.id] ?? targets[0]?.audit.id ?? '';
          return (
            <li key={missed.id} data-testid={`missed-${missed.id}`}>
              <strong>{missed.id}</strong> {missed.title}
              {canEdit && targets.length > 0 && (
                <span style={{ display: 'inline-flex', gap: token('space.075'), marginLeft: token('space.100'), alignItems: 'center' }}>
                  <label style={{ ...fieldLabel, display: 'inline-flex', alignItems: 'center' }}>
                    <span>Add to</span>
                    <select value={chosen} onChange={(event) => setTarget({ ...target, [missed.id]: event.target.value })} aria-label={`Audit to add ${missed.id} to`} style={{ ...nativeInput, padding: token('space.025') }}>
                      {targets.map((row) => <option key={row.audit.id} value={row.audit.id}>{row.audit.id} {row.audit.title}</option>)}
                    </select>
                  </label>
                  <Button spacing="compact" onClick={() => onAdd(missed, chosen)} testId={`missed-add-${missed.id}`}>Add<span style={{ position: 'absolute', clipPath: 'inset(50%)' }}> {missed.id}</span></Button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </SectionMessage>
  );
}

/** Per standard: covered / total, the gaps (each one click from being added to an audit) and every row. */
export function CoverageView({ coverage, audits, canEdit, onAdd }: { coverage: ProgrammeCoverage; audits: AuditRow[]; canEdit: boolean; onAdd: (ref: MissedRef, auditId: string) => void }) {
  const [selected, setSelected] = useState(coverage.standards[0]?.standard);
  const [showRows, setShowRows] = useState(false);
  const standard = coverage.standards.find((candidate) => candidate.standard === selected) ?? coverage.standards[0];
  return (
    <section aria-labelledby="coverage-heading" style={panel}>
      <h2 id="coverage-heading" style={sectionHeading}>Coverage in the cycle</h2>
      <div role="group" aria-label="Standards" style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap' }}>
        {coverage.standards.map((candidate) => (
          <Button key={candidate.standard} appearance={candidate.standard === standard?.standard ? 'primary' : 'default'} aria-pressed={candidate.standard === standard?.standard} onClick={() => setSelected(candidate.standard)} testId={`coverage-tab-${candidate.standard}`}>
            {standardLabel(candidate.standard)}: {candidate.missed.length === 0 ? 'complete' : `${candidate.missed.length} gaps`}
          </Button>
        ))}
      </div>
      {standard !== undefined && (
        <>
          <p style={{ margin: 0 }} data-testid={`coverage-tally-${standard.standard}`}>
            {standard.clauses.covered} of {standard.clauses.total} clauses covered
            {standard.controls !== null && `, ${standard.controls.covered} of ${standard.controls.total} applicable controls (SoA) covered`}.
          </p>
          <MissedList standard={standard} audits={audits} canEdit={canEdit} onAdd={onAdd} />
          <div>
            <Button appearance="subtle" onClick={() => setShowRows(!showRows)} aria-expanded={showRows} testId="coverage-rows-toggle">{showRows ? 'Hide' : 'Show'} every clause and control</Button>
          </div>
          {showRows && (
            <DynamicTable
              label={`Coverage of ${standard.standard}`}
              head={head}
              rowsPerPage={50}
              defaultPage={1}
              rows={standard.rows.map((row) => ({
                key: row.id,
                testId: `coverage-row-${row.id}`,
                cells: [
                  { content: <span style={{ paddingLeft: `calc(${token('space.150')} * ${row.level - 1})` }}>{row.id}</span> },
                  { content: row.title },
                  { content: <Lozenge appearance={STATUS_APPEARANCE[row.status]}>{row.status}</Lozenge> },
                  { content: row.audits.join(', ') },
                ],
              }))}
            />
          )}
        </>
      )}
    </section>
  );
}
