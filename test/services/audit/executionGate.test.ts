import { gateNonconformity } from '../../../src/services/audit/gateNonconformity';
import { newNonconformity, recordEffectiveness, saveAnalysis } from '../../../src/domain/audit/nonconformity';
import { NOW, executionFixture } from './executionFakes';

const DONE = '10005';
const IN_PROGRESS = '10002';
const change = { actor: '712020:lead', now: NOW };

function gateFixture() {
  const fixture = executionFixture();
  const finding = fixture.jira.add({ key: 'IMS-2', issueType: 'Audit finding', audit: { auditId: 'AUD-1', role: 'finding', findingKind: 'nonconformity-minor' } });
  const action = fixture.jira.add({ key: 'IMS-3', issueType: 'Corrective action' });
  const raised = newNonconformity({ findingIssueId: finding.id, findingKey: 'IMS-2', auditIssueKey: 'IMS-1', kind: 'nonconformity-minor' }, '2027-02-22', change);
  const gate = (toStatusId: string) => gateNonconformity({ jira: fixture.jira, store: fixture.store }, { issueKey: 'IMS-2', toStatusId });
  return { fixture, finding, action, raised, gate };
}

describe('the nonconformity closure gate', () => {
  it('lets a nonconformity move to a status outside the done category', async () => {
    const { fixture, finding, raised, gate } = gateFixture();
    fixture.store.nonconformities.set(finding.id, raised);

    expect(await gate(IN_PROGRESS)).toEqual({ allowed: true });
  });

  it('refuses closing with every missing item named', async () => {
    const { fixture, finding, raised, gate } = gateFixture();
    fixture.store.nonconformities.set(finding.id, raised);

    expect(await gate(DONE)).toEqual({
      allowed: false,
      message: 'IMS-2 cannot close yet: root cause not recorded; correction not recorded; no corrective action; effectiveness check not done (due 2027-02-22).',
    });
  });

  it('allows closing once the record is complete and the action is done in Jira now', async () => {
    const { fixture, finding, action, raised, gate } = gateFixture();
    const analysed = saveAnalysis({ ...raised, correctiveActions: [{ issueId: action.id, issueKey: 'IMS-3' }] }, { rootCause: 'cause', correction: 'fix' }, change);
    fixture.store.nonconformities.set(finding.id, recordEffectiveness(analysed, { dueDate: '2027-02-22', result: 'effective', notes: '' }, change));

    expect(await gate(DONE)).toMatchObject({ allowed: false, message: 'IMS-2 cannot close yet: corrective action IMS-3 not done (To Do).' });
    fixture.jira.setStatus('IMS-3', 'Done');
    expect(await gate(DONE)).toEqual({ allowed: true });
  });

  it('fails closed on a status it cannot place', async () => {
    const { gate } = gateFixture();

    expect(await gate('99999')).toEqual({ allowed: false, message: 'The nonconformity closure could not be checked: status 99999 is unknown.' });
  });

  it('refuses a nonconformity by its property that has no record, and lets other findings close', async () => {
    const { fixture, gate } = gateFixture();
    fixture.jira.add({ key: 'IMS-4', issueType: 'Audit finding', audit: { auditId: 'AUD-1', role: 'finding', findingKind: 'observation' } });

    expect(await gate(DONE)).toMatchObject({ allowed: false, message: expect.stringContaining('IMS-2 has no corrective action record') });
    expect(await gateNonconformity({ jira: fixture.jira, store: fixture.store }, { issueKey: 'IMS-4', toStatusId: DONE })).toEqual({ allowed: true });
  });
});
