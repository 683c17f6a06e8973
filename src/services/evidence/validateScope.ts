import type { HandlerResult } from '../../handlers/shared/result';
import type { EvidenceUserJiraPort } from '../../ports/evidence';

/** Jira checks the user's scope JQL (fields, functions, values they may see); its first message is shown as is. */
export async function validateScope(jira: EvidenceUserJiraPort, jql: string): Promise<HandlerResult<{ valid: true }>> {
  const errors = await jira.jqlErrors(jql);
  if (errors.length > 0) return { ok: false, error: { code: 'INVALID_INPUT', message: `The scope JQL is not valid: ${errors.join(' ')}` } };
  return { ok: true, value: { valid: true } };
}
