import { JastBuilder } from '@atlaskit/jql-ast';
import { startAudit } from '../../../src/services/audit/startAudit';
import { checklistEvidence, checklistSearchJql } from '../../../src/services/audit/auditChecklist';
import { builtinCatalog, type ClauseId } from '../../../src/domain/catalog';
import { AUDITOR, LEAD, NOW, OUTSIDER, evidenceIssue, executionFixture, plannedAudit } from './executionFakes';

const auditor = { accountId: AUDITOR };

function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('starting an audit', () => {
  it('creates the Audit issue in IMS with the checklist, assigned to the lead auditor, and records it', async () => {
    const { ports, jira, source, ledger } = executionFixture([evidenceIssue(1, ['ISO27001:A.8.32'])]);

    const started = valueOf(await startAudit(ports, 'AUD-1', auditor));

    const issue = jira.issues.get(started.issueId)!;
    expect(started).toMatchObject({ issueKey: 'IMS-1', isNew: true, checklistLines: 2, evidenceSearchCalls: 1, unlinkedClauses: [] });
    expect(issue).toMatchObject({ issueType: 'Audit', projectKey: 'IMS', summary: 'AUD-1 Change management', assignee: AUDITOR });
    expect(issue.properties).toEqual({ imsAudit: { auditId: 'AUD-1', role: 'audit' } });
    expect(source.recorded).toEqual([['AUD-1', 'IMS-1']]);
    expect(ledger.entries.get(started.issueId)?.links.clauses).toEqual(['ISO27001:A.8.9', 'ISO27001:A.8.32']);
  });

  it('answers the same issue to a second start and creates nothing', async () => {
    const { ports, jira } = executionFixture();
    const first = valueOf(await startAudit(ports, 'AUD-1', auditor));

    const second = valueOf(await startAudit(ports, 'AUD-1', { accountId: LEAD }));

    expect(second).toMatchObject({ issueKey: first.issueKey, isNew: false });
    expect(jira.created).toBe(1);
  });

  it('creates one issue when two starts race', async () => {
    const { ports, jira } = executionFixture();

    const answers = await Promise.all([startAudit(ports, 'AUD-1', auditor), startAudit(ports, 'AUD-1', { accountId: LEAD })]);

    expect(jira.created).toBe(1);
    const keys = answers.flatMap((answer) => (answer.ok ? [answer.value.issueKey] : []));
    const refusals = answers.flatMap((answer) => (answer.ok ? [] : [answer.error.code]));
    expect([...new Set(keys)]).toEqual(['IMS-1']);
    expect(refusals.every((code) => code === 'CONFLICT')).toBe(true);
  });

  it('resumes a start that died after creating the issue, finding it by its audit id instead of creating another', async () => {
    const { ports, jira, store } = executionFixture();
    jira.add({ key: 'IMS-7', issueType: 'Audit', audit: { auditId: 'AUD-1', role: 'audit' } });
    store.claims.set('AUD-1', { auditId: 'AUD-1', claimedAt: new Date(NOW.getTime() - 5 * 60_000).toISOString(), claimedBy: LEAD });

    const started = valueOf(await startAudit(ports, 'AUD-1', auditor));

    expect(started.issueKey).toBe('IMS-7');
    expect(jira.created).toBe(0);
    expect(store.executions.get(started.issueId)?.checklist).toHaveLength(2);
  });

  it('asks to wait while another start holds a fresh claim', async () => {
    const { ports, store, jira } = executionFixture();
    store.claims.set('AUD-1', { auditId: 'AUD-1', claimedAt: NOW.toISOString(), claimedBy: LEAD });

    const answer = await startAudit(ports, 'AUD-1', auditor);

    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'This audit is being started right now. Wait a minute and open it again.' } });
    expect(jira.created).toBe(0);
  });

  it('lets the ISMS leads start any audit but refuses others who are not its auditors', async () => {
    const { ports, jira } = executionFixture();

    const outsider = await startAudit(ports, 'AUD-1', { accountId: OUTSIDER });

    expect(outsider).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Only the auditors of AUD-1 and the ISMS leads start it.' } });
    expect(jira.created).toBe(0);
    expect((await startAudit(ports, 'AUD-1', { accountId: LEAD })).ok).toBe(true);
  });

  it('answers NOT_FOUND for an audit the programme does not hold', async () => {
    const { ports } = executionFixture();

    expect(await startAudit(ports, 'AUD-99', auditor)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('reports the clauses past the index budget instead of refusing a wide audit', async () => {
    const { ports, source, ledger } = executionFixture();
    const annexA = builtinCatalog().listStandard('ISO27001', { kind: 'control' }).map((entry) => entry.id);
    const service = builtinCatalog().listStandard('ISO20000-1', { kind: 'clause' }).map((entry) => entry.id).slice(0, 20);
    source.audits.set('AUD-1', plannedAudit({ scopeClauseIds: [...annexA, ...service] }));

    const started = valueOf(await startAudit(ports, 'AUD-1', auditor));

    // 93 controls + 5 clauses + their 2 standards = the 100 values Jira indexes per issue; the other 15 are named.
    expect(started.checklistLines).toBe(113);
    expect(started.unlinkedClauses).toEqual(service.slice(5));
    expect(ledger.entries.get(started.issueId)?.links.clauses).toHaveLength(98);
  });
});

describe('the checklist evidence', () => {
  const scope = ['ISO27001:A.8.32', 'ISO27001:A.8.9'] as ClauseId[];
  const period = { from: '2025-11-24', to: '2026-11-27' };

  it('costs one search page per 100 evidence issues, whatever the number of clauses', async () => {
    const issues = Array.from({ length: 250 }, (_, index) => evidenceIssue(index + 1, [index % 2 === 0 ? 'ISO27001:A.8.32' : 'ISO27001:A.8.9']));
    const { evidence } = executionFixture(issues);

    const result = await checklistEvidence(evidence, scope, period, 'resolved');

    expect(result.searchCalls).toBe(3);
    expect(result.lines.map((line) => [line.clause, line.evidenceCount, line.evidenceKeys.length])).toEqual([
      ['ISO27001:A.8.32', 125, 5],
      ['ISO27001:A.8.9', 125, 5],
    ]);
  });

  it('counts issues linked to a high-confidence equivalent of another standard', async () => {
    const { evidence } = executionFixture([evidenceIssue(1, ['ISO20000-1:8.5.1'])]);

    const result = await checklistEvidence(evidence, ['ISO27001:A.8.32'] as ClauseId[], period, 'resolved');

    expect(result.lines[0]).toMatchObject({ evidenceCount: 1, evidenceKeys: ['SEC-1'], lastEvidenceDate: '2026-10-01' });
  });

  it('searches the period with JQL that Atlassian\'s grammar parses', () => {
    const { jql } = checklistSearchJql(scope, period, 'resolved');

    expect(new JastBuilder().build(jql).errors).toEqual([]);
    expect(jql).toContain('resolved >= "2025-11-24" AND resolved < "2026-11-28"');
  });
});
