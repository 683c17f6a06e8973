import { canonicalJson } from '../../domain/cab';
import type { ChecklistTemplate } from '../../domain/schemas/cab';
import { CabSettingsSchema, DEFAULT_CAB_SETTINGS, type CabSettings } from '../../ports/cabSettings';
import type { CabSettingsRepository } from '../../ports/cabStore';
import type { AdminPermission } from './ports';
import { settingsProblems, type SettingsProblem } from './settingsProblems';

export interface CabSettingsPorts {
  cab: Pick<CabSettingsRepository, 'get' | 'save' | 'getTemplate' | 'saveTemplate'>;
  permission: AdminPermission;
}

/** What the admin page's CAB section shows: the configuration in force and the defaults a reset goes back to. */
export interface CabSettingsView {
  settings: CabSettings;
  defaults: CabSettings;
}

export type CabSettingsResult =
  | { ok: true; value: CabSettingsView }
  | { ok: false; code: 'FORBIDDEN'; message: string }
  | { ok: false; code: 'INVALID_INPUT'; message: string; problems: SettingsProblem[] };

export const CAB_ADMINS_ONLY = 'Only Jira administrators can see and change the CAB configuration.';

const view = (settings: CabSettings): CabSettingsView => ({ settings, defaults: DEFAULT_CAB_SETTINGS });

/** The CAB configuration, for Jira administrators only (the same check as the classification settings). */
export async function getCabSettings(ports: CabSettingsPorts): Promise<CabSettingsResult> {
  if (!(await ports.permission.isJiraAdmin())) return { ok: false, code: 'FORBIDDEN', message: CAB_ADMINS_ONLY };
  return { ok: true, value: view(await ports.cab.get()) };
}

// The version is the app's to assign, so the admin's copy of it is not part of "did the template change".
const questionsOf = (template: ChecklistTemplate) => canonicalJson(template.sections);

/**
 * Replaces the CAB configuration after the admin check and a full schema check (a bad value is refused naming its
 * field; nothing is stored). A template whose questions changed becomes a new version, one above the one in
 * force: both are stored by number first, so records on the old version keep being evaluated with their own.
 */
export async function saveCabSettings(ports: CabSettingsPorts, input: unknown): Promise<CabSettingsResult> {
  if (!(await ports.permission.isJiraAdmin())) return { ok: false, code: 'FORBIDDEN', message: CAB_ADMINS_ONLY };
  const current = await ports.cab.get();
  // The admin page may send the template without (or with a stale) version: it is set here, never trusted.
  const withVersion = withCurrentTemplateVersion(input, current.template.version);
  const parsed = CabSettingsSchema.safeParse(withVersion);
  if (!parsed.success) {
    const problems = settingsProblems(parsed.error);
    return { ok: false, code: 'INVALID_INPUT', message: problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '), problems };
  }
  let next = parsed.data;
  if (questionsOf(next.template) !== questionsOf(current.template)) {
    next = { ...next, template: { ...next.template, version: current.template.version + 1 } };
    if ((await ports.cab.getTemplate(current.template.version)) === undefined) await ports.cab.saveTemplate(current.template);
    await ports.cab.saveTemplate(next.template);
  }
  await ports.cab.save(next);
  return { ok: true, value: view(next) };
}

function withCurrentTemplateVersion(input: unknown, version: number): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const template = (input as { template?: unknown }).template;
  if (template === null || typeof template !== 'object' || Array.isArray(template)) return input;
  return { ...input, template: { ...template, version } };
}
