/**
 * The fixture app's `src/index`: handler code as it would be deployed, using only the Forge SDK packages.
 * Payload shapes follow Forge's documentation for each module type.
 */
import { randomUUID } from 'node:crypto';
import api, { route } from '@forge/api';
import { kvs } from '@forge/kvs';

/** What Forge passes a `jira:jqlFunction`'s function: the clause the call stands in for. */
interface JqlFunctionEvent {
  precomputationId: string;
  clause: { field: string; type: string[]; operator: string; functionName: string; arguments: string[] };
}

const PROJECT_KEY = /^[A-Z][A-Z0-9]{1,9}$/;

/** `issue in openIn("SD")`: the project's issues that are not done. The returned JQL replaces the whole clause. */
export function openIn({ clause }: JqlFunctionEvent): { jql: string } | { error: string } {
  const [projectKey = ''] = clause.arguments;
  if (!PROJECT_KEY.test(projectKey)) return { error: `openIn() needs a project key such as "SD", not "${projectKey}".` };
  const open = `project = "${projectKey}" AND statusCategory != Done`;
  return { jql: clause.operator === 'not in' ? `NOT (${open})` : open };
}

/** What Forge passes a function-based `jira:workflowValidator`: the issue key and the transition's statuses. */
interface ValidatorEvent {
  issue: { key: string };
  transition: { from: { id: string }; to: { id: string } };
}

export const CAB_APPROVED_LABEL = 'cab-approved';

/** Attached to the CHG "Approve" transition: a change is approved only once the CAB has labelled it. */
export async function cabApproval({ issue }: ValidatorEvent): Promise<{ result: boolean; errorMessage?: string }> {
  // Validators run without a user: the app reads the issue as itself.
  const response = await api.asApp().requestJira(route`/rest/api/3/issue/${issue.key}?fields=labels`);
  if (!response.ok) return { result: false, errorMessage: `Could not read ${issue.key} (HTTP ${response.status}).` };
  const body = (await response.json()) as { fields?: { labels?: string[] } };
  if (body.fields?.labels?.includes(CAB_APPROVED_LABEL)) return { result: true };
  return { result: false, errorMessage: `${issue.key} needs the CAB's approval (label "${CAB_APPROVED_LABEL}") before it can be approved.` };
}

/** What the fixture keeps per delivery of `avi:jira:updated:issue`. */
export interface RecordedDelivery {
  issueKey: string;
  changelogId: string;
  changes: string[];
  /** process.hrtime in nanoseconds, as a string: orders deliveries that land within the same millisecond. */
  receivedAt: string;
}

interface IssueUpdatedEvent {
  issue: { key: string };
  changelog?: { id: string; items: Array<{ field: string; toString: string | null }> };
}

/** Records every delivery under its own key, so duplicate deliveries running at once cannot overwrite each other. */
export async function recordUpdate(event: IssueUpdatedEvent): Promise<void> {
  const delivery: RecordedDelivery = {
    issueKey: event.issue.key,
    changelogId: event.changelog?.id ?? '',
    changes: (event.changelog?.items ?? []).map((item) => `${item.field}=${item.toString ?? ''}`),
    receivedAt: process.hrtime.bigint().toString(),
  };
  await kvs.set(`delivery:${event.issue.key}:${randomUUID()}`, delivery);
}
