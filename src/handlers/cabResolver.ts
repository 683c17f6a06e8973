import Resolver from '@forge/resolver';
import { z } from 'zod';
import { VoteInputSchema } from '../domain/schemas/cab';
import { userCabPorts } from '../forge/cabPorts';
import type { CabResult } from '../services/cab/cabResult';
import { castVote } from '../services/cab/castVote';
import { ExportDecisionInput, exportDecision } from '../services/cab/exportDecision';
import { getCab } from '../services/cab/getCab';
import { SaveAnswersInput, saveAnswers } from '../services/cab/saveAnswers';
import { failureOf } from './classificationErrors';
import { fail, parsePayload } from './shared/result';

/** The change comes from the issue panel's context and the caller from `context.accountId`, never from the payload. */
const CallContext = z.looseObject({
  accountId: z.string().min(1),
  extension: z.looseObject({ issue: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) }) }),
});

function callerOf(context: unknown) {
  const parsed = CallContext.safeParse(context);
  return parsed.success ? { accountId: parsed.data.accountId, issueId: parsed.data.extension.issue.id } : null;
}

const OUTSIDE_AN_ISSUE = 'Open the CAB checklist from a change issue while signed in.';

async function answer<T>(what: string, work: () => Promise<CabResult<T>>) {
  try {
    return await work();
  } catch (error) {
    return failureOf(error, what);
  }
}

const resolver = new Resolver();

resolver.define('getCab', ({ context }) => {
  const caller = callerOf(context);
  if (!caller) return fail('FORBIDDEN', OUTSIDE_AN_ISSUE);
  return answer('Loading the CAB checklist', () => getCab(userCabPorts(), caller.issueId, caller));
});

resolver.define('saveAnswers', ({ payload, context }) => {
  const caller = callerOf(context);
  if (!caller) return fail('FORBIDDEN', OUTSIDE_AN_ISSUE);
  const input = parsePayload(SaveAnswersInput, payload);
  if (!input.ok) return input;
  return answer('Saving the CAB answers', () => saveAnswers(userCabPorts(), caller.issueId, caller, input.value));
});

resolver.define('vote', ({ payload, context }) => {
  const caller = callerOf(context);
  if (!caller) return fail('FORBIDDEN', OUTSIDE_AN_ISSUE);
  const input = parsePayload(VoteInputSchema, payload);
  if (!input.ok) return input;
  return answer('Recording the CAB decision', () => castVote(userCabPorts(), caller.issueId, caller, input.value));
});

resolver.define('exportDecision', ({ payload, context }) => {
  const caller = callerOf(context);
  if (!caller) return fail('FORBIDDEN', OUTSIDE_AN_ISSUE);
  const input = parsePayload(ExportDecisionInput, payload);
  if (!input.ok) return input;
  return answer('Exporting the CAB decision record', () => exportDecision(userCabPorts(), caller.issueId, input.value));
});

export const cabResolver = resolver.getDefinitions();
