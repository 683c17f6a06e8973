import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { appClosureGatePorts } from '../forge/auditExecutionPorts';
import { gateNonconformity } from '../services/audit/gateNonconformity';

/** What Forge passes a function-based `jira:workflowValidator`: the issue key and the transition's statuses. */
const ValidatorEvent = z.looseObject({
  issue: z.looseObject({ key: z.string().min(1) }),
  transition: z.looseObject({ to: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) }) }),
});

type ValidatorResult = { result: boolean; errorMessage?: string };

/** `nc-closure-gate`: refuses closing a nonconformity until its clause 10 record is complete. */
export async function ncClosureGate(event: unknown): Promise<ValidatorResult> {
  const parsed = ValidatorEvent.safeParse(event);
  if (!parsed.success) return { result: false, errorMessage: 'The nonconformity closure could not be checked: the transition event was not understood.' };
  try {
    const decision = await gateNonconformity(appClosureGatePorts(), { issueKey: parsed.data.issue.key, toStatusId: parsed.data.transition.to.id });
    return decision.allowed ? { result: true } : { result: false, errorMessage: decision.message };
  } catch (error) {
    // Fail closed: a nonconformity whose record cannot be read must not close unchecked.
    const correlationId = randomUUID();
    console.error(`nc-closure-gate failed [${correlationId}]`, error);
    return { result: false, errorMessage: `The nonconformity closure could not be checked right now. Try again; reference ${correlationId}.` };
  }
}
