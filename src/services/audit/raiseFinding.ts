import { AUDIT_PROPERTY_KEY, findingDescription, findingProperty, findingSummary, isNonconformity, type RaiseFinding } from '../../domain/audit/finding';
import { newNonconformity } from '../../domain/audit/nonconformity';
import { addDays } from '../../domain/evidence';
import { fail, ok, type HandlerResult } from '../../handlers/shared/result';
import type { AuditIssueView } from './auditPanelView';
import type { AuditExecutionPorts } from './executionPorts';
import { presentAudit } from './getAuditPanel';
import { linkAuditClauses } from './linkAuditClauses';
import { editableIssue, isAuditIssue } from './loadAuditIssue';

export interface RaisedFinding {
  issueKey: string;
  audit: AuditIssueView;
}

/**
 * Raises a finding of the audit open in the panel: an issue under the audit (its parent), linked to its clauses
 * through the compliance links so JQL finds it by clause, and searchable by kind (`imsFinding`). A nonconformity
 * also gets its clause 10 record, with the effectiveness check due after the configured days.
 */
export async function raiseFinding(ports: AuditExecutionPorts, auditIssueId: string, input: RaiseFinding, actor: { accountId: string }): Promise<HandlerResult<RaisedFinding>> {
  const audit = await editableIssue(ports.jira, auditIssueId, 'raise findings');
  if (!audit.ok) return audit;
  const settings = await ports.store.settings();
  if (!isAuditIssue(audit.value, settings) || audit.value.audit === null) {
    return fail('INVALID_INPUT', `Findings are raised on an ${settings.auditIssueType} issue started from the audit programme.`);
  }
  const auditId = audit.value.audit.auditId;
  const created = await ports.jira.createIssue({
    projectKey: audit.value.projectKey,
    issueTypeName: settings.findingIssueType,
    summary: findingSummary(input),
    description: findingDescription(input, { auditId, issueKey: audit.value.key }),
    parentKey: audit.value.key,
    properties: { [AUDIT_PROPERTY_KEY]: findingProperty(auditId, input.kind) },
  });
  // The issue exists from here: a record or link that fails is repaired by the user from the panel, never re-created.
  if (isNonconformity(input.kind)) {
    const now = ports.clock.now();
    const record = newNonconformity(
      { findingIssueId: created.id, findingKey: created.key, auditIssueKey: audit.value.key, kind: input.kind },
      addDays(now.toISOString().slice(0, 10), settings.effectivenessCheckAfterDays),
      { actor: actor.accountId, now },
    );
    await ports.store.writeNonconformity(record, 0);
  }
  const linking = await linkAuditClauses(ports.links, created.id, actor.accountId, input.clauses);
  if (!linking.ok) return fail(linking.error.code, `${created.key} was raised, but its clauses could not be linked: ${linking.error.message}`);
  return ok({ issueKey: created.key, audit: await presentAudit(ports, audit.value) });
}
