import Resolver from '@forge/resolver';
import { z } from 'zod';
import { appClassificationPorts, userClassificationPorts } from '../forge/classificationPorts';
import type { ClassificationResult } from '../services/classification/classificationResult';
import { getClassification } from '../services/classification/getClassification';
import { saveClassification } from '../services/classification/saveClassification';
import { failureOf } from './classificationErrors';
import { fail, ok, parsePayload } from './shared/result';

/** The issue comes from the module's context (issue panel or the field's edit view), never from the payload. */
const CallContext = z.looseObject({
  accountId: z.string().min(1, { error: 'Sign in to see the classification.' }),
  extension: z.looseObject({ issue: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) }) }),
});

const SaveInput = z.strictObject({ input: z.unknown() });

function present(result: ClassificationResult) {
  if (result.ok) return ok(result.value);
  if (result.code === 'INVALID_INPUT') return { ok: false as const, error: { code: result.code, message: result.message, problems: result.problems } };
  return fail(result.code, result.message);
}

function callerOf(context: unknown) {
  const parsed = CallContext.safeParse(context);
  return parsed.success ? { accountId: parsed.data.accountId, issueId: parsed.data.extension.issue.id } : null;
}

// Reads and writes act as the user; only the field-id lookup (GET /field, admin-level metadata) uses the app.
function portsFor() {
  const user = userClassificationPorts();
  const app = appClassificationPorts();
  return { ...user, jira: { ...user.jira, findAppFieldId: app.jira.findAppFieldId } };
}

const resolver = new Resolver();

resolver.define('getClassification', async ({ context }) => {
  const caller = callerOf(context);
  if (!caller) return fail('FORBIDDEN', 'Open the classification from an issue while signed in.');
  try {
    return present(await getClassification(portsFor(), caller.issueId));
  } catch (error) {
    return failureOf(error, 'Loading the classification');
  }
});

resolver.define('saveClassification', async ({ payload, context }) => {
  const caller = callerOf(context);
  if (!caller) return fail('FORBIDDEN', 'Open the classification from an issue while signed in.');
  const body = parsePayload(SaveInput, payload);
  if (!body.ok) return body;
  try {
    return present(await saveClassification(portsFor(), caller.issueId, caller.accountId, body.value.input));
  } catch (error) {
    return failureOf(error, 'Saving the classification');
  }
});

export const classificationResolver = resolver.getDefinitions();
