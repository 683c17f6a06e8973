import { checklistDescription } from '../../domain/audit/checklist';
import { auditIssueSummary, isClaimStale, type AuditExecution, type AuditStartClaim, type PlannedAudit } from '../../domain/audit/execution';
import { AUDIT_ID_SEARCH_ALIAS, AUDIT_PROPERTY_KEY, auditProperty } from '../../domain/audit/finding';
import { equals } from '../../domain/jql';
import { fail, ok, type HandlerResult } from '../../handlers/shared/result';
import { isIsmsLead } from '../soa/ismsLeads';
import { checklistEvidence } from './auditChecklist';
import type { AuditExecutionPorts } from './executionPorts';
import { linkAuditClauses } from './linkAuditClauses';

export interface StartedAudit {
  auditId: string;
  issueKey: string;
  issueId: string;
  /** False when the audit had been started before: the same issue, nothing created. */
  isNew: boolean;
  checklistLines: number;
  /** Search pages the checklist's evidence cost (one per 100 evidence issues, not one per clause). */
  evidenceSearchCalls: number;
  unlinkedClauses: string[];
}

const BEING_STARTED = 'This audit is being started right now. Wait a minute and open it again.';

/**
 * Runs an audit of the programme as a Jira issue, exactly once per audit: a create-if-absent claim in KVS decides
 * who creates the issue; everyone else gets the same issue. The issue carries its audit id from creation
 * (`imsAudit` property), so a start that died after creating it is resumed by search, never duplicated.
 * Its auditors and the ISMS leads may start it; Jira then checks the caller's Create Issues permission.
 */
export async function startAudit(ports: AuditExecutionPorts, auditId: string, actor: { accountId: string }): Promise<HandlerResult<StartedAudit>> {
  const audit = await ports.source.read(auditId);
  if (audit === null) return fail('NOT_FOUND', `There is no audit ${auditId} in the programme.`);
  const isAuditor = audit.leadAuditor === actor.accountId || audit.team.includes(actor.accountId);
  if (!isAuditor && !(await isIsmsLead(ports.people, actor.accountId))) {
    return fail('FORBIDDEN', `Only the auditors of ${audit.id} and the ISMS leads start it.`);
  }
  const now = ports.clock.now();
  const fresh: AuditStartClaim = { auditId, claimedAt: now.toISOString(), claimedBy: actor.accountId };

  const existing = await ports.store.readClaim(auditId);
  if (existing?.issueKey !== undefined && existing.issueId !== undefined) return finish(ports, audit, { id: existing.issueId, key: existing.issueKey }, actor, false);
  if (existing === null) {
    if (!(await ports.store.claimStart(fresh))) return alreadyClaimed(ports, audit, actor);
    return create(ports, audit, fresh, actor);
  }
  if (!isClaimStale(existing, now)) return fail('CONFLICT', BEING_STARTED);
  if (!(await ports.store.takeOverClaim(existing.claimedAt, fresh))) return fail('CONFLICT', BEING_STARTED);
  // The invocation that died may have created the issue before recording it.
  const [orphan] = await ports.jira.searchIssues(equals(AUDIT_ID_SEARCH_ALIAS, auditId).text);
  if (orphan !== undefined) {
    await ports.store.saveClaim({ ...fresh, issueKey: orphan.key, issueId: orphan.id });
    return finish(ports, audit, orphan, actor, false);
  }
  return create(ports, audit, fresh, actor);
}

async function alreadyClaimed(ports: AuditExecutionPorts, audit: PlannedAudit, actor: { accountId: string }): Promise<HandlerResult<StartedAudit>> {
  const claim = await ports.store.readClaim(audit.id);
  if (claim?.issueKey === undefined || claim.issueId === undefined) return fail('CONFLICT', BEING_STARTED);
  return finish(ports, audit, { id: claim.issueId, key: claim.issueKey }, actor, false);
}

async function create(ports: AuditExecutionPorts, audit: PlannedAudit, claim: AuditStartClaim, actor: { accountId: string }): Promise<HandlerResult<StartedAudit>> {
  const settings = await ports.store.settings();
  const evidence = await checklistEvidence(ports.evidence, audit.scopeClauseIds, audit.period, settings.evidenceRule);
  const created = await ports.jira.createIssue({
    projectKey: settings.projectKey,
    issueTypeName: settings.auditIssueType,
    summary: auditIssueSummary(audit),
    description: checklistDescription({ auditId: audit.id, criteria: audit.criteria, period: audit.period, lines: evidence.lines }),
    ...(audit.leadAuditor === null ? {} : { assigneeAccountId: audit.leadAuditor }),
    properties: { [AUDIT_PROPERTY_KEY]: auditProperty(audit.id) },
  });
  // Recorded at once: from here on a second start finds the issue instead of creating another.
  await ports.store.saveClaim({ ...claim, issueKey: created.key, issueId: created.id });
  return finish(ports, audit, created, actor, true, evidence);
}

/**
 * The steps after the issue exists, each safe to repeat: clause links, the execution record, the programme's
 * issue key. A start that died half-way is completed by the next one.
 */
async function finish(
  ports: AuditExecutionPorts,
  audit: PlannedAudit,
  issue: { id: string; key: string },
  actor: { accountId: string },
  isNew: boolean,
  known?: Awaited<ReturnType<typeof checklistEvidence>>,
): Promise<HandlerResult<StartedAudit>> {
  const recorded = await ports.store.readExecution(issue.id);
  if (recorded !== null) {
    if (audit.issueKey !== issue.key) await ports.source.recordIssueKey(audit.id, issue.key);
    return ok(startedView(audit.id, issue, isNew, recorded, 0));
  }
  const settings = await ports.store.settings();
  const evidence = known ?? (await checklistEvidence(ports.evidence, audit.scopeClauseIds, audit.period, settings.evidenceRule));
  const linking = await linkAuditClauses(ports.links, issue.id, actor.accountId, audit.scopeClauseIds);
  if (!linking.ok) return linking;
  const execution: AuditExecution = {
    auditId: audit.id,
    auditIssueId: issue.id,
    auditIssueKey: issue.key,
    title: audit.title,
    criteria: audit.criteria,
    period: audit.period,
    leadAuditor: audit.leadAuditor,
    team: audit.team,
    checklist: evidence.lines,
    unlinkedClauses: linking.value.unlinked,
    startedAt: ports.clock.now().toISOString(),
    startedBy: actor.accountId,
    conclusions: '',
    version: 1,
  };
  // Losing this write means another start recorded the same audit first: its record stands.
  const stored = (await ports.store.writeExecution(execution, 0)) ? execution : ((await ports.store.readExecution(issue.id)) ?? execution);
  await ports.source.recordIssueKey(audit.id, issue.key);
  return ok(startedView(audit.id, issue, isNew, stored, evidence.searchCalls));
}

const startedView = (auditId: string, issue: { id: string; key: string }, isNew: boolean, execution: AuditExecution, searchCalls: number): StartedAudit => ({
  auditId,
  issueKey: issue.key,
  issueId: issue.id,
  isNew,
  checklistLines: execution.checklist.length,
  evidenceSearchCalls: searchCalls,
  unlinkedClauses: execution.unlinkedClauses,
});
