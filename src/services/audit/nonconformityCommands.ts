import { z } from 'zod';
import { paragraphsOf, doc } from '../../domain/audit/checklistAdf';
import {
  addCorrectiveAction,
  recordEffectiveness,
  saveAnalysis,
  type CorrectiveActionRef,
  type EffectivenessInput,
  type NcAnalysis,
  type Nonconformity,
} from '../../domain/audit/nonconformity';
import { fail, ok, type HandlerResult } from '../../handlers/shared/result';
import type { AuditIssue } from '../../ports/auditExecution';
import type { NonconformityView } from './auditPanelView';
import type { AuditExecutionPorts } from './executionPorts';
import { editableIssue, presentNonconformity, visibleIssue } from './loadAuditIssue';

type NcPorts = Pick<AuditExecutionPorts, 'jira' | 'store' | 'clock'>;
type Actor = { accountId: string };

const STALE = 'Someone else changed this nonconformity since you opened it. Reload the panel and try again.';
// A corrective action created in Jira must be recorded: a lost race re-reads and re-applies, like the link ledger.
const MAX_RECORD_ATTEMPTS = 5;

export const CreateActionInputSchema = z.strictObject({
  summary: z.string().trim().min(1, { error: 'The corrective action needs a summary' }).max(200, { error: 'The summary is at most 200 characters' }),
  description: z.string().trim().max(5000, { error: 'The description is at most 5000 characters' }).default(''),
  expectedVersion: z.number().int().positive(),
});
export type CreateActionInput = z.infer<typeof CreateActionInputSchema>;

export const LinkActionInputSchema = z.strictObject({
  issueKey: z.string().trim().regex(/^[A-Z][A-Z0-9_]*-[1-9]\d*$/, { error: 'An issue key looks like IMS-12' }),
  expectedVersion: z.number().int().positive(),
});
export type LinkActionInput = z.infer<typeof LinkActionInputSchema>;

async function editableNonconformity(ports: NcPorts, findingIssueId: string, expectedVersion: number): Promise<HandlerResult<{ issue: AuditIssue; record: Nonconformity }>> {
  const issue = await editableIssue(ports.jira, findingIssueId, 'work on this nonconformity');
  if (!issue.ok) return issue;
  const record = await ports.store.readNonconformity(issue.value.id);
  if (record === null) return fail('NOT_FOUND', `${issue.value.key} is not a nonconformity raised from an audit.`);
  if (record.version !== expectedVersion) return fail('CONFLICT', STALE);
  return ok({ issue: issue.value, record });
}

async function commit(ports: NcPorts, record: Nonconformity, expectedVersion: number): Promise<HandlerResult<NonconformityView>> {
  if (!(await ports.store.writeNonconformity(record, expectedVersion))) return fail('CONFLICT', STALE);
  return ok(await presentNonconformity(ports.jira, record));
}

const changeBy = (ports: NcPorts, actor: Actor) => ({ actor: actor.accountId, now: ports.clock.now() });

export async function saveNcAnalysis(ports: NcPorts, findingIssueId: string, input: NcAnalysis, actor: Actor): Promise<HandlerResult<NonconformityView>> {
  const loaded = await editableNonconformity(ports, findingIssueId, input.expectedVersion);
  if (!loaded.ok) return loaded;
  return commit(ports, saveAnalysis(loaded.value.record, input, changeBy(ports, actor)), input.expectedVersion);
}

export async function recordEffectivenessCheck(ports: NcPorts, findingIssueId: string, input: EffectivenessInput, actor: Actor): Promise<HandlerResult<NonconformityView>> {
  const loaded = await editableNonconformity(ports, findingIssueId, input.expectedVersion);
  if (!loaded.ok) return loaded;
  return commit(ports, recordEffectiveness(loaded.value.record, input, changeBy(ports, actor)), input.expectedVersion);
}

/** Creates a Corrective action issue in the finding's project, links it to the finding and records it. */
export async function createCorrectiveAction(ports: NcPorts, findingIssueId: string, input: CreateActionInput, actor: Actor): Promise<HandlerResult<NonconformityView>> {
  const loaded = await editableNonconformity(ports, findingIssueId, input.expectedVersion);
  if (!loaded.ok) return loaded;
  const { issue } = loaded.value;
  const settings = await ports.store.settings();
  const created = await ports.jira.createIssue({
    projectKey: issue.projectKey,
    issueTypeName: settings.correctiveActionIssueType,
    summary: input.summary,
    description: doc(...paragraphsOf(`Corrective action for ${issue.key}: ${issue.summary}\n${input.description}`)),
  });
  await ports.jira.linkIssues(settings.correctiveActionLinkType, issue.key, created.key);
  return recordAction(ports, issue.id, { issueId: created.id, issueKey: created.key }, 'created', actor);
}

/** Records an existing issue (any type the user may see) as a corrective action of the nonconformity. */
export async function linkCorrectiveAction(ports: NcPorts, findingIssueId: string, input: LinkActionInput, actor: Actor): Promise<HandlerResult<NonconformityView>> {
  const loaded = await editableNonconformity(ports, findingIssueId, input.expectedVersion);
  if (!loaded.ok) return loaded;
  const action = await visibleIssue(ports.jira, input.issueKey);
  if (!action.ok) return fail('NOT_FOUND', `${input.issueKey} does not exist or you do not have permission to see it.`);
  const ref = { issueId: action.value.id, issueKey: action.value.key };
  const added = addCorrectiveAction(loaded.value.record, ref, 'linked', changeBy(ports, actor));
  if (!added.ok) return fail(added.error.code, added.error.message);
  const settings = await ports.store.settings();
  await ports.jira.linkIssues(settings.correctiveActionLinkType, loaded.value.issue.key, action.value.key);
  return commit(ports, added.record, input.expectedVersion);
}

async function recordAction(ports: NcPorts, findingIssueId: string, action: CorrectiveActionRef, how: 'created' | 'linked', actor: Actor): Promise<HandlerResult<NonconformityView>> {
  for (let attempt = 0; attempt < MAX_RECORD_ATTEMPTS; attempt += 1) {
    const record = await ports.store.readNonconformity(findingIssueId);
    if (record === null) return fail('NOT_FOUND', 'The nonconformity record disappeared.');
    const added = addCorrectiveAction(record, action, how, changeBy(ports, actor));
    if (!added.ok) return fail(added.error.code, added.error.message);
    if (await ports.store.writeNonconformity(added.record, record.version)) return ok(await presentNonconformity(ports.jira, added.record));
  }
  return fail('CONFLICT', `${action.issueKey} was created, but others kept changing the nonconformity: link it from the panel.`);
}
