import type { HeatMap } from '../../../src/domain/risk';
import type { ImportOutcome } from '../../../src/services/risk/importRisks';
import type { LinkedIssuesView } from '../../../src/services/risk/linkedIssues';
import type { RiskView } from '../../../src/services/risk/presentRisk';
import type { CsvFile, RiskHistoryView, RiskListView } from '../../../src/services/risk/riskQueries';
import type { Workbench } from '../../../workbench/app/createWorkbench';
import { DEMO_USERS } from '../../../workbench/seed';
import { COMPLIANCE_LINKS_PROPERTY_KEY } from '../../../src/domain/schemas/complianceLinks';
import { demoWorkbench } from './demoWorkbench';

type Answered<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

const LEAD = DEMO_USERS.ismsLead.accountId;
const OWNER = DEMO_USERS.aiOwner.accountId;

function invokeAs<T>(workbench: Workbench, accountId: string, functionKey: string, payload: unknown = {}): Promise<Answered<T>> {
  return workbench.runtime.invokeResolver({
    functionKey,
    payload,
    context: { moduleKey: 'risk-register-page', accountId, extension: { type: 'jira:fullPage' } },
  }) as Promise<Answered<T>>;
}

function valueOf<T>(answer: Answered<T>): T {
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

const newRisk = (title: string) => ({
  risk: { title, category: 'ai', owner: OWNER, inherent: { likelihood: 4, impact: 5 }, residual: { likelihood: 2, impact: 3 }, treatment: 'mitigate', controls: ['ISO42001:A.6.2.6'] },
});

describe('the risk register on the workbench', () => {
  it('lets the ISMS lead create a risk that the register, its filters and the heat map show', async () => {
    const workbench = demoWorkbench();

    const created = valueOf(await invokeAs<RiskView>(workbench, LEAD, 'createRisk', newRisk('Credit model drifts after retraining')));
    const listed = valueOf(await invokeAs<RiskListView>(workbench, LEAD, 'listRisks', { filters: { category: 'ai', residualClass: created.residualClass } }));
    const heat = valueOf(await invokeAs<HeatMap>(workbench, LEAD, 'riskHeatMap', { kind: 'inherent' }));

    expect(created.risk).toMatchObject({ id: 'R-1', version: 1, owner: OWNER });
    expect(listed).toMatchObject({ canCreate: true, rows: [{ risk: { id: 'R-1' } }] });
    expect(heat.cells[3]?.[4]).toMatchObject({ count: 1, riskIds: ['R-1'] });
  });

  it('gives concurrent creates distinct ids through the KVS counter', async () => {
    const workbench = demoWorkbench();

    const created = await Promise.all(Array.from({ length: 8 }, (_, n) => invokeAs<RiskView>(workbench, LEAD, 'createRisk', newRisk(`Risk ${n}`))));

    expect(new Set(created.map((answer) => valueOf(answer).risk.id)).size).toBe(8);
  });

  it('refuses a stale edit with who changed the risk, keeps the first edit and lists both events in the history', async () => {
    const workbench = demoWorkbench();
    valueOf(await invokeAs<RiskView>(workbench, LEAD, 'createRisk', newRisk('Credit model drifts')));
    valueOf(await invokeAs<RiskView>(workbench, LEAD, 'editRisk', { id: 'R-1', edit: { title: 'Credit model drifts silently' }, expectedVersion: 1 }));

    const stale = await invokeAs<RiskView>(workbench, OWNER, 'editRisk', { id: 'R-1', edit: { title: 'Other title' }, expectedVersion: 1 });
    const history = valueOf(await invokeAs<RiskHistoryView>(workbench, LEAD, 'riskHistory', { id: 'R-1' }));

    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(stale.ok ? '' : stale.error.message).toContain(`changed by Sofia Lindqvist (${LEAD})`);
    expect(history.events.map((event) => event.kind)).toEqual(['risk-edited', 'risk-created']);
    expect(history.names[LEAD]).toBe('Sofia Lindqvist');
  });

  it('lets only the owner accept the residual risk', async () => {
    const workbench = demoWorkbench();
    valueOf(await invokeAs<RiskView>(workbench, LEAD, 'createRisk', newRisk('Credit model drifts')));

    const byLead = await invokeAs<RiskView>(workbench, LEAD, 'acceptRisk', { id: 'R-1', expectedVersion: 1 });
    const byOwner = valueOf(await invokeAs<RiskView>(workbench, OWNER, 'acceptRisk', { id: 'R-1', expectedVersion: 1 }));

    expect(byLead).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(byOwner.risk).toMatchObject({ status: 'accepted', acceptance: { acceptedBy: OWNER } });
  });

  it('refuses a create by a user outside the ISMS leads', async () => {
    const workbench = demoWorkbench();

    expect(await invokeAs(workbench, DEMO_USERS.noAccess.accountId, 'createRisk', newRisk('x'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('exports the register and dry-runs an import of that export', async () => {
    const workbench = demoWorkbench();
    valueOf(await invokeAs<RiskView>(workbench, LEAD, 'createRisk', newRisk('Credit model drifts')));

    const file = valueOf(await invokeAs<CsvFile>(workbench, LEAD, 'exportRisksCsv'));
    const dryRun = valueOf(await invokeAs<ImportOutcome>(workbench, LEAD, 'importRisksCsv', { csv: file.content, dryRun: true }));

    expect(file.content.split('\n')[0]).toContain('id,title,description,category');
    expect(dryRun.report).toMatchObject({ ok: true, rowCount: 1 });
  });

  it('imports nothing from a file with 3 bad rows and reports those rows', async () => {
    const workbench = demoWorkbench();
    const row = (title: string, category: string, likelihood: string) => [title, category, OWNER, likelihood, '3', 'mitigate'].join(',');
    const csv = ['title,category,owner,inherentLikelihood,inherentImpact,treatment', row('Good one', 'ai', '3'), row('Bad category', 'weather', '3'), row('', 'ai', '3'), row('Bad level', 'ai', '9'), row('Good two', 'service', '2')].join('\n');

    const outcome = valueOf(await invokeAs<ImportOutcome>(workbench, LEAD, 'importRisksCsv', { csv, dryRun: false }));
    const listed = valueOf(await invokeAs<RiskListView>(workbench, LEAD, 'listRisks', { filters: {} }));

    expect(outcome.report).toMatchObject({ ok: false, invalidRows: [3, 4, 5] });
    expect(listed.rows).toEqual([]);
  });

  it('creates a treatment action issue as the ISMS lead, records its key and JQL finds it by imsRisk', async () => {
    const workbench = demoWorkbench();
    valueOf(await invokeAs<RiskView>(workbench, LEAD, 'createRisk', newRisk('Credit model drifts')));

    const result = valueOf(await invokeAs<{ issueKey: string; risk: RiskView }>(workbench, LEAD, 'createTreatmentAction', { id: 'R-1', summary: 'Add drift monitoring', projectKey: 'SEC' }));

    expect(result.issueKey).toMatch(/^SEC-\d+$/);
    expect(result.risk.risk.treatmentActions).toEqual([result.issueKey]);
    expect(workbench.jira.state.issues.find((issue) => issue.key === result.issueKey)).toBeDefined();
    const linked = valueOf(await invokeAs<LinkedIssuesView>(workbench, LEAD, 'riskLinkedIssues', { id: 'R-1' }));
    expect(linked.issues.map((issue) => issue.key)).toEqual([result.issueKey]);
  });

  it('finds the issues linked to a risk through the imsRisk alias, searched as the caller', async () => {
    const workbench = demoWorkbench();
    const incident = workbench.jira.state.issues.find((issue) => issue.key.startsWith('SD-'))!;
    const linked = await workbench.jira.handle({
      method: 'PUT',
      path: `/rest/api/3/issue/${incident.key}/properties/${COMPLIANCE_LINKS_PROPERTY_KEY}`,
      headers: {},
      body: { clauses: [], standards: [], risks: ['R-3'] },
      actor: { kind: 'app' },
    });
    expect(linked.status).toBeLessThan(300);

    const view = valueOf(await invokeAs<LinkedIssuesView>(workbench, LEAD, 'riskLinkedIssues', { id: 'R-3' }));

    expect(view).toMatchObject({ jql: 'imsRisk = "R-3"', issues: [{ key: incident.key }], hasMore: false });
  });
});
