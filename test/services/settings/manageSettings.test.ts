import { DEFAULT_CLASSIFICATION_SETTINGS, type ClassificationSettings } from '../../../src/ports/classificationSettings';
import { getSettings, saveSettings } from '../../../src/services/settings/manageSettings';
import type { SettingsPorts } from '../../../src/services/settings/ports';

class FakeSettingsPorts implements SettingsPorts {
  stored: ClassificationSettings = DEFAULT_CLASSIFICATION_SETTINGS;
  saves = 0;
  constructor(private readonly isAdmin: boolean) {}
  settings = {
    get: async () => this.stored,
    save: async (value: ClassificationSettings) => {
      this.saves += 1;
      this.stored = value;
    },
  };
  permission = { isJiraAdmin: async () => this.isAdmin };
}

const edited = (changes: Record<string, unknown>) => ({ ...DEFAULT_CLASSIFICATION_SETTINGS, ...changes });

describe('the classification settings', () => {
  it('shows a Jira admin the settings in force and the defaults', async () => {
    const ports = new FakeSettingsPorts(true);

    expect(await getSettings(ports)).toEqual({ ok: true, value: { settings: DEFAULT_CLASSIFICATION_SETTINGS, defaults: DEFAULT_CLASSIFICATION_SETTINGS } });
  });

  it('stores a valid change made by a Jira admin', async () => {
    const ports = new FakeSettingsPorts(true);

    const result = await saveSettings(ports, edited({ securitySummaryPrefix: '[SECURITY]' }));

    expect(result).toMatchObject({ ok: true, value: { settings: { securitySummaryPrefix: '[SECURITY]' } } });
    expect(ports.stored.securitySummaryPrefix).toBe('[SECURITY]');
  });

  it('refuses a user who is not a Jira admin, to read or to change, and stores nothing', async () => {
    const ports = new FakeSettingsPorts(false);

    expect(await getSettings(ports)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await saveSettings(ports, edited({ securitySummaryPrefix: '[X]' }))).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(ports.saves).toBe(0);
  });

  it('refuses a bad project key with a message naming the setting, and stores nothing', async () => {
    const ports = new FakeSettingsPorts(true);

    const result = await saveSettings(ports, edited({ securityProjectKey: 'sec project' }));

    expect(result).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      message: 'The security project is a Jira project key, e.g. SEC',
      problems: [{ field: 'securityProjectKey', message: 'The security project is a Jira project key, e.g. SEC' }],
    });
    expect(ports.saves).toBe(0);
  });

  it.each([
    [{ securitySummaryPrefix: 'x'.repeat(21) }, 'securitySummaryPrefix', 'The security summary prefix is at most 20 characters'],
    [{ priorityBySeverity: { 1: 'Highest', 2: ' ', 3: 'Medium', 4: 'Low' } }, 'priorityBySeverity.2', 'The priority for severity 2 cannot be empty'],
    [{ nis2SeverityThreshold: 5 }, 'nis2SeverityThreshold', 'The NIS2 threshold is a severity from 1 to 4'],
    [{ regimes: { gdpr: 'yes', nis2: true, aiAct: true } }, 'regimes.gdpr', 'GDPR Art. 33 is switched on or off (true or false)'],
    [{ ismsLeadGroup: '' }, 'ismsLeadGroup', 'The ISMS lead group cannot be empty'],
    [{ webhookUrl: 'https://example.test' }, 'webhookUrl', 'webhookUrl is not a setting the app knows'],
  ])('refuses %j naming %s', async (changes, field, message) => {
    const ports = new FakeSettingsPorts(true);

    const result = await saveSettings(ports, edited(changes));

    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', problems: [{ field, message }] });
    expect(ports.saves).toBe(0);
  });

  it('switches a domain off when its project is cleared', async () => {
    const ports = new FakeSettingsPorts(true);

    await saveSettings(ports, edited({ aiProjectKey: null }));

    expect(ports.stored.aiProjectKey).toBeNull();
  });
});
