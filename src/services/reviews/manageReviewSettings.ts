import { DEFAULT_RECURRING_REVIEW_SETTINGS, RecurringReviewSettingsSchema, type RecurringReviewSettings } from '../../domain/reviews';
import type { ReviewRunRecord, ReviewStore } from '../../ports/reviewsPorts';
import type { AdminPermission } from '../settings/ports';
import { settingsProblems, type SettingsProblem } from '../settings/settingsProblems';

export interface ReviewSettingsPorts {
  store: Pick<ReviewStore, 'settings' | 'saveSettings' | 'lastRun'>;
  permission: AdminPermission;
}

/** The admin page's recurring reviews section: the settings in force, their defaults, and the last run. */
export interface ReviewSettingsView {
  settings: RecurringReviewSettings;
  defaults: RecurringReviewSettings;
  lastRun: ReviewRunRecord | null;
}

export type ReviewSettingsResult =
  | { ok: true; value: ReviewSettingsView }
  | { ok: false; code: 'FORBIDDEN'; message: string }
  | { ok: false; code: 'INVALID_INPUT'; message: string; problems: SettingsProblem[] };

export const REVIEW_ADMINS_ONLY = 'Only Jira administrators can see and change the recurring reviews.';

async function view(ports: ReviewSettingsPorts, settings: RecurringReviewSettings): Promise<ReviewSettingsView> {
  return { settings, defaults: DEFAULT_RECURRING_REVIEW_SETTINGS, lastRun: await ports.store.lastRun() };
}

export async function getReviewSettings(ports: ReviewSettingsPorts): Promise<ReviewSettingsResult> {
  if (!(await ports.permission.isJiraAdmin())) return { ok: false, code: 'FORBIDDEN', message: REVIEW_ADMINS_ONLY };
  return { ok: true, value: await view(ports, await ports.store.settings()) };
}

/** Replaces the settings after the admin check and the schema the scheduled run reads with; a bad value is refused naming its field. */
export async function saveReviewSettings(ports: ReviewSettingsPorts, input: unknown): Promise<ReviewSettingsResult> {
  if (!(await ports.permission.isJiraAdmin())) return { ok: false, code: 'FORBIDDEN', message: REVIEW_ADMINS_ONLY };
  const parsed = RecurringReviewSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const problems = settingsProblems(parsed.error);
    return { ok: false, code: 'INVALID_INPUT', message: problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '), problems };
  }
  await ports.store.saveSettings(parsed.data);
  return { ok: true, value: await view(ports, parsed.data) };
}
