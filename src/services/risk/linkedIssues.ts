import { imsRiskLinkedJql } from '../../domain/evidence';
import type { RiskId } from '../../domain/schemas/risk';
import type { LinkedIssue } from '../../ports/riskJira';
import { mayEditRisk, notAllowedToEdit, registerRoleOf } from './authorize';
import { addTreatmentAction } from './riskCommands';
import type { Caller, RiskPorts } from './ports';
import type { RiskView } from './presentRisk';
import { refuse, succeed, type RiskResult } from './riskResult';

const LINKED_LIMIT = 50;

export interface LinkedIssuesView {
  jql: string;
  issues: LinkedIssue[];
  /** True when more issues match than the page shows: open the JQL in Jira's search. */
  hasMore: boolean;
}

/** Incidents, changes and other work linked to the risk through the compliance panel, searched as the caller. */
export async function linkedIssues(ports: RiskPorts, id: RiskId): Promise<RiskResult<LinkedIssuesView>> {
  const jql = imsRiskLinkedJql(id);
  const search = await ports.userJira.searchIssues(jql, LINKED_LIMIT);
  if (search.ok) return succeed({ jql, issues: search.issues, hasMore: !search.isLast });
  if (search.status === 400) {
    // Jira answers 400 for an unknown field: the `imsRisk` alias exists only once the compliance panel's entity property is indexed.
    return refuse('UNAVAILABLE', `Jira cannot search risk links yet (${search.messages.join(' ') || 'the imsRisk field is unknown'}). Link an issue to a risk from the compliance panel first.`);
  }
  return refuse('UNAVAILABLE', `Jira refused the search for issues linked to ${id} (HTTP ${search.status}).`);
}

/**
 * Creates a Jira issue as the caller for a treatment action, records its key on the risk and links the issue to
 * the risk like the compliance panel does, so `imsRisk = "R-n"` finds the action with the risk's incidents.
 */
export async function createTreatmentAction(
  ports: RiskPorts,
  caller: Caller,
  input: { id: RiskId; summary: string; projectKey: string; issueTypeName?: string },
): Promise<RiskResult<TreatmentActionView>> {
  const risk = await ports.store.get(input.id);
  if (risk === null) return refuse('NOT_FOUND', `There is no risk ${input.id} in the register.`);
  // Checked before creating the issue: a refused record must not leave an orphan issue behind.
  if (!mayEditRisk(await registerRoleOf(ports, caller), caller, risk)) return refuse('FORBIDDEN', notAllowedToEdit(risk));
  const { id: issueId, key } = await ports.userJira.createIssue({
    projectKey: input.projectKey,
    ...(input.issueTypeName === undefined ? {} : { issueTypeName: input.issueTypeName }),
    summary: input.summary,
    description: `Treatment action for risk ${risk.id} "${risk.title}" (${risk.treatment}).`,
  });
  return recordAndLink(ports, caller, input.id, { id: issueId, key }, 'was created');
}

/** Makes an existing issue the caller can see a treatment action of the risk: recorded on the risk and linked. */
export async function linkTreatmentAction(ports: RiskPorts, caller: Caller, input: { id: RiskId; issueKey: string }): Promise<RiskResult<TreatmentActionView>> {
  const risk = await ports.store.get(input.id);
  if (risk === null) return refuse('NOT_FOUND', `There is no risk ${input.id} in the register.`);
  if (!mayEditRisk(await registerRoleOf(ports, caller), caller, risk)) return refuse('FORBIDDEN', notAllowedToEdit(risk));
  const issueId = await ports.userJira.issueIdOf(input.issueKey);
  if (issueId === null) return refuse('NOT_FOUND', `There is no issue ${input.issueKey} that you can see.`);
  return recordAndLink(ports, caller, input.id, { id: issueId, key: input.issueKey }, 'exists');
}

export interface TreatmentActionView {
  issueKey: string;
  risk: RiskView;
}

async function recordAndLink(ports: RiskPorts, caller: Caller, riskId: RiskId, issue: { id: string; key: string }, how: string): Promise<RiskResult<TreatmentActionView>> {
  const recorded = await addTreatmentAction(ports, caller, riskId, issue.key);
  if (!recorded.ok) return refuse(recorded.error.code, `${issue.key} ${how} but is not recorded on ${riskId}: ${recorded.error.message}`);
  const linked = await ports.linkIssueToRisk(issue.id, riskId, caller);
  if (!linked.ok) return refuse('UNAVAILABLE', `${issue.key} ${how} and is recorded on ${riskId}, but not linked to it for JQL: ${linked.message} Link it from the issue's compliance panel.`);
  return succeed({ issueKey: issue.key, risk: recorded.value });
}
