import { ClassificationSchema, type Classification } from '../../domain/classification';
import { classificationFieldId } from './classificationFieldId';
import type { ClassificationResult } from './classificationResult';
import type { ClassificationPorts } from './ports';
import { presentClassification } from './presentClassification';

export const ISSUE_NOT_FOUND = 'The issue does not exist or you do not have permission to see it.';
export const FIELD_NOT_INSTALLED = 'The IMS classification field is not installed on this site yet. Reinstall the app or ask a Jira admin.';

/**
 * The classification of an issue as the calling user sees it. `ports.jira` acts as that user, so Jira's own
 * browse and edit permissions decide what they get. A stored value that no longer parses shows as unclassified.
 */
export async function getClassification(ports: ClassificationPorts, issueId: string): Promise<ClassificationResult> {
  const fieldId = await classificationFieldId(ports);
  if (fieldId === null) return { ok: false, code: 'UNAVAILABLE', message: FIELD_NOT_INSTALLED };
  const issue = await ports.jira.getIssue(issueId, [fieldId]);
  if (issue === null) return { ok: false, code: 'NOT_FOUND', message: ISSUE_NOT_FOUND };
  const [canEdit, claims, settings, auditEvents] = await Promise.all([
    ports.jira.canEditIssue(issue.id),
    ports.store.claims.list(issue.id),
    ports.store.settings.get(),
    ports.store.audit.listForIssue(issue.id),
  ]);
  const parsed = ClassificationSchema.safeParse(issue.fields[fieldId]);
  const classification: Classification | null = parsed.success ? parsed.data : null;
  return { ok: true, value: presentClassification({ issueKey: issue.key, classification, claims, canEdit, settings, auditEvents, now: ports.clock.now() }) };
}
