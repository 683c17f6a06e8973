import { ClassificationInputSchema, classificationProblems, classificationTimeProblems, withNotifyBy } from '../../domain/classification';
import { classificationFieldId } from './classificationFieldId';
import type { ClassificationResult } from './classificationResult';
import { FIELD_NOT_INSTALLED, ISSUE_NOT_FOUND } from './getClassification';
import type { ClassificationPorts } from './ports';
import { presentClassification } from './presentClassification';

const NOT_EDITABLE = 'You do not have permission to edit this issue, so you cannot change its classification.';

/**
 * Validates and writes the field as the calling user (`ports.jira` acts as them): Jira records them in the
 * issue's history and enforces Edit Issues again. Escalation follows from the update trigger, not from here.
 * On the usual path this is three REST calls: read (browse check and the value before), permission, write.
 */
export async function saveClassification(ports: ClassificationPorts, issueId: string, actorAccountId: string, input: unknown): Promise<ClassificationResult> {
  const parsed = ClassificationInputSchema.safeParse(input);
  if (!parsed.success) {
    const problems = classificationProblems(parsed.error);
    return { ok: false, code: 'INVALID_INPUT', message: problems.map((problem) => problem.message).join('; '), problems };
  }
  const now = ports.clock.now();
  const timeProblems = classificationTimeProblems(parsed.data, now);
  if (timeProblems.length > 0) {
    return { ok: false, code: 'INVALID_INPUT', message: timeProblems.map((problem) => problem.message).join('; '), problems: timeProblems };
  }

  const fieldId = await classificationFieldId(ports);
  if (fieldId === null) return { ok: false, code: 'UNAVAILABLE', message: FIELD_NOT_INSTALLED };
  const issue = await ports.jira.getIssue(issueId, [fieldId]);
  if (issue === null) return { ok: false, code: 'NOT_FOUND', message: ISSUE_NOT_FOUND };
  if (!(await ports.jira.canEditIssue(issue.id))) return { ok: false, code: 'FORBIDDEN', message: NOT_EDITABLE };

  const settings = await ports.store.settings.get();
  // notifyBy goes in with the same write, so the trigger that follows finds it current and writes nothing.
  const classification = withNotifyBy(parsed.data, { enabled: settings.regimes, nis2SeverityThreshold: settings.nis2SeverityThreshold });
  const before = issue.fields[fieldId] ?? null;
  await ports.jira.setCustomField(issue.id, fieldId, classification);
  await ports.store.audit.append({ issueId: issue.id, at: now.toISOString(), actor: actorAccountId, action: 'classification-saved', before, after: classification });

  const [claims, auditEvents] = await Promise.all([ports.store.claims.list(issue.id), ports.store.audit.listForIssue(issue.id)]);
  return { ok: true, value: presentClassification({ issueKey: issue.key, classification, claims, canEdit: true, settings, auditEvents, now }) };
}
