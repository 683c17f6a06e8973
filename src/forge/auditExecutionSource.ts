import { AuditIdSchema } from '../domain/audit/auditPlan';
import { plannedAuditOf } from '../domain/audit/executionScope';
import type { AuditSource } from '../ports/auditExecution';
import type { AuditStore } from '../ports/auditStore';
import { setAuditIssueKey } from '../services/audit/programmeAuditLink';

/** The audit programme's store seen through audit execution's narrow port. */
export function programmeAuditSource(store: AuditStore, clock: { now(): Date }, actor: string): AuditSource {
  return {
    async read(auditId) {
      const id = AuditIdSchema.safeParse(auditId);
      if (!id.success) return null;
      const audit = await store.get(id.data);
      return audit === null ? null : plannedAuditOf(audit);
    },

    async recordIssueKey(auditId, issueKey) {
      const id = AuditIdSchema.parse(auditId);
      const current = await store.get(id);
      if (current === null) throw new Error(`${auditId} left the audit programme while it was being started`);
      const recorded = await setAuditIssueKey({ store, clock }, { id, issueKey, expectedVersion: current.version }, actor);
      if (!recorded.ok) throw new Error(`Recording ${issueKey} on ${auditId} failed: ${recorded.error.message}`);
    },
  };
}
