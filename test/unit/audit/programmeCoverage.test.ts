import fc from 'fast-check';
import { builtinCatalog, type ClauseId } from '../../../src/domain/catalog';
import type { Audit } from '../../../src/domain/audit/auditPlan';
import { impartialityConflicts, impartialityMessage } from '../../../src/domain/audit/impartiality';
import { programmeCoverage } from '../../../src/domain/audit/programmeCoverage';
import { auditPlanCsv } from '../../../src/domain/audit/programmeCsv';
import { scopeRefsOverlap, searchScopeRefs } from '../../../src/domain/audit/programmeScope';

const programme = { cycleStartYear: 2026, cycleYears: 3, standards: ['ISO20000-1', 'ISO27001'] as ('ISO20000-1' | 'ISO27001')[] };
const id = (text: string) => text as ClauseId;

function audit(number: number, refs: string[], extra: Partial<Audit> = {}): Audit {
  return {
    id: `AUD-${number}`, title: `Audit ${number}`, scope: { refs: refs.map(id), processes: [], projects: [] }, criteria: '',
    plannedStart: '2026-03-02', plannedEnd: '2026-03-06', leadAuditor: null, team: [], status: 'planned', issueKey: null,
    version: 1, updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'lead', ...extra,
  };
}

const allControls = new Set(builtinCatalog().listStandard('ISO27001', { kind: 'control' }).map((entry) => entry.id));
const standardOf = (coverage: ReturnType<typeof programmeCoverage>, standard: string) => coverage.standards.find((candidate) => candidate.standard === standard);

describe('programme coverage', () => {
  it('covers every sub-clause of a scoped parent clause', () => {
    const coverage = programmeCoverage(programme, [audit(1, ['ISO20000-1:8'])], allControls);

    const rows = standardOf(coverage, 'ISO20000-1')?.rows.filter((row) => row.id.startsWith('ISO20000-1:8')) ?? [];
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.every((row) => row.status === 'covered' && row.audits.join() === 'AUD-1')).toBe(true);
  });

  it('counts a parent as covered when its sub-clauses are covered by different audits', () => {
    const coverage = programmeCoverage(programme, [audit(1, ['ISO27001:9.2.1']), audit(2, ['ISO27001:9.2.2'])], allControls);

    expect(standardOf(coverage, 'ISO27001')?.rows.find((row) => row.id === 'ISO27001:9.2')).toMatchObject({ status: 'covered', audits: ['AUD-1', 'AUD-2'] });
  });

  it('names the largest missed clause once, and descends only into partly covered ones', () => {
    const coverage = programmeCoverage(programme, [audit(1, ['ISO20000-1:8.5.1', 'ISO20000-1:4', 'ISO20000-1:5', 'ISO20000-1:6', 'ISO20000-1:7', 'ISO20000-1:9', 'ISO20000-1:10'])], allControls);

    const missed = standardOf(coverage, 'ISO20000-1')?.missed.map((ref) => ref.id);
    expect(missed).toEqual(['ISO20000-1:8.1', 'ISO20000-1:8.2', 'ISO20000-1:8.3', 'ISO20000-1:8.4', 'ISO20000-1:8.5.2', 'ISO20000-1:8.5.3', 'ISO20000-1:8.6', 'ISO20000-1:8.7']);
    expect(standardOf(coverage, 'ISO20000-1')?.rows.find((row) => row.id === 'ISO20000-1:8')?.status).toBe('partial');
  });

  it('requires only the controls the SoA marks applicable, and names a wholly missed theme as its group', () => {
    const applicable = new Set([id('ISO27001:A.5.1'), ...[...allControls].filter((control) => control.startsWith('ISO27001:A.8.'))]);

    const coverage = programmeCoverage(programme, [audit(1, ['ISO27001:4-10'])], applicable);

    expect(standardOf(coverage, 'ISO27001')?.controls).toEqual({ covered: 0, total: applicable.size });
    expect(standardOf(coverage, 'ISO27001')?.missed.map((ref) => ref.id)).toEqual(['ISO27001:A.5.1', 'ISO27001:A.8']);
  });

  it('ignores cancelled audits and audits planned outside the cycle', () => {
    const coverage = programmeCoverage(programme, [audit(1, ['ISO20000-1:4-10'], { status: 'cancelled' }), audit(2, ['ISO20000-1:4-10'], { plannedStart: '2029-01-02' })], allControls);

    expect(standardOf(coverage, 'ISO20000-1')?.clauses.covered).toBe(0);
  });

  it('misses nothing once the whole system and Annex A are scoped, whatever else the audits hold', () => {
    const refs = builtinCatalog().data.entries.map((entry) => entry.id);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...refs), { maxLength: 20 }), (extra) => {
        const coverage = programmeCoverage(programme, [audit(1, ['ISO20000-1:4-10', 'ISO27001:4-10', 'ISO27001:Annex A']), audit(2, extra)], allControls);
        return coverage.missedCount === 0 && coverage.standards.every((standard) => standard.rows.every((row) => row.status === 'covered'));
      }),
    );
  });

  it('never reports a clause as missed that an audit scopes, for any scope', () => {
    const clauses = builtinCatalog().listStandard('ISO20000-1', { kind: 'clause' }).map((entry) => entry.id);
    fc.assert(
      fc.property(fc.subarray(clauses), (scoped) => {
        const coverage = programmeCoverage(programme, [audit(1, scoped)], allControls);
        const rows = new Map(standardOf(coverage, 'ISO20000-1')?.rows.map((row) => [row.id, row.status]));
        return scoped.every((clause) => rows.get(clause) === 'covered');
      }),
    );
  });
});

describe('impartiality', () => {
  const owners = { groups: [{ group: id('ISO20000-1:8.5.1'), owners: ['change-manager'] }, { group: id('ISO27001:A.8'), owners: ['it-security'] }] };

  it('refuses an auditor whose owned clause group sits under the audit scope', () => {
    const conflicts = impartialityConflicts({ leadAuditor: 'change-manager', team: [], scope: { refs: [id('ISO20000-1:8')], processes: [], projects: [] } }, owners);

    expect(conflicts).toEqual([{ auditor: 'change-manager', role: 'lead auditor', group: 'ISO20000-1:8.5.1', touchedBy: 'ISO20000-1:8' }]);
    expect(impartialityMessage(conflicts[0]!, { 'change-manager': 'Marcus Feld' })).toMatch(/^Marcus Feld cannot be lead auditor: they own the process for ISO20000-1:8.5.1 \(Change management\).*ISO 19011/);
  });

  it('refuses a team member whose control group contains a scoped control', () => {
    const conflicts = impartialityConflicts({ leadAuditor: null, team: ['it-security'], scope: { refs: [id('ISO27001:A.8.24')], processes: [], projects: [] } }, owners);

    expect(conflicts.map((conflict) => [conflict.role, conflict.group])).toEqual([['audit team member', 'ISO27001:A.8']]);
  });

  it('lets an owner audit what they do not own', () => {
    expect(impartialityConflicts({ leadAuditor: 'change-manager', team: ['it-security'], scope: { refs: [id('ISO20000-1:8.6.1'), id('ISO27001:A.5.1')], processes: [], projects: [] } }, owners)).toEqual([]);
  });

  it('sees overlap either way round, and none between siblings', () => {
    expect(scopeRefsOverlap(id('ISO20000-1:8'), id('ISO20000-1:8.5.1'))).toBe(true);
    expect(scopeRefsOverlap(id('ISO20000-1:8.5.1'), id('ISO20000-1:8'))).toBe(true);
    expect(scopeRefsOverlap(id('ISO20000-1:8.5.1'), id('ISO20000-1:8.5.2'))).toBe(false);
    expect(scopeRefsOverlap(id('ISO27001:Annex A'), id('ISO27001:A.8'))).toBe(true);
  });
});

describe('scope search and the plan CSV', () => {
  it('offers the control group first when a theme number is typed', () => {
    expect(searchScopeRefs('27001 A.8')[0]).toMatchObject({ id: 'ISO27001:A.8', kind: 'group' });
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    const csv = auditPlanCsv([audit(1, ['ISO27001:A.8'], { title: '=cmd|"/c calc"!A1', criteria: '@SUM(1)' })], {});

    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(csv).toContain(`'@SUM(1)`);
  });
});
