import type { Audit } from '../../../src/domain/audit/auditPlan';

/** The editable part of a stored audit, as `editAudit` takes it. */
export function draftOf(audit: Audit) {
  const { title, scope, criteria, plannedStart, plannedEnd, leadAuditor, team, status } = audit;
  return { title, scope, criteria, plannedStart, plannedEnd, leadAuditor, team, status };
}
