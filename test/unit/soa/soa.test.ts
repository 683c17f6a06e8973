import { JastBuilder } from '@atlaskit/jql-ast';
import { parse } from 'csv-parse/sync';
import {
  SoaEntrySchema,
  buildInitialSoa,
  editSoaEntry,
  isSoaEntryComplete,
  outdatedLinkedRisks,
  soaAlignment,
  soaCsv,
  soaEntryProblems,
  soaEvidenceJql,
  soaSummary,
  type SoaEntry,
} from '../../../src/domain/soa';
import { recordedRisk } from '../risk/fixtures';

const NOW = new Date('2025-03-01T09:30:00Z');
const LEAD = { accountId: 'isms-lead' };

function entry(controlId: string, overrides: Partial<SoaEntry> = {}): SoaEntry {
  const found = buildInitialSoa().find((candidate) => candidate.controlId === controlId);
  if (found === undefined) throw new Error(`${controlId} is not in the SoA`);
  return { ...found, ...overrides };
}

const included = { justification: 'Incidents must be managed', inclusionReasons: ['risk treatment' as const] };

describe('the initial Statement of Applicability', () => {
  it('holds every Annex A control of 27001 (93) and 42001 (38), each a valid draft', () => {
    const soa = buildInitialSoa();
    expect(soa.filter((candidate) => candidate.controlId.startsWith('ISO27001:'))).toHaveLength(93);
    expect(soa.filter((candidate) => candidate.controlId.startsWith('ISO42001:'))).toHaveLength(38);
    expect(soa.every((candidate) => SoaEntrySchema.safeParse(candidate).success)).toBe(true);
  });

  it('starts every entry incomplete, waiting for a justification', () => {
    expect(buildInitialSoa().some(isSoaEntryComplete)).toBe(false);
  });

  it('accepts only Annex A controls of 27001 and 42001 as entries', () => {
    expect(SoaEntrySchema.safeParse({ ...entry('ISO27001:A.5.24'), controlId: 'ISO20000-1:8.6.1' }).success).toBe(false);
    expect(SoaEntrySchema.safeParse({ ...entry('ISO27001:A.5.24'), controlId: 'ISO27001:6.1.3' }).success).toBe(false);
  });
});

describe('SoA entry rules', () => {
  it('requires a justification for an exclusion', () => {
    expect(soaEntryProblems(entry('ISO27001:A.7.1', { applicable: false }))).toEqual(['Say why ISO27001:A.7.1 is excluded: the SoA justifies every exclusion']);
  });

  it('requires a justification and a reason for an inclusion', () => {
    expect(soaEntryProblems(entry('ISO27001:A.5.24'))).toEqual([
      'Say why ISO27001:A.5.24 is included: the SoA justifies every inclusion',
      'Give the reason ISO27001:A.5.24 is included: risk treatment, legal, contractual, business',
    ]);
    expect(soaEntryProblems(entry('ISO27001:A.5.24', included))).toEqual([]);
  });

  it('refuses to exclude a control that risks rely on', () => {
    const problems = soaEntryProblems(entry('ISO27001:A.8.13', { applicable: false, justification: 'No backups', linkedRisks: ['R-3'] }));
    expect(problems).toEqual(['ISO27001:A.8.13 is excluded but R-3 rely on it: include it or change those risks\' controls']);
  });
});

describe('editing an SoA entry', () => {
  it('applies a complete edit, moves to the next version and records before and after', () => {
    const result = editSoaEntry(entry('ISO27001:A.5.24'), { ...included, implementationStatus: 'partial' }, 1, LEAD, NOW);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.entry).toMatchObject({ version: 2, implementationStatus: 'partial', updatedBy: 'isms-lead' });
    expect(result.events[0]).toMatchObject({
      kind: 'soa-entry-edited',
      entryVersion: 2,
      before: { justification: '', inclusionReasons: [], implementationStatus: 'not started' },
      after: { justification: 'Incidents must be managed', inclusionReasons: ['risk treatment'], implementationStatus: 'partial' },
    });
  });

  it('refuses an edit that leaves the entry without a justification', () => {
    expect(editSoaEntry(entry('ISO27001:A.7.1'), { applicable: false }, 1, LEAD, NOW)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('refuses a stale edit with who changed the entry and when', () => {
    const first = editSoaEntry(entry('ISO27001:A.5.24'), included, 1, { accountId: 'alice' }, NOW);
    if (!first.ok) throw new Error(first.error.message);
    const stale = editSoaEntry(first.entry, { implementationStatus: 'implemented' }, 1, LEAD, NOW);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('changed by alice at 2025-03-01T09:30:00.000Z') } });
  });
});

describe('the SoA summary', () => {
  it('counts per standard: applicable, excluded and implemented share', () => {
    const soa = buildInitialSoa().map((candidate, index) =>
      candidate.controlId === 'ISO42001:A.2.2'
        ? { ...candidate, applicable: false, justification: 'No AI policy needed' }
        : candidate.controlId.startsWith('ISO42001:') && index % 2 === 0
          ? { ...candidate, ...included, implementationStatus: 'implemented' as const }
          : candidate,
    );
    const summary = soaSummary(soa);
    const ai = summary.byStandard.ISO42001;
    expect(ai.total).toBe(38);
    expect(ai.excluded).toBe(1);
    expect(ai.applicable).toBe(37);
    expect(ai.implemented + ai.partial + ai.notStarted).toBe(37);
    expect(ai.implementedPercent).toBe(Math.round((ai.implemented * 100) / 37));
    expect(ai.incomplete).toBe(38 - ai.implemented - 1);
    expect(summary.byStandard.ISO27001).toMatchObject({ total: 93, applicable: 93, implementedPercent: 0, incomplete: 93 });
    expect(summary.overall.total).toBe(131);
  });
});

describe('cross-standard alignment and evidence', () => {
  it('shows 42001 controls beside their high-confidence 27001 counterparts', () => {
    const alignment = soaAlignment(buildInitialSoa());
    const suppliers = alignment.find((aligned) => aligned.controlId === 'ISO42001:A.10.3');
    expect(suppliers?.related.map((related) => related.controlId)).toEqual(['ISO27001:A.5.19', 'ISO27001:A.5.20', 'ISO27001:A.5.21', 'ISO27001:A.5.22']);
    expect(alignment.every((aligned) => aligned.related.every((related) => related.controlId.startsWith('ISO27001:')))).toBe(true);
  });

  it('searches evidence over the control and its high-confidence equivalents, in JQL that parses', () => {
    const jql = soaEvidenceJql(entry('ISO27001:A.5.24'));
    expect(jql).toBe('imsClause IN ("ISO27001:A.5.24", "ISO20000-1:8.7.3.3")');
    expect(new JastBuilder().build(jql).errors).toEqual([]);
  });

  it("uses an entry's own evidence JQL when it has one", () => {
    expect(soaEvidenceJql(entry('ISO27001:A.5.24', { evidenceJql: 'project = SEC' }))).toBe('project = SEC');
  });

  it('reads the risks that call for each control from the register', () => {
    const risks = [recordedRisk({ controls: ['ISO27001:A.8.13'] }, 'R-3'), recordedRisk({ controls: ['ISO27001:A.8.13'], status: 'closed' }, 'R-4')];
    expect(outdatedLinkedRisks([entry('ISO27001:A.8.13'), entry('ISO27001:A.5.24')], risks)).toEqual([{ controlId: 'ISO27001:A.8.13', linkedRisks: ['R-3'] }]);
  });
});

describe('SoA CSV export', () => {
  it('writes one row per control with a byte order mark and formula-safe cells', () => {
    const soa = [entry('ISO27001:A.5.24', { ...included, appliedControls: '=cmd|"/c calc"!A1' })];
    const csv = soaCsv(soa);
    expect(csv.startsWith('\uFEFFstandard,control,title,applicable,')).toBe(true);
    const [, row = []] = parse(csv, { bom: true }) as string[][];
    expect(row.slice(0, 4)).toEqual(['ISO27001', 'ISO27001:A.5.24', expect.any(String), 'yes']);
    expect(row[7]).toBe(`'=cmd|"/c calc"!A1`);
  });
});
