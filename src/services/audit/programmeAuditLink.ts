import type { Audit, AuditId } from '../../domain/audit/auditPlan';
import type { AuditStore } from '../../ports/auditStore';
import type { Clock } from '../../ports/clock';
import { refuse, succeed, type RegisterResult } from '../soa/registerResult';

/** One audit of the programme, for audit execution (its checklist is generated from `scope.refs`). */
export async function getAudit(store: Pick<AuditStore, 'get'>, id: AuditId): Promise<RegisterResult<Audit>> {
  const audit = await store.get(id);
  return audit === null ? refuse('NOT_FOUND', `${id} is not in the audit programme.`) : succeed(audit);
}

/**
 * Records the Jira issue an audit runs as, on the version the caller read. Idempotent: recording the same key
 * again answers the audit unchanged (a retried trigger or double click), a different key is refused.
 * The caller authorizes (audit execution decides who may start an audit).
 */
export async function setAuditIssueKey(
  ports: { store: AuditStore; clock: Clock },
  input: { id: AuditId; issueKey: string; expectedVersion: number },
  actor: string,
): Promise<RegisterResult<Audit>> {
  const current = await ports.store.get(input.id);
  if (current === null) return refuse('NOT_FOUND', `${input.id} is not in the audit programme.`);
  if (current.issueKey === input.issueKey) return succeed(current);
  if (current.issueKey !== null) return refuse('CONFLICT', `${input.id} already runs as ${current.issueKey}.`);
  if (current.version !== input.expectedVersion) return refuse('CONFLICT', `${input.id} changed since it was read (now version ${current.version}). Read it again.`);
  const at = ports.clock.now().toISOString();
  const audit: Audit = { ...current, issueKey: input.issueKey, version: current.version + 1, updatedAt: at, updatedBy: actor };
  const event = { kind: 'audit-issue-linked' as const, subject: audit.id, version: audit.version, actor, at, summary: `Runs as ${input.issueKey}`, before: null, after: input.issueKey };
  if (await ports.store.write(audit, current.version, event)) return succeed(audit);
  return refuse('CONFLICT', `${input.id} was changed at the same time. Read it again.`);
}
