import {
  ClassificationSchema,
  actionsToRun,
  aiEscalationIssue,
  domainReinstatedComment,
  domainWithdrawnComment,
  escalationStartedComment,
  isNotifyByStale,
  planEscalations,
  withNotifyBy,
  priorityForSeverity,
  securityEscalationIssue,
  type AiEscalationIssueContent,
  type Classification,
  type EscalationAction,
  type EscalationClaim,
  type ImpactDomain,
} from '../../domain/classification';
import type { ClassificationSettings } from '../../ports/classificationSettings';
import type { IssueSnapshot } from '../../ports/jiraPort';
import type { AuditEvent } from '../../ports/store';
import { classificationFieldId } from './classificationFieldId';
import { escalationPlanConfig, linkedEscalationTarget, type LinkedDomain } from './escalationTargets';
import type { ClassificationPorts } from './ports';

export type ActionResult = { domain: ImpactDomain; kind: EscalationAction['kind']; result: 'done' | 'claimed-elsewhere'; escalationIssueKey?: string };

export type EscalationOutcome =
  | { kind: 'skipped'; reason: 'field-not-installed' | 'issue-not-found' | 'invalid-value' }
  | { kind: 'escalated'; actions: ActionResult[]; plan: EscalationAction[]; notifyByRefreshed: boolean };

interface Escalation {
  ports: ClassificationPorts;
  settings: ClassificationSettings;
  origin: IssueSnapshot;
  classification: Classification | null;
}

/**
 * Brings an issue's escalations in line with its classification, exactly once per issue and domain, whatever
 * the number, delay or order of the events that ask for it. The value is read from Jira now (never taken from an
 * event); each domain is claimed atomically in storage before anything visible happens.
 */
export async function escalateIssue(ports: ClassificationPorts, issueId: string): Promise<EscalationOutcome> {
  const { jira, store, clock } = ports;
  const fieldId = await classificationFieldId(ports);
  if (fieldId === null) return { kind: 'skipped', reason: 'field-not-installed' };
  const origin = await jira.getIssue(issueId, [fieldId]);
  if (origin === null) return { kind: 'skipped', reason: 'issue-not-found' };

  const raw = origin.fields[fieldId];
  let classification: Classification | null = null;
  if (raw !== null && raw !== undefined) {
    const parsed = ClassificationSchema.safeParse(raw);
    if (!parsed.success) {
      await audit(ports, { issueId: origin.id, action: 'classification-invalid', after: raw, detail: parsed.error.issues[0]?.message });
      return { kind: 'skipped', reason: 'invalid-value' };
    }
    classification = parsed.data;
  }

  const settings = await store.settings.get();
  const claims = await store.claims.list(origin.id);
  const plan = planEscalations({ current: classification, claims, config: escalationPlanConfig(settings), now: clock.now() });
  const escalation: Escalation = { ports, settings, origin, classification };
  const actions: ActionResult[] = [];
  // One domain after another: each Jira write is visible before the next domain starts, which keeps comments in order.
  for (const action of actionsToRun(plan)) actions.push(await runAction(escalation, action, claims));
  const notifyByRefreshed = await refreshNotifyBy(escalation, fieldId);
  return { kind: 'escalated', actions, plan, notifyByRefreshed };
}

/**
 * Keeps `notifyBy` in step with the clocks when the value was written without it (an older app version, a REST
 * client) or the site's regimes changed. Writing the field fires another update trigger, so the field is written
 * only when the value differs: the trigger it fires finds it current and stops there. Jira has no compare-and-set
 * on fields; saves from the app already carry a current notifyBy, which keeps this write (and its race) rare.
 */
async function refreshNotifyBy({ ports, settings, origin, classification }: Escalation, fieldId: string): Promise<boolean> {
  if (classification === null) return false;
  const clockSettings = { enabled: settings.regimes, nis2SeverityThreshold: settings.nis2SeverityThreshold };
  if (!isNotifyByStale(classification, clockSettings)) return false;
  await ports.jira.setCustomField(origin.id, fieldId, withNotifyBy(classification, clockSettings));
  return true;
}

async function runAction(escalation: Escalation, action: EscalationAction, claims: readonly EscalationClaim[]): Promise<ActionResult> {
  const { ports, origin } = escalation;
  const { store, clock } = ports;
  const claimedAt = clock.now().toISOString();
  switch (action.kind) {
    case 'start': {
      const claim: EscalationClaim = { domain: action.domain, state: 'claimed', claimedAt };
      if (!(await store.claims.claim(origin.id, claim))) return { domain: action.domain, kind: action.kind, result: 'claimed-elsewhere' };
      return finish(escalation, action, claim, undefined);
    }
    case 'resume': {
      const previous = claims.find((candidate) => candidate.domain === action.domain);
      const claim: EscalationClaim = { ...previous, domain: action.domain, state: 'claimed', claimedAt };
      if (!(await store.claims.takeOver(origin.id, action.claimedAt, claim))) {
        return { domain: action.domain, kind: action.kind, result: 'claimed-elsewhere' };
      }
      return finish(escalation, action, claim, action.escalationIssueKey);
    }
    case 'withdrawn':
    case 'reinstated':
      return toggleWithdrawal(escalation, action, claims);
    case 'wait':
    case 'none':
      return { domain: action.domain, kind: action.kind, result: 'done' };
  }
}

/** Does the domain's escalation under a claim this invocation holds, then marks the claim done. */
async function finish(escalation: Escalation, action: EscalationAction, claim: EscalationClaim, knownKey: string | undefined): Promise<ActionResult> {
  const { ports, origin, settings, classification } = escalation;
  const auditAction = action.kind === 'resume' ? 'escalation-resumed' : 'escalation-started';
  if (classification === null) throw new Error('An escalation starts only from a classified issue');
  if (action.domain === 'service') {
    const priorityName = priorityForSeverity(classification.severity, settings.priorityBySeverity);
    await ports.jira.setPriority(origin.key, priorityName);
    await ports.store.claims.save(origin.id, { ...claim, state: 'done' });
    await audit(ports, { issueId: origin.id, action: auditAction, domain: 'service', after: { priority: priorityName } });
    return { domain: 'service', kind: action.kind, result: 'done' };
  }
  const escalationIssueKey = await openLinkedEscalation(escalation, action.domain, claim, knownKey, action.kind === 'resume');
  await ports.store.claims.save(origin.id, { ...claim, state: 'done', escalationIssueKey });
  await audit(ports, { issueId: origin.id, action: auditAction, domain: action.domain, after: { escalationIssueKey } });
  return { domain: action.domain, kind: action.kind, result: 'done', escalationIssueKey };
}

/**
 * Creates (or, after a crash, finds) the linked issue, links it and comments on the origin. A resumed claim
 * without a recorded key may belong to an invocation that created the issue and died before recording it, so
 * the issues already linked to the origin are searched first.
 */
async function openLinkedEscalation(
  escalation: Escalation,
  domain: LinkedDomain,
  claim: EscalationClaim,
  knownKey: string | undefined,
  isResume: boolean,
): Promise<string> {
  const { ports, origin, settings } = escalation;
  const classification = escalation.classification as Classification;
  const target = linkedEscalationTarget(settings, domain);
  if (target === null) throw new Error(`The ${domain} escalation is switched off`);
  const originRef = { key: origin.key, summary: origin.summary };

  let key = knownKey;
  if (key === undefined && isResume) [key] = await ports.jira.findLinkedIssues(origin.key, target.projectKey, target.issueTypeName);
  if (key === undefined) {
    const common = { origin: originRef, classification, summaryPrefix: target.summaryPrefix, priorityBySeverity: settings.priorityBySeverity };
    // AI escalations go to the owner of the named AI system in the register, else to the configured owner.
    const aiSystem = domain === 'ai' && classification.aiSystem ? await ports.aiSystems?.read(classification.aiSystem) : null;
    const { assigneeAccountId, ...content }: AiEscalationIssueContent =
      domain === 'security'
        ? securityEscalationIssue(common)
        : aiEscalationIssue({
            ...common,
            ...(aiSystem ? { aiSystem: { id: aiSystem.id, name: aiSystem.name, ownerAccountId: aiSystem.owner } } : {}),
            ...(settings.defaultAiOwnerAccountId !== null ? { defaultOwnerAccountId: settings.defaultAiOwnerAccountId } : {}),
          });
    const created = await ports.jira.createIssue({
      projectKey: target.projectKey,
      issueTypeName: target.issueTypeName,
      summary: content.summary,
      description: content.description,
      priorityName: content.priorityName,
      ...(assigneeAccountId !== undefined ? { assigneeAccountId } : {}),
    });
    key = created.key;
    // Recorded at once: a crash from here on resumes with the key instead of searching.
    await ports.store.claims.save(origin.id, { ...claim, escalationIssueKey: key });
  }
  // Jira keeps one link when the same link is created again, so a resumed escalation may link again safely.
  await ports.jira.linkIssues({ linkTypeName: settings.escalationLinkType, fromIssueKey: origin.key, toIssueKey: key });
  await ports.jira.addComment(origin.key, escalationStartedComment(domain, key));
  if (domain === 'security') {
    // The notify REST operation cannot be exercised offline; the group is recorded for the ISMS leads' audit trail.
    await audit(ports, { issueId: origin.id, action: 'isms-leads-notified', domain, after: { group: settings.ismsLeadGroup, escalationIssueKey: key } });
  }
  return key;
}

/**
 * Withdrawal and reinstatement flip `withdrawnAt` on the claim with an atomic swap: of concurrent invocations
 * only the one that sees the old state comments. Nothing is ever deleted or closed.
 */
async function toggleWithdrawal(
  escalation: Escalation,
  action: Extract<EscalationAction, { kind: 'withdrawn' | 'reinstated' }>,
  claims: readonly EscalationClaim[],
): Promise<ActionResult> {
  const { ports, origin } = escalation;
  const claim = claims.find((candidate) => candidate.domain === action.domain);
  if (!claim) throw new Error(`No claim to ${action.kind === 'withdrawn' ? 'withdraw' : 'reinstate'} for ${action.domain}`);
  const { withdrawnAt: _previousWithdrawal, ...active } = claim;
  const next: EscalationClaim = action.kind === 'withdrawn' ? { ...active, withdrawnAt: ports.clock.now().toISOString() } : active;
  const previous = await ports.store.claims.swap(origin.id, next);
  const alreadyFlipped = action.kind === 'withdrawn' ? previous?.withdrawnAt !== undefined : previous?.withdrawnAt === undefined;
  const keyPart = action.escalationIssueKey !== undefined ? { escalationIssueKey: action.escalationIssueKey } : {};
  if (alreadyFlipped) return { domain: action.domain, kind: action.kind, result: 'claimed-elsewhere', ...keyPart };

  const comment = action.kind === 'withdrawn' ? domainWithdrawnComment(action.domain, action.escalationIssueKey) : domainReinstatedComment(action.domain, action.escalationIssueKey);
  await ports.jira.addComment(origin.key, comment);
  await audit(ports, {
    issueId: origin.id,
    action: action.kind === 'withdrawn' ? 'escalation-withdrawn' : 'escalation-reinstated',
    domain: action.domain,
    ...(action.escalationIssueKey !== undefined ? { detail: `Escalation ${action.escalationIssueKey} kept` } : {}),
  });
  return { domain: action.domain, kind: action.kind, result: 'done', ...keyPart };
}

function audit(ports: ClassificationPorts, event: Omit<AuditEvent, 'at' | 'actor'>): Promise<void> {
  return ports.store.audit.append({ ...event, at: ports.clock.now().toISOString(), actor: 'app' });
}
