import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { appCabPorts } from '../forge/cabPorts';
import { gateChange } from '../services/cab/gateChange';

/** What Forge passes a function-based `jira:workflowValidator`: the issue key and the transition's statuses. */
const ValidatorEvent = z.looseObject({
  issue: z.looseObject({ key: z.string().min(1) }),
  transition: z.looseObject({ to: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) }) }),
});

type ValidatorResult = { result: boolean; errorMessage?: string };

/** `cab-approval-gate`: refuses gated transitions of a change the CAB has not approved on its current answers. */
export async function cabGate(event: unknown): Promise<ValidatorResult> {
  const parsed = ValidatorEvent.safeParse(event);
  if (!parsed.success) return { result: false, errorMessage: 'CAB approval could not be checked: the transition event was not understood.' };
  try {
    const decision = await gateChange(appCabPorts(), { issueKey: parsed.data.issue.key, toStatusId: parsed.data.transition.to.id });
    return decision.allowed ? { result: true } : { result: false, errorMessage: decision.message };
  } catch (error) {
    // Fail closed: an unchecked change must not start implementation.
    const correlationId = randomUUID();
    console.error(`cab-gate failed [${correlationId}]`, error);
    return { result: false, errorMessage: `CAB approval could not be checked right now. Try again; reference ${correlationId}.` };
  }
}
