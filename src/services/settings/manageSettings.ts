import { ClassificationSettingsSchema, DEFAULT_CLASSIFICATION_SETTINGS, type ClassificationSettings } from '../../ports/classificationSettings';
import type { SettingsPorts } from './ports';
import { settingsProblems, type SettingsProblem } from './settingsProblems';

/** What the admin page shows: the settings in force and the defaults a reset goes back to. */
export interface SettingsView {
  settings: ClassificationSettings;
  defaults: ClassificationSettings;
}

export type SettingsResult =
  | { ok: true; value: SettingsView }
  | { ok: false; code: 'FORBIDDEN'; message: string }
  | { ok: false; code: 'INVALID_INPUT'; message: string; problems: SettingsProblem[] };

export const ADMINS_ONLY = 'Only Jira administrators can see and change the IMS classification settings.';

const view = (settings: ClassificationSettings): SettingsView => ({ settings, defaults: DEFAULT_CLASSIFICATION_SETTINGS });

/** The classification settings, for Jira administrators only (they decide where security escalations go). */
export async function getSettings(ports: SettingsPorts): Promise<SettingsResult> {
  if (!(await ports.permission.isJiraAdmin())) return { ok: false, code: 'FORBIDDEN', message: ADMINS_ONLY };
  return { ok: true, value: view(await ports.settings.get()) };
}

/**
 * Replaces the settings after checking the caller is a Jira admin and the whole object against the schema the
 * escalations read with: a bad value is refused with the setting it concerns, and nothing is stored.
 */
export async function saveSettings(ports: SettingsPorts, input: unknown): Promise<SettingsResult> {
  if (!(await ports.permission.isJiraAdmin())) return { ok: false, code: 'FORBIDDEN', message: ADMINS_ONLY };
  const parsed = ClassificationSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const problems = settingsProblems(parsed.error);
    return { ok: false, code: 'INVALID_INPUT', message: problems.map((problem) => problem.message).join('; '), problems };
  }
  await ports.settings.save(parsed.data);
  return { ok: true, value: view(parsed.data) };
}
