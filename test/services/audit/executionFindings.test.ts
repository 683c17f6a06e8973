import type { FindingIssueView } from '../../../src/services/audit/auditPanelView';
import { getAuditPanel } from '../../../src/services/audit/getAuditPanel';
import { createCorrectiveAction, linkCorrectiveAction, recordEffectivenessCheck, saveNcAnalysis } from '../../../src/services/audit/nonconformityCommands';
import { raiseFinding } from '../../../src/services/audit/raiseFinding';
import { startAudit } from '../../../src/services/audit/startAudit';
import { AUDITOR, type ExecutionFixture, executionFixture } from './executionFakes';

const auditor = { accountId: AUDITOR };
const A832 = 'ISO27001:A.8.32';

function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function startedAudit(fixture: ExecutionFixture): Promise<string> {
  return valueOf(await startAudit(fixture.ports, 'AUD-1', auditor)).issueId;
}

async function minorNc(fixture: ExecutionFixture): Promise<string> {
  const auditId = await startedAudit(fixture);
  const raised = valueOf(await raiseFinding(fixture.ports, auditId, { kind: 'nonconformity-minor', clauses: [A832] as never, summary: 'Emergency changes skip review', description: 'Two of five.' }, auditor));
  return fixture.jira.issues.get([...fixture.jira.issues.values()].find((issue) => issue.key === raised.issueKey)!.id)!.id;
}

describe('raising findings', () => {
  it('raises an Audit finding under the audit, linked to its clauses and searchable by kind', async () => {
    const fixture = executionFixture();
    const auditId = await startedAudit(fixture);

    const raised = valueOf(await raiseFinding(fixture.ports, auditId, { kind: 'observation', clauses: [A832] as never, summary: 'Templates differ between teams', description: '' }, auditor));

    const finding = [...fixture.jira.issues.values()].find((issue) => issue.key === raised.issueKey)!;
    expect(finding).toMatchObject({ issueType: 'Audit finding', parentKey: 'IMS-1', summary: '[Observation] ISO27001:A.8.32 Templates differ between teams' });
    expect(finding.properties).toEqual({ imsAudit: { auditId: 'AUD-1', role: 'finding', findingKind: 'observation' } });
    expect(fixture.ledger.entries.get(finding.id)?.links.clauses).toEqual([A832]);
    expect(fixture.store.nonconformities.size).toBe(0);
    expect(raised.audit.findings.map((row) => [row.issueKey, row.kindLabel, row.closure])).toEqual([[raised.issueKey, 'Observation', null]]);
  });

  it('opens the clause 10 record of a nonconformity with the effectiveness check due in 90 days', async () => {
    const fixture = executionFixture();

    const findingId = await minorNc(fixture);

    expect(fixture.store.nonconformities.get(findingId)).toMatchObject({ kind: 'nonconformity-minor', auditIssueKey: 'IMS-1', version: 1, effectiveness: { dueDate: '2027-02-22', result: 'pending' } });
  });

  it('refuses a finding on an issue that is not an audit started by the app', async () => {
    const fixture = executionFixture();
    const task = fixture.jira.add({ key: 'IMS-9', issueType: 'Task' });

    const answer = await raiseFinding(fixture.ports, task.id, { kind: 'observation', clauses: [A832] as never, summary: 'x', description: '' }, auditor);

    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: 'Findings are raised on an Audit issue started from the audit programme.' } });
    expect(fixture.jira.created).toBe(0);
  });

  it('refuses a finding from someone who may see the audit but not edit it', async () => {
    const fixture = executionFixture();
    const auditId = await startedAudit(fixture);
    fixture.jira.issues.get(auditId)!.canEdit = false;

    const answer = await raiseFinding(fixture.ports, auditId, { kind: 'observation', clauses: [A832] as never, summary: 'x', description: '' }, auditor);

    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'You need the Edit Issues permission on IMS-1 to raise findings.' } });
  });
});

describe('working a nonconformity', () => {
  it('records the root cause and correction on the version read, and refuses a stale one', async () => {
    const fixture = executionFixture();
    const findingId = await minorNc(fixture);

    const saved = valueOf(await saveNcAnalysis(fixture.ports, findingId, { rootCause: 'No security step', correction: 'Reviewed', expectedVersion: 1 }, auditor));
    const stale = await saveNcAnalysis(fixture.ports, findingId, { rootCause: 'Other', correction: 'Other', expectedVersion: 1 }, auditor);

    expect(saved).toMatchObject({ rootCause: 'No security step', version: 2 });
    expect(saved.closure.missing).toEqual(['no corrective action', 'effectiveness check not done (due 2027-02-22)']);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(fixture.store.nonconformities.get(findingId)?.rootCause).toBe('No security step');
  });

  it('creates a Corrective action issue, links it to the finding and records it even when another edit lands first', async () => {
    const fixture = executionFixture();
    const findingId = await minorNc(fixture);
    fixture.store.beforeNcWrite = async () => {
      const record = fixture.store.nonconformities.get(findingId)!;
      fixture.store.nonconformities.set(findingId, { ...record, correction: 'Meanwhile', version: record.version + 1 });
    };

    const view = valueOf(await createCorrectiveAction(fixture.ports, findingId, { summary: 'Add a security step', description: '', expectedVersion: 1 }, auditor));

    const action = view.correctiveActions[0]!;
    expect(view.correctiveActions).toHaveLength(1);
    expect(view.correction).toBe('Meanwhile');
    expect([...fixture.jira.issues.values()].find((issue) => issue.id === action.issueId)).toMatchObject({ issueType: 'Corrective action', summary: 'Add a security step' });
    expect(fixture.jira.links).toEqual([['Relates', 'IMS-2', action.issueKey]]);
  });

  it('links an existing issue as a corrective action once, and refuses one the user cannot see', async () => {
    const fixture = executionFixture();
    const findingId = await minorNc(fixture);
    fixture.jira.add({ key: 'CHG-120', issueType: 'Change' });
    fixture.jira.add({ key: 'SEC-9', issueType: 'Incident', canBrowse: false });

    const linked = valueOf(await linkCorrectiveAction(fixture.ports, findingId, { issueKey: 'CHG-120', expectedVersion: 1 }, auditor));
    const again = await linkCorrectiveAction(fixture.ports, findingId, { issueKey: 'CHG-120', expectedVersion: 2 }, auditor);
    const hidden = await linkCorrectiveAction(fixture.ports, findingId, { issueKey: 'SEC-9', expectedVersion: 2 }, auditor);

    expect(linked.correctiveActions.map((action) => action.issueKey)).toEqual(['CHG-120']);
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'CHG-120 is already a corrective action of this nonconformity' } });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'SEC-9 does not exist or you do not have permission to see it.' } });
  });

  it('shows the finding as able to close once everything is done', async () => {
    const fixture = executionFixture();
    const findingId = await minorNc(fixture);
    valueOf(await saveNcAnalysis(fixture.ports, findingId, { rootCause: 'No security step', correction: 'Reviewed', expectedVersion: 1 }, auditor));
    const withAction = valueOf(await createCorrectiveAction(fixture.ports, findingId, { summary: 'Add a security step', description: '', expectedVersion: 2 }, auditor));
    fixture.jira.setStatus(withAction.correctiveActions[0]!.issueKey, 'Done');
    valueOf(await recordEffectivenessCheck(fixture.ports, findingId, { dueDate: '2027-02-22', result: 'effective', notes: 'Sampled three', expectedVersion: 3 }, auditor));

    const view = valueOf(await getAuditPanel(fixture.ports, findingId)) as FindingIssueView;

    expect(view.nonconformity?.closure).toEqual({ canClose: true, missing: [] });
    expect(view.nonconformity?.history.map((event) => event.kind)).toEqual(['effectiveness-recorded', 'action-created', 'analysis-saved', 'raised']);
  });

  it('answers a note, not an error, on issues that are neither audits nor findings', async () => {
    const fixture = executionFixture();
    const change = fixture.jira.add({ key: 'CHG-1', issueType: 'Change' });

    expect(await getAuditPanel(fixture.ports, change.id)).toEqual({
      ok: true,
      value: { kind: 'other', message: 'The audit panel works on Audit and Audit finding issues started from the audit programme.' },
    });
  });
});
