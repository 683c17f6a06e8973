import { DEFAULT_CHECKLIST_TEMPLATE } from '../../../src/domain/cab';
import type { CabRole, ChecklistTemplate } from '../../../src/domain/schemas/cab';
import { DEFAULT_CAB_SETTINGS } from '../../../src/ports/cabSettings';
import { castVote } from '../../../src/services/cab/castVote';
import { gateChange } from '../../../src/services/cab/gateChange';
import { getCab } from '../../../src/services/cab/getCab';
import { saveAnswers } from '../../../src/services/cab/saveAnswers';
import { saveCabSettings } from '../../../src/services/settings/manageCabSettings';
import { highRiskAnswers } from '../../unit/cab/fixtures';
import { CHANGE_ID, CHANGE_KEY, FakeCabJira, FakeCabStore, fakePorts } from './fakes';

const REQUESTER = 'acc-requester';
const CAB_1 = 'acc-cab-1';
const CAB_2 = 'acc-cab-2';
const SECURITY = 'acc-security';

function site() {
  const jira = new FakeCabJira();
  const store = new FakeCabStore();
  jira.addUser(REQUESTER, 'Tom Becker', ['jira-users'], 'edit');
  jira.addUser(CAB_1, 'Marcus Feld', ['cab-members']);
  jira.addUser(CAB_2, 'Aiko Tanaka', ['cab-members']);
  jira.addUser(SECURITY, 'Sofia Lindqvist', ['isms-leads']);
  const admin = { cab: store.settings, permission: { isJiraAdmin: async () => true } };
  return { jira, store, admin, as: (accountId: string) => fakePorts(jira, store, accountId) };
}

/** Use cases answer `{ error }`; the settings service answers its refusal flat, as the admin resolver presents it. */
function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error('error' in result ? result.error.message : result.message);
  return result.value;
}

/** The default template plus one more required service question: what an admin adds after a post-incident review. */
function templateWithBackupQuestion(): ChecklistTemplate {
  const template = structuredClone(DEFAULT_CHECKLIST_TEMPLATE);
  template.sections[0]?.questions.push({
    key: 'backup-verified',
    text: 'Was a restorable backup verified before the change?',
    help: 'Link the restore test.',
    required: true,
    choices: [
      { value: 'yes', label: 'Yes, restore tested', severity: 0, affects: 'likelihood' },
      { value: 'no', label: 'No', severity: 3, affects: 'likelihood' },
    ],
  });
  return template;
}

async function fillAndApprove(s: ReturnType<typeof site>) {
  const filled = expectOk(await saveAnswers(s.as(REQUESTER), CHANGE_ID, { accountId: REQUESTER }, { answers: highRiskAnswers(), changeType: 'normal', expectedVersion: 0 }));
  const approve = (accountId: string, role: CabRole) => castVote(s.as(accountId), CHANGE_ID, { accountId }, { decision: 'approve', comment: '', role, answersHash: filled.answersHash });
  expectOk(await approve(CAB_1, 'cab-member'));
  expectOk(await approve(CAB_2, 'cab-member'));
  return expectOk(await approve(SECURITY, 'security-approver'));
}

describe('the CAB configuration', () => {
  it('refuses a non-admin and stores nothing', async () => {
    const s = site();

    const result = await saveCabSettings({ cab: s.store.settings, permission: { isJiraAdmin: async () => false } }, { ...DEFAULT_CAB_SETTINGS, gatedStatuses: [] });

    expect(result).toEqual({ ok: false, code: 'FORBIDDEN', message: expect.stringMatching(/Only Jira administrators can see and change the CAB configuration/) });
    expect(s.store.settingsValue).toEqual(DEFAULT_CAB_SETTINGS);
  });

  it.each([
    ['a CAB quorum of zero', { policy: { ...DEFAULT_CAB_SETTINGS.policy, byClass: { ...DEFAULT_CAB_SETTINGS.policy.byClass, medium: [{ role: 'cab-member', count: 0 }] } } }, 'policy.byClass.medium.0.count'],
    ['a risk matrix row of four cells', { matrix: [['low', 'low', 'low', 'low'], ...DEFAULT_CAB_SETTINGS.matrix.slice(1)] }, 'matrix.0'],
    ['a role the app does not know', { roleGroups: { 'cab-members': ['chairperson'] } }, 'roleGroups.cab-members.0'],
    ['no change issue type', { changeIssueTypes: [] }, 'changeIssueTypes'],
    ['a question with one choice', { template: { ...DEFAULT_CHECKLIST_TEMPLATE, sections: [{ ...DEFAULT_CHECKLIST_TEMPLATE.sections[0], questions: [{ key: 'q', text: 'Q?', help: '', required: true, choices: [{ value: 'a', label: 'A', severity: 0, affects: 'impact' }] }] }] } }, 'template.sections.0.questions.0.choices'],
  ])('refuses %s with a message naming the field, and stores nothing', async (_name, change, field) => {
    const s = site();

    const result = await saveCabSettings(s.admin, { ...DEFAULT_CAB_SETTINGS, ...change });

    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', problems: expect.arrayContaining([expect.objectContaining({ field })]) });
    if (!result.ok) expect(result.message).toContain(field);
    expect(s.store.settingsValue).toEqual(DEFAULT_CAB_SETTINGS);
  });

  it('keeps the template version when only other settings change', async () => {
    const s = site();

    const saved = expectOk(await saveCabSettings(s.admin, { ...DEFAULT_CAB_SETTINGS, gatedStatuses: ['Implementing', 'Deploying'] }));

    expect(saved.settings.template.version).toBe(DEFAULT_CHECKLIST_TEMPLATE.version);
    expect(s.store.settingsValue.gatedStatuses).toEqual(['Implementing', 'Deploying']);
  });

  it('makes a changed template the next version and stores every version by number, whatever version the admin sent', async () => {
    const s = site();

    const saved = expectOk(await saveCabSettings(s.admin, { ...DEFAULT_CAB_SETTINGS, template: { ...templateWithBackupQuestion(), version: 41 } }));

    expect(saved.settings.template.version).toBe(2);
    expect(s.store.templates.get(1)).toEqual(DEFAULT_CHECKLIST_TEMPLATE);
    expect(s.store.templates.get(2)?.sections[0]?.questions.map((question) => question.key)).toContain('backup-verified');
  });

  it('still evaluates a record on the old template version with that version after the template changed', async () => {
    const s = site();
    const approved = await fillAndApprove(s);
    expect(approved.status).toBe('approved');

    expectOk(await saveCabSettings(s.admin, { ...DEFAULT_CAB_SETTINGS, template: templateWithBackupQuestion() }));
    const view = expectOk(await getCab(s.as(REQUESTER), CHANGE_ID, { accountId: REQUESTER }));

    expect(view.template.version).toBe(1);
    expect(view.status).toBe('approved');
    expect(view.progress.every((section) => section.isComplete)).toBe(true);
    expect(await gateChange(s.as(REQUESTER), { issueKey: CHANGE_KEY, toStatusId: '10004' })).toEqual({ allowed: true });
  });

  it('lets the requester keep editing a record on the old version against its own questions', async () => {
    const s = site();
    const approved = await fillAndApprove(s);
    expectOk(await saveCabSettings(s.admin, { ...DEFAULT_CAB_SETTINGS, template: templateWithBackupQuestion() }));

    const unknown = await saveAnswers(s.as(REQUESTER), CHANGE_ID, { accountId: REQUESTER }, { answers: { 'backup-verified': { choice: 'yes' } }, expectedVersion: approved.version });
    const edited = expectOk(await saveAnswers(s.as(REQUESTER), CHANGE_ID, { accountId: REQUESTER }, { answers: { outage: { choice: 'in-window' } }, expectedVersion: approved.version }));

    expect(unknown).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/version 1 has no question backup-verified/) } });
    expect(edited.template.version).toBe(1);
    expect(edited.status).toBe('invalidated');
  });
});

describe('change issue types', () => {
  it('answers "not a change" for an issue of another type, and stores nothing', async () => {
    const s = site();
    s.jira.issueType = 'Bug';

    const loaded = await getCab(s.as(REQUESTER), CHANGE_ID, { accountId: REQUESTER });
    const saved = await saveAnswers(s.as(REQUESTER), CHANGE_ID, { accountId: REQUESTER }, { answers: highRiskAnswers(), expectedVersion: 0 });

    const notAChange = { ok: false, error: { code: 'NOT_FOUND', reason: 'NOT_A_CHANGE', message: `${CHANGE_KEY} is a Bug, not a change: the CAB checklist applies to issues of type Change.` } };
    expect(loaded).toEqual(notAChange);
    expect(saved).toEqual(notAChange);
    expect(s.store.stored.size).toBe(0);
  });

  it('acts on every configured change type, compared as Jira compares type names', async () => {
    const s = site();
    s.jira.issueType = 'Standard Change';
    s.store.settingsValue = { ...DEFAULT_CAB_SETTINGS, changeIssueTypes: ['Change', 'standard change'] };

    const loaded = await getCab(s.as(REQUESTER), CHANGE_ID, { accountId: REQUESTER });

    expect(loaded.ok).toBe(true);
  });
});
