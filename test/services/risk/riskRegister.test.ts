import { RISK_CSV_COLUMNS } from '../../../src/domain/risk';
import { importRisks } from '../../../src/services/risk/importRisks';
import { createTreatmentAction, linkedIssues, linkTreatmentAction } from '../../../src/services/risk/linkedIssues';
import type { RiskView } from '../../../src/services/risk/presentRisk';
import { acceptRisk, createRisk, editRisk, markReviewed } from '../../../src/services/risk/riskCommands';
import { exportRisksCsv, listRisks, riskHeatMap, riskHistory } from '../../../src/services/risk/riskQueries';
import type { RiskResult } from '../../../src/services/risk/riskResult';
import { LEAD, OWNER, riskInput, riskPorts, STRANGER } from './fakes';

function valueOf<T>(result: RiskResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const csvRow = (cells: Partial<Record<(typeof RISK_CSV_COLUMNS)[number], string>>) => RISK_CSV_COLUMNS.map((column) => cells[column] ?? '').join(',');
const goodRow = (title: string) =>
  csvRow({ title, category: 'service', owner: OWNER.accountId, inherentLikelihood: '3', inherentImpact: '4', treatment: 'mitigate' });

describe('creating risks', () => {
  it('gives 20 concurrent creates 20 distinct ids', async () => {
    const { ports, store } = riskPorts();

    const created = await Promise.all(Array.from({ length: 20 }, (_, n) => createRisk(ports, LEAD, riskInput({ title: `Risk ${n}` }))));

    const ids = created.map((result) => valueOf(result).risk.id);
    expect(new Set(ids).size).toBe(20);
    expect([...ids].sort()).toEqual(Array.from({ length: 20 }, (_, n) => `R-${n + 1}`).sort());
    expect(store.risks.size).toBe(20);
  });

  it('refuses a create by someone outside the editor groups', async () => {
    const { ports, store } = riskPorts();

    const result = await createRisk(ports, STRANGER, riskInput());

    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(store.risks.size).toBe(0);
  });

  it('refuses an invalid risk with the schema message and draws no id', async () => {
    const { ports, store } = riskPorts();

    const result = await createRisk(ports, LEAD, riskInput({ title: '' }));

    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'The title is required' } });
    expect(store.counter).toBe(0);
  });
});

describe('editing risks', () => {
  async function recorded() {
    const setup = riskPorts();
    const view = valueOf(await createRisk(setup.ports, LEAD, riskInput()));
    return { ...setup, view };
  }

  it('refuses a stale edit with who changed the risk and when, and keeps the newer edit', async () => {
    const { ports, store, view } = await recorded();
    valueOf(await editRisk(ports, LEAD, { id: view.risk.id, edit: { title: 'First save wins' }, expectedVersion: 1 }));

    const stale = await editRisk(ports, OWNER, { id: view.risk.id, edit: { title: 'Second save' }, expectedVersion: 1 });

    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(stale.ok ? '' : stale.error.message).toContain(`changed by Sofia Lindqvist (${LEAD.accountId}) at 2026-03-01T09:30:00.000Z`);
    expect(store.risks.get(view.risk.id)?.title).toBe('First save wins');
  });

  it('lets two simultaneous saves of one version through only once', async () => {
    const { ports, store, view } = await recorded();

    const results = await Promise.all([
      editRisk(ports, LEAD, { id: view.risk.id, edit: { title: 'From browser one' }, expectedVersion: 1 }),
      editRisk(ports, OWNER, { id: view.risk.id, edit: { title: 'From browser two' }, expectedVersion: 1 }),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.error.code === 'CONFLICT')).toHaveLength(1);
    expect(store.risks.get(view.risk.id)?.version).toBe(2);
  });

  it('refuses an edit by someone who is neither an ISMS lead nor the owner', async () => {
    const { ports, view } = await recorded();

    const result = await editRisk(ports, STRANGER, { id: view.risk.id, edit: { title: 'Mine now' }, expectedVersion: 1 });

    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lets the owner edit their own risk', async () => {
    const { ports, view } = await recorded();

    const result = await editRisk(ports, OWNER, { id: view.risk.id, edit: { residual: { likelihood: 2, impact: 3 } }, expectedVersion: 1 });

    expect(valueOf(result)).toMatchObject({ risk: { version: 2 }, residualClass: 'medium', canEdit: true });
  });

  it('answers NOT_FOUND for a risk that does not exist', async () => {
    const { ports } = riskPorts();

    expect(await editRisk(ports, LEAD, { id: 'R-99', edit: { title: 'x' }, expectedVersion: 1 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('owner acceptance', () => {
  it('refuses acceptance by an ISMS lead who is not the owner', async () => {
    const { ports, store } = riskPorts();
    const { risk } = valueOf(await createRisk(ports, LEAD, riskInput()));

    const result = await acceptRisk(ports, LEAD, { id: risk.id, expectedVersion: 1 });

    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(store.risks.get(risk.id)?.acceptance).toBeNull();
  });

  it('records the owner acceptance and flags it outdated after an edit of the treatment', async () => {
    const { ports } = riskPorts();
    const { risk } = valueOf(await createRisk(ports, LEAD, riskInput()));

    const accepted: RiskView = valueOf(await acceptRisk(ports, OWNER, { id: risk.id, expectedVersion: 1 }));
    const edited = valueOf(await editRisk(ports, LEAD, { id: risk.id, edit: { treatment: 'transfer' }, expectedVersion: accepted.risk.version }));

    expect(accepted).toMatchObject({ risk: { status: 'accepted', acceptance: { acceptedBy: OWNER.accountId } }, isAcceptanceOutdated: false });
    expect(edited.isAcceptanceOutdated).toBe(true);
    const kinds = valueOf(await riskHistory(ports, risk.id)).events.map((event) => event.kind);
    expect(kinds).toEqual(['acceptance-outdated', 'risk-edited', 'risk-accepted', 'risk-created']);
  });
});

describe('reviews, heat maps, lists and export', () => {
  it('moves the next review date on when the risk is reviewed', async () => {
    const { ports } = riskPorts();
    const { risk } = valueOf(await createRisk(ports, LEAD, riskInput({ reviewCadenceDays: 30 })));

    const reviewed = valueOf(await markReviewed(ports, OWNER, { id: risk.id, expectedVersion: 1 }));

    expect(reviewed.risk).toMatchObject({ version: 2, lastReviewedOn: '2026-03-01', nextReviewDate: '2026-03-31' });
  });

  it('counts risks per heat-map cell on the basis asked for', async () => {
    const { ports } = riskPorts();
    valueOf(await createRisk(ports, LEAD, riskInput({ inherent: { likelihood: 4, impact: 4 }, residual: { likelihood: 2, impact: 2 } })));
    valueOf(await createRisk(ports, LEAD, riskInput({ inherent: { likelihood: 4, impact: 4 } })));

    const inherent = valueOf(await riskHeatMap(ports, 'inherent'));
    const residual = valueOf(await riskHeatMap(ports, 'residual'));

    expect(inherent.cells[3]?.[3]).toMatchObject({ count: 2, riskIds: ['R-1', 'R-2'] });
    expect(residual.cells[1]?.[1]).toMatchObject({ count: 1, riskIds: ['R-1'] });
  });

  it('filters the register by category and by the ids of a heat-map cell', async () => {
    const { ports } = riskPorts();
    valueOf(await createRisk(ports, LEAD, riskInput({ category: 'ai' })));
    valueOf(await createRisk(ports, LEAD, riskInput({ category: 'supplier' })));

    const byCategory = valueOf(await listRisks(ports, STRANGER, { filters: { category: 'supplier' } }));
    const byIds = valueOf(await listRisks(ports, STRANGER, { filters: {}, ids: ['R-1'] }));

    expect(byCategory.rows.map((row) => row.risk.id)).toEqual(['R-2']);
    expect(byIds.rows.map((row) => row.risk.id)).toEqual(['R-1']);
    expect(byCategory).toMatchObject({ canCreate: false });
  });

  it('exports every risk as CSV with a dated file name', async () => {
    const { ports } = riskPorts();
    valueOf(await createRisk(ports, LEAD, riskInput({ title: '=HYPERLINK("x")' })));

    const file = valueOf(await exportRisksCsv(ports));

    expect(file.filename).toBe('risk-register-2026-03-01.csv');
    expect(file.content).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('CSV import', () => {
  it('writes nothing when one row of the file is invalid, and reports its row and column', async () => {
    const { ports, store } = riskPorts();
    const csv = [RISK_CSV_COLUMNS.join(','), goodRow('Backup fails'), csvRow({ title: 'Bad', category: 'weather', owner: OWNER.accountId, inherentLikelihood: '3', inherentImpact: '4', treatment: 'mitigate' }), goodRow('Supplier exits')].join('\n');

    const outcome = valueOf(await importRisks(ports, LEAD, { csv, dryRun: false }));

    expect(outcome.report).toMatchObject({ ok: false, invalidRows: [3] });
    expect(outcome.report.ok ? [] : outcome.report.problems).toEqual([expect.objectContaining({ row: 3, column: 4, columnName: 'category' })]);
    expect(store.risks.size).toBe(0);
    expect(store.counter).toBe(0);
  });

  it('checks a valid file in a dry run without writing, then imports it with consecutive ids', async () => {
    const { ports, store } = riskPorts();
    const csv = [RISK_CSV_COLUMNS.join(','), goodRow('Backup fails'), goodRow('Supplier exits')].join('\n');

    const dryRun = valueOf(await importRisks(ports, LEAD, { csv, dryRun: true }));
    const sizeAfterDryRun = store.risks.size;
    const imported = valueOf(await importRisks(ports, LEAD, { csv, dryRun: false }));

    expect(dryRun.report).toMatchObject({ ok: true, rowCount: 2 });
    expect(sizeAfterDryRun).toBe(0);
    expect(imported.createdIds).toEqual(['R-1', 'R-2']);
  });

  it('refuses an import by someone outside the editor groups', async () => {
    const { ports } = riskPorts();

    expect(await importRisks(ports, OWNER, { csv: 'title', dryRun: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('linked issues and treatment actions', () => {
  it('searches the issues linked to the risk with the imsRisk alias', async () => {
    const { ports, jira } = riskPorts();
    jira.search = { ok: true, isLast: true, issues: [{ key: 'SD-4', summary: 'Backup failed', status: 'Open', issueType: 'Incident' }] };

    const view = valueOf(await linkedIssues(ports, 'R-3'));

    expect(jira.searches).toEqual(['imsRisk = "R-3"']);
    expect(view).toMatchObject({ issues: [{ key: 'SD-4' }], hasMore: false });
  });

  it('explains a refused search when Jira does not know the imsRisk alias yet', async () => {
    const { ports, jira } = riskPorts();
    jira.search = { ok: false, status: 400, messages: ["Field 'imsRisk' does not exist or you do not have permission to view it."] };

    const result = await linkedIssues(ports, 'R-3');

    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(result.ok ? '' : result.error.message).toContain('Link an issue to a risk from the compliance panel first');
  });

  it('creates a treatment action issue, records its key on the risk and links the issue to the risk', async () => {
    const { ports, jira } = riskPorts();
    const { risk } = valueOf(await createRisk(ports, LEAD, riskInput()));

    const result = valueOf(await createTreatmentAction(ports, LEAD, { id: risk.id, summary: 'Offline backups', projectKey: 'SEC' }));

    expect(result.issueKey).toBe('SEC-1');
    expect(result.risk.risk.treatmentActions).toEqual(['SEC-1']);
    expect(jira.created[0]?.description).toContain(risk.id);
    expect([...jira.riskLinks.values()]).toEqual([[risk.id]]);
  });

  it('says the action was created and recorded but not linked when the link is refused', async () => {
    const { ports } = riskPorts();
    const { risk } = valueOf(await createRisk(ports, LEAD, riskInput()));
    const refusing = { ...ports, linkIssueToRisk: async () => ({ ok: false as const, message: 'You need the Edit Issues permission.' }) };

    const result = await createTreatmentAction(refusing, LEAD, { id: risk.id, summary: 'Offline backups', projectKey: 'SEC' });

    expect(result).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringContaining('SEC-1 was created and is recorded') } });
    expect((await ports.store.get(risk.id))?.treatmentActions).toEqual(['SEC-1']);
  });

  it('links an existing issue the caller can see as a treatment action, once however often it is linked', async () => {
    const { ports, jira } = riskPorts();
    const { risk } = valueOf(await createRisk(ports, LEAD, riskInput()));
    jira.visibleIssues.set('SD-7', '10042');

    valueOf(await linkTreatmentAction(ports, LEAD, { id: risk.id, issueKey: 'SD-7' }));
    const again = valueOf(await linkTreatmentAction(ports, LEAD, { id: risk.id, issueKey: 'SD-7' }));

    expect(again.risk.risk.treatmentActions).toEqual(['SD-7']);
    expect(jira.riskLinks.get('10042')).toContain(risk.id);
  });

  it('refuses to link an issue the caller cannot see, and records nothing', async () => {
    const { ports } = riskPorts();
    const { risk } = valueOf(await createRisk(ports, LEAD, riskInput()));

    const result = await linkTreatmentAction(ports, LEAD, { id: risk.id, issueKey: 'SEC-9' });

    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no issue SEC-9 that you can see.' } });
    expect((await ports.store.get(risk.id))?.treatmentActions).toEqual([]);
  });

  it('creates no issue for someone who may not edit the risk', async () => {
    const { ports, jira } = riskPorts();
    const { risk } = valueOf(await createRisk(ports, LEAD, riskInput()));

    const result = await createTreatmentAction(ports, STRANGER, { id: risk.id, summary: 'Offline backups', projectKey: 'SEC' });

    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(jira.created).toHaveLength(0);
  });
});
