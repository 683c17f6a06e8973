import { getReviewSettings, saveReviewSettings } from '../../../src/services/reviews/manageReviewSettings';
import { FakeReviewStore } from './fakes';

const portsFor = (isAdmin: boolean) => ({ store: new FakeReviewStore(), permission: { isJiraAdmin: async () => isAdmin } });

describe('recurring review settings on the admin page', () => {
  it('refuses a user who is not a Jira administrator', async () => {
    expect(await getReviewSettings(portsFor(false))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('saves valid settings and shows them with the defaults and the last run', async () => {
    const ports = portsFor(true);

    const saved = await saveReviewSettings(ports, { leadTimeDays: 21, projectKey: 'IMS', issueTypeName: 'Task' });

    expect(saved).toMatchObject({ ok: true, value: { settings: { leadTimeDays: 21 }, defaults: { leadTimeDays: 14 }, lastRun: null } });
    expect((await ports.store.settings()).leadTimeDays).toBe(21);
  });

  it('refuses a bad value naming the field and stores nothing', async () => {
    const ports = portsFor(true);

    const saved = await saveReviewSettings(ports, { leadTimeDays: 500, projectKey: 'ims' });

    expect(saved).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      problems: [
        { field: 'leadTimeDays', message: 'The lead time is at most 180 days' },
        { field: 'projectKey', message: 'The project is a Jira project key, e.g. IMS' },
      ],
    });
    expect((await ports.store.settings()).leadTimeDays).toBe(14);
  });
});
