import { classificationFieldId } from './classificationFieldId';
import type { ClassificationPorts } from './ports';

/**
 * Most issue events on a site are about issues nobody classified: those are dropped with storage reads only, no
 * Jira call. An event whose copy of the field is empty still counts when the issue has claims, because the
 * field may just have been cleared (a withdrawal). The event's copy only filters; it never decides what to do.
 */
export async function isEscalationCandidate(
  ports: Pick<ClassificationPorts, 'jira' | 'store'>,
  issueId: string,
  eventFields: Record<string, unknown> | undefined,
): Promise<boolean> {
  const fieldId = await classificationFieldId(ports);
  if (fieldId === null) return false;
  const value = eventFields?.[fieldId];
  if (value !== null && value !== undefined) return true;
  return (await ports.store.claims.list(issueId)).length > 0;
}
