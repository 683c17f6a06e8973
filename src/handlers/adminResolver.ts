import Resolver from '@forge/resolver';
import { z } from 'zod';
import { userCabSettingsPorts, userSettingsPorts } from '../forge/settingsPorts';
import { getCabSettings, saveCabSettings, type CabSettingsResult } from '../services/settings/manageCabSettings';
import { getSettings, saveSettings, type SettingsResult } from '../services/settings/manageSettings';
import { failureOf } from './classificationErrors';
import { defineRecurringReviewCalls } from './recurringReviewsAdmin';
import { fail, ok, parsePayload } from './shared/result';

const CallContext = z.looseObject({ accountId: z.string().min(1) });
const SaveInput = z.strictObject({ settings: z.unknown() });
const SIGNED_OUT = 'Sign in as a Jira administrator to change the IMS classification settings.';

function present(result: SettingsResult | CabSettingsResult) {
  if (result.ok) return ok(result.value);
  if (result.code === 'INVALID_INPUT') return { ok: false as const, error: { code: result.code, message: result.message, problems: result.problems } };
  return fail(result.code, result.message);
}

const resolver = new Resolver();

resolver.define('getSettings', async ({ context }) => {
  if (!CallContext.safeParse(context).success) return fail('FORBIDDEN', SIGNED_OUT);
  try {
    return present(await getSettings(userSettingsPorts()));
  } catch (error) {
    return failureOf(error, 'Loading the settings');
  }
});

resolver.define('saveSettings', async ({ payload, context }) => {
  if (!CallContext.safeParse(context).success) return fail('FORBIDDEN', SIGNED_OUT);
  const body = parsePayload(SaveInput, payload);
  if (!body.ok) return body;
  try {
    return present(await saveSettings(userSettingsPorts(), body.value.settings));
  } catch (error) {
    return failureOf(error, 'Saving the settings');
  }
});

resolver.define('getCabSettings', async ({ context }) => {
  if (!CallContext.safeParse(context).success) return fail('FORBIDDEN', SIGNED_OUT);
  try {
    return present(await getCabSettings(userCabSettingsPorts()));
  } catch (error) {
    return failureOf(error, 'Loading the CAB configuration');
  }
});

resolver.define('saveCabSettings', async ({ payload, context }) => {
  if (!CallContext.safeParse(context).success) return fail('FORBIDDEN', SIGNED_OUT);
  const body = parsePayload(SaveInput, payload);
  if (!body.ok) return body;
  try {
    return present(await saveCabSettings(userCabSettingsPorts(), body.value.settings));
  } catch (error) {
    return failureOf(error, 'Saving the CAB configuration');
  }
});

defineRecurringReviewCalls(resolver);

export const adminResolver = resolver.getDefinitions();
