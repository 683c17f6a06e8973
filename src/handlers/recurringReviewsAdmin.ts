import type Resolver from '@forge/resolver';
import { z } from 'zod';
import { userReviewSettingsPorts } from '../forge/reviewsPorts';
import { getReviewSettings, saveReviewSettings, type ReviewSettingsResult } from '../services/reviews/manageReviewSettings';
import { callerCallDefiner } from './shared/defineCallerCall';
import { fail, ok } from './shared/result';

const SIGNED_OUT = 'Sign in as a Jira administrator to change the recurring reviews.';

function present(result: ReviewSettingsResult) {
  if (result.ok) return ok(result.value);
  if (result.code === 'INVALID_INPUT') return { ok: false as const, error: { code: result.code, message: result.message, problems: result.problems } };
  return fail(result.code, result.message);
}

/** The admin page's recurring reviews section: settings and the last run, for Jira administrators. */
export function defineRecurringReviewCalls(resolver: Resolver): void {
  const define = callerCallDefiner(resolver, SIGNED_OUT);
  define('getReviewSettings', z.strictObject({}), 'Loading the recurring reviews', async () => present(await getReviewSettings(userReviewSettingsPorts())));
  define('saveReviewSettings', z.strictObject({ settings: z.unknown() }), 'Saving the recurring reviews', async (_caller, input) =>
    present(await saveReviewSettings(userReviewSettingsPorts(), input.settings)),
  );
}
